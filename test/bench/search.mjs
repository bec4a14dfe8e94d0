// Membership benchmark (a script, not a test): on the large set (100,000 structures, 10,000 users,
// 10,000 habilitations on one structure) it prints the median and 95th percentile, in the rules
// engine, of the structure search of RAT-2 by raison sociale prefix, SIRET, code postal and ville (target:
// median under 5 ms), the one-off index build, the same searches through the typed client and the
// mock over msw/node (request, routing, zod validation both ways, JSON), and whole HTTP answers
// (routing, validation, paging, response check) of the long lists of that structure: habilitations
// (HAB-5), rattachements (RAT-8), and the picker's server paging (first and last page of a 16,000-result
// search, a sort) and CSV export of a whole result. Wall-clock times depend on the machine's load, printed first.
// Run: npm run bench:search
import { setupServer } from 'msw/node';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createHandlers } from '../../mock-api/handlers/index.ts';
import { createMockApp } from '../../mock-api/http/app.ts';
import { searchStructures } from '../../mock-api/rules/structure-search.ts';
import { guidesCast, withLargeSet } from '../../mock-api/seed/index.ts';
import { createHttpClient } from '../../src/client/index.ts';

const RUNS = 300;
const now = new Date();
let t = performance.now();
const seed = withLargeSet(guidesCast(now), now);
const app = createMockApp({ seed, clock: { now: () => now } });
const { store } = app.env;
console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log(
  `large set: ${store.structures.size} structures, ${store.users.size} users, ${store.abonnements.size} abonnements (${(performance.now() - t).toFixed(0)} ms to build)`,
);

const firstGenerated = Math.max(...guidesCast(now).snapshot.structures.map((s) => s.idStructureCPP)) + 1;
const generated = store.structures.all().filter((s) => s.idStructureCPP >= firstGenerated);
const pickStructure = (i) => generated[(i * 7919) % generated.length];
const page = { page: 1, pageSize: 20, order: 'asc' };

t = performance.now();
searchStructures(store, { identifiant: pickStructure(0).identifiantStructure }, page);
console.log(`search index built on first search: ${(performance.now() - t).toFixed(0)} ms`);

/** Median and 95th percentile in ms of a list of times. */
const summary = (times) => {
  times.sort((a, b) => a - b);
  return [times[Math.floor(times.length / 2)], times[Math.floor(times.length * 0.95)]];
};

/** Runs `run(i)` RUNS times; returns [median, p95] in ms. */
function measure(run) {
  const times = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    run(i);
    times.push(performance.now() - start);
  }
  return summary(times);
}

/** Awaits `run(i)` RUNS times; returns [median, p95] in ms. */
async function measureAsync(run) {
  const times = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    await run(i);
    times.push(performance.now() - start);
  }
  return summary(times);
}

const report = (label, [median, p95], extra = '') =>
  console.log(`${label.padEnd(52)} median ${median.toFixed(3)} ms  p95 ${p95.toFixed(3)} ms${extra}`);

const postcodes = [...new Set(generated.map((s) => s.adresse.codePostal))];
let totals = [];
report(
  'RAT-2 raison sociale prefix (3 words, last cut)',
  measure((i) => {
    const words = pickStructure(i).designationStructure.split(' ');
    totals.push(
      searchStructures(store, { raisonSociale: `${words[0]} ${words[1]} ${words[2].slice(0, 2)}` }, page).total,
    );
  }),
  `  (${Math.min(...totals)}..${Math.max(...totals)} results)`,
);
totals = [];
report(
  'RAT-2 raison sociale prefix (1 word, ~17,000 results)',
  measure((i) => {
    totals.push(
      searchStructures(store, { raisonSociale: pickStructure(i).designationStructure.split(' ')[0] }, page).total,
    );
  }),
  `  (${Math.min(...totals)}..${Math.max(...totals)} results)`,
);
report(
  'RAT-2 SIRET',
  measure((i) => searchStructures(store, { identifiant: pickStructure(i).identifiantStructure }, page)),
);
totals = [];
report(
  'RAT-2 code postal (~10,000 results)',
  measure((i) => {
    totals.push(searchStructures(store, { codePostal: postcodes[i % postcodes.length] }, page).total);
  }),
  `  (${Math.min(...totals)}..${Math.max(...totals)} results)`,
);
totals = [];
const towns = [...new Set(generated.map((s) => s.adresse.ville))];
report(
  'RAT-2 ville, start of a word (4 letters)',
  measure((i) => {
    totals.push(searchStructures(store, { ville: towns[i % towns.length].slice(0, 4) }, page).total);
  }),
  `  (${Math.min(...totals)}..${Math.max(...totals)} results)`,
);

