/**
 * Boîte mail: the e-mails the mock sent to the logged-in user (its outbox, NOT-4), as a mailbox
 * would show them. An e-mail's link opens the portal's page for it: the DEA-3 reactivation link
 * (`/reactivation?jeton=…`) opens Mon compte with the token, an approbation's opens Approbations.
 */
import { html, type TemplateResult } from 'lit';
import { createOutboxClient } from '../../../src/client/index.js';
import type { OutboxEmail } from '../../../src/domain/schemas/index.js';
import { dateTime, t } from '../i18n.js';
import type { PageContext } from '../page-context.js';

/** The portal's route for the path of an e-mail's link. */
function routeOfLink(ctx: PageContext, link: string): string {
  const url = new URL(link, location.origin);
  const [first] = url.pathname.split('/').filter(Boolean);
  if (first === 'reactivation') return ctx.href('mon-compte', Object.fromEntries(url.searchParams));
  if (first === 'approbations') return ctx.href('approbations');
  if (first === 'factures-emises') return ctx.href('saisie-facture');
  return ctx.href('');
}

interface Mailbox {
  emails?: OutboxEmail[];
  failed?: boolean;
}

/** Reads the user's mailbox, then renders the page again. */
function read(ctx: PageContext, box: Mailbox): Mailbox {
  createOutboxClient({ user: ctx.user })
    .listOutbox({ pageSize: 20 })
    .then(
      ({ items }) => Object.assign(box, { emails: items, failed: false }),
      () => Object.assign(box, { failed: true }),
    )
    .finally(() => ctx.update());
  return box;
}

const email = (ctx: PageContext, mail: OutboxEmail) =>
  html`<li class="portal-mail">
    <h2>${mail.sujet}</h2>
    <p class="portal-mail-meta">${dateTime(mail.dateEnvoi)} · ${t('mailboxTo', { to: mail.destinataire })}</p>
    <p class="portal-mail-body">${mail.corps}</p>
    ${mail.lien ? html`<p><a href=${routeOfLink(ctx, mail.lien)}>${t('mailboxOpenLink')}</a></p>` : ''}
  </li>`;

/** The mailbox page. */
export function mailboxPage(ctx: PageContext): TemplateResult {
  const box = ctx.once('mailbox', () => read(ctx, {}));
  const list = box.failed
    ? html`<p role="alert">${t('mailboxFailed')}</p>`
    : !box.emails
      ? html`<p>${t('loading')}</p>`
      : box.emails.length === 0
        ? html`<p>${t('mailboxEmpty')}</p>`
        : html`<ul class="portal-mails">
            ${box.emails.map((mail) => email(ctx, mail))}
          </ul>`;
  return html`<p>${t('mailboxIntro', { name: ctx.userName })}</p>
    <button type="button" class="portal-secondary" @click=${() => read(ctx, box)}>${t('mailboxRefresh')}</button>
    <div aria-live="polite">${list}</div>`;
}
