import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getPageLocale, LOCALE_EVENT, toLocale, type Locale } from './locale.js';

/**
 * Gives an element its current locale: its own `lang` attribute if set, else the nearest ancestor's
 * `lang` when it differs from the page default, else the page locale. Re-renders the host when the
 * page locale changes or when its own `lang` attribute changes.
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
    const own = toLocale(this.host.getAttribute('lang'));
    if (own) return own;
    const scoped = this.host.parentElement?.closest('[lang]');
    if (scoped && scoped !== document.documentElement) {
      const inherited = toLocale(scoped.getAttribute('lang'));
      if (inherited) return inherited;
    }
    return getPageLocale();
  }
}
