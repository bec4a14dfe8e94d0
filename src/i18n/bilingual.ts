import type { Bilingual } from '../domain/schemas/common.js';
import type { Locale } from './locale.js';

/**
 * A text in FR and EN made by an element (an event's `message`, a notice that stays on screen across
 * a switch of language), each language looked up when read rather than when made: EN catalogues load
 * on demand, so a French page that switches to English reads the English text once they are there.
 * (Read before any EN catalogue was loaded, `en` gives the FR text, never an empty one.)
 */
export const bilingual = (text: (locale: Locale) => string): Bilingual => ({
  get fr() {
    return text('fr');
  },
  get en() {
    return text('en');
  },
});
