import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/cp-structure-users/cp-structure-users.js';
import type { CpStructureUsers } from '../../src/elements/cp-structure-users/cp-structure-users.js';
import { tabTo } from './cp-account-form-support.js';
import { deepQuery, openButtons, textOf } from './cp-approbations-support.js';
import { deepActive } from './shared-focus.js';
import { expectLoadingFirst, expectQuietRefresh } from './shared-refresh.js';
import { useMockWorker } from './support/mock-worker.js';
import { loginOf, mountAs } from './support/mount.js';

describe('cp-structure-users: another user in the same session (X-7)', () => {
  const mock = useMockWorker();

  it('X-7 / RAT-8: keyboard only, the login Jeane typed to attach and Lucas’s open panel stay through a refresh; once the session is Marc’s (he manages the same structure), the panel is closed and the login empty', async () => {
    const { session, el } = await mountAs<CpStructureUsers>(
      'jeane',
      html`<cp-structure-users></cp-structure-users>`,
      (users) => deepQuery(users, 'cp-data-table') !== null,
      'the users of Jeane’s structures are loaded',
    );
    const structure = deepQuery<HTMLSelectElement>(el, '#structure')!;
    structure.focus();
    const login = (await tabTo((a) => a.id === 'attach-login', 'the login field')) as HTMLInputElement;
    await sendKeys({ type: 'claire.petit@terneuil-sur-seine.fr' });
    await expectQuietRefresh(el, mock.worker, login);
    expect(login.value, 'the login is kept').to.equal('claire.petit@terneuil-sur-seine.fr');
    structure.focus();
    await tabTo(
      (a) => a.getAttribute('part') === 'row-action' && a.textContent!.includes('Lucas BERNARD'),
      'Gérer Lucas',
    );
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActive()?.id === 'user-title', 'focus on Lucas’s panel title');
    await waitUntil(() => textOf(el).includes('FACTURES_PUBLIQUES'), 'Lucas’s profiles');
    await expectQuietRefresh(el, mock.worker, deepActive()!);
    expect(deepQuery(el, '#user-title'), 'the panel stays open').to.not.equal(null);

    // Lucas's panel stands in place of the table: a table shows again only with Marc's users.
    await expectLoadingFirst(
      el,
      () => (session.user = loginOf('marc')),
      () => deepQuery(el, 'cp-data-table') !== null && openButtons(el).length > 0,
      'the users Marc manages',
    );
    expect(deepQuery(el, '#user-title'), 'no panel open for Marc').to.equal(null);
    expect(deepQuery<HTMLInputElement>(el, '#attach-login')!.value, 'no login typed for Marc').to.equal('');
    await expect(el).to.be.accessible();
  });
});
