import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/shared/cp-date-input.js';
import type { CpDateInput } from '../src/elements/shared/cp-date-input.js';

interface Args {
  label: string;
  value: string;
  min: string;
  max: string;
  required: boolean;
  disabled: boolean;
  lang: string;
}

/** Date field typed dd/mm/yyyy, stored as ISO 8601; the ISO value is shown under it. */
const meta: Meta<Args> = {
  title: 'Shared/cp-date-input',
  component: 'cp-date-input',
  args: {
    label: 'Date de début du rattachement',
    value: '',
    min: '',
    max: '',
    required: true,
    disabled: false,
    lang: '',
  },
  render: (args) => {
    const show = (event: Event) => {
      const input = event.currentTarget as CpDateInput;
      (input.nextElementSibling as HTMLOutputElement).value = `ISO : ${input.value || '—'}`;
    };
    return html`<form lang=${ifDefined(args.lang || undefined)} @submit=${(e: Event) => e.preventDefault()}>
      <cp-date-input
        name="debut"
        label=${args.label}
        value=${args.value}
        min=${args.min}
        max=${args.max}
        ?required=${args.required}
        ?disabled=${args.disabled}
        @input=${show}
      ></cp-date-input>
      <output></output>
      <p><button type="submit">${args.lang === 'en' ? 'Submit' : 'Valider'}</button></p>
    </form>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};
export const Filled: Story = { args: { value: '2025-01-31' } };
export const OutOfRange: Story = { args: { value: '2024-12-31', min: '2025-01-01', max: '2025-12-31' } };
export const Disabled: Story = { args: { value: '2025-01-31', disabled: true } };
export const English: Story = { args: { lang: 'en', label: 'Start date' } };
