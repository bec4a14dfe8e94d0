import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { CAST } from '../mock-api/seed/index.js';
import { createHttpClient } from '../src/client/index.js';
import type { BankDetails } from '../src/domain/schemas/index.js';
import '../src/elements/cp-bank-details/cp-bank-details.js';
import type { CpBankDetails } from '../src/elements/cp-bank-details/cp-bank-details.js';
import type { CpIbanInput } from '../src/elements/cp-iban-input/cp-iban-input.js';
import { inSession, mockLoader, SEED_USERS } from './support/mock.js';

const { structures: S } = CAST;
const IBAN = 'FR7630006000011234567890189';

/** A RIB file among the Chaourcois's attachments, added by Jeane. */
async function ribFile(name = 'rib-chaourcois.pdf'): Promise<number> {
  const bytes = new Uint8Array(2048);
  bytes.set(Array.from('%PDF-1.7\n', (c) => c.charCodeAt(0)));
  const added = await createHttpClient({ user: SEED_USERS.jeane }).uploadAttachment({
    idStructureCPP: S.chaourcois,
    file: new File([bytes], name),
    pieceJointeDesignation: 'RIB du Chaourcois',
    pieceJointeTypeCode: 'RIB',
  });
  return added.pieceJointeId;
}

/** The seed, plus a RIB file of the Chaourcois. */
const withRibFile = async () => {
  const loaded = await mockLoader();
  await ribFile();
  return loaded;
};

/** The seed, plus recorded bank details of the Chaourcois (one paid to a factor). */
const withBankDetails = async () => {
  const loaded = await mockLoader();
  const jeane = createHttpClient({ user: SEED_USERS.jeane });
  const pieceJointeId = await ribFile();
  await jeane.createBankDetails({
    idStructureCPP: S.chaourcois,
    nomCoordonneeBancaire: 'Compte principal',
    type: 'IBAN',
    pays: 'FR',
    iban: IBAN,
    bic: 'AGRIFRPP',
    pieceJointeId,
    affactureur: false,
  });
  await jeane.createBankDetails({
    idStructureCPP: S.chaourcois,
    nomCoordonneeBancaire: 'Compte affacturé',
    type: 'IBAN',
    pays: 'DE',
    iban: 'DE89370400440532013000',
    bic: 'COBADEFFXXX',
    pieceJointeId,
    affactureur: true,
    factor: { raisonSociale: 'FACTOR SA', pays: 'FR', identifiant: '73282932000074', typeIdentifiant: 'SIRET' },
  });
  return loaded;
};

const pause = () => new Promise((resolve) => setTimeout(resolve, 50));

/** The element's shadow root once `ready` holds. */
async function loaded(canvas: HTMLElement, ready: (root: ShadowRoot) => boolean): Promise<ShadowRoot> {
  const el = canvas.querySelector<CpBankDetails>('cp-bank-details')!;
  while (!el.shadowRoot || !ready(el.shadowRoot)) await pause();
  return el.shadowRoot;
}

const buttonOf = (root: ShadowRoot, text: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === text)!;
const hasButton = (text: string) => (root: ShadowRoot) =>
  [...root.querySelectorAll('button')].some((b) => b.textContent!.trim() === text);

function type(input: HTMLInputElement | HTMLSelectElement, value: string): void {
  input.value = value;
  input.dispatchEvent(
    new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }),
  );
}

/** Opens the creation form. */
async function openForm(canvas: HTMLElement): Promise<ShadowRoot> {
  buttonOf(
    await loaded(canvas, hasButton('Ajouter des coordonnées bancaires')),
    'Ajouter des coordonnées bancaires',
  ).click();
  return loaded(
    canvas,
    (r) =>
      Boolean(r.querySelector<CpIbanInput>('#f-account')?.shadowRoot?.querySelector('#iban')) &&
      (r.querySelector<HTMLSelectElement>('#f-file')?.options.length ?? 0) > 1,
  );
}

/** Fills the creation form with a valid account and the RIB file. */
async function fillForm(canvas: HTMLElement, name: string): Promise<ShadowRoot> {
  const root = await openForm(canvas);
  const account = root.querySelector<CpIbanInput>('#f-account')!.shadowRoot!;
  type(root.querySelector<HTMLInputElement>('#f-nom')!, name);
  type(account.querySelector<HTMLInputElement>('#iban')!, IBAN);
  type(account.querySelector<HTMLInputElement>('#bic')!, 'AGRIFRPP');
  const file = root.querySelector<HTMLSelectElement>('#f-file')!;
  type(file, file.options[1]!.value);
  return root;
}

/** Opens a record of the list by its name. */
async function consult(canvas: HTMLElement, name: string): Promise<ShadowRoot> {
  const root = await loaded(canvas, (r) => r.querySelector('cp-data-table') !== null);
  const table = root.querySelector('cp-data-table')!;
  while (![...(table.shadowRoot?.querySelectorAll('tbody tr') ?? [])].some((r) => r.textContent!.includes(name)))
    await pause();
  [...table.shadowRoot!.querySelectorAll('tbody tr')]
    .find((r) => r.textContent!.includes(name))!
    .querySelector('button')!
    .click();
  return loaded(canvas, (r) => r.querySelector('dl') !== null);
}

/** Coordonnées bancaires (BNK-1..5) of the CC du Chaourcois on the embedded mock, from the guides' seed. */
const meta: Meta = {
  title: 'Elements/cp-bank-details',
  component: 'cp-bank-details',
  loaders: [mockLoader],
};
export default meta;
type Story = StoryObj;

