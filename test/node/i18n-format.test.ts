import { describe, expect, it } from 'vitest';
import { defineMessages, format } from '../../src/i18n/catalog.js';
import { toLocale } from '../../src/i18n/locale.js';

describe('i18n catalogue', () => {
  it('fills named placeholders and leaves unknown ones visible', () => {
    expect(format('{n} caractères sur {max}', { n: 3, max: 255 })).toBe('3 caractères sur 255');
    expect(format('Bonjour {name}')).toBe('Bonjour {name}');
  });

  it('writes the singular or the plural of a count as its language does: FR 0 and 1 singular, EN 1 only', () => {
    const t = defineMessages(
      { waiting: '{n, plural, one {# demande en attente} other {# demandes en attente}} sur {total}' },
      { waiting: '{n, plural, one {# request waiting} other {# requests waiting}} out of {total}' },
    );
    expect(t('fr', 'waiting', { n: 0, total: 3 })).toBe('0 demande en attente sur 3');
    expect(t('fr', 'waiting', { n: 1, total: 3 })).toBe('1 demande en attente sur 3');
    expect(t('fr', 'waiting', { n: 2, total: 3 })).toBe('2 demandes en attente sur 3');
    expect(t('en', 'waiting', { n: 0, total: 3 })).toBe('0 requests waiting out of 3');
    expect(t('en', 'waiting', { n: 1, total: 3 })).toBe('1 request waiting out of 3');
    expect(t('en', 'waiting', { n: 12, total: 30 })).toBe('12 requests waiting out of 30');
    // A count already formatted for reading ("1 234") keeps its form; a plural without its count stays visible.
    expect(format('{n, plural, one {# ligne} other {# lignes}}', { n: '1\u202f234' })).toBe('1\u202f234 lignes');
    expect(format('{n, plural, one {# ligne} other {# lignes}}')).toBe('{n, plural, one {# ligne} other {# lignes}}');
    // Two counts, and a placeholder inside a form.
    expect(
      format(
        '{ok, plural, one {# approuvée} other {# approuvées}}, {ko, plural, one {# refusée par {who}} other {# refusées par {who}}}',
        {
          ok: 1,
          ko: 2,
          who: 'le serveur',
        },
      ),
    ).toBe('1 approuvée, 2 refusées par le serveur');
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
