import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/cp-iban-input/cp-iban-input.js';
import type { ValidateOn } from '../src/elements/cp-iban-input/cp-iban-input.js';

interface IbanInputArgs {
  name: string;
  value?: string;
  bic?: string;
  mode: 'iban' | 'rib';
  allowedCountries?: string;
  required: boolean;
  bicRequired: boolean;
  disabled: boolean;
  validateOn: ValidateOn;
  paymentNote: boolean;
  lang?: string;
}

/** Shows the errors at once, as after a submit attempt (the element listens to `invalid`). */
const showErrors = async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
  const element = canvasElement.querySelector('cp-iban-input');
  await element?.updateComplete;
  element?.checkValidity();
};

/** The element with the story's attributes. */
const renderInput = (args: IbanInputArgs) => html`
  <cp-iban-input
    name=${args.name}
    value=${ifDefined(args.value)}
    bic=${ifDefined(args.bic)}
    mode=${args.mode}
    allowed-countries=${ifDefined(args.allowedCountries)}
    validate-on=${args.validateOn}
    lang=${ifDefined(args.lang)}
    ?required=${args.required}
    ?bic-required=${args.bicRequired}
    ?disabled=${args.disabled}
    ?payment-note=${args.paymentNote}
  ></cp-iban-input>
`;

/** Bank details input: IBAN of any country or French RIB, plus BIC (SPEC §10, BNK-1..5). */
const meta: Meta<IbanInputArgs> = {
  title: 'Elements/cp-iban-input',
  component: 'cp-iban-input',
  args: {
    name: 'iban',
    mode: 'iban',
    required: false,
    bicRequired: false,
    disabled: false,
    validateOn: 'blur',
    paymentNote: true,
  },
  argTypes: {
    mode: { control: 'inline-radio', options: ['iban', 'rib'] },
    validateOn: { control: 'inline-radio', options: ['blur', 'input', 'submit'] },
    lang: { control: 'inline-radio', options: [undefined, 'fr', 'en'] },
  },
  render: (args) => renderInput(args),
};
export default meta;

type Story = StoryObj<IbanInputArgs>;

/** Nothing entered yet: FR selected, the expected format in the hint. */
export const Empty: Story = {};

/** A valid French IBAN and its BIC, shown in groups of four. */
export const ValidFrenchIban: Story = {
  args: { value: 'FR7630006000011234567890189', bic: 'BNPAFRPP' },
};

/** BNK-2/BNK-4: the RIB key inside the IBAN is wrong; the message says so. */
export const InvalidKey: Story = {
  args: { value: 'FR7630006000011234567890188' },
  play: showErrors,
};

/** BNK-4: the four RIB fields, the key checked and the IBAN built from them. */
export const RibMode: Story = {
  args: { mode: 'rib', value: 'FR7630006000011234567890189' },
};

/** A German IBAN selects Germany in the picker; the BIC must be German too (BNK-3). */
export const ForeignIban: Story = {
  args: { value: 'DE89370400440532013000', bic: 'COBADEFFXXX' },
};

/** Only French and Belgian IBANs accepted: a German one is refused. */
export const NotAllowedCountry: Story = {
  args: { allowedCountries: 'FR BE', value: 'DE89370400440532013000' },
  play: showErrors,
};

/** Disabled: neither editable, nor submitted, nor validated. */
export const Disabled: Story = {
  args: { disabled: true, value: 'FR7630006000011234567890189', bic: 'BNPAFRPP' },
};

/** In English (`lang="en"`), with an error. */
export const English: Story = {
  args: { lang: 'en', value: 'FR763000600001123456789018', required: true },
  play: showErrors,
};

/** Inside a native form: the submitted entries are listed under the form. */
export const InNativeForm: Story = {
  args: { name: 'account', required: true, bicRequired: true, validateOn: 'submit' },
  render: (args) => {
    const submit = (event: SubmitEvent): void => {
      event.preventDefault();
      const form = event.target as HTMLFormElement;
      const entries = [...new FormData(form)].map(([key, value]) => `${key} = ${String(value)}`);
      form.querySelector('output')!.textContent = entries.join('\n');
    };
    return html`
      <form @submit=${submit}>
        ${renderInput(args)}
        <p>
          <button type="submit">Enregistrer</button>
          <button type="reset">Réinitialiser</button>
        </p>
        <output style="white-space: pre"></output>
      </form>
    `;
  },
};
