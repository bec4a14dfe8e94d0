import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/shared/cp-text-field.js';

interface Args {
  label: string;
  hint: string;
  value: string;
  type: 'text' | 'email' | 'tel' | 'url';
  required: boolean;
  disabled: boolean;
  error: string;
  lang: string;
}

/** Form-associated text field on the shared field layout (label, hint, "Erreur :" message). */
const meta: Meta<Args> = {
  title: 'Shared/cp-text-field',
  component: 'cp-text-field',
  args: {
    label: 'Adresse électronique',
    hint: 'Format attendu : nom@domaine.fr',
    value: '',
    type: 'email',
    required: true,
    disabled: false,
    error: '',
    lang: '',
  },
  render: (args) => html`<form lang=${ifDefined(args.lang || undefined)} @submit=${(e: Event) => e.preventDefault()}>
    <p style="font: 0.75rem/1.25rem Marianne, arial, sans-serif; color: #666">
      ${args.lang === 'en' ? 'Fields marked with an asterisk (*) are required.' : 'Les champs marqués d’un astérisque (*) sont obligatoires.'}
    </p>
    <cp-text-field
      name="email"
      label=${args.label}
      hint=${args.hint}
      type=${args.type}
      value=${args.value}
      error=${args.error}
      ?required=${args.required}
      ?disabled=${args.disabled}
    ></cp-text-field>
    <p><button type="submit">${args.lang === 'en' ? 'Submit' : 'Valider'}</button></p>
  </form>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};
export const Filled: Story = { args: { value: 'pauline.dufour@terneuil.fr' } };
export const ServerError: Story = {
  args: { value: 'pauline.dufour@terneuil.fr', error: 'Cette adresse est déjà utilisée par un autre compte.' },
};
export const Disabled: Story = { args: { value: 'pauline.dufour@terneuil.fr', disabled: true } };
export const English: Story = {
  args: { lang: 'en', label: 'Email address', hint: 'Expected format: name@domain.com' },
};
