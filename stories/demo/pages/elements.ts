/**
 * The routes that are one cp-kit element each: the host gives it the title level under the page's
 * `<h1>` and lets the element do the rest.
 */
import { html, type TemplateResult } from 'lit';

/** `<cp-approbations>`: the requests waiting for the manager (APR-1, APR-2). */
export const approvalsPage = (): TemplateResult => html`<cp-approbations heading-level="2"></cp-approbations>`;

/** `<cp-attachment-manager>`: the user's attachments (PJ-1..3). */
export const attachmentsPage = (): TemplateResult =>
  html`<cp-attachment-manager heading-level="2"></cp-attachment-manager>`;

/** `<cp-rattachements>`: the user's rattachements, requests and the structures' fiches (RAT-1..6). */
export const rattachementsPage = (): TemplateResult => html`<cp-rattachements heading-level="2"></cp-rattachements>`;

/** `<cp-habilitations>`: the user's espaces and subscription requests (HAB). */
export const habilitationsPage = (): TemplateResult => html`<cp-habilitations heading-level="2"></cp-habilitations>`;

/** `<cp-structure-users>`: the users of the structures the user manages (RAT-8, HAB-6). */
export const usersPage = (): TemplateResult => html`<cp-structure-users heading-level="2"></cp-structure-users>`;

/** `<cp-gp-transfer>`: handing the main manager's role over (GP-2..4). */
export const transferPage = (): TemplateResult => html`<cp-gp-transfer heading-level="2"></cp-gp-transfer>`;

/** `<cp-structure-manager>`: the structures the user manages (STR). */
export const structuresPage = (): TemplateResult =>
  html`<cp-structure-manager heading-level="2"></cp-structure-manager>`;

/** `<cp-bank-details>`: the managed structures' bank details (BAN). */
export const bankPage = (): TemplateResult => html`<cp-bank-details heading-level="2"></cp-bank-details>`;
