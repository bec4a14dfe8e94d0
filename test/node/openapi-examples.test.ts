import { beforeAll, describe, expect, it } from 'vitest';
import { generateOpenApi } from '../../mock-api/openapi.js';
import { CAST } from '../../mock-api/seed/index.js';
import { createHttpClient, type CpClient } from '../../src/client/index.js';
import { lintOpenApi } from '../support/openapi-lint.js';
import { BASE_URL, useMock, type CastMember } from './support/mock.js';

const mock = useMock();
const { structures: S, services: SV, sirets } = CAST;

/** One request the client sent and the mock's answer, as they went over the wire. */
interface Exchange {
  method: string;
  path: string;
  requestType: string | undefined;
  requestBody: unknown;
  status: number;
  responseType: string | undefined;
  responseBody: unknown;
  /** The answer's headers the document describes (ETag, ACC-7). */
  responseHeaders: string[];
}

type MediaType = { schema?: unknown; examples?: Record<string, { value: unknown }> };
type Response = {
  $ref?: string;
  description: string;
  headers?: Record<string, unknown>;
  content?: Record<string, MediaType>;
};
type Operation = {
  operationId: string;
  requestBody?: { content: Record<string, MediaType> };
  responses: Record<string, Response>;
};
type Doc = { paths: Record<string, Record<string, Operation>>; components: { responses: Record<string, Response> } };

const mediaTypeOf = (headers: Headers) => headers.get('content-type')?.split(';')[0]?.trim();
const jsonOrUndefined = (text: string) => (text === '' ? undefined : (JSON.parse(text) as unknown));

/** Clients of the cast whose exchanges with the mock are recorded. */
function recordingClients(exchanges: Exchange[]): (who: CastMember) => CpClient {
  const recording: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const requestText = await request.clone().text();
    const response = await globalThis.fetch(request);
    const responseType = mediaTypeOf(response.headers);
    const isJson = responseType === 'application/json' || responseType === 'application/problem+json';
    exchanges.push({
      method: request.method.toLowerCase(),
      path: new URL(request.url).pathname,
      requestType: mediaTypeOf(request.headers),
      requestBody: jsonOrUndefined(requestText),
      status: response.status,
      responseType,
      responseBody: isJson ? jsonOrUndefined(await response.clone().text()) : undefined,
      responseHeaders: ['etag'].filter((name) => response.headers.has(name)),
    });
    return response;
  };
  return (who) => createHttpClient({ baseUrl: BASE_URL, getToken: () => `token-${who}`, fetch: recording, retries: 0 });
}

/** A sample of the contract, read and written by the cast the way the elements do, refusals included. */
async function exerciseTheContract(as: (who: CastMember) => CpClient): Promise<void> {
  const jeane = as('jeane');
  const me = await jeane.getMyAccount();
  await jeane.updateMyAccount({
    emailContact: me.emailContact!,
    nom: me.nom!,
    prenom: me.prenom!,
    adresse: me.adresse!,
    version: me.version,
  });
  await jeane
    .updateMyAccount({
      emailContact: me.emailContact!,
      nom: me.nom!,
      prenom: me.prenom!,
      adresse: me.adresse!,
      version: me.version,
    })
    .catch(() => undefined); // 409, stale
  await jeane.listIdentifierTypes();
  await jeane.listManagedStructures({ pageSize: 5 });
  await jeane.getStructure(S.chaourcois);
  await as('lucas')
    .getStructure(S.chaourcois)
    .catch(() => undefined); // 403 or 404
  await jeane.getStructure(987_654).catch(() => undefined); // 404
  await jeane.lookupInsee(sirets.chaourcois);
  await jeane.listServices(S.chaourcois);
  const finances = await jeane.getService(S.chaourcois, SV.finances);
  await jeane.updateService(S.chaourcois, SV.finances, {
    libelleService: finances.libelleService,
    version: finances.version,
  }); // nothing to change: 200
  const voirie = await as('marc').getService(S.chaourcois, SV.voirie);
  await as('marc').updateService(S.chaourcois, SV.voirie, {
    libelleService: 'Voirie et réseaux',
    numeroEJDoitEtreRenseigne: true,
    version: voirie.version,
  }); // delayed: 202 (SRV-2)
  await as('marc').createService(S.chaourcois, {
    codeService: 'MARCHES',
    libelleService: 'Service des marchés',
    dateDebut: '2026-03-02',
    numeroEJDoitEtreRenseigne: true,
  });
  await jeane
    .createService(S.chaourcois, {
      codeService: '',
      libelleService: '',
      dateDebut: '2026-03-02',
      numeroEJDoitEtreRenseigne: true,
    })
    .catch(() => undefined); // 400
  await jeane.listMyRattachements();
  await jeane.listStructureRattachements({ idStructureCPP: S.chaourcois });
  await jeane.searchStructures({ raisonSociale: 'Chaource' });
  await jeane.listApplications();
  await jeane.listMyHabilitations();
  await jeane.checkMyAccess({ idStructureCPP: S.chaourcois, application: 'PROCESSUS_VALIDATION' });
  await jeane.listStructureHabilitations({ idStructureCPP: S.chaourcois });
  await jeane.listMyAbonnements();
  await jeane.getEspaceConfiguration({ idStructureCPP: S.chaourcois });
  await jeane.countApprobations();
  await jeane.listApprobations();
  await jeane.listPrincipalStructures();
  await jeane.previewDeactivation();
  await jeane.searchSuccessorCandidates(S.chaourcois);
  await jeane.listAttachmentTypes();
  await jeane.listAttachments();
  await jeane.listBankDetails({ idStructureCPP: S.chaourcois });
  await as('nicolas').getMyAccount(); // not completed yet (ACC-1)
}

