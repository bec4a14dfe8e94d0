import { expect, html, oneEvent, waitUntil as waitFor } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/elements/cp-attachment-picker/cp-attachment-picker.js';
import type { CpAttachmentPicker } from '../../src/elements/cp-attachment-picker/cp-attachment-picker.js';
import type { AttachmentPickDetail } from '../../src/elements/cp-attachment-picker/events.js';
import '../../src/elements/cp-session/cp-session.js';
import type { CpSession } from '../../src/elements/cp-session/cp-session.js';
import { clientOf, fileOf, pick, seedAttachment, tabTo, textOf } from './cp-attachment-manager-support.js';
import { parisDay } from './shared-dates.js';
import { deepActive } from './shared-focus.js';
import { expectLoadingFirst, expectQuietRefresh } from './shared-refresh.js';
import { runFormControlSuite } from './support/form-control-suite.js';
import { useMockWorker } from './support/mock-worker.js';
import { loginOf, mountAs } from './support/mount.js';

/** Waits for what a user would see after a round trip to the mock (a generous limit for loaded machines, not a timing assertion). */
const waitUntil = (predicate: () => unknown, message?: string) => waitFor(predicate, message, { timeout: 8000 });

/** A host's invoice form (PJ-4) with the picker, in Pauline's session. */
async function mountInvoiceForm(
  attributes: { required?: boolean; value?: string; context?: string; lang?: string } = {},
) {
  const { el: form } = await mountAs<HTMLFormElement>(
    'pauline',
    html`<form>
      <label>Numéro de facture <input name="numero" value="F-2026-0042" /></label>
      <cp-attachment-picker name="pj" ?required=${attributes.required} value=${attributes.value ?? ''} context=${attributes.context ?? 'facture'} lang=${attributes.lang ?? 'fr'}></cp-attachment-picker>
      <button>Déposer la facture</button>
    </form>`,
    (f) => f.querySelector('cp-attachment-picker')?.shadowRoot?.querySelector('fieldset'),
    'the picker has loaded',
    { timeout: 8000 },
  );
  const picker = form.querySelector<CpAttachmentPicker>('cp-attachment-picker')!;
  return { form, picker };
}

const boxes = (picker: CpAttachmentPicker) => [
  ...picker.shadowRoot!.querySelectorAll<HTMLInputElement>('li input[type="checkbox"]'),
];
const chosenIds = (form: HTMLFormElement) => new FormData(form).getAll('pj');

