/**
 * The portal's router: real URLs with the History API, one path segment per route under the site's
 * root (`/mon-compte`, `/fiche-structure?structure=1`), so deep links and back/forward work and a
 * static host only has to serve `index.html` for unknown paths. Links are plain `<a href>`: a click
 * on a link of the portal (even inside an element's shadow tree) is routed without reloading.
 */

/** A route: the path segment it answers. */
export interface RouteLike {
  readonly slug: string;
}

/** Where the address leads. */
export interface RouteMatch<R extends RouteLike> {
  /** The route, or undefined for an unknown address (the "page not found" route). */
  readonly route: R | undefined;
  readonly params: URLSearchParams;
}

/** How the portal came to a route: first load, a link or `navigate`, back/forward. */
export type Arrival = 'load' | 'link' | 'history';

/** Routes the portal's addresses under `root` to `routes`. */
export class Router<R extends RouteLike> {
  readonly #root: URL;
  readonly #routes: readonly R[];
  readonly #onRoute: (match: RouteMatch<R>, arrival: Arrival) => void;
  /** The path and query last shown: going back over an in-page anchor (the skip link) changes no route. */
  #shown = '';

  constructor(root: URL, routes: readonly R[], onRoute: (match: RouteMatch<R>, arrival: Arrival) => void) {
    this.#root = root;
    this.#routes = routes;
    this.#onRoute = onRoute;
  }

  /** The address of a route, with its query parameters. */
  href(slug: string, params: Record<string, string | number> = {}): string {
    const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();
    return `${this.#root.pathname}${slug}${query ? `?${query}` : ''}`;
  }

  /** The route the current address leads to. */
  current(): RouteMatch<R> {
    return this.#match(new URL(location.href));
  }

  /** Goes to `href` (a new history entry) and shows its route. */
  navigate(href: string): void {
    history.pushState(null, '', href);
    this.#show('link');
  }

  /** Shows the current address's route and routes links and back/forward from now on; returns how to stop. */
  start(): () => void {
    const onPop = () => {
      if (`${location.pathname}${location.search}` !== this.#shown) this.#show('history');
    };
    const onClick = (event: MouseEvent) => {
      const href = this.#routedHref(event);
      if (!href) return;
      event.preventDefault();
      this.navigate(href);
    };
    window.addEventListener('popstate', onPop);
    document.addEventListener('click', onClick);
    this.#show('load');
    return () => {
      window.removeEventListener('popstate', onPop);
      document.removeEventListener('click', onClick);
    };
  }

  #show(arrival: Arrival): void {
    this.#shown = `${location.pathname}${location.search}`;
    this.#onRoute(this.current(), arrival);
  }

  #match(url: URL): RouteMatch<R> {
    const path = url.pathname.startsWith(this.#root.pathname) ? url.pathname.slice(this.#root.pathname.length) : '\0';
    const slug = decodeURIComponent(path.replace(/\/$/, '').replace(/^index\.html$/, ''));
    return { route: this.#routes.find((r) => r.slug === slug), params: url.searchParams };
  }

  /** The address of the portal link a plain click was on, or undefined (other sites, new tabs, in-page anchors). */
  #routedHref(event: MouseEvent): string | undefined {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return undefined;
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!link?.href || link.target || link.hasAttribute('download')) return undefined;
    const url = new URL(link.href);
    if (url.origin !== location.origin || !url.pathname.startsWith(this.#root.pathname)) return undefined;
    if (url.hash && url.pathname === location.pathname && url.search === location.search) return undefined;
    return `${url.pathname}${url.search}`;
  }
}
