import { describe, expect, it } from 'vitest';
import { draftOf, emptyDraft, inputOf, missingFields } from '../../src/elements/cp-bank-details/bank-draft.js';
import { maskIban } from '../../src/elements/cp-bank-details/mask-iban.js';
import { formFieldOf } from '../../src/elements/cp-bank-details/server-fields.js';
import type { CpIbanChangeDetail } from '../../src/elements/cp-iban-input/cp-iban-input.js';

const IBAN = 'FR7630006000011234567890189';
const account = (extra: Partial<CpIbanChangeDetail> = {}): CpIbanChangeDetail => ({
  value: IBAN,
  valid: true,
  mode: 'iban',
  bicValue: 'AGRIFRPP',
  ...extra,
});

describe('cp-bank-details form logic (BNK-1..5)', () => {
  it('BNK-5: the list masks the IBAN but keeps its country, check digits and last four characters', () => {
    expect(maskIban(IBAN)).toBe('FR76 ••• 0189');
    expect(maskIban('de89 3704 0044 0532 0130 00')).toBe('DE89 ••• 3000');
    expect(maskIban(undefined)).toBe('');
  });

  it('BNK-1: name and RIB file are required; the factor’s four fields only with "affactureur"', () => {
    expect(missingFields(emptyDraft())).toEqual(['nom', 'file']);
    const factor = { ...emptyDraft(), nom: 'Compte', pieceJointeId: '4', affactureur: true };
    expect(missingFields(factor)).toEqual(['factorRaisonSociale', 'factorIdentifiant']);
  });

  it('BNK-2 / BNK-3: an IBAN is sent with its country and BIC; BNK-4: a RIB as its four parts, country FR', () => {
    const draft = { ...emptyDraft(), nom: ' Compte principal ', pieceJointeId: '7' };
    expect(
      inputOf(draft, account({ parts: { iban: IBAN, countryCode: 'FR', checkDigits: '76', bban: IBAN.slice(4) } })),
    ).toEqual({
      nomCoordonneeBancaire: 'Compte principal',
      type: 'IBAN',
      pays: 'FR',
      iban: IBAN,
      bic: 'AGRIFRPP',
      pieceJointeId: 7,
      affactureur: false,
    });
    expect(inputOf(draft, account({ mode: 'rib', bicValue: '' }))).toEqual({
      nomCoordonneeBancaire: 'Compte principal',
      type: 'RIB',
      pays: 'FR',
      rib: { codeBanque: '30006', codeGuichet: '00001', numeroCompte: '12345678901', cleRib: '89' },
      pieceJointeId: 7,
      affactureur: false,
    });
  });

  it('BNK-1: the factor is sent only with "affactureur", and a record comes back as the same draft', () => {
    const draft = {
      ...emptyDraft(),
      nom: 'Affacturé',
      pieceJointeId: '7',
      affactureur: true,
      factorRaisonSociale: ' FACTOR SA ',
      factorIdentifiant: '73282932000074',
    };
    const input = inputOf(draft, account());
    expect(input.factor).toEqual({
      raisonSociale: 'FACTOR SA',
      pays: 'FR',
      identifiant: '73282932000074',
      typeIdentifiant: 'SIRET',
    });
    expect(inputOf({ ...draft, affactureur: false }, account()).factor).toBeUndefined();
    const record = {
      idCoordonneeBancaire: 1,
      idStructureCPP: 3,
      dateModification: '2026-03-02T10:00:00.000Z',
      version: 1,
      ...input,
      factor: input.factor!,
    };
    expect(draftOf(record)).toEqual({ ...draft, nom: 'Affacturé', factorRaisonSociale: 'FACTOR SA' });
  });

  it('server refusals land on the field that shows them: the account’s fields on cp-iban-input', () => {
    expect(['iban', 'bic', 'pays', 'rib', 'rib.cleRib'].map(formFieldOf)).toEqual([
      'account',
      'account',
      'account',
      'account',
      'account',
    ]);
    expect(formFieldOf('pieceJointeId')).toBe('file');
    expect(formFieldOf('factor.identifiant')).toBe('factorIdentifiant');
    expect(formFieldOf('nomCoordonneeBancaire')).toBe('nom');
  });
});
