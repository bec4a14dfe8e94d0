import { describe, expect, it } from 'vitest';
import { guidesCast, withLargeSet } from '../../mock-api/seed/index.js';
import { createHttpClient } from '../../src/client/index.js';
import type { HabilitationView, Page, PageQueryInput } from '../../src/domain/schemas/index.js';
import {
  FIRST_PAGE_SIZE,
  loadAllPages,
  PAGES_IN_FLIGHT,
  type LoadProgress,
} from '../../src/elements/shared/load-all-pages.js';
import { BASE_URL, T0, useMock } from './support/mock.js';

// Issue 16 item 3: how a long list is loaded page by page for a table that shows rows at once, and
// the mock's long lists, sorted once per state of its store and cut into pages (HAB-2, HAB-7).
const mock = useMock();
const USER = 'utilisateur.1@exemple.fr';

function seedProfiles(count: number): void {
  const now = new Date(T0);
  mock.store.restore(
    withLargeSet(guidesCast(now), now, {
      structures: 400,
      users: 2,
      habilitationsOnOneStructure: 0,
      profilesOfFirstUser: count,
    }).snapshot,
  );
}

const client = () => createHttpClient({ baseUrl: BASE_URL, user: USER, retryDelayMs: 0 });
const key = (h: HabilitationView) => h.idAbonnement;

describe('loadAllPages over the mock (issue 16: time to first rows)', () => {
  it('HAB-2: asks for a first page of 100 rows, then pages of 500 at most two at a time, and hands the rows so far in list order, none twice', async () => {
    seedProfiles(1200);
    const asked: PageQueryInput[] = [];
    let inFlight = 0;
    let mostInFlight = 0;
    const fetchPage = async (query: PageQueryInput): Promise<Page<HabilitationView>> => {
      asked.push(query);
      inFlight += 1;
      if (asked.length > 1) mostInFlight = Math.max(mostInFlight, inFlight);
      try {
        return await client().listMyHabilitations(query);
      } finally {
        inFlight -= 1;
      }
    };
    const progress: LoadProgress[] = [];
    const shown: number[][] = [];
    const rows = await loadAllPages(fetchPage, (items, p) => {
      progress.push(p);
      shown.push(items.map(key));
    });

    expect(asked).toEqual([
      { page: 1, pageSize: FIRST_PAGE_SIZE },
      { page: 1, pageSize: 500 },
      { page: 2, pageSize: 500 },
      { page: 3, pageSize: 500 },
    ]);
    expect(mostInFlight).toBe(PAGES_IN_FLIGHT);
    expect(progress).toEqual([
      { loaded: 100, total: 1200 },
      { loaded: 500, total: 1200 },
      { loaded: 1000, total: 1200 },
    ]);
    const whole = [1, 2, 3].map((page) => client().listMyHabilitations({ page, pageSize: 500 }));
    const expected = (await Promise.all(whole)).flatMap((p) => p.items.map(key));
    expect(rows.map(key)).toEqual(expected);
    expect(new Set(expected).size).toBe(1200);
    for (const so of shown) expect(so).toEqual(expected.slice(0, so.length));
  });

  it('a list that fits in the first page is one request and no progress', async () => {
    seedProfiles(60);
    const asked: PageQueryInput[] = [];
    const progress: LoadProgress[] = [];
    const rows = await loadAllPages(
      (query) => (asked.push(query), client().listMyHabilitations(query)),
      (_, p) => progress.push(p),
    );
    expect(rows).toHaveLength(60);
    expect(asked).toEqual([{ page: 1, pageSize: FIRST_PAGE_SIZE }]);
    expect(progress).toEqual([]);
  });

  it('HAB-7: a page asked after a write shows it: the sorted list the mock keeps between pages is dropped when the store changes', async () => {
    seedProfiles(1200);
    const user = client();
    const before = await user.listMyAbonnements({ page: 1, pageSize: 500 });
    const gone = before.items[0]!;
    await user.deleteMyAbonnements({ ids: [gone.idAbonnement] });
    const after = await user.listMyAbonnements({ page: 1, pageSize: 500 });
    expect(after.total).toBe(before.total - 1);
    expect(after.items.map((a) => a.idAbonnement)).not.toContain(gone.idAbonnement);
    // Another sort of the same list is not the kept one.
    const last = await user.listMyAbonnements({ page: Math.ceil(after.total / 500), pageSize: 500 });
    const descending = await user.listMyAbonnements({ pageSize: 500, sort: 'designationStructure', order: 'desc' });
    expect(descending.items[0]!.designationStructure).toBe(last.items.at(-1)!.designationStructure);
    expect(descending.items[0]!.designationStructure).not.toBe(after.items[0]!.designationStructure);
  });
});
