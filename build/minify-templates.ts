import { minifyHTMLLiterals } from 'minify-literals';
import type { Plugin } from 'vite';

/**
 * Vite plugin that minifies the HTML and CSS inside Lit's `html`, `svg` and `css` tagged templates
 * of our own sources at build time (what Lit's docs recommend for production): whitespace,
 * comments and redundant CSS go; bindings and their positions stay as written. Runs of whitespace
 * collapse to one space rather than none, so that text next to a binding or at a template's edge
 * (`html\` <span>…\``) renders as written. Dependencies are left alone (they ship minified), and so
 * is the dev server, to keep templates readable there.
 */
export function minifyTemplates(): Plugin {
  return {
    name: 'cp-minify-templates',
    apply: 'build',
    async transform(code, id) {
      if (id.includes('/node_modules/') || !/\.[cm]?[jt]s$/.test(id.split('?')[0] ?? '')) return null;
      if (!/\b(?:html|svg|css)`/.test(code)) return null;
      return minifyHTMLLiterals(code, { fileName: id, html: { conservativeCollapse: true } });
    },
  };
}
