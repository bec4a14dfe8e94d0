/**
 * Mon compte: `<cp-account-form>`. The host hands it the reactivation token of an e-mailed link
 * (DEA-3: the mailbox opens `mon-compte?jeton=…`) and goes home once the first connection is
 * completed (ACC-1), as the real portal does.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AccountDetail } from '../../../src/elements/cp-account-form/events.js';
import { t } from '../i18n.js';
import type { PageContext } from '../page-context.js';

/** The account page. */
export function accountPage(ctx: PageContext): TemplateResult {
  const completed = (event: CustomEvent<AccountDetail>) => {
    const { prenom, nom } = event.detail.account;
    ctx.flash(t('accountCompleted', { name: `${prenom ?? ''} ${nom ?? ''}`.trim() }));
    ctx.navigate(ctx.href(''));
  };
  return html`<cp-account-form
    heading-level="2"
    support-href=${ctx.href('support')}
    reactivation-token=${ifDefined(ctx.params.get('jeton') ?? undefined)}
    @cp-first-connection-completed=${completed}
  ></cp-account-form>`;
}
