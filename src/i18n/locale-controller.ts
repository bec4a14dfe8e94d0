import type { ReactiveController, ReactiveElement } from 'lit';
import { ensureLocale, isLocaleLoaded } from './catalogue-registry.js';
import { getPageLocale, LOCALE_EVENT, toLocale, type Locale } from './locale.js';

/**
 * Gives an element its current locale: its own `lang` attribute if set, else the nearest ancestor's
 * `lang` (across shadow roots, below the document element), else the page locale. Re-renders the
 * host when the page locale changes or when its own `lang` attribute changes.
 *
 * When the host renders in another language than the one its context declares (the user's saved
 * language, EN, under a French page), the controller marks the host with `lang` so that assistive
 * technologies read its content in that language (WCAG 3.1.2, RGAA 8.7), and removes the mark when
 * the languages agree again. A `lang` the host page set itself is never touched.
 *
 * Only the FR catalogues ship with the elements; the EN ones load on demand. Before each update the
 * host first loads the catalogues of the locale it is about to render in (`ensureLocale`), so it
 * never shows French text in an English page, nor an empty label: it renders for the first time once
 * they are there, and on a switch of language it keeps its current text until then. `updateComplete`
 * includes the wait. A host whose locale is loaded (any French one) updates as before, at once.
 */
export class LocaleController implements ReactiveController {
  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
    loadCataloguesBeforeUpdates(host, () => this.locale);
  }

  private readonly onChange = (): void => this.host.requestUpdate();
  private readonly langObserver = new MutationObserver(this.onChange);

  hostConnected(): void {
    window.addEventListener(LOCALE_EVENT, this.onChange);
    this.langObserver.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
  }

  hostUpdate(): void {
    const locale = this.locale;
    const marked = langMarks.get(this.host) === this.host.getAttribute('lang');
    if (this.host.hasAttribute('lang') && !marked) return;
    if (toLocale(declaredLang(parentAcrossShadow(this.host))) === locale) {
      if (marked) this.host.removeAttribute('lang');
      langMarks.delete(this.host);
    } else if (!marked || this.host.getAttribute('lang') !== locale) {
      langMarks.set(this.host, locale);
      this.host.setAttribute('lang', locale);
    }
  }

  hostDisconnected(): void {
    window.removeEventListener(LOCALE_EVENT, this.onChange);
    this.langObserver.disconnect();
  }

  /** The locale the host renders in now. */
  get locale(): Locale {
    const own = this.host.getAttribute('lang');
    const ownLocale = langMarks.get(this.host) === own ? undefined : toLocale(own);
    return ownLocale ?? toLocale(inheritedLang(this.host)) ?? getPageLocale();
  }
}

/**
 * Makes `host` load the catalogues of `locale()` before each update: Lit lets `scheduleUpdate` return
 * a promise, which the update (and `updateComplete`) waits for. A catalogue that cannot be fetched is
 * reported (`reportError`) and the host renders anyway, its FR text standing in.
 */
function loadCataloguesBeforeUpdates(host: ReactiveElement, locale: () => Locale): void {
  const gated = host as unknown as { scheduleUpdate(): void | Promise<unknown> };
  const scheduleUpdate = gated.scheduleUpdate.bind(host);
  gated.scheduleUpdate = () => {
    const next = locale();
    if (isLocaleLoaded(next)) return scheduleUpdate();
    return ensureLocale(next).then(scheduleUpdate, (error: unknown) => {
      reportError(error);
      return scheduleUpdate();
    });
  };
}

/** The `lang` each controller put on its host (see `hostUpdate`), told apart from a host page's own. */
const langMarks = new WeakMap<Element, string>();

/** The language assistive technologies read for `el`'s content: the nearest `lang`, up to `<html>`. */
function declaredLang(el: Element | null): string | null {
  for (let node = el; node; node = parentAcrossShadow(node)) {
    if (node.hasAttribute('lang')) return node.getAttribute('lang');
  }
  return null;
}

/**
 * The `lang` of the nearest ancestor below the document element, across shadow roots: a kit element
 * inside another element's shadow root (the table of a manager, the attachment manager of bank
 * details) speaks the language the host page gave the outer element. Marks put by controllers are
 * skipped: they follow the page locale, which the host reads itself.
 */
function inheritedLang(el: Element): string | null {
  let node = parentAcrossShadow(el);
  while (node && node !== document.documentElement) {
    const lang = node.getAttribute('lang');
    if (lang && langMarks.get(node) !== lang) return lang;
    node = parentAcrossShadow(node);
  }
  return null;
}

const parentAcrossShadow = (el: Element): Element | null => {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
};
