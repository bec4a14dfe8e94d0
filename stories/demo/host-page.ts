/**
 * The demo host page: what a portal such as the PIGP does with cp-kit. It authenticates the user
 * (here: a picker standing in for the portal's login, ID-1), hands the user to `<cp-session>`, sets
 * the language, and uses the elements inside its own forms. The API is the embedded mock, running as a
 * service worker with its data kept across reloads.
 */
import { startMockWorker } from '../../mock-api/browser.js';
import { replayFirstConnection } from '../../mock-api/seed/index.js';
import { createOutboxClient } from '../../src/client/index.js';
import '../../src/elements/cp-account-form/cp-account-form.js';
import '../../src/elements/cp-approbations/cp-approbations.js';
import '../../src/elements/cp-attachment-manager/cp-attachment-manager.js';
import '../../src/elements/cp-attachment-picker/cp-attachment-picker.js';
import '../../src/elements/cp-bank-details/cp-bank-details.js';
import '../../src/elements/cp-gp-transfer/cp-gp-transfer.js';
import '../../src/elements/cp-habilitations/cp-habilitations.js';
import '../../src/elements/cp-iban-input/cp-iban-input.js';
import '../../src/elements/cp-rattachements/cp-rattachements.js';
import '../../src/elements/cp-service-manager/cp-service-manager.js';
import '../../src/elements/cp-structure-fiche/cp-structure-fiche.js';
import '../../src/elements/cp-structure-manager/cp-structure-manager.js';
import '../../src/elements/cp-structure-users/cp-structure-users.js';
import { setPageLocale, toLocale } from '../../src/i18n/locale.js';

// Demo mode: the outbox below lists every user's e-mails (others' single-use links left out).
const mock = await startMockWorker({ demoMode: true });

const session = document.querySelector('cp-session')!;
const user = document.querySelector<HTMLSelectElement>('#user')!;
const savedUser = sessionStorage.getItem('cp-demo-user');
if (savedUser) user.value = savedUser;
session.user = user.value;
// The session is defined once the mock answers and knows the user, so the first requests reach it.
await import('../../src/elements/cp-session/cp-session.js');
user.addEventListener('change', () => {
  sessionStorage.setItem('cp-demo-user', user.value);
  session.user = user.value;
});

document.querySelector('#reset-mock')!.addEventListener('click', () => {
  mock.reset();
  location.reload();
});

// Guide 002: the chosen user's account as MADRHAS leaves it before the first connection (ACC-1).
document.querySelector('#replay-first-connection')!.addEventListener('click', () => {
  replayFirstConnection(mock.app.env.store, user.value);
  location.reload();
});

const lang = document.querySelector<HTMLSelectElement>('#lang')!;
lang.addEventListener('change', () => {
  const locale = toLocale(lang.value) ?? 'fr';
  document.documentElement.lang = locale;
  setPageLocale(locale);
});
// ACC-6: the session applied the user's saved language (until the visitor picks one here).
session.addEventListener('cp-user-language-applied', (event) => {
  lang.value = event.detail.locale;
  document.documentElement.lang = event.detail.locale;
});

const form = document.querySelector<HTMLFormElement>('#bank-form')!;
const output = document.querySelector<HTMLPreElement>('#bank-output')!;
form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!form.reportValidity()) {
    output.textContent = 'Formulaire invalide : voir les erreurs affichées à côté des champs.';
    return;
  }
  output.textContent = JSON.stringify(Object.fromEntries(new FormData(form)), null, 2);
});
form.addEventListener('reset', () => {
  output.textContent = '(rien encore)';
});

// PJ-4: the host's invoice form submits the ids of the attachments the user ticked.
const invoiceForm = document.querySelector<HTMLFormElement>('#invoice-form')!;
const invoiceOutput = document.querySelector<HTMLPreElement>('#invoice-output')!;
invoiceForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(invoiceForm);
  invoiceOutput.textContent = JSON.stringify(
    { numeroFacture: data.get('numeroFacture'), pieceJointeId: data.getAll('pieceJointeId') },
    null,
    2,
  );
});
invoiceForm.addEventListener('reset', () => {
  invoiceOutput.textContent = '(rien encore)';
});

// DEA-3: the e-mailed reactivation link (/reactivation?jeton=…) is opened on this page as ?jeton=…;
// the host passes the token to the element.
const accountForm = document.querySelector('cp-account-form')!;
const token = new URLSearchParams(location.search).get('jeton');
if (token) accountForm.setAttribute('reactivation-token', token);

/** The mock's outbox (NOT-4) read as the chosen user: the latest e-mails, with his links pointing at this page. */
async function showOutbox(): Promise<void> {
  const { items } = await createOutboxClient({ user: () => user.value }).listOutbox({ pageSize: 5 });
  const list = document.querySelector('#outbox')!;
  list.replaceChildren(
    ...items.map((email) => {
      const item = document.createElement('li');
      item.textContent = `${new Date(email.dateEnvoi).toLocaleString('fr-FR')} · à ${email.destinataire} · ${email.sujet} `;
      if (email.lien) {
        const link = document.createElement('a');
        link.href = `${location.pathname}${new URL(email.lien, location.origin).search}`;
        link.textContent = 'Ouvrir le lien du courriel';
        item.append(link);
      }
      return item;
    }),
  );
  if (items.length === 0) list.textContent = '(aucun courriel)';
}
void showOutbox();
document.querySelector('#outbox-refresh')!.addEventListener('click', () => void showOutbox());
accountForm.addEventListener('cp-reactivation-requested', () => void showOutbox());

// ACC-1: once the first connection is completed the portal goes to its home page; the demo says so.
accountForm.addEventListener('cp-first-connection-completed', (event) => {
  const { prenom, nom } = event.detail.account;
  document.querySelector('#account-home')!.textContent =
    `Compte de ${prenom ?? ''} ${nom ?? ''} complété : le portail hôte afficherait maintenant sa page d’accueil.`;
});

// The services shown follow the structure opened in the structure manager.
document.querySelector('cp-structure-manager')!.addEventListener('cp-structure-opened', (event) => {
  document.querySelector('cp-service-manager')!.structureId = event.detail.structure.idStructureCPP;
});
// A structure just created or duplicated (STR-2, STR-6) is the one the manager shows next: its services too.
for (const type of ['cp-structure-created', 'cp-structure-duplicated'] as const) {
  document.querySelector('cp-structure-manager')!.addEventListener(type, (event) => {
    document.querySelector('cp-service-manager')!.structureId = event.detail.structure.idStructureCPP;
  });
}

// APR-1: the portal's menu shows how many requests wait for the manager ("APPROBATIONS 2").
document.querySelector('cp-approbations')!.addEventListener('cp-approbation-count-changed', (event) => {
  document.querySelector('#approbations-count')!.textContent = String(event.detail.count);
});
