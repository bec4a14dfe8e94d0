import type { CpClient } from '../../src/client/index.js';

/** What a page of the portal gets from the shell. */
export interface PageContext {
  /** The address's query parameters (`?structure=3`, `?jeton=…`). */
  readonly params: URLSearchParams;
  /** The logged-in user's login. */
  readonly user: string;
  /** The logged-in user's display name. */
  readonly userName: string;
  /** The address of a route of the portal. */
  href(slug: string, params?: Record<string, string | number>): string;
  /** Goes to a route of the portal. */
  navigate(href: string): void;
  /** The API as the logged-in user (the host's own calls, next to the elements'). */
  client(): CpClient;
  /** Says something on the next page shown (the portal's notice after a completed flow). */
  flash(message: string): void;
  /** A value made once per visit of the page (a request the page's template waits for), by key. */
  once<T>(key: string, make: () => T): T;
  /** Starts a guided tour: the world reset, the tour's user logged in, its first page shown. */
  startTour(id: string): void;
  /** Renders the page again (once what it waited for has come). */
  update(): void;
}
