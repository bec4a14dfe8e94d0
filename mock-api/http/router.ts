import { fieldProblem, refuse } from '../rules/errors.js';
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

/** A path parameter decoded, or a 400 refusal when its percent-escapes are malformed (`%E0%A4%A`). */
function decodeParam(name: string, raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    const text = { fr: 'Adresse mal encodée (séquence % invalide).', en: 'Malformed address (invalid % escape).' };
    throw refuse('INVALID', undefined, text, [fieldProblem(`params.${name}`, 'malformed', text)]);
  }
}

/** Matches requests against a routing table. */
export class Router {
  readonly #compiled: Compiled[];

  constructor(routes: readonly Route[]) {
    const seen = new Set<string>();
    for (const route of routes) {
      const key = `${route.method} ${route.path}`;
      if (seen.has(key) || seen.has(route.operationId))
        throw new Error(`Route declared twice: ${key} (${route.operationId})`);
      seen.add(key);
      seen.add(route.operationId);
    }
    this.#compiled = routes.map(compile).sort(bySpecificity);
  }

  /**
   * The route answering `method path` with its decoded parameters, or undefined; `allowed` lists the
   * methods of the routes whose path matches (empty: unknown path). Throws a 400 refusal for a
   * parameter with malformed percent-escapes.
   */
  match(method: string, path: string): { match?: Match; allowed: readonly string[] } {
    const allowed: string[] = [];
    for (const { route, pattern } of this.#compiled) {
      const found = pattern.exec(path);
      if (!found) continue;
      if (route.method === method) {
        const params = Object.fromEntries(Object.entries(found.groups ?? {}).map(([k, v]) => [k, decodeParam(k, v)]));
        return { match: { route, params }, allowed: [...allowed, method] };
      }
      if (!allowed.includes(route.method)) allowed.push(route.method);
    }
    return { allowed };
  }
}
