import { describe, expect, it } from 'vitest';
import { defineMessages, format } from '../../src/i18n/catalog.js';
import { toLocale } from '../../src/i18n/locale.js';

describe('i18n catalogue', () => {
  it('fills named placeholders and leaves unknown ones visible', () => {
    expect(format('{n} caractères sur {max}', { n: 3, max: 255 })).toBe('3 caractères sur 255');
    expect(format('Bonjour {name}')).toBe('Bonjour {name}');
  });

  it('translates the same key in FR and EN', () => {
    const t = defineMessages({ hello: 'Bonjour {who}' }, { hello: 'Hello {who}' });
    expect(t('fr', 'hello', { who: 'Pauline' })).toBe('Bonjour Pauline');
    expect(t('en', 'hello', { who: 'Pauline' })).toBe('Hello Pauline');
  });

  it('normalises language tags to a supported locale', () => {
    expect(toLocale('fr-FR')).toBe('fr');
    expect(toLocale('EN_gb')).toBe('en');
    expect(toLocale('de')).toBeUndefined();
    expect(toLocale(undefined)).toBeUndefined();
  });
});