const chaourcois = (user: 'jeane' | 'marc' | 'lucas' = 'jeane', lang = 'fr') =>
  inSession(user, html`<cp-bank-details lang=${lang} structure-id=${S.chaourcois}></cp-bank-details>`);

/** BNK-5: a structure without bank details yet, with the notice that the contract's account prevails. */
export const Empty: Story = { render: () => chaourcois() };

/** BNK-5: the list, IBANs masked, one account paid to a factor; CSV export from the server. */
export const List: Story = { loaders: [withBankDetails], render: () => chaourcois() };

/** BNK-5: one record, the full IBAN, the factor and the RIB file to download. */
export const Record: Story = {
  loaders: [withBankDetails],
  render: () => chaourcois(),
  play: async ({ canvasElement }) => {
    await consult(canvasElement, 'Compte affacturé');
  },
};

/** BNK-1..3: the creation form, filled with an IBAN, its BIC and the RIB file. */
export const Create: Story = {
  loaders: [withRibFile],
  render: () => chaourcois(),
  play: async ({ canvasElement }) => {
    await fillForm(canvasElement, 'Compte principal');
  },
};

/** BNK-4: a French RIB, its key checked and its IBAN shown. */
export const CreateWithRib: Story = {
  loaders: [withRibFile],
  render: () => chaourcois(),
  play: async ({ canvasElement }) => {
    const root = await fillForm(canvasElement, 'Régie');
    root.querySelector<CpIbanInput>('#f-account')!.shadowRoot!.querySelector<HTMLInputElement>('#mode-rib')!.click();
  },
};

/** BNK-1: "affactureur" ticked, the factor's fields required. */
export const WithFactor: Story = {
  loaders: [withRibFile],
  render: () => chaourcois(),
  play: async ({ canvasElement }) => {
    const root = await fillForm(canvasElement, 'Compte affacturé');
    root.querySelector<HTMLInputElement>('#f-affactureur')!.click();
  },
};

/** BNK-1: the RIB file added through the structure's attachment manager, opened from the form. */
export const AddRibFile: Story = {
  render: () => chaourcois(),
  play: async ({ canvasElement }) => {
    const root = await loaded(canvasElement, hasButton('Ajouter des coordonnées bancaires'));
    buttonOf(root, 'Ajouter des coordonnées bancaires').click();
    buttonOf(
      await loaded(canvasElement, hasButton('Ajouter un fichier aux pièces jointes de la structure')),
      'Ajouter un fichier aux pièces jointes de la structure',
    ).click();
  },
};

/** BNK-1: required fields missing, listed in the error summary and next to each field. */
export const MissingFields: Story = {
  render: () => chaourcois(),
  play: async ({ canvasElement }) => {
    const root = await loaded(canvasElement, hasButton('Ajouter des coordonnées bancaires'));
    buttonOf(root, 'Ajouter des coordonnées bancaires').click();
    buttonOf(await loaded(canvasElement, hasButton('Soumettre')), 'Soumettre').click();
  },
};

/** BNK-1: the mock refuses a name already recorded; its rule and message next to the field. */
export const Refused: Story = {
  loaders: [withBankDetails],
  render: () => chaourcois(),
  play: async ({ canvasElement }) => {
    const root = await fillForm(canvasElement, 'Compte principal');
    type(
      root.querySelector<CpIbanInput>('#f-account')!.shadowRoot!.querySelector<HTMLInputElement>('#iban')!,
      'FR1420041010050500013M02606',
    );
    type(
      root.querySelector<CpIbanInput>('#f-account')!.shadowRoot!.querySelector<HTMLInputElement>('#bic')!,
      'PSSTFRPP',
    );
    buttonOf(root, 'Soumettre').click();
  },
};

/** BNK-5 / ACC-7: Marc changed the record meanwhile; Jeane's input is kept, reload or overwrite offered. */
export const Conflict: Story = {
  loaders: [withBankDetails],
  render: () => chaourcois(),
  play: async ({ canvasElement }) => {
    const record = await consult(canvasElement, 'Compte principal');
    buttonOf(record, 'Modifier').click();
    const form = await loaded(canvasElement, (r) => r.querySelector('#f-nom') !== null);
    const marc = createHttpClient({ user: SEED_USERS.marc });
    const current: BankDetails = (await marc.listBankDetails({ idStructureCPP: S.chaourcois })).items.find(
      (b) => b.nomCoordonneeBancaire === 'Compte principal',
    )!;
    const { idCoordonneeBancaire, idStructureCPP, dateModification: _date, version, ...rest } = current;
    await marc.updateBankDetails({
      idStructureCPP,
      idCoordonneeBancaire,
      ...rest,
      nomCoordonneeBancaire: 'Compte de Marc',
      version,
    });
    type(form.querySelector<HTMLInputElement>('#f-nom')!, 'Compte de Jeane');
    buttonOf(form, 'Soumettre').click();
  },
};

/** a simple user reads the list, told why he cannot change it and who can help. */
export const ReadOnly: Story = { loaders: [withBankDetails], render: () => chaourcois('lucas') };

/** Without structure-id: a choice among the structures the user manages. */
export const StructurePicker: Story = {
  render: () => inSession('jeane', html`<cp-bank-details></cp-bank-details>`),
};

/** EN. */
export const English: Story = { loaders: [withBankDetails], render: () => chaourcois('jeane', 'en') };