const BASE_URL = 'http://cp-kit.bench';
const server = setupServer(...createHandlers(app, { baseUrl: BASE_URL }));
server.listen({ onUnhandledRequest: 'error' });
const client = createHttpClient({ baseUrl: BASE_URL, user: 'pauline.dufour@terneuil-sur-seine.fr', retryDelayMs: 0 });
report(
  'client + mock (msw/node) raison sociale prefix',
  await measureAsync((i) => {
    const words = pickStructure(i).designationStructure.split(' ');
    return client.searchStructures({ raisonSociale: `${words[0]} ${words[1]} ${words[2].slice(0, 2)}` });
  }),
);
report(
  'client + mock (msw/node) SIRET',
  await measureAsync((i) => client.searchStructures({ identifiant: pickStructure(i).identifiantStructure })),
);
report(
  'client + mock (msw/node) code postal',
  await measureAsync((i) => client.searchStructures({ codePostal: postcodes[i % postcodes.length] })),
);

// The picker pages on the server (10 a page): any page of a large result costs the same, and the CSV
// export asks for the whole result in one request.
const broad = { raisonSociale: 'sarl' };
const { total: broadTotal } = await client.searchStructures(broad);
const lastPage = Math.ceil(broadTotal / 10);
report(
  `picker page 1 of "sarl" (${broadTotal} results, 10 a page)`,
  await measureAsync(() => client.searchStructures({ ...broad, page: 1, pageSize: 10 })),
);
report(
  `picker last page (${lastPage}) of "sarl"`,
  await measureAsync(() => client.searchStructures({ ...broad, page: lastPage, pageSize: 10 })),
);
report(
  'picker page 1 of "sarl" sorted by code postal',
  await measureAsync(() => client.searchStructures({ ...broad, page: 1, pageSize: 10, sort: 'codePostal' })),
);
const exportTimes = [];
let exportBytes = 0;
for (let i = 0; i < 5; i += 1) {
  const start = performance.now();
  exportBytes = (await client.exportStructureSearchCsv(broad)).size;
  exportTimes.push(performance.now() - start);
}
report(`picker CSV export of all "sarl" (${(exportBytes / 1e6).toFixed(1)} MB, 5 runs)`, summary(exportTimes));
server.close();

const big = firstGenerated;
const gp = store.users.get(
  store.rattachements.find((r) => r.idStructureCPP === big && r.role === 'GESTIONNAIRE_PRINCIPAL').idUtilisateur,
);
const get = (path) => {
  const [pathname, search = ''] = path.split('?');
  const response = app.handle({
    method: 'GET',
    path: pathname,
    query: new URLSearchParams(search),
    headers: { 'x-cp-user': gp.login },
  });
  if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
};
const runs = 20;
const http = (label, path) => {
  const times = [];
  let total = 0;
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    total = get(path).total;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`${label.padEnd(52)} median ${times[runs / 2].toFixed(1)} ms  (${total} rows)`);
};
http('HTTP HAB-5 habilitations of the big structure, page 1', `/api/structures/${big}/habilitations?pageSize=50`);
http('HTTP HAB-5 same, sorted by nom', `/api/structures/${big}/habilitations?pageSize=50&sort=nom`);
http('HTTP RAT-8 rattachements of the big structure', `/api/structures/${big}/rattachements?pageSize=50`);
http('HTTP RAT-2 structure search, raison sociale', '/api/structure-search?raisonSociale=sarl%20martin&pageSize=20');
