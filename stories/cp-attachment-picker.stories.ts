import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createHttpClient, type AttachmentUploadInput } from '../src/client/index.js';
import '../src/elements/cp-attachment-picker/cp-attachment-picker.js';
import type { CpAttachmentPicker } from '../src/elements/cp-attachment-picker/cp-attachment-picker.js';
import { inSession, mockLoader, SEED_USERS } from './support/mock.js';

/** An attachment of a story's seed. */
type SeedFile = Omit<AttachmentUploadInput, 'file'> & { name: string };

const PAULINE_FILES: readonly SeedFile[] = [
  {
    name: 'presentation-mairie.pdf',
    pieceJointeDesignation: 'Présentation de la mairie',
    pieceJointeTypeCode: 'JUSTIFICATIF',
  },
  {
    name: 'bon-de-commande-0042.pdf',
    pieceJointeDesignation: 'Bon de commande 2026-0042',
    pieceJointeTypeCode: 'BON_DE_COMMANDE',
  },
  {
    name: 'mandat-facturation.pdf',
    pieceJointeDesignation: 'Mandat de facturation 2026',
    pieceJointeTypeCode: 'MANDAT',
  },
];

/** Loader: the guides' seed, then Pauline's attachments added through the client (`count` of them, repeating the list). */
const seeded =
  (count = PAULINE_FILES.length) =>
  async () => {
    const { mock } = await mockLoader();
    const client = createHttpClient({ user: SEED_USERS.pauline });
    for (let i = 0; i < count; i += 1) {
      const { name, ...input } = PAULINE_FILES[i % PAULINE_FILES.length]!;
      const file = new File(
        ['%PDF-1.7\n', 'x'.repeat(20_000)],
        i < PAULINE_FILES.length ? name : name.replace('.pdf', `-${i}.pdf`),
      );
      await client.uploadAttachment({ ...input, file });
    }
    return { mock };
  };

/** A host's invoice form around the picker: the submitted ids show under it. */
const invoiceForm = (picker: ReturnType<typeof html>) =>
  inSession(
    'pauline',
    html`<form
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        const form = e.target as HTMLFormElement;
        form.querySelector('output')!.textContent = JSON.stringify(new FormData(form).getAll('pj'));
      }}
    >
      ${picker}
      <p><button>Déposer la facture</button></p>
      <p>Pièces jointes envoyées : <output>(rien encore)</output></p>
    </form>`,
  );

/**
 * The user's pièces jointes offered in a host's form (PJ-4) when entering an invoice, a mémoire de frais
 * de justice or a TIC refund request; a form-associated group of checkboxes on the embedded mock.
 */
const meta: Meta = {
  title: 'Elements/cp-attachment-picker',
  component: 'cp-attachment-picker',
  loaders: [mockLoader],
};
export default meta;
type Story = StoryObj;

/** Pauline's three attachments in an invoice form. */
export const InvoiceForm: Story = {
  loaders: [seeded()],
  render: () => invoiceForm(html`<cp-attachment-picker name="pj"></cp-attachment-picker>`),
};

/** No attachment yet: the way to add one without leaving the form. */
export const Empty: Story = {
  render: () => invoiceForm(html`<cp-attachment-picker name="pj"></cp-attachment-picker>`),
};

/** Required and submitted with nothing ticked: the reason next to the group. */
export const RequiredError: Story = {
  loaders: [seeded()],
  render: () => invoiceForm(html`<cp-attachment-picker name="pj" required></cp-attachment-picker>`),
  play: async ({ canvasElement }) => {
    const picker = canvasElement.querySelector<CpAttachmentPicker>('cp-attachment-picker')!;
    while (!picker.shadowRoot?.querySelector('fieldset')) await new Promise((resolve) => setTimeout(resolve, 50));
    canvasElement.querySelector('form')!.requestSubmit();
  },
};

/** Twelve attachments: a filter helps find one. */
export const LongList: Story = {
  loaders: [seeded(12)],
  render: () => invoiceForm(html`<cp-attachment-picker name="pj" context="memoire"></cp-attachment-picker>`),
};

/** A TIC refund request, in English. */
export const English: Story = {
  loaders: [seeded()],
  render: () => invoiceForm(html`<cp-attachment-picker name="pj" context="tic" lang="en"></cp-attachment-picker>`),
};
