import * as z from 'zod/mini';
import { PROBLEM_MEDIA_TYPE, Problem } from '../domain/schemas/index.js';
import { newIdempotencyKey, type CallOptions, type ChangeEvent, type ChangeFeed } from './call-options.js';
import { CpError } from './errors.js';
import { xhrFetch, type UploadProgress } from './xhr-fetch.js';

/** How the client reaches the API. */
export interface HttpClientOptions {
  /** Base URL of the API (`https://portail.example`, or `''` for the page's origin). Paths start with `/api`. Node needs an absolute URL. */
  baseUrl?: string;
  /** The `fetch` to use (default: the global one, read at call time so that MSW's interception applies). */
  fetch?: typeof fetch;
  /** Returns the bearer token the host gives for the logged-in user (ID-1); called before every request. */
  getToken?: () => string | undefined | Promise<string | undefined>;
  /** The login id of the logged-in user, sent as `X-CP-User` by hosts that authenticate upstream (ID-1). */
  user?: string | (() => string | undefined);
  /** `fetch` credentials mode, for cookie sessions of the host (default `same-origin`). */
  credentials?: RequestCredentials;
  /** Timeout of a call in ms (default 15,000). */
  timeoutMs?: number;
  /** Retries of a read after a network error, a timeout or a 408/429/502/503/504 answer (default 2). Writes are never retried automatically. */
  retries?: number;
  /** First retry delay in ms, doubled at each retry (default 300). */
  retryDelayMs?: number;
}

/** One operation of the API, as the per-section clients describe it. */
export interface Operation<S extends z.core.$ZodType | undefined> {
  operationId: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string | number | boolean | readonly (string | number)[] | undefined>;
  body?: unknown;
  /** Version the write is based on, sent as `If-Match` (ACC-7). */
  version?: number;
  /** Schema of the success body; none for 204. */
  response: S;
  /** Media type of a file answer (a download, a CSV export): the success body is then a `Blob` (`requestFile`). */
  accept?: string;
  /** Reports the upload of the body: through XHR in browsers, once at the end where XHR is absent (Node). */
  onUploadProgress?: (progress: UploadProgress) => void;
}

type Result<S> = S extends z.core.$ZodType ? z.output<S> : void;

const RETRYABLE_STATUSES = new Set([408, 429, 502, 503, 504]);
const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

const aborted = (operationId: string, cause: unknown) =>
  new CpError({ code: 'ABORTED', operationId, cause, text: { fr: 'Demande annulée.', en: 'Request cancelled.' } });

/**
 * The HTTP wire of the client: URL and query building, credentials, Idempotency-Key on writes,
 * If-Match from versions, timeout and abort, retry with backoff of reads only, problem+json mapped
 * to `CpError`, success bodies validated against the contract's schemas.
 */
export class HttpTransport implements ChangeFeed {
  readonly #options: HttpClientOptions;
  readonly #listeners = new Set<(event: ChangeEvent) => void>();

  constructor(options: HttpClientOptions = {}) {
    this.#options = options;
  }

