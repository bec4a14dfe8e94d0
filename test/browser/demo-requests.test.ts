import { expect, waitUntil } from '@open-wc/testing';
import { t } from '../../stories/demo/i18n.js';
import { become, deepText, routeAt, routeShown, useDemo, type DemoHandle } from './demo-support.js';
import { nextFrames } from './support/audits.js';

/**
 * The portal asks the API only what the logged-in user may see: no request refused (status 400 or
 * more) while a person of the cast goes through the pages meant for them, with nothing clicked. A
 * host asking for what it will be refused fills the network log and the console with errors (found
 * walking the demo: "APPROBATIONS n" asked on every page for an account not completed or
 * deactivated, a simple user's Services page asking for the structure it may not manage).
 */
describe('Demo portal: no refused request on the pages of a user (ACC-1, SRV-2)', () => {
  const demo = useDemo('/');

  /** Goes to the page at `slug` as a link of the menus does, and waits until it is loaded. */
  async function show(slug: string): Promise<void> {
    demo.portal.router.navigate(demo.portal.router.href(slug));
    await routeShown(demo.container, `/${slug}`, t(routeAt(slug).title));
    // Requests an element sends once its data is shown (a second list, a count) are answered too.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await nextFrames();
  }

  /** The requests refused while `walk` runs: method, path and status. */
  async function refusedDuring(handle: DemoHandle, walk: () => Promise<void>): Promise<string[]> {
    const refused: string[] = [];
    const record = ({ request, response }: { request: Request; response: Response }) => {
      if (response.status >= 400)
        refused.push(`${request.method} ${new URL(request.url).pathname} → ${response.status}`);
    };
    const events = handle.portal.world.mock.worker.events;
    events.on('response:mocked', record);
    try {
      await walk();
    } finally {
      events.removeListener('response:mocked', record);
    }
    return refused;
  }

  it('ACC-1: Nicolas ROUX (first connection not completed): home, Mon compte, news, mailbox ask nothing refused; no "APPROBATIONS n" for him', async function () {
    this.timeout(90_000);
    await become('Nicolas ROUX');
    const refused = await refusedDuring(demo, async () => {
      for (const slug of ['', 'mon-compte', 'actualites', 'boite-mail', '']) await show(slug);
    });
    expect(refused).to.deep.equal([]);
    expect(demo.container.querySelector('#approbations-count'), 'no count for an account not completed').to.equal(null);
  });

  it('SRV-2: Sophie MARTIN (simple user): her structure’s fiche and services, her rattachements, habilitations, account, approvals and mailbox ask nothing refused', async function () {
    this.timeout(120_000);
    await become('Sophie MARTIN');
    await waitUntil(() => document.documentElement.lang === 'en', 'her saved language, English (ACC-6)');
    const refused = await refusedDuring(demo, async () => {
      for (const slug of [
        '',
        'fiche-structure',
        'services',
        'mes-rattachements',
        'mes-habilitations',
        'mon-compte',
        'approbations',
        'boite-mail',
      ])
        await show(slug);
    });
    expect(refused).to.deep.equal([]);
    await waitUntil(() => demo.container.querySelector('#approbations-count')?.textContent === '0', 'her count: 0');
    await show('services');
    expect(deepText(demo.container.querySelector('main')!), 'her services read-only, told why').to.contain('SRV-2');
  });
});
