import type { Decorator } from '@storybook/web-components-vite';
import { setPageLocale, type Locale } from '../../src/i18n/locale.js';

/**
 * Storybook's language switch (the `locale` global, FR by default): sets the language of every
 * cp-kit element (`setPageLocale`) and the preview document's own `lang`, so a French story is read
 * as French by assistive technologies (Storybook's iframe says `lang="en"` otherwise).
 */
export const localeDecorator: Decorator = (story, context) => {
  const locale = (context.globals['locale'] as Locale | undefined) ?? 'fr';
  document.documentElement.lang = locale;
  setPageLocale(locale);
  return story();
};
