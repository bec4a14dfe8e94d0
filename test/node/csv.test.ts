import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv, type CsvColumn } from '../../src/domain/index.js';

interface Member {
  name: string;
  email: string;
  since: string;
  active: boolean;
  amount: number;
}

const columns: CsvColumn<Member>[] = [
  { label: 'Nom', value: (m) => m.name },
  { label: 'Courriel', value: (m) => m.email },
  { label: 'Depuis', value: (m) => m.since, type: 'date' },
  { label: 'Actif', value: (m) => m.active },
  { label: 'Montant', value: (m) => m.amount },
];

const pauline: Member = {
  name: 'Pauline DUFOUR',
  email: 'pauline.dufour@terneuil.fr',
  since: '2024-03-07',
  active: true,
  amount: -12.5,
};

/** Parses a CSV the way a spreadsheet would, with an independent parser. */
const read = (csv: string, delimiter: string): string[][] =>
  parse(csv, { bom: true, delimiter, record_delimiter: '\r\n' });

describe('toCsv (X-3: CSV exports open correctly in a spreadsheet)', () => {
  it('X-3 starts with a UTF-8 byte order mark and ends every line with CRLF', () => {
    const csv = toCsv(columns, [pauline]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Nom;Courriel;Depuis;Actif;Montant',
      'Pauline DUFOUR;pauline.dufour@terneuil.fr;07/03/2024;Oui;-12,5',
      '',
    ]);
  });

  it('X-3 uses "," and English values in EN', () => {
    const csv = toCsv(columns, [pauline], { locale: 'en' });
    expect(csv.slice(1).split('\r\n')[1]).toBe('Pauline DUFOUR,pauline.dufour@terneuil.fr,2024-03-07,Yes,-12.5');
  });

  it('X-3 writes Date objects as dd/mm/yyyy in FR and leaves empty cells for missing values', () => {
    const csv = toCsv<{ at: Date | null; note?: string }>(
      [
        { label: 'Le', value: (r) => r.at },
        { label: 'Note', value: (r) => r.note },
      ],
      [{ at: new Date(2025, 0, 31) }, { at: null, note: 'x' }],
    );
    expect(csv.slice(1).split('\r\n')).toEqual(['Le;Note', '31/01/2025;', ';x', '']);
  });

  it('X-3 quotes separators, quotes and line breaks so that a parser reads the cells back unchanged', () => {
    const tricky: Member = {
      name: 'CCAS; "Terneuil"\r\nsur Seine',
      email: 'a,b@c.fr',
      since: 'pas une date',
      active: false,
      amount: 3,
    };
    for (const [locale, delimiter] of [
      ['fr', ';'],
      ['en', ','],
    ] as const) {
      const rows = read(toCsv(columns, [tricky, pauline], { locale }), delimiter);
      expect(rows).toHaveLength(3);
      expect(rows[1]![0]).toBe(tricky.name);
      expect(rows[1]![1]).toBe(tricky.email);
      expect(rows[1]![2]).toBe('pas une date');
      expect(rows[2]![0]).toBe(pauline.name);
    }
  });

  it('X-3 round trip: every text cell of a generated set comes back identical', () => {
    const names = Array.from({ length: 200 }, (_, i) => `Agent ${i} « é » ; , "q" ${i % 7 === 0 ? '\n2e ligne' : ''}`);
    const csv = toCsv([{ label: 'Nom', value: (n: string) => n }], names);
    expect(
      read(csv, ';')
        .slice(1)
        .map((row) => row[0]),
    ).toEqual(names);
  });

  it.each(['=HYPERLINK("http://evil")', '+33 1 23', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])(
    'X-3 neutralises the formula-like cell %j with a leading quote',
    (payload) => {
      const csv = toCsv([{ label: 'Nom', value: (s: string) => s }], [payload]);
      expect(read(csv, ';')[1]![0]).toBe(`'${payload}`);
    },
  );

  it.each([
    ' =1+1',
    '  +33',
    '\u00a0=HYPERLINK("http://evil")',
    '\u200b@SUM(A1)',
    '\ufeff-2+3',
    '\u00a0\u200b =1+1',
    '\u2060=1',
  ])('X-3 neutralises the formula %j behind a space, no-break space, zero-width space or BOM', (payload) => {
    const csv = toCsv([{ label: 'Nom', value: (s: string) => s }], [payload]);
    expect(read(csv, ';')[1]![0]).toBe(`'${payload}`);
  });

  it('X-3 leaves text that only contains a formula character further in as it is', () => {
    const csv = toCsv([{ label: 'Nom', value: (s: string) => s }], ['Saint-Denis', 'a =1', '\u00a0Mairie']);
    expect(
      read(csv, ';')
        .slice(1)
        .map((row) => row[0]),
    ).toEqual(['Saint-Denis', 'a =1', '\u00a0Mairie']);
  });

  it('X-3 neutralises a formula-like header too but keeps negative numbers as numbers', () => {
    const csv = toCsv([{ label: '=1+1', value: (n: number) => n }], [-4]);
    expect(read(csv, ';')).toEqual([["'=1+1"], ['-4']]);
  });
});
