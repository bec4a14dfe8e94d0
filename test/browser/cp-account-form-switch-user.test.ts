import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createHttpClient } from '../../src/client/index.js';
import { deepQuery, field, loginOf, mountAs, tabTo, typeOver } from './cp-account-form-support.js';
import { expectLoadingFirst, expectQuietRefresh } from './shared-refresh.js';
import { useMockWorker } from './support/mock-worker.js';

/** The current password field of the password block (ACC-4). */
const currentPassword = (form: Element) =>
  deepQuery(form, 'cp-account-password')?.shadowRoot?.querySelector<HTMLInputElement>('#f-motDePasseActuel') ?? null;

describe('cp-account-form: another user in the same session (X-7)', () => {
  const mock = useMockWorker({ locale: 'fr' });

  it('X-7 / ACC-2 / ACC-4: keyboard only, what Jeane typed stays through a refresh; once the session is Lucas’s, his form shows loading first, then his own phone and an empty password', async () => {
    const { session, form } = await mountAs('jeane', (f) => Boolean(currentPassword(f)));
    field(form, 'telephone')!.focus();
    await typeOver('+33 3 25 00 00 99');
    const typed = (await tabTo((a) => a === currentPassword(form), 'the current password')) as HTMLInputElement;
    await sendKeys({ type: 'Secret-de-Jeane-2026' });
    await expectQuietRefresh(form, mock.worker, typed);
    expect(field(form, 'telephone')!.value, 'her phone is kept').to.equal('+33 3 25 00 00 99');
    expect(typed.value, 'her password is kept').to.equal('Secret-de-Jeane-2026');

    const lucas = await createHttpClient({ user: loginOf('lucas') }).getMyAccount();
    await expectLoadingFirst(
      form,
      () => (session.user = loginOf('lucas')),
      () => field(form, 'login')?.value === loginOf('lucas') && currentPassword(form) !== null,
      'Lucas’s account (not Jeane’s form meanwhile)',
    );
    expect(field(form, 'telephone')!.value, 'his own phone').to.equal(lucas.telephone ?? '');
    expect(currentPassword(form)!.value, 'no password typed for him').to.equal('');
    await expect(form).to.be.accessible();
  });
});
