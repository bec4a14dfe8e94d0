import type { ChangeFeed } from './call-options.js';
import type { CpClient } from './cp-client.js';
import { HttpTransport, type HttpClientOptions } from './transport.js';

/** Key of the transport a `SessionClient` carries (`Symbol.for`, so two copies of cp-kit agree). */
export const sessionTransport: unique symbol = Symbol.for('cp-kit.transport');

/**
 * What `<cp-session>` gives the elements when it builds the client from its attributes: the
 * transport and its change feed, without any section. Each element builds over it only the
 * sections it calls (`sectionsOf`), so a page loads only their schemas and validators (issue 16).
 */
export interface SessionClient extends ChangeFeed {
  readonly [sessionTransport]: HttpTransport;
}

/** A session client over a new transport (same options as `createHttpClient`). */
export function createSessionClient(options: HttpClientOptions = {}): SessionClient {
  const http = new HttpTransport(options);
  return { [sessionTransport]: http, onChange: (listener) => http.onChange(listener) };
}

/** Tells a session client (a transport to build sections over) from a full `CpClient`. */
export const isSessionClient = (client: CpClient | SessionClient): client is SessionClient =>
  sessionTransport in client;

/** Builds one section of the client over a transport: `createAccountApi`, `createStructureApi`… */
export type SectionFactory<S extends object = object> = (http: HttpTransport) => S;

type Intersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** The client an element sees: exactly the sections it declared, plus the change feed. */
export type SectionsOf<F extends readonly SectionFactory[]> = Intersection<ReturnType<F[number]>> & ChangeFeed;

// One instance of each section per transport, shared by every element of the page.
const built = new WeakMap<HttpTransport, Map<SectionFactory, object>>();

function section(http: HttpTransport, create: SectionFactory): object {
  let sections = built.get(http);
  if (!sections) built.set(http, (sections = new Map()));
  let api = sections.get(create);
  if (!api) sections.set(create, (api = create(http)));
  return api;
}

/**
 * The sections `factories` of `client`: a full `CpClient` as is (typed narrower), or over a session
 * client's transport the sections built once per transport, with its change feed.
 */
export function sectionsOf<F extends readonly SectionFactory[]>(
  client: CpClient | SessionClient,
  factories: F,
): SectionsOf<F> {
  if (!isSessionClient(client)) return client as unknown as SectionsOf<F>;
  const http = client[sessionTransport];
  return Object.assign({ onChange: client.onChange }, ...factories.map((create) => section(http, create)));
}
