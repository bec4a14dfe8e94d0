import type {
  Abonnement,
  Approbation,
  InseeInfo,
  Rattachement,
  Role,
  Service,
  Structure,
  StructureType,
  UserAccount,
} from '../../src/domain/schemas/index.js';
import { DAY_MS } from '../clock.js';
import type { CredentialRecord, SessionRecord } from '../records.js';
import { defaultProfiles } from '../rules/default-profiles.js';
import { hashSecret } from '../rules/secrets.js';
import type { StoreSnapshot } from '../store.js';
import {
  abonnementRecord,
  approbationRecord,
  frenchAddress,
  rattachementRecord,
  serviceRecord,
  structureRecord,
  userRecord,
} from './builders.js';
import { frenchVatNumber, makeSiret } from './siret.js';

/** Password of every seeded account (demo only; ACC-4's policy holds for it). */
export const SEED_PASSWORD = 'Chorus-Pro-2026!';

/** Stable ids of the cast, for tests and stories. */
export const CAST = {
  users: {
    pauline: 1,
    jeane: 2,
    marc: 3,
    sophie: 4,
    lucas: 5,
    claire: 6,
    nicolas: 7,
    henri: 8,
    denise: 9,
    paul: 10,
    gilles: 11,
    klaus: 12,
  },
  structures: { mairie: 1, ccas: 2, chaourcois: 3, durandBtp: 4, syndicatEaux: 5, sivom: 6, hoheBau: 7 },
  services: { facturesPubliques: 1, finances: 2, voirie: 3, ccasAction: 4, inactive: 5 },
  sirets: {
    mairie: makeSiret('21780520', '0001'),
    ccas: makeSiret('26780520', '0001'),
    chaourcois: '20007104100046',
    durandBtp: makeSiret('48329104', '0002'),
    /** A third public structure a user of the Mairie may ask for (RAT-4 with three structures). */
    sivom: makeSiret('25100456', '0001'),
    /** An inactive structure (STR-3 activation). */
    syndicatEaux: makeSiret('25100123', '0001'),
    /** Active in INSEE, not yet a structure (STR-2 creation). */
    freeActive: makeSiret('51234567', '0003'),
    /** Closed in INSEE (STR-2 refusal). */
    closed: makeSiret('39876543', '0004'),
  },
} as const;

/** What a seed puts in the mock: a store snapshot and the INSEE register. */
export interface SeedData {
  snapshot: StoreSnapshot;
  insee: InseeInfo[];
}

/**
 * The guides' cast, dated relative to `now`: Pauline DUFOUR, GP of the Mairie de Terneuil sur Seine
 * (3 rue de Crimée) and of its CCAS; Jeane Chaource, GP of the CC du Chaourcois et du Val d'Armance
 * (SIRET 20007104100046) with services such as FACTURES_PUBLIQUES, and of the inactive Syndicat des
 * eaux du Chaourcois; Marc LEROY, its secondary manager ("Organisation modification"), also a simple user of the
 * Syndicat (so Jeane can transfer both, GP-2); simple users; Claire PETIT's pending request; Henri MOREAU,
 * deactivated 10 days ago (inside the 60 days) and Denise FAURE, 90 days ago (outside); Nicolas ROUX,
 * initialised from MADRHAS and not completed (ACC-1, RAT-6); Paul DURAND, GP of a private supplier;
 * Gilles LAMBERT, GP of the SIVOM de la vallée de l'Armance (a third public structure to ask for, RAT-4);
 * Klaus WEBER, GP of HOHE BAU GMBH in München, a supplier without SIRET (VAT number, RAT-2 criteria).
 * Accounts: Pauline, Sophie, Claire, Nicolas and Gilles were initialised from MADRHAS and authenticate
 * through the PIGP (guide 002): no password or secret question in Chorus Pro, deactivation through
 * their DGFiP referent (ACC-8). Jeane, Marc and Lucas have portal accounts (created on Chorus Pro) and
 * also hold a PIGP account, which managers of a public structure need (GP-3); Henri, Denise, Paul and
 * Klaus have portal accounts only. Every account has the password `SEED_PASSWORD` and the bearer token
 * `token-<first name>`.
 */
