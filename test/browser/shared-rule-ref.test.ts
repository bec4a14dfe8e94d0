import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { CAST } from '../../mock-api/seed/cast.js';
import { tabTo } from './cp-account-form-support.js';
import { clientAs, deepQuery, mountInbox, openButtons, todayIso } from './cp-approbations-support.js';
import { deepActive, startKeyboardAt } from './shared-focus.js';
import { useMockWorker } from './support/mock-worker.js';

/**
 * a refusal reads as a plain sentence; the rule id is a discreet reference apart ("Réf. APR-2",
 * EN "Ref. APR-2"), which `<cp-session hide-rule-refs>` hides. Shown on a decision another manager
 * took first (APR-2).
 */

/** Sophie asks to be attached to the CC du Chaourcois: a request for Jeane and Marc (RAT-5). */
async function sophieAsksChaourcois(): Promise<void> {
  await clientAs('sophie').requestRattachement({
    idStructureCPP: CAST.structures.chaourcois,
    niveau: 'STRUCTURE',
    dateDebut: todayIso(),
    commentaire: 'Renfort comptable',
  });
}

/** Jeane opens the request, Marc decides it meanwhile, Jeane approves with the keyboard: the notice of the refusal. */
async function refusedDecision(lang: 'fr' | 'en', hideRuleRefs = false) {
  await sophieAsksChaourcois();
  // The page focused before the inbox listens to the window's focus (a refresh then, X-7, would race the keys).
  await startKeyboardAt(await fixture<HTMLButtonElement>(html`<button type="button">Avant</button>`));
  const { session, inbox } = await mountInbox('jeane', lang);
  if (hideRuleRefs) session.setAttribute('hide-rule-refs', '');
  await waitUntil(() => openButtons(inbox).length === 1);
  deepQuery<HTMLSelectElement>(inbox, '#filter-etat')!.focus();
  await tabTo((el) => el.getAttribute('part') === 'row-action', 'the row action');
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => deepQuery(inbox, '#comment') !== null, 'the detail');
  const [pending] = (await clientAs('marc').listApprobations()).items;
  await clientAs('marc').decideApprobation({
    idApprobation: pending!.idApprobation,
    decision: 'APPROUVE',
    version: pending!.version,
  });
  const approve = lang === 'fr' ? 'Approuver' : 'Approve';
  await tabTo((el) => el.textContent?.trim() === approve, approve);
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => deepQuery(inbox, '#notice.notice--error') !== null, 'the refusal');
  const notice = deepQuery<HTMLElement>(inbox, '#notice')!;
  expect(deepActive(), 'focus on the refusal').to.equal(notice);
  return { inbox, notice, ref: notice.querySelector<HTMLElement>('.rule-ref') };
}

/** The notice's sentence without its reference. */
const sentenceOf = (notice: HTMLElement): string => {
  const copy = notice.querySelector('p')!.cloneNode(true) as HTMLElement;
  copy.querySelector('.rule-ref')?.remove();
  return copy.textContent!.replace(/\s+/g, ' ').trim();
};

describe('X-8 rule references: a plain sentence, then "Réf. APR-2" apart', () => {
  useMockWorker();

  it('X-8 / APR-2: the refusal is a plain sentence; "Réf. APR-2" is a separate, visible, muted reference', async () => {
    const { inbox, notice, ref } = await refusedDecision('fr');
    expect(sentenceOf(notice)).to.equal(
      'Erreur : La décision n’a pas été enregistrée. Cette demande a déjà été décidée.',
    );
    expect(sentenceOf(notice)).not.to.match(/APR-2|règle/);
    expect(ref!.textContent).to.equal('Réf. APR-2');
    expect(ref!.checkVisibility()).to.equal(true);
    expect(getComputedStyle(ref!).fontSize).not.to.equal(getComputedStyle(notice.querySelector('p')!).fontSize);
    await expect(inbox).to.be.accessible();
  });

  it('X-8: with <cp-session hide-rule-refs> no reference shows, the sentence stays', async () => {
    const { inbox, notice, ref } = await refusedDecision('fr', true);
    expect(sentenceOf(notice)).to.contain('Cette demande a déjà été décidée.');
    expect(ref === null || !ref.checkVisibility(), 'the reference is hidden').to.equal(true);
    await expect(inbox).to.be.accessible();
  });

  it('X-8 / APR-2 in English: "Ref. APR-2"', async () => {
    const { inbox, notice, ref } = await refusedDecision('en');
    expect(sentenceOf(notice)).to.equal('Error: The decision was not saved: This request has already been decided.');
    expect(ref!.textContent).to.equal('Ref. APR-2');
    await expect(inbox).to.be.accessible();
  });
});
