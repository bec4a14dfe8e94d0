import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CAST } from '../../mock-api/seed/cast.js';
import { guidesCast } from '../../mock-api/seed/index.js';
import { startMockHttpServer, type MockHttpServer } from '../../mock-api/serve.js';
import { CHECKS } from '../../src/conformance/cases/index.js';
import {
  checksPerSection,
  coverageReport,
  NOT_CHECKED,
  sectionOf,
  uncoveredRules,
} from '../../src/conformance/coverage.js';
import { MOCK_CREDENTIALS, parseCredentials } from '../../src/conformance/credentials.js';
import { FIXTURE, FIXTURE_USERS } from '../../src/conformance/fixture.js';
import { httpProviderState, STATE_PATH } from '../../src/conformance/provider-state.js';
import { runConformanceCli } from '../../src/conformance/run-cli.js';
import { runChecks, type CheckResult } from '../../src/conformance/runner.js';
import type { Service, UserAccount } from '../../src/domain/schemas/index.js';
import { injectFault, type MockFault } from './support/mock-faults.js';

/** The loopback mock with the provider-state endpoint, optionally with a deliberate mistake. */
async function serve(fault?: MockFault): Promise<MockHttpServer> {
  const server = await startMockHttpServer({ conformance: true, onInternalError: () => undefined });
  if (fault) injectFault(server.app, fault);
  return server;
}

const servers: MockHttpServer[] = [];
const runs = new Map<MockFault | 'sound' | 'no-clock', CheckResult[]>();
const failedIds = (key: MockFault | 'sound' | 'no-clock') =>
  runs
    .get(key)!
    .filter((r) => r.status === 'failed')
    .map((r) => r.check.id)
    .sort();
const FAULTS: MockFault[] = [
  'etag-ignored',
  'idempotency-off',
  'rat7-successor-check-removed',
  'errors-not-problem-json',
  'apr2-authorization-removed',
  'hab9-authorization-removed',
];

beforeAll(async () => {
  const started = await Promise.all([serve(), ...FAULTS.map((fault) => serve(fault))]);
  servers.push(...started);
  const run = (server: MockHttpServer, clock = true) =>
    runChecks(CHECKS, {
      baseUrl: server.url,
      credentials: MOCK_CREDENTIALS,
      state: httpProviderState(server.url),
      clock,
    });
  const [sound, ...faulty] = await Promise.all(started.map((server) => run(server)));
  runs.set('sound', sound!);
  FAULTS.forEach((fault, i) => runs.set(fault, faulty[i]!));
  runs.set(
    'no-clock',
    await runChecks(
      CHECKS.filter((c) => c.needs?.includes('clock')),
      {
        baseUrl: started[0]!.url,
        credentials: MOCK_CREDENTIALS,
        state: httpProviderState(started[0]!.url),
        clock: false,
      },
    ),
  );
}, 180_000);
afterAll(() => Promise.all(servers.map((server) => server.close())));

describe('cp-kit-conformance against the loopback mock', () => {
  it('passes every check against the sound mock, over HTTP', () => {
    expect(failedIds('sound')).toEqual([]);
    expect(runs.get('sound')!.every((r) => r.status === 'passed')).toBe(true);
    expect(CHECKS.length).toBeGreaterThanOrEqual(70);
  });

  it('check ids are unique and name a SPEC rule id', () => {
    expect(new Set(CHECKS.map((c) => c.id)).size).toBe(CHECKS.length);
    expect(CHECKS.filter((c) => !/^[A-Z]+-\d+$/.test(c.rule) || !c.id.includes('.'))).toEqual([]);
  });

  it("the documented fixture is the mock's seed: logins, SIRETs, service codes", () => {
    const seed = guidesCast(new Date()).snapshot as unknown as { users: UserAccount[]; services: Service[] };
    expect(FIXTURE_USERS.map((user) => FIXTURE.users[user])).toEqual(
      FIXTURE_USERS.map((user) => seed.users.find((u) => u.idUtilisateur === CAST.users[user])!.login),
    );
    expect(FIXTURE.sirets).toEqual(CAST.sirets);
    expect([...FIXTURE.services].sort()).toEqual(
      seed.services
        .filter((s) => s.idStructureCPP === CAST.structures.chaourcois)
        .map((s) => s.codeService)
        .sort(),
    );
  });

  it('reports the checks that need a clock as not applicable when the backend has none', () => {
    const results = runs.get('no-clock')!;
    expect(results.map((r) => [r.check.id, r.status])).toEqual([
      ['DEA-4.window-closes-with-time', 'not-applicable'],
      ['STR-4.change-applies-after-the-delay', 'not-applicable'],
      ['STR-5.edi-read-only', 'not-applicable'],
    ]);
    expect(results[0]!.reason).toContain('needs a clock');
  });

  it('every SPEC rule id of sections 1-13 is checked or listed as not checkable with its reason; checks name their rule’s section', () => {
    expect(uncoveredRules(CHECKS)).toEqual([]);
    expect(CHECKS.filter((c) => c.section !== sectionOf(c.rule)).map((c) => c.id)).toEqual([]);
    expect(NOT_CHECKED.filter((n) => CHECKS.some((c) => c.rule === n.rule)).map((n) => n.rule)).toEqual([]);
    expect(checksPerSection(CHECKS).filter((s) => s.section !== '12. Notifications' && s.checks === 0)).toEqual([]);
    const report = coverageReport(CHECKS);
    expect(report).toContain('  3. Rattachements: ');
    expect(report).toContain('  X-4 (element only): ');
  });

  it('the provider-state endpoint exists only when the mock is started for conformance', async () => {
    const plain = await startMockHttpServer({ onInternalError: () => undefined });
    try {
      expect((await fetch(`${plain.url}${STATE_PATH}`, { method: 'POST' })).status).toBe(404);
      expect((await fetch(`${servers[0]!.url}${STATE_PATH}`, { method: 'POST' })).status).toBe(200);
    } finally {
      await plain.close();
    }
  });
});

