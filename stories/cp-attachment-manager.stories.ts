import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { CAST } from '../mock-api/seed/index.js';
import { createHttpClient, type AttachmentUploadInput } from '../src/client/index.js';
import { MAX_ATTACHMENT_BYTES } from '../src/domain/schemas/index.js';
import '../src/elements/cp-attachment-manager/cp-attachment-manager.js';
import type { CpAttachmentManager } from '../src/elements/cp-attachment-manager/cp-attachment-manager.js';
import { inSession, mockLoader, SEED_USERS } from './support/mock.js';

/** A file of `size` bytes starting with `head` (a PDF by default). */
function fileOf(name: string, size = 24_000, head = '%PDF-1.7\n'): File {
  const bytes = new Uint8Array(size);
  bytes.set(Array.from(head, (c) => c.charCodeAt(0)));
  return new File([bytes], name);
}

/** An attachment of a story's seed: the file's name, désignation, type and, for a structure, its id. */
type SeedFile = Omit<AttachmentUploadInput, 'file'> & { name: string };

/** Loader: the guides' seed, then these attachments added through the client before the story renders. */
const seeded = (user: keyof typeof SEED_USERS, files: readonly SeedFile[]) => async () => {
  const { mock } = await mockLoader();
  const client = createHttpClient({ user: SEED_USERS[user] });
  for (const { name, ...input } of files) await client.uploadAttachment({ ...input, file: fileOf(name) });
  return { mock };
};

/** The element's shadow root once loaded. */
async function loaded(canvas: HTMLElement): Promise<ShadowRoot> {
  const manager = canvas.querySelector<CpAttachmentManager>('cp-attachment-manager')!;
  while (!manager.shadowRoot?.querySelector('cp-data-table')) await new Promise((resolve) => setTimeout(resolve, 50));
  return manager.shadowRoot;
}

/** Fills the add form as a user would, with `file` in the picker. */
function fillAddForm(root: ShadowRoot, file: File, designation: string, type: string): void {
  const input = root.querySelector<HTMLInputElement>('#f-file')!;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  const text = root.querySelector<HTMLInputElement>('#f-designation')!;
  text.value = designation;
  text.dispatchEvent(new Event('input'));
  const select = root.querySelector<HTMLSelectElement>('#f-type')!;
  select.value = type;
  select.dispatchEvent(new Event('change'));
}

const PAULINE_FILES: readonly SeedFile[] = [
  {
    name: 'presentation-mairie.pdf',
    pieceJointeDesignation: 'Présentation de la mairie',
    pieceJointeTypeCode: 'JUSTIFICATIF',
  },
  { name: 'rib-mairie.pdf', pieceJointeDesignation: 'RIB de la mairie', pieceJointeTypeCode: 'RIB' },
  {
    name: 'mandat-facturation.pdf',
    pieceJointeDesignation: 'Mandat de facturation 2026',
    pieceJointeTypeCode: 'MANDAT',
  },
];

const STRUCTURE_FILES: readonly SeedFile[] = [
  {
    name: 'statuts.pdf',
    pieceJointeDesignation: 'Statuts de la communauté de communes',
    pieceJointeTypeCode: 'AUTRE',
    idStructureCPP: CAST.structures.chaourcois,
  },
];

/**
 * Pièces jointes (PJ-1..3) of the logged-in user, or of a structure (STR-7), on the embedded mock:
 * each story starts from the guides' seed.
 */
const meta: Meta = {
  title: 'Elements/cp-attachment-manager',
  component: 'cp-attachment-manager',
  loaders: [mockLoader],
};
export default meta;
type Story = StoryObj;

/** No attachment yet: the add form and the empty list. */
export const Empty: Story = {
  render: () => inSession('pauline', html`<cp-attachment-manager></cp-attachment-manager>`),
};

/** Pauline's attachments: name, désignation, type, size, date; select several to download as a ZIP or delete. */
export const Full: Story = {
  loaders: [seeded('pauline', PAULINE_FILES)],
  render: () => inSession('pauline', html`<cp-attachment-manager></cp-attachment-manager>`),
};

/** PJ-3: a 4 MB file being sent, with its progress and the cancel button. */
export const Uploading: Story = {
  render: () => inSession('pauline', html`<cp-attachment-manager></cp-attachment-manager>`),
  play: async ({ canvasElement }) => {
    const root = await loaded(canvasElement);
    fillAddForm(root, fileOf('dossier-complet.pdf', MAX_ATTACHMENT_BYTES), 'Dossier complet', 'AUTRE');
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  },
};

/** PJ-2: a file whose content is not a PDF, refused by the mock with its reason next to the file and in the summary. */
export const UploadError: Story = {
  render: () => inSession('pauline', html`<cp-attachment-manager></cp-attachment-manager>`),
  play: async ({ canvasElement }) => {
    const root = await loaded(canvasElement);
    fillAddForm(root, fileOf('presentation.pdf', 64, '\x89PNG\r\n\x1a\n'), 'Présentation', 'AUTRE');
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  },
};

/** PJ-1: 4 MB + 1 byte, refused before anything is sent. */
export const TooLarge: Story = {
  render: () => inSession('pauline', html`<cp-attachment-manager></cp-attachment-manager>`),
  play: async ({ canvasElement }) => {
    const root = await loaded(canvasElement);
    fillAddForm(root, fileOf('plan.pdf', MAX_ATTACHMENT_BYTES + 1), 'Plan', 'AUTRE');
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  },
};

/** STR-7: the CC du Chaourcois' attachments for Jeane, its GP (add, edit, delete). */
export const StructureManager: Story = {
  loaders: [seeded('jeane', STRUCTURE_FILES)],
  render: () =>
    inSession(
      'jeane',
      html`<cp-attachment-manager owner="structure" structure-id=${CAST.structures.chaourcois}></cp-attachment-manager>`,
    ),
};

/** STR-7, X-8: Lucas, a simple user of the structure, reads and downloads, and is told who can change them. */
export const StructureMember: Story = {
  loaders: [seeded('jeane', STRUCTURE_FILES)],
  render: () =>
    inSession(
      'lucas',
      html`<cp-attachment-manager owner="structure" structure-id=${CAST.structures.chaourcois}></cp-attachment-manager>`,
    ),
};
