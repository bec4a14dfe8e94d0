import type { Preview } from '@storybook/web-components-vite';
import { setPageLocale, type Locale } from '../src/i18n/locale.js';

/** A toolbar switch for the language of every cp-kit element (FR default, EN). */
const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Langue des éléments / Elements language',
      toolbar: {
        icon: 'globe',
        items: [
          { value: 'fr', title: 'Français' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'fr' },
  decorators: [
    (story, context) => {
      setPageLocale((context.globals['locale'] as Locale | undefined) ?? 'fr');
      return story();
    },
  ],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};

export default preview;
