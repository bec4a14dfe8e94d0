import { describe, expect, it } from 'vitest';
import { defineMessages, type Catalog } from '../../src/i18n/catalog.js';
import { ensureLocale, isLocaleLoaded } from '../../src/i18n/catalogue-registry.js';
import { bundleEntry, elementEntries, hostPageEntry } from '../bench/bundle-size.js';

// Issue 16: FR catalogues ship with the elements, EN ones load on demand (`defineMessages(fr, () =>
// import('./messages.en.js'))`), and an EN catalogue must still have exactly the FR keys.

describe('EN catalogues on demand: the registry', () => {
  it('translates into EN once ensureLocale loaded the catalogue (each fetched once), the FR text standing in before', async () => {
    let fetches = 0;
    const t = defineMessages({ hello: 'Bonjour {who}' }, async () => {
      fetches += 1;
      return { default: { hello: 'Hello {who}' } };
    });
    expect(isLocaleLoaded('en')).toBe(false);
    expect(isLocaleLoaded('fr')).toBe(true);
    expect(t('en', 'hello', { who: 'Pauline' })).toBe('Bonjour Pauline');

    await Promise.all([ensureLocale('en'), ensureLocale('en')]);
    expect(fetches).toBe(1);
    expect(isLocaleLoaded('en')).toBe(true);
    expect(t('en', 'hello', { who: 'Pauline' })).toBe('Hello Pauline');
    expect(t('fr', 'hello', { who: 'Pauline' })).toBe('Bonjour Pauline');
  });

  it('loads a catalogue defined later (a lazily imported element), and tries a failed fetch again', async () => {
    let attempts = 0;
    const t = defineMessages({ retry: 'Réessayer' }, async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('offline');
      return { default: { retry: 'Try again' } };
    });
    expect(isLocaleLoaded('en')).toBe(false);
    await expect(ensureLocale('en')).rejects.toThrow('offline');
    expect(t('en', 'retry')).toBe('Réessayer');
    await ensureLocale('en');
    expect(t('en', 'retry')).toBe('Try again');
  });

  it("loads an element's EN module: cp-iban-input's labels", async () => {
    const { uiMessage } = await import('../../src/elements/cp-iban-input/messages.js');
    expect(uiMessage('fr', 'country')).toBe('Pays du compte');
    await ensureLocale('en');
    expect(uiMessage('en', 'country')).toBe('Country of the account');
  });

  it('keeps a missing or extra EN key a type error, static or lazy (checked by tsc)', () => {
    const fr = { save: 'Enregistrer', cancel: 'Annuler' };
    type Key = keyof typeof fr;
    const typeChecks = () => {
      // @ts-expect-error the EN catalogue lacks `cancel`
      defineMessages(fr, { save: 'Save' });
      // @ts-expect-error the EN catalogue has a key FR does not
      defineMessages(fr, { save: 'Save', cancel: 'Cancel', close: 'Close' });
      // @ts-expect-error the lazily loaded EN catalogue lacks `cancel`
      defineMessages(fr, async () => ({ default: { save: 'Save' } }));
      // @ts-expect-error an EN module (`export default { … } satisfies Catalog<MessageKey>`) lacking `cancel`
      void ({ save: 'Save' } satisfies Catalog<Key>);
      // @ts-expect-error an EN module with an extra key
      void ({ save: 'Save', cancel: 'Cancel', close: 'Close' } satisfies Catalog<Key>);
      return { save: 'Save', cancel: 'Cancel' } satisfies Catalog<Key>;
    };
    expect(typeChecks).toBeTypeOf('function');
  });
});

describe('EN catalogues on demand: what a French page downloads', { timeout: 120_000 }, () => {
  const codeOf = (chunks: { code: string }[]): string => chunks.map((chunk) => chunk.code).join('\n');

  it("cp-iban-input's initial load holds its FR texts and no EN one; the EN ones are lazy chunks", async () => {
    const path = elementEntries().find(([tag]) => tag === 'cp-iban-input')![1];
    const { chunks, initial } = await bundleEntry(path);
    const [initialCode, allCode] = [codeOf(initial), codeOf(chunks)];
    expect(initialCode).toContain('Saisir les coordonnées bancaires sous forme de');
    expect(initialCode).toContain('Un IBAN ne contient que des lettres et des chiffres');
    for (const english of ['Enter the bank details as', 'An IBAN contains only letters and digits']) {
      expect(initialCode).not.toContain(english);
      expect(allCode).toContain(english);
    }
  });

  it("the host page's initial load (cp-session, cp-account-form, cp-iban-input) holds no EN text of the account form", async () => {
    const { chunks, initial } = await bundleEntry(hostPageEntry);
    expect(codeOf(initial)).toContain('Mes informations personnelles');
    expect(codeOf(initial)).not.toContain('My personal information');
    expect(codeOf(chunks)).toContain('My personal information');
  });
});
