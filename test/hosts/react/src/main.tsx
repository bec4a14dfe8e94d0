// A React 19 host: the generated components of cp-kit/react (typed event props), and the tags
// themselves in JSX, typed by cp-kit/jsx. No declaration is written by hand.
import 'cp-kit/cp-account-form';
import 'cp-kit/cp-session';
import type {} from 'cp-kit/jsx';
import { CpIbanInput } from 'cp-kit/react';
import { StrictMode, useState, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  const [change, setChange] = useState('');
  const [submitted, setSubmitted] = useState('');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(String(new FormData(event.currentTarget).get('iban')));
  };
  return (
    <main data-submitted={submitted || undefined}>
      <form onSubmit={submit}>
        <CpIbanInput
          name="iban"
          required
          onCpIbanInputChanged={(event) =>
            setChange(JSON.stringify({ value: event.detail.value, valid: event.detail.valid }))
          }
        />
        <button>Enregistrer</button>
      </form>
      <output id="last-change">{change}</output>
      <cp-session user="pauline.dufour@terneuil-sur-seine.fr" ignore-user-language>
        <cp-account-form></cp-account-form>
      </cp-session>
    </main>
  );
}

// The session asks the API as soon as it is connected: start the mock (loaded on demand) first.
const { startMockWorker } = await import('cp-kit/mock');
await startMockWorker({ persist: false });
createRoot(document.querySelector('#root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
