import * as z from 'zod/mini';
import { PROBLEM_MEDIA_TYPE, Problem } from '../../domain/schemas/index.js';
import type { Check, CheckContext, RawAnswer } from '../check.js';
import { FIXTURE } from '../fixture.js';
import { editOf, structureId } from './lookup.js';

const SECTION = '13. Cross-cutting';

/** Checks that a raw answer is a problem+json refusal with this status, code and rule, and FR/EN messages. */
function expectProblem(
  ctx: CheckContext,
  answer: RawAnswer,
  status: number,
  code: string,
  rule: string | undefined,
): void {
  const type = answer.headers.get('content-type') ?? '';
  ctx.expect(answer.status === status, `HTTP ${status}`, `HTTP ${answer.status}`);
  ctx.expect(
    type.startsWith(PROBLEM_MEDIA_TYPE),
    `Content-Type ${PROBLEM_MEDIA_TYPE}`,
    `Content-Type ${type || '(none)'}`,
  );
  let json: unknown;
  try {
    json = JSON.parse(answer.text);
  } catch {
    ctx.expect(false, 'a JSON problem document', answer.text.slice(0, 200));
  }
  const parsed = z.safeParse(Problem, json);
  ctx.expect(
    parsed.success,
    'a problem document (type, title, status, code, message.fr/en, fields)',
    parsed.success ? undefined : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
  );
  const problem = parsed.data!;
  ctx.expect(
    problem.status === status && problem.code === code && problem.rule === rule,
    `status ${status}, code ${code}, rule ${rule ?? '(none)'}`,
    { status: problem.status, code: problem.code, rule: problem.rule },
  );
  ctx.expect(
    problem.message.fr.trim() !== '' && problem.message.en.trim() !== '',
    'a message in FR and in EN',
    problem.message,
  );
}

