import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ERROR_STATUS, statusOf } from '../../src/domain/errors.js';
import * as schemas from '../../src/domain/schemas/index.js';
import {
  ApprobationDecision,
  Attachment,
  BankDetailsCreate,
  PageQuery,
  Problem,
  RattachementRequest,
  ServiceCreate,
  Structure,
  StructureParameters,
  UserAccount,
  UserAccountUpdate,
  fieldProblems,
  pageOf,
} from '../../src/domain/schemas/index.js';
import { computeRibKey } from '../../src/domain/validators/rib.js';

const address = { adresse: '3 rue de Crimée', codePostal: '75019', ville: 'Terneuil sur Seine', pays: 'FR' };
const now = '2026-01-15T08:00:00.000Z';

const fieldsOf = (schema: z.core.$ZodType, value: unknown) => {
  const result = z.safeParse(schema, value);
  return result.success ? [] : fieldProblems(result.error.issues).map((f) => `${f.field}:${f.code}`);
};

describe('user account schemas', () => {
  const account = {
    idUtilisateur: 1,
    login: 'pauline.dufour@terneuil.fr',
    emailContact: 'p.dufour@terneuil.fr',
    nom: 'DUFOUR',
    prenom: 'Pauline',
    adresse: address,
    telephone: '+33 1 23 45 67 89',
    parametres: { langue: 'FR', notificationsPeriodiques: true },
    etat: 'ACTIF',
    origine: 'MADRHAS',
    comptePigp: true,
    premiereConnexionTerminee: true,
    dateCreation: now,
    dateModification: now,
    version: 1,
  };

  it('accepts a complete account and types it', () => {
    const parsed = UserAccount.parse(account);
    expect(parsed.login).toBe('pauline.dufour@terneuil.fr');
  });

  it('ACC-2: an update needs contact e-mail, nom, prénom and the address with adresse, code postal, ville, pays', () => {
    expect(fieldsOf(UserAccountUpdate, { version: 1, adresse: { complementAdresse1: 'Bâtiment B' } }).sort()).toEqual(
      [
        'adresse.adresse:required',
        'adresse.codePostal:required',
        'adresse.pays:required',
        'adresse.ville:required',
        'emailContact:required',
        'nom:required',
        'prenom:required',
      ].sort(),
    );
  });

  it('ACC-2: phone and fax follow an E.164-ish format', () => {
    const base = { emailContact: 'a@b.fr', nom: 'N', prenom: 'P', adresse: address, version: 1 };
    expect(fieldsOf(UserAccountUpdate, { ...base, telephone: '+33 6 12 34 56 78', fax: '01.23.45.67.89' })).toEqual([]);
    expect(fieldsOf(UserAccountUpdate, { ...base, telephone: 'call me' })).toEqual(['telephone:format']);
  });

  it('read-only fields sent with an update are dropped, never applied (ACC-6)', () => {
    const parsed = UserAccountUpdate.parse({
      emailContact: 'a@b.fr',
      nom: 'N',
      prenom: 'P',
      adresse: address,
      version: 1,
      etat: 'INACTIF',
    });
    expect('etat' in parsed).toBe(false);
  });

  it('field messages come in FR and EN', () => {
    const [problem] = fieldProblems(
      z.safeParse(UserAccountUpdate, { emailContact: 'a@b.fr', prenom: 'P', adresse: address, version: 1 }).error!
        .issues,
    );
    expect(problem).toEqual({
      field: 'nom',
      code: 'required',
      message: { fr: 'Ce champ est obligatoire.', en: 'This field is required.' },
    });
  });
});

