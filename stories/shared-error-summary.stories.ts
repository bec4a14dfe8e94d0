import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/shared/cp-error-summary.js';
import type { FieldError } from '../src/elements/shared/cp-error-summary.js';

const errors: FieldError[] = [
  { field: 'siret', label: 'SIRET', message: 'Le SIRET doit comporter 14 chiffres.' },
  { field: 'iban', label: 'IBAN', message: 'La clé de contrôle est fausse.' },
  { field: 'email', label: 'Courriel', message: 'Saisissez une adresse du type nom@domaine.fr.' },
];

interface Args {
  errors: FieldError[];
  lang: string;
}

/** Error summary on top of a form after a failed submission (DSFR error alert). */
const meta: Meta<Args> = {
  title: 'Shared/cp-error-summary',
  component: 'cp-error-summary',
  args: { errors, lang: '' },
  render: (args) =>
    html`<cp-error-summary lang=${ifDefined(args.lang || undefined)} .errors=${args.errors}></cp-error-summary>`,
};
export default meta;
type Story = StoryObj<Args>;

export const SeveralErrors: Story = {};
export const OneError: Story = { args: { errors: errors.slice(0, 1) } };
export const NoError: Story = { args: { errors: [] } };
export const English: Story = { args: { lang: 'en' } };