describe('cp-kit-conformance catches a broken backend: each mistake fails exactly the checks that name it', () => {
  it('ETag ignored (last write wins): ACC-7', () => {
    expect(failedIds('etag-ignored')).toEqual(['ACC-7.stale-if-match-is-409']);
  });

  it('Idempotency-Key not honoured: X-5, replay and reuse', () => {
    expect(failedIds('idempotency-off')).toEqual(['X-5.same-key-other-body-is-422', 'X-5.same-key-replays']);
  });

  it('RAT-7 successor check removed: the GP leaving check', () => {
    expect(failedIds('rat7-successor-check-removed')).toEqual(['RAT-7.gp-cannot-leave-without-successor']);
    const failure = runs.get('rat7-successor-check-removed')!.find((r) => r.status === 'failed')!;
    expect(failure.expected).toContain('naming rule RAT-7');
    expect(failure.received).toBe('a success');
    expect(failure.exchanges!.at(-1)!.request.method).toBe('DELETE');
  });

  it('APR-2 authorization removed: the APR-2 check and the X-2 check of decideApprobation', () => {
    expect(failedIds('apr2-authorization-removed')).toEqual(['APR-2.only-managers-decide', 'X-2.decideApprobation']);
  });

  it('HAB-9 authorization removed: the HAB-9 check', () => {
    expect(failedIds('hab9-authorization-removed')).toEqual(['HAB-9.espaces-at-structure-level']);
  });

  it('errors not problem+json: the X-1 checks fail, and every check that expects a refusal says the problem document is missing', () => {
    const results = runs.get('errors-not-problem-json')!;
    const failed = results.filter((r) => r.status === 'failed');
    expect(
      failed
        .filter((r) => r.check.rule === 'X-1')
        .map((r) => r.check.id)
        .sort(),
    ).toEqual(
      CHECKS.filter((c) => c.rule === 'X-1' && c.id.startsWith('X-1.'))
        .map((c) => c.id)
        .sort(),
    );
    expect(
      failed.filter((r) => !/problem document|Content-Type|JSON|HTTP 401 without credential/.test(r.received ?? '')),
    ).toEqual([]);
    expect(results.filter((r) => r.status === 'passed').map((r) => r.check.id)).toEqual(
      expect.arrayContaining(['contract.answers-match-the-schemas', 'RAT-7.simple-user-leaves']),
    );
  });
});

describe('cp-kit-conformance command line', () => {
  it('prints the summary, writes the JUnit file and exits 0 when all pass; non-zero against a broken backend', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-conformance-'));
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      const junit = join(dir, 'sound.xml');
      expect(await runConformanceCli(['--base-url', servers[0]!.url, '--only', 'RAT-7,X-5', '--junit', junit])).toBe(0);
      expect(String(log.mock.calls.at(-1)![0])).toMatch(/\n4 passed, 0 failed, 0 not applicable$/);
      expect(String(log.mock.calls[0]![0])).toMatch(/^Checks per SPEC section:\n {2}1\. Identity and session: \d+\n/);
      expect(String(log.mock.calls[0]![0])).toContain('\nNot checkable over HTTP:\n  ID-2 (outside the kit): ');
      const xml = readFileSync(junit, 'utf8');
      expect(xml).toContain('<testsuites name="cp-kit-conformance" tests="4" failures="0" skipped="0"');
      expect(xml).toContain('<testcase classname="RAT-7" name="RAT-7.gp-cannot-leave-without-successor: ');

      const broken = servers[FAULTS.indexOf('rat7-successor-check-removed') + 1]!;
      const failedXml = join(dir, 'broken.xml');
      expect(await runConformanceCli(['--base-url', broken.url, '--only', 'RAT-7', '--junit', failedXml])).toBe(1);
      const report = String(log.mock.calls.at(-1)![0]);
      expect(report).toContain('✗ RAT-7.gp-cannot-leave-without-successor [RAT-7]');
      expect(report).toContain('→ DELETE ');
      expect(report).toMatch(/\n1 passed, 1 failed, 0 not applicable$/);
      expect(readFileSync(failedXml, 'utf8')).toContain(
        '<failure message="RAT-7: expected a refusal 422 RULE_BROKEN naming rule RAT-7',
      );
    } finally {
      log.mockRestore();
    }
  });

  it('reads an integrator’s credentials file: fixture user → headers; unknown users are refused', () => {
    const credentials = parseCredentials('{ "pauline": { "X-CP-User": "pauline.dufour@terneuil-sur-seine.fr" } }');
    expect(credentials.pauline).toEqual({ 'x-cp-user': 'pauline.dufour@terneuil-sur-seine.fr' });
    expect(credentials.jeane).toEqual({ authorization: 'Bearer token-jeane' });
    expect(() => parseCredentials('{ "mallory": {} }')).toThrow(/"mallory" is not a fixture user/);
  });
});