describe('structure and service schemas', () => {
  const params = {
    recevoirDonneesViaEDI: false,
    codeServiceDoitEtreRenseigne: true,
    numeroEJDoitEtreRenseigne: false,
    gestionNumeroEJOuCodeService: false,
    statutMiseEnPaiementNestPasRemonte: false,
    getaMoa: false,
    estMoaUniquement: false,
  };

  it('STR-1: the identifier type is one of the API enum', () => {
    const structure = {
      idStructureCPP: 10,
      identifiantStructure: '20007104100046',
      typeIdentifiantStructure: 'SIRET',
      typeStructure: 'PUBLIQUE',
      designationStructure: 'CC DU CHAOURCOIS ET DU VAL D ARMANCE',
      adresse: address,
      nonDiffusibleInsee: false,
      parametres: params,
      statut: 'ACTIF',
      changementsEnAttente: [],
      dateCreation: now,
      dateModification: now,
      version: 3,
    };
    expect(Structure.parse(structure).identifiantStructure).toBe('20007104100046');
    expect(fieldsOf(Structure, { ...structure, typeIdentifiantStructure: 'SIREN' })).toEqual([
      'typeIdentifiantStructure:not_allowed',
    ]);
  });

  it('STR-5: "exclusivement MOA" implies "avec MOA"', () => {
    expect(fieldsOf(StructureParameters, { ...params, estMoaUniquement: true })).toEqual([
      'getaMoa:moa_exclusive_requires_moa',
    ]);
    expect(fieldsOf(StructureParameters, { ...params, estMoaUniquement: true, getaMoa: true })).toEqual([]);
  });

  it('SRV-1: a service needs code, libellé, start date; the end is not before the start', () => {
    expect(
      fieldsOf(ServiceCreate, {
        codeService: 'FACTURES_PUBLIQUES',
        libelleService: 'Factures',
        dateDebut: '2026-01-01',
        numeroEJDoitEtreRenseigne: false,
      }),
    ).toEqual([]);
    expect(
      fieldsOf(ServiceCreate, {
        codeService: 'S1',
        libelleService: 'x',
        dateDebut: '2026-02-01',
        dateFin: '2026-01-01',
        numeroEJDoitEtreRenseigne: false,
      }),
    ).toEqual(['dateFin:end_before_start']);
  });
});

describe('rattachement, approbation schemas', () => {
  it('RAT-4: SERVICES level needs services, the comment is required, dates ordered', () => {
    const base = { idStructureCPP: 1, niveau: 'STRUCTURE', dateDebut: '2026-01-01', commentaire: 'Agent comptable' };
    expect(fieldsOf(RattachementRequest, base)).toEqual([]);
    expect(fieldsOf(RattachementRequest, { ...base, niveau: 'SERVICES' })).toEqual(['idServices:services_required']);
    expect(fieldsOf(RattachementRequest, { ...base, commentaire: '' })).toEqual(['commentaire:required']);
    expect(fieldsOf(RattachementRequest, { ...base, commentaire: 'x'.repeat(256) })).toEqual(['commentaire:too_long']);
    expect(fieldsOf(RattachementRequest, { ...base, dateFin: '2025-12-31' })).toEqual(['dateFin:end_before_start']);
  });

  it('APR-2: refusing needs a comment, approving does not', () => {
    expect(fieldsOf(ApprobationDecision, { decision: 'APPROUVE', version: 1 })).toEqual([]);
    expect(fieldsOf(ApprobationDecision, { decision: 'REFUSE', commentaire: '  ', version: 1 })).toEqual([
      'commentaire:comment_required_to_refuse',
    ]);
  });
});

