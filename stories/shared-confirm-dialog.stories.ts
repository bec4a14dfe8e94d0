import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/shared/cp-confirm-dialog.js';
import type { CpConfirmDialog } from '../src/elements/shared/cp-confirm-dialog.js';

interface Args {
  heading: string;
  message: string;
  confirmLabel: string;
  danger: boolean;
  items: string[];
  lang: string;
}

/** Confirmation modal on the native dialog; the button opens it with `ask()` and shows the answer. */
const meta: Meta<Args> = {
  title: 'Shared/cp-confirm-dialog',
  component: 'cp-confirm-dialog',
  args: {
    heading: 'Approuver la demande de rattachement ?',
    message: 'Jeane Chaource pourra agir pour la CC du Chaourcois et du Val d’Armance.',
    confirmLabel: 'Approuver',
    danger: false,
    items: [],
    lang: '',
  },
  render: (args) => {
    const open = async (event: Event) => {
      const button = event.currentTarget as HTMLButtonElement;
      const dialog = button.nextElementSibling as CpConfirmDialog;
      const output = dialog.nextElementSibling as HTMLOutputElement;
      output.value = String(await dialog.ask());
    };
    return html`<div lang=${ifDefined(args.lang || undefined)}>
      <button type="button" @click=${open}>${args.lang === 'en' ? 'Open' : 'Ouvrir'}</button>
      <cp-confirm-dialog
        heading=${args.heading}
        message=${args.message}
        confirm-label=${args.confirmLabel}
        ?danger=${args.danger}
        .items=${args.items}
      ></cp-confirm-dialog>
      <output aria-live="polite"></output>
    </div>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Confirm: Story = {};
export const Danger: Story = {
  args: {
    heading: 'Supprimer le rattachement ?',
    message: 'Pauline DUFOUR perdra l’accès à la Mairie de Terneuil sur Seine.\nCette action est définitive.',
    confirmLabel: 'Supprimer',
    danger: true,
  },
};
/** A bulk action: every item it concerns is listed under the message (RAT-1 "Supprimer les rattachements"). */
export const ListedItems: Story = {
  args: {
    heading: 'Supprimer les rattachements',
    message: 'Êtes-vous sûr de vouloir supprimer vos rattachements aux structures suivantes ?',
    items: [
      "26780520000013 CENTRE COMMUNAL D'ACTION SOCIALE DE TERNEUIL SUR SEINE – Toute la structure",
      '21780520000017 COMMUNE DE TERNEUIL SUR SEINE – Toute la structure',
    ],
    confirmLabel: 'OK',
    danger: true,
  },
};
export const English: Story = {
  args: {
    heading: 'Approve the membership request?',
    message: 'Jeane Chaource will be able to act for the structure.',
    confirmLabel: 'Approve',
    lang: 'en',
  },
};
