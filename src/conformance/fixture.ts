/**
 * The conformance fixture: the data a backend must hold after `POST /api/__conformance/state`, named
 * by natural keys (logins, SIRETs, service codes) so that a backend keeps its own ids. It is the
 * mock's seed (the guides' cast, `mock-api/seed/cast.ts`); `test/node/conformance-fixture.test.ts`
 * keeps the two equal.
 */
export const FIXTURE = {
  users: {
    /** Pauline DUFOUR: GP of the Mairie de Terneuil sur Seine and of its CCAS; account initialised from MADRHAS (PIGP, ACC-8). */
    pauline: 'pauline.dufour@terneuil-sur-seine.fr',
    /** Jeane CHAOURCE: GP of the CC du Chaourcois and of the inactive Syndicat des eaux; portal account, holds a PIGP account (GP-3). */
    jeane: 'jeane.chaource@cc-chaourcois.fr',
    /** Marc LEROY: secondary manager ("Organisation modification") of the CC du Chaourcois, simple user of the Syndicat. */
    marc: 'marc.leroy@cc-chaourcois.fr',
    /** Sophie MARTIN: simple user of the Mairie; account initialised from MADRHAS (PIGP, ACC-8). */
    sophie: 'sophie.martin@terneuil-sur-seine.fr',
    /** Lucas BERNARD: simple user of the CC du Chaourcois, service FACTURES_PUBLIQUES only; portal account. */
    lucas: 'lucas.bernard@cc-chaourcois.fr',
    /** Claire PETIT: simple user of the CCAS, her request on the Mairie pending (approbation for Pauline). */
    claire: 'claire.petit@terneuil-sur-seine.fr',
    /** Nicolas ROUX: initialised from MADRHAS, first connection not completed, attached to the Mairie. */
    nicolas: 'nicolas.roux@terneuil-sur-seine.fr',
    /** Henri MOREAU: simple user of the CC du Chaourcois, account deactivated 10 days ago. */
    henri: 'henri.moreau@cc-chaourcois.fr',
    /** Denise FAURE: simple user of the Mairie, account deactivated 90 days ago. */
    denise: 'denise.faure@terneuil-sur-seine.fr',
    /** Paul DURAND: GP of the private supplier DURAND BTP, no PIGP account. */
    paul: 'paul.durand@durand-btp.fr',
  },
  /** SIRETs of the fixture's structures and of INSEE entries that are not structures. */
  sirets: {
    mairie: '21780520900012',
    ccas: '26780520800019',
    chaourcois: '20007104100046',
    durandBtp: '48329104300022',
    /** SIVOM de la vallée de l'Armance: a third active public structure to ask for (RAT-4). */
    sivom: '25100456000016',
    /** Inactive structure. */
    syndicatEaux: '25100123600016',
    /** Active in INSEE, not a structure yet. */
    freeActive: '51234567900033',
    /** Closed in INSEE. */
    closed: '39876543800047',
  },
  /** Password of every fixture account (ACC-4's policy holds for it). */
  password: 'Chorus-Pro-2026!',
  /** Service codes of the CC du Chaourcois (ANCIEN_SERVICE is inactive). */
  services: ['FACTURES_PUBLIQUES', 'FINANCES', 'VOIRIE', 'ANCIEN_SERVICE'],
} as const;

/** A user of the fixture, by first name. */
export type FixtureUser = keyof typeof FIXTURE.users;

/** The fixture's users. */
export const FIXTURE_USERS = Object.keys(FIXTURE.users) as FixtureUser[];
