import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getPageLocale, LOCALE_EVENT, toLocale, type Locale } from './locale.js';

/**
 * Gives an element its current locale: its own `lang` attribute if set, else the nearest ancestor's
 * `lang` (across shadow roots, below the document element), else the page locale. Re-renders the
 * host when the page locale changes or when its own `lang` attribute changes.
 */
export class LocaleController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  private readonly onChange = (): void => this.host.requestUpdate();
  private readonly langObserver = new MutationObserver(this.onChange);

  hostConnected(): void {
    window.addEventListener(LOCALE_EVENT, this.onChange);
    this.langObserver.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    window.removeEventListener(LOCALE_EVENT, this.onChange);
    this.langObserver.disconnect();
  }

  /** The locale the host renders in now. */
  get locale(): Locale {
    return toLocale(this.host.getAttribute('lang')) ?? toLocale(inheritedLang(this.host)) ?? getPageLocale();
  }
}

/**
 * The `lang` of the nearest ancestor below the document element, across shadow roots: a kit element
 * inside another element's shadow root (the table of a manager, the attachment manager of bank
 * details) speaks the language the host page gave the outer element.
 */
function inheritedLang(el: Element): string | null {
  let node = parentAcrossShadow(el);
  while (node && node !== document.documentElement) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    node = parentAcrossShadow(node);
  }
  return null;
}

const parentAcrossShadow = (el: Element): Element | null => {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
};