describe("cp-attachment-picker: the user's pièces jointes offered in an invoice form (PJ-4)", () => {
  const mock = useMockWorker({ locale: 'fr' });

  it('PJ-4: keyboard only, Pauline ticks the town hall presentation; the form submits its id with the invoice', async () => {
    const plan = await seedAttachment('pauline', 'plan-acces.pdf');
    const presentation = await seedAttachment('pauline', 'presentation-mairie.pdf', {
      pieceJointeDesignation: 'Présentation de la mairie',
      pieceJointeTypeCode: 'AUTRE',
    });
    const { form, picker } = await mountInvoiceForm();
    const text = textOf(picker);
    expect(text).to.contain('Pièces jointes de la facture');
    expect(text).to.contain(
      `presentation-mairie.pdf : Présentation de la mairie (Autre, 2 ko, ajoutée le ${parisDay(presentation.dateAjout)})`,
    );
    expect(text).to.contain('Aucune pièce jointe choisie.');
    await expect(picker).to.be.accessible();

    form.querySelector<HTMLInputElement>('input[name="numero"]')!.focus();
    await tabTo((el) => el.id === `pj-${presentation.pieceJointeId}`, 'the presentation’s checkbox');
    const changed = oneEvent(picker, 'cp-attachment-picker-changed') as Promise<CustomEvent<AttachmentPickDetail>>;
    await sendKeys({ press: 'Space' });
    expect((await changed).detail.attachments.map((a) => a.pieceJointeNom)).to.deep.equal(['presentation-mairie.pdf']);
    await waitUntil(() => textOf(picker).includes('1 pièce jointe choisie.'));
    expect(chosenIds(form)).to.deep.equal([String(presentation.pieceJointeId)]);
    expect(boxes(picker).find((b) => b.id === `pj-${plan.pieceJointeId}`)!.checked).to.equal(false);
    await expect(picker).to.be.accessible();
  });

  it('X-7: a refresh on window focus keeps the list, the choice and the focus; another user’s list shows loading first', async () => {
    const presentation = await seedAttachment('pauline', 'presentation-mairie.pdf');
    const { form, picker } = await mountInvoiceForm();
    form.querySelector<HTMLInputElement>('input[name="numero"]')!.focus();
    const box = await tabTo((el) => el.id === `pj-${presentation.pieceJointeId}`, 'the presentation’s checkbox');
    await sendKeys({ press: 'Space' });
    await waitUntil(() => textOf(picker).includes('1 pièce jointe choisie.'));
    await expectQuietRefresh(picker, mock.worker, box);
    expect(chosenIds(form), 'the choice is kept').to.deep.equal([String(presentation.pieceJointeId)]);
    const session = form.closest<CpSession>('cp-session')!;
    await expectLoadingFirst(
      picker,
      () => (session.user = loginOf('marc')),
      () => picker.shadowRoot!.querySelector('fieldset') && !textOf(picker).includes('presentation-mairie.pdf'),
      'Marc’s attachments (not Pauline’s meanwhile)',
    );
  });

  it('PJ-4 / PJ-1: a file added from the picker goes through the attachment rules, then is ticked at once', async () => {
    const { form, picker } = await mountInvoiceForm();
    expect(textOf(picker)).to.contain('Vous n’avez encore aucune pièce jointe');
    await tabTo((el) => el.textContent?.trim() === 'Ajouter une pièce jointe à mon compte', 'the add button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => picker.shadowRoot!.querySelector('cp-attachment-manager')?.shadowRoot?.querySelector('#f-file'),
      'the attachment manager opens',
    );
    const manager = picker.shadowRoot!.querySelector('cp-attachment-manager')!;
    await tabTo((el) => el.id === 'f-file', 'the file picker');
    pick(manager, fileOf('devis-signe.pdf', 20_000));
    await tabTo((el) => el.id === 'f-designation', 'the désignation');
    await sendKeys({ type: 'Devis signé' });
    await tabTo((el) => el.id === 'f-type', 'the type');
    await sendKeys({ type: 'Bon de commande' });
    await tabTo((el) => el.textContent?.trim() === 'Ajouter', 'Ajouter');
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => textOf(picker).includes('devis-signe.pdf a été ajoutée à votre compte et cochée. 1 pièce jointe choisie.'),
      'the new file is ticked',
    );
    const [added] = (await clientOf('pauline').listAttachments()).items;
    expect(chosenIds(form)).to.deep.equal([String(added!.pieceJointeId)]);
    await waitUntil(
      () => boxes(picker).some((b) => b.id === `pj-${added!.pieceJointeId}` && b.checked),
      'its checkbox is ticked in the list',
    );
  });

  it('PJ-4: a long list is filtered; the mémoire and TIC forms name the group; reset restores the initial choice', async () => {
    const rows = [];
    for (let i = 1; i <= 8; i += 1)
      rows.push(
        await seedAttachment('pauline', `piece-${i}.pdf`, {
          pieceJointeDesignation: i === 5 ? 'Relevé de la mairie' : `Pièce ${i}`,
        }),
      );
    const { form, picker } = await mountInvoiceForm({ context: 'memoire', value: String(rows[0]!.pieceJointeId) });
    expect(textOf(picker)).to.contain('Pièces jointes du mémoire de frais de justice');
    expect(chosenIds(form)).to.deep.equal([String(rows[0]!.pieceJointeId)]);
    const filter = picker.shadowRoot!.querySelector<HTMLInputElement>('#filter')!;
    filter.focus();
    await sendKeys({ type: 'mairie' });
    await waitUntil(() => boxes(picker).length === 1);
    expect(boxes(picker)[0]!.id).to.equal(`pj-${rows[4]!.pieceJointeId}`);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    expect(chosenIds(form).sort()).to.deep.equal(
      [String(rows[0]!.pieceJointeId), String(rows[4]!.pieceJointeId)].sort(),
    );
    form.reset();
    await picker.updateComplete;
    expect(chosenIds(form)).to.deep.equal([String(rows[0]!.pieceJointeId)]);
    picker.context = 'tic';
    await picker.updateComplete;
    expect(textOf(picker)).to.contain('Pièces jointes de la demande de remboursement TIC');
    await expect(picker).to.be.accessible();
  });

  it('PJ-4 in English', async () => {
    const one = await seedAttachment('pauline', 'plan-acces.pdf');
    const { picker } = await mountInvoiceForm({ lang: 'en', value: String(one.pieceJointeId) });
    expect(textOf(picker)).to.contain('Attachments of the invoice');
    expect(textOf(picker)).to.contain('plan-acces.pdf: Pièce plan-acces.pdf (Other supporting document, 2 kB');
    expect(textOf(picker)).to.contain('1 attachment chosen.');
    await expect(picker).to.be.accessible();
  });
});

/** Chosen attachments: the ids set, read back and submitted under `field`. */
const chosen = (id: number) => ({ set: String(id), value: String(id), entries: [['field', String(id)]] as const });

runFormControlSuite({
  tag: 'cp-attachment-picker',
  setup: () => useMockWorker({ locale: 'fr' }),
  mount: async (form) => {
    const { el } = await mountAs<HTMLFormElement>(
      'pauline',
      form,
      (f) => f.querySelector('cp-attachment-picker')?.shadowRoot?.querySelector('fieldset'),
      'the picker has loaded',
      { timeout: 8000 },
    );
    return el;
  },
  render: (a) =>
    html`<cp-attachment-picker name="field" value=${ifDefined(a.value)} ?required=${a.required} ?disabled=${a.disabled} validate-on=${ifDefined(a.validateOn)}></cp-attachment-picker>`,
  values: async () => {
    const plan = await seedAttachment('pauline', 'plan-acces.pdf');
    const devis = await seedAttachment('pauline', 'devis.pdf');
    return { initial: chosen(plan.pieceJointeId), other: chosen(devis.pieceJointeId) };
  },
  valueMissing: 'Erreur : Choisissez au moins une pièce jointe.',
  // Focus is on the first checkbox: Space ticks it.
  typeValue: async () => {
    const box = deepActive() as HTMLInputElement;
    await sendKeys({ press: 'Space' });
    return chosen(Number(box.id.replace('pj-', '')));
  },
  clearValue: async (el) => {
    const box = await tabTo((a) => a instanceof HTMLInputElement && a.checked, 'the ticked attachment');
    expect(el.shadowRoot!.contains(box)).to.equal(true);
    await sendKeys({ press: 'Space' });
  },
});
