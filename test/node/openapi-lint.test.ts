import { beforeAll, describe, expect, it } from 'vitest';
import { createMockApp } from '../../mock-api/http/app.js';
import { generateOpenApi } from '../../mock-api/openapi.js';
import { lintOpenApi, type LintReport } from '../support/openapi-lint.js';

type Doc = {
  servers: { url: string; description: string }[];
  info: { license?: { name: string } };
  components: { schemas: Record<string, unknown> };
};

const doc = generateOpenApi(createMockApp().routes) as unknown as Doc;

describe('the OpenAPI document passes redocly lint (recommended ruleset, redocly.yaml)', () => {
  let report: LintReport;
  let brokenReport: LintReport;
  beforeAll(async () => {
    const broken = structuredClone(doc) as Partial<Doc>;
    delete broken.servers;
    [report, brokenReport] = await Promise.all([lintOpenApi(doc), lintOpenApi(broken)]);
  }, 60_000);

  it('X-1: reports no error and no warning', () => {
    expect(report.problems).toEqual([]);
    expect({ errors: report.errors, warnings: report.warnings }).toEqual({ errors: 0, warnings: 0 });
  });

  it('a document without servers is refused (the lint really runs)', () => {
    expect(brokenReport.problems.map((p) => `${p.severity} ${p.ruleId}`)).toEqual(['error no-empty-servers']);
  });

  it('names the server an integrator replaces by the origin of their own backend, and a license', () => {
    expect(doc.servers).toEqual([{ url: '/', description: expect.stringContaining('your own backend') }]);
    expect(doc.info.license?.name).toBe('MIT');
  });

  it('names schemas after the domain exports: no doubled suffix, no numbered duplicate', () => {
    const names = Object.keys(doc.components.schemas);
    expect(names).toEqual(
      expect.arrayContaining([
        'UserAccountUpdate',
        'BankDetailsInput',
        'PasswordChange',
        'StructureCreate',
        'Structure',
        'StructurePage',
        'Problem',
      ]),
    );
    expect(names).not.toContain('FirstConnectionInput'); // an alias of UserAccountUpdate: one component
    for (const name of names) expect(name).toMatch(/^[A-Z][A-Za-z]*$/);
    expect(names.filter((name) => /InputInput|Input(Input|Output)$|\d/.test(name))).toEqual([]);
  });
});
