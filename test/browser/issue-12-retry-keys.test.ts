import { expect, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { fromFetchRequest } from '../../mock-api/http/types.js';
import { CAST } from '../../mock-api/seed/index.js';
import { createHttpClient } from '../../src/client/index.js';
import { SEED_USERS } from '../../stories/support/mock.js';
import { button } from './cp-account-form-support.js';
import {
  choose,
  deepAll,
  deepQuery,
  mountAs,
  rowAction,
  rowCheckbox,
  waitForText,
} from './cp-rattachements-support.js';
import { useMockWorker } from './support/mock-worker.js';

/**
 * X-5 (issue 12): the server applies a write, then its answer is lost on the way. The user tries
 * again; the element sends the same request under the first attempt's Idempotency-Key, so the server
 * replays its answer instead of refusing a second leave, hand-over or deletion.
 */
describe('X-5 elements retry a write whose answer was lost under its first key (issue 12)', () => {
  /** Writes that reached the network, with their Idempotency-Key. */
  let writes: { what: string; key: string | null }[] = [];
  const onRequest = ({ request }: { request: Request }) => {
    if (request.method !== 'GET')
      writes.push({
        what: `${request.method} ${new URL(request.url).pathname}`,
        key: request.headers.get('idempotency-key'),
      });
  };
  /** The next `method path` write is applied by the mock, then its answer is lost (a network error). */
  const loseNextAnswer = (method: 'post' | 'delete', path: string) =>
    mock.worker.use(
      http[method](
        path,
        async ({ request }) => {
          mock.app.handle(await fromFetchRequest(request));
          return HttpResponse.error();
        },
        { once: true },
      ),
    );
  const confirm = async (host: Element) => {
    const dialog = deepQuery(host, 'cp-confirm-dialog')!;
    await waitUntil(() => Boolean(dialog.shadowRoot?.querySelector('dialog')?.open), 'the confirmation opens');
    button(dialog, 'Confirmer').click();
  };

  const mock = useMockWorker({ locale: 'fr', onRequest });
  beforeEach(() => {
    writes = [];
  });

  it('RAT-7 / X-5: Sophie leaves the Mairie, the answer is lost; leaving again is replayed, not refused', async () => {
    loseNextAnswer('delete', '*/api/me/rattachements/:idRattachement');
    const session = await mountAs(
      'sophie',
      html`<cp-rattachements></cp-rattachements>`,
      'COMMUNE DE TERNEUIL SUR SEINE',
    );
    const list = session.querySelector('cp-rattachements')!;
    rowAction(list, 'COMMUNE DE TERNEUIL SUR SEINE').click();
    await waitForText(list, 'Me détacher de COMMUNE DE TERNEUIL SUR SEINE');
    button(list, 'Me détacher de la structure').click();
    await confirm(list);
    await waitForText(list, 'Le service est injoignable');
    expect(
      (await createHttpClient({ user: SEED_USERS.sophie }).listMyRattachements()).total,
      'the server did apply it',
    ).to.equal(0);

    button(list, 'Me détacher de la structure').click();
    await confirm(list);
    await waitForText(list, 'Vous êtes détaché de COMMUNE DE TERNEUIL SUR SEINE');
    expect(writes).to.have.length(2);
    expect(writes[1]!.key, 'the retry reuses the first key').to.equal(writes[0]!.key);
  });

  it('RAT-7 / X-5: Jeane hands the GP role over to Marc, the answer is lost; the retry is replayed and Marc is GP once', async () => {
    loseNextAnswer('post', '*/api/me/rattachements/:idRattachement/hand-over');
    const session = await mountAs(
      'jeane',
      html`<cp-rattachements></cp-rattachements>`,
      "CC DU CHAOURCOIS ET DU VAL D'ARMANCE",
    );
    const list = session.querySelector('cp-rattachements')!;
    rowAction(list, "CC DU CHAOURCOIS ET DU VAL D'ARMANCE").click();
    await waitUntil(() => Boolean(deepQuery(list, '#lv-successor')), 'the successors are offered');
    choose(list, '#lv-successor', String(CAST.users.marc));
    button(list, 'Désigner le nouveau gestionnaire principal').click();
    await confirm(list);
    await waitForText(list, 'Le service est injoignable');

    button(list, 'Désigner le nouveau gestionnaire principal').click();
    await confirm(list);
    await waitForText(list, 'Marc LEROY est désormais gestionnaire principal');
    expect(writes).to.have.length(2);
    expect(writes[1]!.key, 'the retry reuses the first key').to.equal(writes[0]!.key);
    const marc = (await createHttpClient({ user: SEED_USERS.marc }).listMyRattachements()).items.find(
      (r) => r.idStructureCPP === CAST.structures.chaourcois,
    )!;
    expect(marc.role).to.equal('GESTIONNAIRE_PRINCIPAL');
  });

  it('HAB-7 / X-5: Sophie deletes two abonnements, the answer is lost; deleting the same selection again is replayed', async () => {
    loseNextAnswer('post', '*/api/me/abonnements/deletion');
    const session = await mountAs('sophie', html`<cp-habilitations></cp-habilitations>`, 'Mes abonnements aux espaces');
    const el = session.querySelector('cp-habilitations')!;
    await waitUntil(
      () => deepAll(el, 'cp-data-table[part="abonnements"]').flatMap((t) => deepAll(t, 'tr[part~="row"]')).length > 0,
      'the abonnements show',
    );
    const table = deepQuery(el, 'cp-data-table[part="abonnements"]')!;
    const before = (await createHttpClient({ user: SEED_USERS.sophie }).listMyAbonnements()).total;
    rowCheckbox(table, 'Accueil connecté').click();
    rowCheckbox(table, 'Mon compte').click();
    await waitUntil(
      () =>
        deepAll<HTMLButtonElement>(el, 'button').some(
          (b) => b.textContent!.trim() === 'Supprimer la sélection (2)' && !b.disabled,
        ),
      'two rows are selected',
    );
    button(el, 'Supprimer la sélection (2)').click();
    await confirm(el);
    await waitForText(el, 'Le service est injoignable');
    expect(
      (await createHttpClient({ user: SEED_USERS.sophie }).listMyAbonnements()).total,
      'the server did delete them',
    ).to.equal(before - 2);

    button(el, 'Supprimer la sélection (2)').click();
    await confirm(el);
    await waitForText(el, '2 abonnements supprimés.');
    expect(writes).to.have.length(2);
    expect(writes[1]!.key, 'the retry reuses the first key').to.equal(writes[0]!.key);
    expect((await createHttpClient({ user: SEED_USERS.sophie }).listMyAbonnements()).total).to.equal(before - 2);
  });
});
