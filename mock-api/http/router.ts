import type { Route } from './route.js';

/** A compiled route: its path as a regular expression with named groups. */
interface Compiled {
  route: Route;
  pattern: RegExp;
}

/** The match of a request: the route and its raw path parameters. */
export interface Match {
  route: Route;
  params: Record<string, string>;
}

const compile = (route: Route): Compiled => ({
  route,
  pattern: new RegExp(`^${route.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:(\w+)/g, '(?<$1>[^/]+)')}/?$`),
});

/**
 * Orders routes so that a literal segment wins over a parameter at the same position
 * (`/api/structures/identifier-types` before `/api/structures/:idStructureCPP`), whatever the order
 * in which the sections declare them.
 */
const bySpecificity = (a: Compiled, b: Compiled): number => {
  const sa = a.route.path.split('/');
  const sb = b.route.path.split('/');
  for (let i = 0; i < Math.min(sa.length, sb.length); i += 1) {
    const pa = sa[i]!.startsWith(':');
    const pb = sb[i]!.startsWith(':');
    if (pa !== pb) return pa ? 1 : -1;
  }
  return sa.length - sb.length;
};

/** Matches requests against a routing table. */
export class Router {
  readonly #compiled: Compiled[];

  constructor(routes: readonly Route[]) {
    const seen = new Set<string>();
    for (const route of routes) {
      const key = `${route.method} ${route.path}`;
      if (seen.has(key) || seen.has(route.operationId)) throw new Error(`Route declared twice: ${key} (${route.operationId})`);
      seen.add(key);
      seen.add(route.operationId);
    }
    this.#compiled = routes.map(compile).sort(bySpecificity);
  }

  /** The route answering `method path`, or undefined. `pathKnown` says whether another method answers it. */
  match(method: string, path: string): { match?: Match; pathKnown: boolean } {
    let pathKnown = false;
    for (const { route, pattern } of this.#compiled) {
      const found = pattern.exec(path);
      if (!found) continue;
      pathKnown = true;
      if (route.method === method) {
        const params = Object.fromEntries(Object.entries(found.groups ?? {}).map(([k, v]) => [k, decodeURIComponent(v)]));
        return { match: { route, params }, pathKnown };
      }
    }
    return { pathKnown };
  }
}
