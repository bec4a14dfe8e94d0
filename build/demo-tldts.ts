/**
 * Stand-in for `tldts` in the demo portal's build (`vite build --mode demo`): MSW's cookie store
 * (tough-cookie) asks it for a host's registrable domain, and the real package carries the whole
 * public suffix list (250 kB minified, a quarter of the portal's first load). The mock authenticates
 * by header (ID-1), never by cookie, so the last two labels of the host name are answer enough; an IP
 * address or a single-label host (localhost) has none.
 */
export function getDomain(hostname: string): string | null {
  if (!hostname.includes('.') || /^[\d.]+$/.test(hostname) || hostname.includes(':')) return null;
  return hostname.split('.').slice(-2).join('.');
}
