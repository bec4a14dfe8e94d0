import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../i18n/locale.js';
import { t } from './cp-structure-picker-messages.js';
import { formatNumber as number } from './format-number.js';
import { pageItems } from './page-items.js';

/** What the pagination bar of the picker needs: where the user is, how many pages the server has, and how to go to one. */
export interface PagerView {
  page: number;
  pageCount: number;
  locale: Locale;
  go: (page: number) => void;
}

/**
 * The DSFR pagination bar of the structure picker's results, paged on the server (RAT-2): previous,
 * first, neighbours of the current page, last, next; the current page carries `aria-current="page"`
 * and the primary look (not colour alone: its number is also announced as current).
 * Nothing when everything fits on one page. Buttons stay enabled while a page loads: a newer choice
 * aborts the request of the older one.
 */
export function renderPager({ page, pageCount, locale, go }: PagerView): TemplateResult | typeof nothing {
  if (pageCount <= 1) return nothing;
  return html`<nav part="pagination" class="pager" aria-label=${t(locale, 'pagination')}>
    <ul>
      <li><button type="button" class="secondary" ?disabled=${page === 1} @click=${() => go(page - 1)}>‹ ${t(locale, 'previous')}</button></li>
      ${pageItems(page, pageCount).map((item) =>
        item === 'gap'
          ? html`<li class="gap" aria-hidden="true">…</li>`
          : html`<li>
              <button
                type="button"
                class=${item === page ? '' : 'secondary'}
                aria-label=${t(locale, 'page', { page: number(item, locale) })}
                aria-current=${item === page ? 'page' : nothing}
                @click=${() => go(item)}
              >
                ${number(item, locale)}
              </button>
            </li>`,
      )}
      <li><button type="button" class="secondary" ?disabled=${page === pageCount} @click=${() => go(page + 1)}>${t(locale, 'next')} ›</button></li>
    </ul>
  </nav>`;
}
