import type { MockApp } from '../../../mock-api/http/app.js';
import type { HttpRequest, HttpResponse } from '../../../mock-api/http/types.js';

/**
 * Deliberate mistakes a backend could make, injected by wrapping the mock app's request handler (the
 * rules themselves are not forked): the conformance suite's own test runs against each and expects
 * exactly the checks that name the mistake to fail.
 */
export type MockFault =
  /** Writes ignore If-Match: the version sent is replaced by the current one (last write wins). */
  | 'etag-ignored'
  /** Idempotency-Key is not honoured: the header is dropped. */
  | 'idempotency-off'
  /** RAT-7's successor check is missing: a GP leaving is let go (his rattachement removed). */
  | 'rat7-successor-check-removed'
  /** Refusals are plain text pages, not problem+json. */
  | 'errors-not-problem-json'
  /** APR-2's authorization is missing: whoever decides, the decision is taken as the structure's GP. */
  | 'apr2-authorization-removed'
  /** HAB-9's authorization is missing: whoever sets a structure's espaces, they are set as its GP. */
  | 'hab9-authorization-removed';

const without = (headers: Record<string, string>, ...names: string[]) =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !names.includes(name)));
const ruleOf = (response: HttpResponse) => (response.body as { rule?: string } | undefined)?.rule;
const plainText = (response: HttpResponse): HttpResponse => ({
  status: response.status,
  headers: { 'content-type': 'text/plain' },
  raw: `Error ${response.status}`,
});

/** Wraps `app` so that it makes `fault`. */
export function injectFault(app: MockApp, fault: MockFault): void {
  const handle = app.handle.bind(app);
  const admit = app.admit.bind(app);
  const { store } = app.env;
  const rewritten = new Map<string, { sent: string; request: HttpRequest }>();
  const get = (request: HttpRequest, path = request.path): HttpResponse =>
    handle({
      ...request,
      method: 'GET',
      path,
      query: new URLSearchParams(),
      headers: without(request.headers, 'idempotency-key', 'if-match'),
      bodyText: undefined,
    });

  /** The request sent again as the structure's GP (an authorization check skipped), if it has one. */
  const asPrincipal = (request: HttpRequest, idStructureCPP: number | undefined): HttpResponse | undefined => {
    const gp = store.rattachements.find(
      (r) => r.idStructureCPP === idStructureCPP && r.role === 'GESTIONNAIRE_PRINCIPAL',
    );
    const login = gp ? store.users.get(gp.idUtilisateur)?.login : undefined;
    return login
      ? handle({ ...request, headers: { ...without(request.headers, 'authorization'), 'x-cp-user': login } })
      : undefined;
  };

  const wrapped: Record<MockFault, (request: HttpRequest) => HttpResponse> = {
    'etag-ignored': (request) => {
      if (request.method === 'GET' || request.headers['if-match'] === undefined) return handle(request);
      // A retry (same Idempotency-Key) is the same request as the first one: the same rewrite.
      const key = request.headers['idempotency-key'];
      const sent = `${request.method} ${request.path} ${request.bodyText ?? ''}`;
      const earlier = key ? rewritten.get(key) : undefined;
      if (earlier?.sent === sent) return handle(earlier.request);
      const version = (get(request).body as { version?: number } | undefined)?.version;
      if (version === undefined) return handle(request);
      const body =
        request.bodyText === undefined
          ? undefined
          : JSON.stringify({ ...(JSON.parse(request.bodyText) as object), version });
      const lastWriteWins = { ...request, headers: { ...request.headers, 'if-match': `"${version}"` }, bodyText: body };
      if (key) rewritten.set(key, { sent, request: lastWriteWins });
      return handle(lastWriteWins);
    },
    'idempotency-off': (request) => handle({ ...request, headers: without(request.headers, 'idempotency-key') }),
    'rat7-successor-check-removed': (request) => {
      const response = handle(request);
      const id = /^\/api\/me\/rattachements\/(\d+)$/.exec(request.path)?.[1];
      if (request.method !== 'DELETE' || !id || response.status !== 422 || ruleOf(response) !== 'RAT-7')
        return response;
      const row = (get(request, '/api/me/rattachements').body as { items: { idRattachement: number }[] }).items.find(
        (r) => r.idRattachement === Number(id),
      );
      store.transaction(() => store.rattachements.update(Number(id), { statutRattachement: 'SUPPRIMEE' }));
      return {
        status: 200,
        headers: { 'content-type': 'application/json' },
        body: { ...row, statutRattachement: 'SUPPRIMEE', enVigueur: false },
      };
    },
    'errors-not-problem-json': (request) => {
      const response = handle(request);
      return response.status >= 400 ? plainText(response) : response;
    },
    'apr2-authorization-removed': (request) => {
      const response = handle(request);
      const id = /^\/api\/approbations\/(\d+)\/decision$/.exec(request.path)?.[1];
      if (!id || response.status !== 403 || ruleOf(response) !== 'APR-2') return response;
      return asPrincipal(request, store.approbations.get(Number(id))?.idStructureCPP) ?? response;
    },
    'hab9-authorization-removed': (request) => {
      const response = handle(request);
      const id = /^\/api\/structures\/(\d+)\/espaces$/.exec(request.path)?.[1];
      if (!id || request.method === 'GET' || response.status !== 403 || ruleOf(response) !== 'HAB-9') return response;
      return asPrincipal(request, Number(id)) ?? response;
    },
  };
  app.handle = wrapped[fault];
  if (fault === 'errors-not-problem-json') {
    app.admit = (head) => {
      const admission = admit(head);
      return 'refusal' in admission ? { refusal: plainText(admission.refusal) } : admission;
    };
  }
}