/**
 * The document with every recorded exchange as an example of its operation's request body and
 * response (refusals under their shared `Problem<status>` response), and the exchanges the document
 * does not describe (an undocumented status or media type).
 */
function withExamples(
  doc: Doc,
  exchanges: readonly Exchange[],
): { doc: Doc; undocumented: string[]; examples: number } {
  const operations = Object.entries(doc.paths).flatMap(([template, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      method,
      operation,
      pattern: new RegExp(`^${template.replace(/\{\w+\}/g, '[^/]+')}$`),
    })),
  );
  const undocumented: string[] = [];
  let examples = 0;
  const addExample = (media: MediaType | undefined, value: unknown, name: string): boolean => {
    if (!media) return false;
    (media.examples ??= {})[name] = { value };
    examples += 1;
    return true;
  };
  exchanges.forEach((exchange, index) => {
    const key = `${exchange.method.toUpperCase()} ${exchange.path} → ${exchange.status} ${exchange.responseType ?? '(no body)'}`;
    const found = operations.filter((o) => o.method === exchange.method && o.pattern.test(exchange.path));
    // A literal segment (`/api/structures/identifier-types`) wins over a parameter (`/api/structures/{id}`).
    const parameters = (pattern: RegExp) => pattern.source.split('[^/]+').length;
    const { operation } = found.sort((a, b) => parameters(a.pattern) - parameters(b.pattern))[0] ?? {};
    if (!operation) return void undocumented.push(`${key}: no operation`);
    const name = `${operation.operationId}-${index}`;
    // A refused request body may break its schema (that is why it was refused): only accepted ones are examples.
    if (
      exchange.requestBody !== undefined &&
      exchange.status < 300 &&
      !addExample(operation.requestBody?.content[exchange.requestType ?? ''], exchange.requestBody, name)
    ) {
      undocumented.push(`${key}: request body of ${exchange.requestType}`);
    }
    const declared = operation.responses[String(exchange.status)];
    const response = declared?.$ref ? doc.components.responses[declared.$ref.split('/').pop()!] : declared;
    if (!response) return void undocumented.push(`${key}: status not documented`);
    const documentedHeaders = Object.keys(response.headers ?? {})
      .map((name) => name.toLowerCase())
      .filter((name) => name === 'etag');
    if (documentedHeaders.join() !== exchange.responseHeaders.join())
      undocumented.push(`${key}: headers ${exchange.responseHeaders.join()} documented as ${documentedHeaders.join()}`);
    if (exchange.responseBody === undefined) {
      if (exchange.responseType === undefined && response.content) undocumented.push(`${key}: documented with a body`);
      return;
    }
    if (!addExample(response.content?.[exchange.responseType ?? ''], exchange.responseBody, name))
      undocumented.push(`${key}: media type not documented`);
  });
  return { doc, undocumented, examples };
}

describe('the OpenAPI document describes what the mock really answers', () => {
  const exchanges: Exchange[] = [];
  let sample: ReturnType<typeof withExamples>;
  let problems: string[];
  const tamperedPointer =
    '#/paths/~1api~1me/get/responses/200/content/application~1json/examples/tampered/value/surnom';

  beforeAll(async () => {
    await exerciseTheContract(recordingClients(exchanges));
    sample = withExamples(structuredClone(generateOpenApi(mock.app.routes)) as unknown as Doc, exchanges);
    // One more example, with a field the schema does not have: the validator must report it, and only it.
    const me = sample.doc.paths['/api/me']!['get']!.responses['200']!.content!['application/json']!;
    me.examples!['tampered'] = { value: { ...(exchanges[0]!.responseBody as object), surnom: 'Jeannot' } };
    problems = (await lintOpenApi(sample.doc)).problems.map((p) => `${p.ruleId} ${p.pointer}: ${p.message}`);
  }, 60_000);

  it('every exchange of the sample is an operation of the document, with a documented status, media type and ETag (ACC-7)', () => {
    expect(exchanges.length).toBeGreaterThan(30);
    expect(new Set(exchanges.map((e) => e.status))).toEqual(new Set([200, 201, 202, 400, 403, 404, 409]));
    expect(sample.undocumented).toEqual([]);
  });

  it('X-1: every request body and answer of the sample, refusals included, validates against its schema', () => {
    expect(sample.examples).toBeGreaterThan(30);
    expect(problems.filter((p) => !p.includes(tamperedPointer))).toEqual([]);
  });

  it('an answer with a field the schema does not have is reported', () => {
    expect(problems).toEqual([expect.stringContaining(`no-invalid-media-type-examples ${tamperedPointer}`)]);
  });
});
