// A host application as its team would write it: one import per element it uses, the mock from
// the package for local work (loaded on demand), and a typed listener (no casts: the event map comes from cp-kit).
import 'cp-kit/cp-account-form';
import 'cp-kit/cp-iban-input';
import 'cp-kit/cp-session';

const iban = document.querySelector('cp-iban-input');
const output = document.querySelector<HTMLOutputElement>('#last-change');
iban?.addEventListener('cp-iban-input-changed', (event) => {
  const { value, valid } = event.detail;
  if (output) output.value = JSON.stringify({ value, valid });
});

document.querySelector('form')?.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(event.target as HTMLFormElement);
  document.body.dataset['submitted'] = String(data.get('iban'));
});

// The session asks the API as soon as it is connected: start the mock first. It is loaded on
// demand, as a host loads it only in development, so that it stays out of the app's own bundle.
const { startMockWorker } = await import('cp-kit/mock');
await startMockWorker({ persist: false });
const session = document.createElement('cp-session');
session.user = 'pauline.dufour@terneuil-sur-seine.fr';
session.ignoreUserLanguage = true;
session.append(document.createElement('cp-account-form'));
document.querySelector('#account')?.append(session);
