import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createHttpClient } from '../src/client/index.js';
import '../src/elements/cp-account-form/cp-account-form.js';
import '../src/elements/cp-approbations/cp-approbations.js';
import '../src/elements/cp-rattachements/cp-rattachements.js';
import '../src/elements/cp-session/cp-session.js';
import { mockLoader, SEED_USERS } from './support/mock.js';

interface SessionArgs {
  user: string;
  apiBase: string;
  ignoreUserLanguage: boolean;
  hideRuleRefs: boolean;
}

/**
 * `<cp-session>` on the embedded mock: it shows nothing itself and hands the client of the logged-in
 * user to every cp-kit element inside it (ID-1). Each story starts from the guides' seed.
 */
const meta: Meta<SessionArgs> = {
  title: 'Elements/cp-session',
  component: 'cp-session',
  loaders: [mockLoader],
  args: { user: SEED_USERS.pauline, apiBase: '', ignoreUserLanguage: false, hideRuleRefs: false },
  argTypes: {
    user: { control: 'select', options: Object.values(SEED_USERS) },
  },
  render: (args) => html`
    <cp-session
      user=${args.user}
      api-base=${args.apiBase}
      ?ignore-user-language=${args.ignoreUserLanguage}
      ?hide-rule-refs=${args.hideRuleRefs}
    >
      <cp-account-form></cp-account-form>
    </cp-session>
  `,
};
export default meta;
type Story = StoryObj<SessionArgs>;

/** Pauline DUFOUR is logged in: the account form inside the session shows her account. */
export const LoggedIn: Story = {};

/** One session for several elements: Jeane CHAOURCE's account and her rattachements share the session's client. */
export const SeveralElements: Story = {
  args: { user: SEED_USERS.jeane },
  render: (args) => html`
    <cp-session user=${args.user}>
      <cp-account-form></cp-account-form>
      <cp-rattachements></cp-rattachements>
    </cp-session>
  `,
};

/**
 * ACC-6: Sophie MARTIN saved English as her language, but the host page has chosen its language
 * (here Storybook's language switch, through `setPageLocale`) and sets `ignore-user-language`:
 * the page keeps the host's language.
 */
export const HostLanguageWins: Story = {
  args: { user: SEED_USERS.sophie, ignoreUserLanguage: true },
};

/**
 * An integrator's own client (`client` property, e.g. a test double or its own transport) wins over
 * the attributes: `user` names Pauline DUFOUR, the client is Marc LEROY's, the form shows Marc LEROY.
 */
export const IntegratorClient: Story = {
  render: (args) => html`
    <cp-session user=${args.user} .client=${createHttpClient({ user: SEED_USERS.marc })}>
      <cp-account-form></cp-account-form>
    </cp-session>
  `,
};

/**
 * Lucas BERNARD manages no structure, so his approvals inbox says why in a plain sentence,
 * followed by the discreet reference for support "Réf. APR-2".
 */
export const RuleRefs: Story = {
  args: { user: SEED_USERS.lucas },
  render: (args) => html`
    <cp-session user=${args.user} ?hide-rule-refs=${args.hideRuleRefs}>
      <cp-approbations></cp-approbations>
    </cp-session>
  `,
};

/** the same inbox in a host that sets `hide-rule-refs`: the sentence stays, no reference shows. */
export const RuleRefsHidden: Story = { ...RuleRefs, args: { user: SEED_USERS.lucas, hideRuleRefs: true } };