/** Transport and shape: what every answer of the contract must look like. */
export const transportChecks: Check[] = [
  {
    id: 'X-1.unauthenticated-is-problem-json',
    rule: 'X-1',
    section: SECTION,
    title: 'a call without credential is refused 401 as problem+json naming ID-1, with FR and EN messages',
    as: [],
    async run(ctx) {
      expectProblem(ctx, await ctx.send(undefined, { method: 'GET', path: '/api/me' }), 401, 'UNAUTHENTICATED', 'ID-1');
    },
  },
  {
    id: 'X-1.rule-refusal-is-problem-json',
    rule: 'X-1',
    section: SECTION,
    title: 'a write refused by a rule (a simple user modifying the Mairie) is 403 problem+json naming STR-3',
    as: ['sophie'],
    async run(ctx) {
      const mairie = await structureId(ctx, FIXTURE.sirets.mairie);
      expectProblem(
        ctx,
        await ctx.send('sophie', {
          method: 'PATCH',
          path: `/api/structures/${mairie}`,
          body: { libelleStructure: 'Piraté', version: 1 },
        }),
        403,
        'FORBIDDEN',
        'STR-3',
      );
    },
  },
  {
    id: 'X-1.invalid-body-has-field-messages',
    rule: 'X-1',
    section: SECTION,
    title: 'an invalid body is 400 problem+json with field-level messages in FR and EN',
    as: ['sophie'],
    async run(ctx) {
      const me = await ctx.as('sophie').getMyAccount();
      const error = await ctx.refused(ctx.as('sophie').updateMyAccount({ ...editOf(me), nom: '' }), {
        status: 400,
        code: 'INVALID',
      });
      ctx.expect(
        error.fields.some((f) => f.field.endsWith('nom') && f.message.fr !== '' && f.message.en !== ''),
        'a field message on nom in FR and EN',
        error.fields,
      );
    },
  },
  {
    id: 'contract.answers-match-the-schemas',
    rule: 'X-1',
    section: SECTION,
    title: 'reads of each section answer bodies that match the OpenAPI schemas (validated by the client)',
    as: ['jeane'],
    async run(ctx) {
      const jeane = ctx.as('jeane');
      const chaourcois = await structureId(ctx, FIXTURE.sirets.chaourcois);
      await jeane.getMyAccount();
      await jeane.listMyRattachements();
      await jeane.listMyHabilitations();
      await jeane.listMyAbonnements();
      await jeane.getStructure(chaourcois);
      await jeane.listServices(chaourcois);
      await jeane.listStructureRattachements({ idStructureCPP: chaourcois });
      await jeane.listApprobations();
      await jeane.listPrincipalStructures();
      await jeane.listApplications();
    },
  },
  {
    id: 'ACC-7.stale-if-match-is-409',
    rule: 'ACC-7',
    section: '2. Mon compte',
    title:
      'an ETag comes with the account; a save based on a stale version (If-Match) is refused 409 and changes nothing',
    as: ['marc'],
    async run(ctx) {
      const marc = ctx.as('marc');
      const seen = await marc.getMyAccount();
      const read = await ctx.send('marc', { method: 'GET', path: '/api/me' });
      ctx.expect(
        read.headers.get('etag') === `"${seen.version}"`,
        `ETag "${seen.version}"`,
        read.headers.get('etag') ?? '(none)',
      );
      const saved = await marc.updateMyAccount({ ...editOf(seen), nom: 'LEROY-PREMIER' });
      ctx.expect(saved.version > seen.version, 'a new version after a save', saved.version);
      await ctx.refused(marc.updateMyAccount({ ...editOf(seen), nom: 'LEROY-SECOND' }), {
        status: 409,
        code: 'VERSION_CONFLICT',
        rule: 'ACC-7',
      });
      const now = await marc.getMyAccount();
      ctx.expect(now.nom === 'LEROY-PREMIER', 'the first save kept', now.nom);
    },
  },
  {
    id: 'X-5.same-key-replays',
    rule: 'X-5',
    section: SECTION,
    title: 'a write retried with the same Idempotency-Key replays the first answer and writes once',
    as: ['sophie'],
    async run(ctx) {
      const sophie = ctx.as('sophie');
      const me = await sophie.getMyAccount();
      const input = { ...editOf(me), nom: 'MARTIN-REPLAY' };
      const first = await sophie.updateMyAccount(input, { idempotencyKey: 'conformance-replay-1' });
      const again = await sophie.updateMyAccount(input, { idempotencyKey: 'conformance-replay-1' });
      ctx.expect(again.version === first.version, 'the replayed answer (same version)', {
        first: first.version,
        again: again.version,
      });
      const now = await sophie.getMyAccount();
      ctx.expect(now.version === me.version + 1, `one write (version ${me.version + 1})`, now.version);
    },
  },
  {
    id: 'X-5.same-key-other-body-is-422',
    rule: 'X-5',
    section: SECTION,
    title: 'the same Idempotency-Key with another body is refused 422',
    as: ['sophie'],
    async run(ctx) {
      const sophie = ctx.as('sophie');
      const me = await sophie.getMyAccount();
      await sophie.updateMyAccount({ ...editOf(me), nom: 'A' }, { idempotencyKey: 'conformance-reuse-1' });
      await ctx.refused(
        sophie.updateMyAccount({ ...editOf(me), nom: 'B' }, { idempotencyKey: 'conformance-reuse-1' }),
        { status: 422, code: 'IDEMPOTENCY_KEY_REUSED', rule: 'X-5' },
      );
    },
  },
  {
    id: 'RAT-2.search-paged-sorted-filtered',
    rule: 'RAT-2',
    section: '3. Rattachements',
    title:
      'the structure search filters by raison sociale (start of a word, case ignored), pages and sorts; no criterion is refused',
    as: ['sophie'],
    async run(ctx) {
      const sophie = ctx.as('sophie');
      const asc = await sophie.searchStructures({
        raisonSociale: 'terneuil',
        pageSize: 1,
        sort: 'designationStructure',
        order: 'asc',
      });
      ctx.expect(asc.total === 2 && asc.items.length === 1, 'the Mairie and the CCAS (total 2), one per page', {
        total: asc.total,
        items: asc.items.length,
      });
      const second = await sophie.searchStructures({
        raisonSociale: 'terneuil',
        pageSize: 1,
        page: 2,
        sort: 'designationStructure',
        order: 'asc',
      });
      const desc = await sophie.searchStructures({
        raisonSociale: 'terneuil',
        pageSize: 1,
        sort: 'designationStructure',
        order: 'desc',
      });
      const [a, b, c] = [
        asc.items[0]?.designationStructure,
        second.items[0]?.designationStructure,
        desc.items[0]?.designationStructure,
      ];
      ctx.expect(
        a !== undefined && b !== undefined && a < b && c === b,
        'page 2 after page 1 in name order, and the reverse order first when descending',
        { page1: a, page2: b, descFirst: c },
      );
      await ctx.refused(sophie.searchStructures({ raisonSociale: '  ' }), {
        status: 400,
        code: 'INVALID',
        rule: 'RAT-2',
      });
    },
  },
  {
    id: 'X-3.csv-bom-semicolon-formula',
    rule: 'X-3',
    section: SECTION,
    title: 'a CSV export is UTF-8 with BOM, `;`-separated in French, and neutralises a cell starting with =',
    as: ['pauline'],
    async run(ctx) {
      const pauline = ctx.as('pauline');
      const pdf = new Uint8Array(64);
      pdf.set(new TextEncoder().encode('%PDF-1.7\n'));
      await pauline.uploadAttachment({
        file: new Blob([pdf]),
        nomFichier: 'piege.pdf',
        pieceJointeDesignation: '=HYPERLINK("http://evil.example")',
        pieceJointeTypeCode: 'AUTRE',
      });
      const answer = await ctx.send('pauline', { method: 'GET', path: '/api/me/attachments?format=csv' });
      ctx.expect(
        answer.status === 200 && (answer.headers.get('content-type') ?? '').startsWith('text/csv'),
        'HTTP 200 text/csv',
        `HTTP ${answer.status} ${answer.headers.get('content-type')}`,
      );
      ctx.expect(
        answer.bytes[0] === 0xef && answer.bytes[1] === 0xbb && answer.bytes[2] === 0xbf,
        'a UTF-8 BOM first',
        [...answer.bytes.slice(0, 3)],
      );
      const [header = '', ...rows] = answer.text
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)
        .filter((line) => line !== '');
      ctx.expect(header.split(';').length >= 3, 'a header row separated by ;', header);
      const row = rows.find((line) => line.includes('HYPERLINK')) ?? '';
      ctx.expect(!/(^|;)"?=/.test(row), 'the formula cell neutralised (not starting with =)', row);
    },
  },
];
