import type * as z from 'zod/mini';
import type { UserAccount } from '../../src/domain/schemas/index.js';
import type { MockEnv, RuleContext } from '../rules/context.js';
import type { CsvExport } from './csv.js';
import type { HttpRequest } from './types.js';

/** HTTP methods of the contract. */
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Who may call a route. */
export interface RouteAccess {
  /** No credential needed (the OpenAPI document). */
  public?: boolean;
  /** Callable by a deactivated account (reactivation only, ID-4). */
  deactivated?: boolean;
  /** Callable before the first connection is completed (ACC-1). */
  incomplete?: boolean;
}

/** What a route handler receives: parsed, validated params, query and body, and the rules context. */
export interface RouteContext<P, Q, B> {
  readonly env: MockEnv;
  /** The rules context of the authenticated caller (throws on a public route). */
  readonly rules: RuleContext;
  /** The caller, when the route is not public. */
  readonly caller: UserAccount | undefined;
  readonly params: P;
  readonly query: Q;
  readonly body: B;
  /** The version of `If-Match`, when sent (ACC-7). */
  readonly ifMatch: number | undefined;
  readonly request: HttpRequest;
}

/** What a handler may return to choose the status or add headers (202 with a pending change, 201 with Location). */
export interface RouteResult<R> {
  status?: number;
  headers?: Record<string, string>;
  body: R;
}

/** A non-JSON success answer (a file download): bytes or text, with their media type and disposition in `headers`. */
export interface RawResult {
  status?: number;
  headers: Record<string, string>;
  raw: string | Uint8Array<ArrayBuffer>;
}

/** An entry of the routing table: method, path, OpenAPI description, schemas, rule ids, handler. */
export interface Route {
  method: Method;
  /** Path with `:name` parameters (`/api/structures/:idStructureCPP`), no file extension. */
  path: string;
  operationId: string;
  summary: string;
  /** Section tag of the OpenAPI document (`Mon compte`). */
  tag: string;
  /** Rule ids this route enforces (documentation, `x-rules` in the OpenAPI document). */
  rules: readonly string[];
  access?: RouteAccess;
  params?: z.core.$ZodType;
  query?: z.core.$ZodType;
  body?: z.core.$ZodType;
  /** The body carries a file in base64 (PJ-1): its size limit is the file's plus base64 overhead (`http/limits.ts`). */
  carriesFile?: boolean;
  /** Schema of the success body; none means 204 No Content. */
  response?: z.core.$ZodType;
  /** Success status when the handler does not choose one (default 200, 204 without response). */
  status?: number;
  /** Other success statuses the handler chooses (200 when a change usually accepted with 202 applies at once), for the OpenAPI document. */
  otherStatuses?: readonly number[];
  /** Media type of a raw success answer (a file), for routes whose handler returns a `RawResult`. */
  produces?: string;
  /** The CSV columns of a list route: it then also answers `?format=csv` or `Accept: text/csv` (X-3, `http/csv.ts`). */
  csv?: CsvExport<never>;
  handle(ctx: RouteContext<unknown, unknown, unknown>): unknown;
}

type Out<S> = S extends z.core.$ZodType ? z.output<S> : undefined;
type ItemOf<S> = Out<S> extends { items: readonly (infer I)[] } ? I : never;
type In<S> = S extends z.core.$ZodType ? z.input<S> : void;

/**
 * Declares a route with its handler typed from its schemas: the handler gets the parsed params,
 * query and body and returns the response body (or a `RouteResult`), checked against `response`,
 * or a `RawResult` (a file) for a route that `produces` one.
 */
export function defineRoute<
  PS extends z.core.$ZodType | undefined = undefined,
  QS extends z.core.$ZodType | undefined = undefined,
  BS extends z.core.$ZodType | undefined = undefined,
  RS extends z.core.$ZodType | undefined = undefined,
>(
  route: Omit<Route, 'handle' | 'params' | 'query' | 'body' | 'response' | 'csv'> & {
    params?: PS;
    query?: QS;
    body?: BS;
    response?: RS;
    csv?: CsvExport<ItemOf<RS>>;
    handle(ctx: RouteContext<Out<PS>, Out<QS>, Out<BS>>): In<RS> | RouteResult<In<RS>> | RawResult;
  },
): Route {
  return route as unknown as Route;
}