  /** @inheritdoc */
  onChange(listener: (event: ChangeEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Performs an operation whose success body is a file (`operation.accept`): returns it as a Blob. */
  async requestFile(
    operation: Omit<Operation<undefined>, 'response'> & { accept: string },
    options: CallOptions = {},
  ): Promise<Blob> {
    return (await this.request({ ...operation, response: undefined }, options)) as unknown as Blob;
  }

  /** Performs an operation and returns its validated result. */
  async request<S extends z.core.$ZodType | undefined>(
    operation: Operation<S>,
    options: CallOptions = {},
  ): Promise<Result<S>> {
    const read = operation.method === 'GET';
    const retries = read ? (this.#options.retries ?? 2) : 0;
    const idempotencyKey = read ? undefined : (options.idempotencyKey ?? newIdempotencyKey());
    for (let attempt = 0; ; attempt += 1) {
      try {
        const result = await this.#attempt(operation, options, idempotencyKey);
        if (!read) for (const listener of this.#listeners) listener({ operationId: operation.operationId });
        return result;
      } catch (error) {
        const retryable =
          error instanceof CpError &&
          (error.code === 'NETWORK' ||
            error.code === 'TIMEOUT' ||
            (error.status !== undefined && RETRYABLE_STATUSES.has(error.status)));
        if (!retryable || attempt >= retries) throw error;
        try {
          await sleep((this.#options.retryDelayMs ?? 300) * 2 ** attempt, options.signal);
        } catch (cause) {
          throw aborted(operation.operationId, cause);
        }
      }
    }
  }

  async #headers(
    operation: Operation<z.core.$ZodType | undefined>,
    idempotencyKey: string | undefined,
  ): Promise<Headers> {
    const headers = new Headers({ accept: `${operation.accept ?? 'application/json'}, ${PROBLEM_MEDIA_TYPE}` });
    if (operation.body !== undefined) headers.set('content-type', 'application/json');
    const token = await this.#options.getToken?.();
    if (token) headers.set('authorization', `Bearer ${token}`);
    const user = typeof this.#options.user === 'function' ? this.#options.user() : this.#options.user;
    if (user) headers.set('x-cp-user', user);
    if (idempotencyKey) headers.set('idempotency-key', idempotencyKey);
    if (operation.version !== undefined) headers.set('if-match', `"${operation.version}"`);
    return headers;
  }

  #url(operation: Operation<z.core.$ZodType | undefined>): string {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(operation.query ?? {})) {
      if (value === undefined) continue;
      query.set(name, Array.isArray(value) ? value.join(',') : String(value));
    }
    const search = query.size > 0 ? `?${query}` : '';
    return `${(this.#options.baseUrl ?? '').replace(/\/$/, '')}${operation.path}${search}`;
  }

  async #attempt<S extends z.core.$ZodType | undefined>(
    operation: Operation<S>,
    options: CallOptions,
    idempotencyKey: string | undefined,
  ): Promise<Result<S>> {
    const { operationId } = operation;
    if (options.signal?.aborted) throw aborted(operationId, options.signal.reason);
    const controller = new AbortController();
    const timeoutMs = options.timeoutMs ?? this.#options.timeoutMs ?? 15_000;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onAbort = () => controller.abort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    let response: Response;
    let payload: string | Blob;
    try {
      const { onUploadProgress } = operation;
      const viaXhr =
        onUploadProgress !== undefined && this.#options.fetch === undefined && typeof XMLHttpRequest !== 'undefined';
      const fetchImpl = viaXhr ? xhrFetch(onUploadProgress) : (this.#options.fetch ?? globalThis.fetch);
      const headers = await this.#headers(operation, idempotencyKey);
      const body = operation.body === undefined ? undefined : JSON.stringify(operation.body);
      controller.signal.throwIfAborted();
      response = await fetchImpl(this.#url(operation), {
        method: operation.method,
        headers,
        body,
        credentials: this.#options.credentials ?? 'same-origin',
        signal: controller.signal,
      });
      payload = operation.accept && response.ok ? await response.blob() : await response.text();
      if (!viaXhr && body !== undefined) onUploadProgress?.({ loaded: body.length, total: body.length });
    } catch (cause) {
      if (options.signal?.aborted) throw aborted(operationId, cause);
      if (timedOut)
        throw new CpError({
          code: 'TIMEOUT',
          operationId,
          cause,
          text: { fr: `Pas de réponse après ${timeoutMs / 1000} s.`, en: `No answer after ${timeoutMs / 1000} s.` },
        });
      throw new CpError({
        code: 'NETWORK',
        operationId,
        cause,
        text: { fr: 'Le service est injoignable.', en: 'The service cannot be reached.' },
      });
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
    }
    return this.#read(operation, response, payload);
  }

  #read<S extends z.core.$ZodType | undefined>(
    operation: Operation<S>,
    response: Response,
    text: string | Blob,
  ): Result<S> {
    if (text instanceof Blob) return text as Result<S>;
    const { operationId } = operation;
    const offContract = (detail: string) =>
      new CpError({
        code: response.status >= 500 ? 'INTERNAL' : 'OFF_CONTRACT',
        status: response.status,
        operationId,
        text: {
          fr: `Réponse inattendue du service (${operationId}) : ${detail}`,
          en: `Unexpected answer of the service (${operationId}): ${detail}`,
        },
      });
    let json: unknown;
    if (text !== '') {
      try {
        json = JSON.parse(text);
      } catch {
        throw offContract(`HTTP ${response.status}, not JSON`);
      }
    }
    if (!response.ok) {
      const problem = z.safeParse(Problem, json);
      if (!problem.success) throw offContract(`HTTP ${response.status} without a problem document`);
      const p = problem.data;
      throw new CpError({
        code: p.code,
        status: p.status,
        operationId,
        text: p.message,
        problem: p,
        fields: p.fields,
        ...(p.rule ? { rule: p.rule } : {}),
      });
    }
    if (!operation.response) return undefined as Result<S>;
    const parsed = z.safeParse(operation.response, json);
    if (!parsed.success) {
      const where = parsed.error.issues
        .slice(0, 5)
        .map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.code}`)
        .join('; ');
      throw offContract(`the body does not match the contract (${where})`);
    }
    return parsed.data as Result<S>;
  }
}
