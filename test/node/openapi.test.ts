import { describe, expect, it } from 'vitest';
import { generateOpenApi } from '../../mock-api/openapi.js';
import { createHttpClient, type CpClient } from '../../src/client/index.js';
import { BASE_URL, useMock } from './support/mock.js';

const mock = useMock();

interface Operation {
  operationId: string;
  'x-rules': string[];
  requestBody?: unknown;
  responses: Record<string, unknown>;
}
type Doc = {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
};

const served = async (): Promise<Doc> => (await (await fetch(`${BASE_URL}/api/openapi`)).json()) as Doc;
const operationsOf = (doc: Doc) =>
  Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, op })),
  );

describe('the OpenAPI document matches the routing table', () => {
  it('is served at GET /api/openapi without credential and equals the generated document', async () => {
    const doc = await served();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc).toEqual(JSON.parse(JSON.stringify(generateOpenApi(mock.app.routes))));
  });

  it('has exactly one operation per route, same method, path and operationId', async () => {
    const fromDoc = operationsOf(await served())
      .map(({ key, op }) => `${key} ${op.operationId}`)
      .sort();
    const fromRoutes = mock.app.routes
      .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')} ${r.operationId}`)
      .sort();
    expect(fromDoc).toEqual(fromRoutes);
  });

  it('X-1: every operation documents its refusals as problem+json and names its rules', async () => {
    for (const { key, op } of operationsOf(await served())) {
      expect(Object.keys(op.responses), key).toEqual(
        expect.arrayContaining(['400', '401', '403', '404', '409', '413', '415', '422']),
      );
      if (!key.endsWith('/api/openapi')) expect(op['x-rules'].length, key).toBeGreaterThan(0);
    }
  });

  it('every $ref points to a component', async () => {
    const doc = await served();
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const name of refs) expect(doc.components.schemas, name).toHaveProperty(name);
  });

  it('every client method calls an operation of the document with its method and path', async () => {
    const doc = await served();
    const templates = operationsOf(doc).map(({ key }) => new RegExp(`^${key.replace(/\{\w+\}/g, '[^/]+')}$`));
    const called: string[] = [];
    const recording: typeof fetch = async (input, init) => {
      const url = new URL(new Request(input, init).url);
      called.push(`${init?.method ?? 'GET'} ${url.pathname}`);
      return new Response(null, { status: 204 });
    };
    const client = createHttpClient({ baseUrl: BASE_URL, fetch: recording, retries: 0 });
    const methods = Object.keys(client).filter((name) => name !== 'onChange') as (keyof CpClient)[];
    for (const name of methods)
      await (client[name] as (input: unknown) => Promise<unknown>)({ version: 1 }).catch(() => undefined);
    expect(called).toHaveLength(methods.length);
    for (const call of called)
      expect(
        templates.some((t) => t.test(call)),
        call,
      ).toBe(true);
  });
});