describe('bank details schema', () => {
  const base = {
    nomCoordonneeBancaire: 'Compte principal',
    idStructureCPP: 1,
    pays: 'FR',
    pieceJointeId: 4,
    affactureur: false,
  };

  it('BNK-4: the RIB key is computed with the letter mapping', () => {
    expect(computeRibKey('30002', '00550', '0000157845Z')).toBe('02');
    expect(
      fieldsOf(BankDetailsCreate, {
        ...base,
        type: 'RIB',
        rib: { codeBanque: '30002', codeGuichet: '00550', numeroCompte: '0000157845Z', cleRib: '03' },
      }),
    ).toEqual(['rib.cleRib:rib_key_invalid']);
  });

  it('BNK-2/BNK-3: IBAN mod-97 and BIC format; the BIC country must match the IBAN', () => {
    expect(
      fieldsOf(BankDetailsCreate, { ...base, type: 'IBAN', iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP' }),
    ).toEqual([]);
    expect(fieldsOf(BankDetailsCreate, { ...base, type: 'IBAN', iban: 'FR7630006000011234567890188' })).toEqual([
      'iban:iban_invalid',
    ]);
    expect(
      fieldsOf(BankDetailsCreate, { ...base, type: 'IBAN', iban: 'FR7630006000011234567890189', bic: 'DEUTDEFF' }),
    ).toEqual(['bic:bic_country_mismatch']);
  });

  it('BNK-1: a factor is required when affactureur is set; the IBAN when the type is IBAN', () => {
    expect(fieldsOf(BankDetailsCreate, { ...base, type: 'IBAN', affactureur: true }).sort()).toEqual([
      'factor:factor_required',
      'iban:iban_required',
    ]);
  });
});

describe('attachment schema', () => {
  it('PJ-1/PJ-2: size at most 4 MB, an allowed extension, a name of at most 50 characters', () => {
    const pj = {
      pieceJointeId: 1,
      proprietaire: { type: 'UTILISATEUR', id: 1 },
      pieceJointeNom: 'rib.pdf',
      pieceJointeDesignation: 'RIB',
      pieceJointeTypeCode: 'RIB',
      pieceJointeExtension: 'PDF',
      pieceJointeTypeMime: 'application/pdf',
      taille: 4 * 1024 * 1024,
      dateAjout: now,
      idUtilisateurAjout: 1,
      version: 1,
    };
    expect(fieldsOf(Attachment, pj)).toEqual([]);
    expect(
      fieldsOf(Attachment, {
        ...pj,
        taille: 4 * 1024 * 1024 + 1,
        pieceJointeExtension: 'EXE',
        pieceJointeNom: 'x'.repeat(51),
      }).sort(),
    ).toEqual(['pieceJointeExtension:not_allowed', 'pieceJointeNom:too_long', 'taille:too_big']);
  });
});

describe('page, problem and error codes', () => {
  it('a page query defaults to page 1 of 20 ascending and refuses oversized pages', () => {
    expect(PageQuery.parse({})).toEqual({ page: 1, pageSize: 20, order: 'asc' });
    expect(fieldsOf(PageQuery, { pageSize: 100000 })).toEqual(['pageSize:too_big']);
  });

  it('a page envelope carries items, total, page, pageSize', () => {
    expect(pageOf(z.string()).parse({ items: ['a'], total: 1, page: 1, pageSize: 20 }).items).toEqual(['a']);
  });

  it('X-1: a problem carries a known code, the rule id and FR/EN messages', () => {
    const problem = {
      type: 'about:blank',
      title: 'Version conflict',
      status: 409,
      code: 'VERSION_CONFLICT',
      rule: 'ACC-7',
      message: { fr: 'Modifié entre-temps.', en: 'Changed meanwhile.' },
      fields: [],
    };
    expect(Problem.parse(problem).rule).toBe('ACC-7');
    expect(fieldsOf(Problem, { ...problem, code: 'TEAPOT' })).toEqual(['code:not_allowed']);
  });

  it('X-1: error codes answer with the statuses of the rules book', () => {
    expect(statusOf('INVALID')).toBe(400);
    expect(statusOf('UNAUTHENTICATED')).toBe(401);
    expect(statusOf('ACCOUNT_DEACTIVATED')).toBe(403);
    expect(statusOf('NOT_FOUND')).toBe(404);
    expect(statusOf('VERSION_CONFLICT')).toBe(409);
    expect(statusOf('TOO_LARGE')).toBe(413);
    expect(statusOf('UNSUPPORTED_TYPE')).toBe(415);
    expect(statusOf('RULE_BROKEN')).toBe(422);
    expect(statusOf('METHOD_NOT_ALLOWED')).toBe(405);
    expect(statusOf('REQUEST_TIMEOUT')).toBe(408);
    expect(statusOf('TOO_MANY_REQUESTS')).toBe(429);
    expect(statusOf('HEADERS_TOO_LARGE')).toBe(431);
    expect(
      Object.values(ERROR_STATUS).every((s) =>
        [400, 401, 403, 404, 405, 408, 409, 413, 415, 422, 429, 431, 500].includes(s),
      ),
    ).toBe(true);
  });

  it('every exported schema converts to JSON Schema (the OpenAPI document is generated from them)', () => {
    const exported = Object.entries(schemas).filter(([, v]) => v instanceof z.core.$ZodType);
    expect(exported.length).toBeGreaterThan(30);
    for (const [name, schema] of exported) {
      expect(
        () => z.toJSONSchema(schema as z.core.$ZodType, { io: 'input', unrepresentable: 'any' }),
        name,
      ).not.toThrow();
    }
  });
});