export function guidesCast(now: Date): SeedData {
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY_MS).toISOString();
  const created = at(400);
  const { users: u, structures: s, services: sv, sirets } = CAST;

  const mairieAddress = frenchAddress('3 rue de Crimée', '78520', 'Terneuil sur Seine');
  const chaourcoisAddress = frenchAddress("Place de l'Hôtel de Ville", '10210', 'Chaource');
  const durandAddress = frenchAddress('12 avenue des Artisans', '10000', 'Troyes');
  const sivomAddress = frenchAddress('2 rue de la Mairie', '10130', 'Ervy-le-Châtel');
  const hoheBauAddress = { adresse: 'Leopoldstraße 12', codePostal: '80802', ville: 'München', pays: 'DE' };

  const users: UserAccount[] = [
    userRecord(created, {
      idUtilisateur: u.pauline,
      login: 'pauline.dufour@terneuil-sur-seine.fr',
      nom: 'DUFOUR',
      prenom: 'Pauline',
      adresse: mairieAddress,
      telephone: '+33 1 39 00 00 01',
      origine: 'MADRHAS',
      comptePigp: true,
    }),
    userRecord(created, {
      idUtilisateur: u.jeane,
      login: 'jeane.chaource@cc-chaourcois.fr',
      nom: 'CHAOURCE',
      prenom: 'Jeane',
      adresse: chaourcoisAddress,
      origine: 'PORTAIL',
      comptePigp: true,
    }),
    userRecord(created, {
      idUtilisateur: u.marc,
      login: 'marc.leroy@cc-chaourcois.fr',
      nom: 'LEROY',
      prenom: 'Marc',
      adresse: chaourcoisAddress,
      origine: 'PORTAIL',
      comptePigp: true,
    }),
    userRecord(created, {
      idUtilisateur: u.sophie,
      login: 'sophie.martin@terneuil-sur-seine.fr',
      nom: 'MARTIN',
      prenom: 'Sophie',
      adresse: mairieAddress,
      origine: 'MADRHAS',
      comptePigp: true,
      parametres: { langue: 'EN', notificationsPeriodiques: false },
    }),
    userRecord(created, {
      idUtilisateur: u.lucas,
      login: 'lucas.bernard@cc-chaourcois.fr',
      nom: 'BERNARD',
      prenom: 'Lucas',
      adresse: chaourcoisAddress,
      origine: 'PORTAIL',
      comptePigp: true,
    }),
    userRecord(created, {
      idUtilisateur: u.claire,
      login: 'claire.petit@terneuil-sur-seine.fr',
      nom: 'PETIT',
      prenom: 'Claire',
      adresse: mairieAddress,
      origine: 'MADRHAS',
      comptePigp: true,
    }),
    userRecord(at(2), {
      idUtilisateur: u.nicolas,
      login: 'nicolas.roux@terneuil-sur-seine.fr',
      nom: 'ROUX',
      prenom: 'Nicolas',
      origine: 'MADRHAS',
      comptePigp: true,
      premiereConnexionTerminee: false,
      dateActivation: undefined,
      emailContact: undefined,
    }),
    userRecord(created, {
      idUtilisateur: u.henri,
      login: 'henri.moreau@cc-chaourcois.fr',
      nom: 'MOREAU',
      prenom: 'Henri',
      adresse: chaourcoisAddress,
      etat: 'INACTIF',
      dateDesactivation: at(10),
      dateModification: at(10),
    }),
    userRecord(created, {
      idUtilisateur: u.denise,
      login: 'denise.faure@terneuil-sur-seine.fr',
      nom: 'FAURE',
      prenom: 'Denise',
      adresse: mairieAddress,
      etat: 'INACTIF',
      dateDesactivation: at(90),
      dateModification: at(90),
    }),
    userRecord(created, {
      idUtilisateur: u.paul,
      login: 'paul.durand@durand-btp.fr',
      nom: 'DURAND',
      prenom: 'Paul',
      adresse: durandAddress,
    }),
    userRecord(created, {
      idUtilisateur: u.gilles,
      login: 'gilles.lambert@sivom-armance.fr',
      nom: 'LAMBERT',
      prenom: 'Gilles',
      adresse: sivomAddress,
      origine: 'MADRHAS',
      comptePigp: true,
    }),
    userRecord(created, {
      idUtilisateur: u.klaus,
      login: 'klaus.weber@hohebau.de',
      nom: 'WEBER',
      prenom: 'Klaus',
      adresse: hoheBauAddress,
      parametres: { langue: 'EN', notificationsPeriodiques: false },
    }),
  ];

  const structures: Structure[] = [
    structureRecord(created, {
      idStructureCPP: s.mairie,
      identifiantStructure: sirets.mairie,
      typeStructure: 'PUBLIQUE',
      designationStructure: 'COMMUNE DE TERNEUIL SUR SEINE',
      libelleStructure: 'Mairie de Terneuil sur Seine',
      adresse: mairieAddress,
      emailStructure: 'mairie@terneuil-sur-seine.fr',
      parametres: {
        recevoirDonneesViaEDI: false,
        codeServiceDoitEtreRenseigne: false,
        numeroEJDoitEtreRenseigne: true,
        gestionNumeroEJOuCodeService: false,
        statutMiseEnPaiementNestPasRemonte: false,
        getaMoa: false,
        estMoaUniquement: false,
      },
    }),
    structureRecord(created, {
      idStructureCPP: s.ccas,
      identifiantStructure: sirets.ccas,
      typeStructure: 'PUBLIQUE',
      designationStructure: "CENTRE COMMUNAL D'ACTION SOCIALE DE TERNEUIL SUR SEINE",
      libelleStructure: 'CCAS de Terneuil sur Seine',
      adresse: mairieAddress,
    }),
    structureRecord(created, {
      idStructureCPP: s.chaourcois,
      identifiantStructure: sirets.chaourcois,
      typeStructure: 'PUBLIQUE',
      designationStructure: "CC DU CHAOURCOIS ET DU VAL D'ARMANCE",
      libelleStructure: "Communauté de communes du Chaourcois et du Val d'Armance",
      adresse: chaourcoisAddress,
      parametres: {
        recevoirDonneesViaEDI: true,
        codeServiceDoitEtreRenseigne: true,
        numeroEJDoitEtreRenseigne: false,
        gestionNumeroEJOuCodeService: false,
        statutMiseEnPaiementNestPasRemonte: false,
        getaMoa: true,
        estMoaUniquement: false,
      },
    }),
    structureRecord(created, {
      idStructureCPP: s.syndicatEaux,
      identifiantStructure: sirets.syndicatEaux,
      typeStructure: 'PUBLIQUE',
      designationStructure: 'SYNDICAT DES EAUX DU CHAOURCOIS',
      adresse: chaourcoisAddress,
      statut: 'INACTIF',
    }),
    structureRecord(created, {
      idStructureCPP: s.durandBtp,
      identifiantStructure: sirets.durandBtp,
      typeStructure: 'PRIVEE',
      designationStructure: 'DURAND BTP',
      adresse: durandAddress,
      telephone: '+33 3 25 00 00 00',
      numeroRcs: `${sirets.durandBtp.slice(0, 9)} R.C.S. Troyes`,
      tvaIntracommunautaire: frenchVatNumber(sirets.durandBtp.slice(0, 9)),
    }),
    structureRecord(created, {
      idStructureCPP: s.sivom,
      identifiantStructure: sirets.sivom,
      typeStructure: 'PUBLIQUE',
      designationStructure: "SIVOM DE LA VALLÉE DE L'ARMANCE",
      libelleStructure: "Syndicat intercommunal à vocations multiples de la vallée de l'Armance",
      adresse: sivomAddress,
    }),
    structureRecord(created, {
      idStructureCPP: s.hoheBau,
      typeIdentifiantStructure: 'UE_HORS_FRANCE',
      identifiantStructure: 'DE129273398',
      typeStructure: 'PRIVEE',
      designationStructure: 'HOHE BAU GMBH',
      adresse: hoheBauAddress,
    }),
  ];

  const services: Service[] = [
    serviceRecord(created, {
      idService: sv.facturesPubliques,
      idStructureCPP: s.chaourcois,
      codeService: 'FACTURES_PUBLIQUES',
      libelleService: 'Service des factures publiques',
    }),
    serviceRecord(created, {
      idService: sv.finances,
      idStructureCPP: s.chaourcois,
      codeService: 'FINANCES',
      libelleService: 'Direction des finances',
      numeroEJDoitEtreRenseigne: true,
    }),
    serviceRecord(created, {
      idService: sv.voirie,
      idStructureCPP: s.chaourcois,
      codeService: 'VOIRIE',
      libelleService: 'Service voirie et travaux',
    }),
    serviceRecord(created, {
      idService: sv.ccasAction,
      idStructureCPP: s.ccas,
      codeService: 'ACTION_SOCIALE',
      libelleService: 'Action sociale',
    }),
    serviceRecord(created, {
      idService: sv.inactive,
      idStructureCPP: s.chaourcois,
      codeService: 'ANCIEN_SERVICE',
      libelleService: 'Ancien service',
      statut: 'INACTIF',
      dateFin: at(30).slice(0, 10),
    }),
  ];

  const rattachements: Rattachement[] = [];
  const abonnements: Abonnement[] = [];
  const typeOf = (id: number): StructureType => structures.find((x) => x.idStructureCPP === id)!.typeStructure;
  /** A validated rattachement with the default profiles of its role (RAT-10). */
  const attach = (idUtilisateur: number, idStructureCPP: number, role: Role, extra: Partial<Rattachement> = {}) => {
    rattachements.push(
      rattachementRecord(created, {
        idRattachement: rattachements.length + 1,
        idUtilisateur,
        idStructureCPP,
        role: role === 'GESTIONNAIRE_PRINCIPAL' ? role : 'UTILISATEUR',
        ...extra,
      }),
    );
    if ((extra.statutRattachement ?? 'VALIDEE') !== 'VALIDEE') return;
    const scopes = extra.niveau === 'SERVICES' ? (extra.idServices ?? []) : [undefined];
    for (const idService of scopes) {
      for (const { application, mode } of defaultProfiles(role, typeOf(idStructureCPP))) {
        abonnements.push(
          abonnementRecord(created, {
            idAbonnement: abonnements.length + 1,
            idUtilisateur,
            idStructureCPP,
            idService,
            espace: application,
            mode,
          }),
        );
      }
    }
  };
  attach(u.pauline, s.mairie, 'GESTIONNAIRE_PRINCIPAL');
  attach(u.pauline, s.ccas, 'GESTIONNAIRE_PRINCIPAL');
  attach(u.jeane, s.chaourcois, 'GESTIONNAIRE_PRINCIPAL');
  attach(u.marc, s.chaourcois, 'GESTIONNAIRE_SECONDAIRE');
  attach(u.sophie, s.mairie, 'UTILISATEUR');
  attach(u.lucas, s.chaourcois, 'UTILISATEUR', { niveau: 'SERVICES', idServices: [sv.facturesPubliques] });
  attach(u.claire, s.ccas, 'UTILISATEUR');
  attach(u.nicolas, s.mairie, 'UTILISATEUR');
  attach(u.henri, s.chaourcois, 'UTILISATEUR');
  attach(u.denise, s.mairie, 'UTILISATEUR');
  attach(u.paul, s.durandBtp, 'GESTIONNAIRE_PRINCIPAL');
  attach(u.gilles, s.sivom, 'GESTIONNAIRE_PRINCIPAL');
  attach(u.klaus, s.hoheBau, 'GESTIONNAIRE_PRINCIPAL');
  attach(u.claire, s.mairie, 'UTILISATEUR', {
    statutRattachement: 'EN_COURS_DE_VALIDATION',
    dateCreation: at(3),
    commentaire: 'Agent comptable, reprise du poste de Denise FAURE',
  });
  const pending = rattachements[rattachements.length - 1]!;
  attach(u.jeane, s.syndicatEaux, 'GESTIONNAIRE_PRINCIPAL');
  // Marc, attached since before the Syndicat was deactivated (no one can be attached to it now: RAT-4),
  // is who Jeane can hand it over to (GP-2).
  attach(u.marc, s.syndicatEaux, 'UTILISATEUR');

  const approbations: Approbation[] = [
    approbationRecord(at(3), {
      idApprobation: 1,
      type: 'RATTACHEMENT',
      idObjet: pending.idRattachement,
      idDemandeur: u.claire,
      idStructureCPP: s.mairie,
      commentaireDemande: pending.commentaire,
    }),
  ];

  const salt = 'c0ffee00c0ffee00c0ffee00c0ffee00';
  const passwordHash = hashSecret(SEED_PASSWORD, salt);
  const credentials: CredentialRecord[] = users.map((user) => ({
    idUtilisateur: user.idUtilisateur,
    sel: salt,
    motDePasseHash: passwordHash,
  }));
  const sessions: SessionRecord[] = users.map((user, index) => ({
    idSession: index + 1,
    token: `token-${user.prenom!.toLowerCase()}`,
    idUtilisateur: user.idUtilisateur,
  }));

  const insee: InseeInfo[] = [
    ...structures
      .filter((x) => x.typeIdentifiantStructure === 'SIRET')
      .map((x): InseeInfo => ({
        siret: x.identifiantStructure,
        raisonSociale: x.designationStructure,
        etatAdministratif: 'ACTIF',
        adresse: x.adresse,
        dateMiseAJour: created,
      })),
    {
      siret: sirets.freeActive,
      raisonSociale: 'ATELIERS DE LA SEINE',
      etatAdministratif: 'ACTIF',
      adresse: frenchAddress('8 quai de Seine', '78520', 'Terneuil sur Seine'),
      dateMiseAJour: created,
    },
    {
      siret: sirets.closed,
      raisonSociale: 'ANCIENNE MENUISERIE',
      etatAdministratif: 'FERME',
      adresse: frenchAddress('1 rue du Moulin', '10210', 'Chaource'),
      dateMiseAJour: at(200),
    },
  ];

  return {
    snapshot: { users, credentials, sessions, structures, services, rattachements, abonnements, approbations },
    insee,
  };
}
