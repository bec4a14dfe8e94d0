/**
 * The guides' cast as the "who am I" switcher shows it: each person of the mock's seed
 * (`mock-api/seed/cast.ts`) with what they can do on the portal. The portal stands in for the real
 * login (ID-1): choosing a person is logging in as them.
 */
import { SEED_USERS } from '../support/seed-users.js';
import type { Bilingual } from './i18n.js';

/** A person of the seed. */
export type CastKey = keyof typeof SEED_USERS;

/** A person of the cast as the switcher lists them. */
export interface CastMember {
  key: CastKey;
  login: string;
  name: string;
  /** Their role, short (in the switcher's option). */
  role: Bilingual;
  /** What they can do here (under the switcher). */
  can: Bilingual;
}

const member = (key: CastKey, name: string, role: Bilingual, can: Bilingual): CastMember => ({
  key,
  login: SEED_USERS[key],
  name,
  role,
  can,
});

/** The cast, managers first. */
export const CAST_MEMBERS: readonly CastMember[] = [
  member(
    'pauline',
    'Pauline DUFOUR',
    {
      fr: 'GP, Mairie de Terneuil sur Seine, compte PIGP',
      en: 'Main manager, Mairie de Terneuil sur Seine, PIGP account',
    },
    {
      fr: 'Gestionnaire principale (GP) de la Mairie et du CCAS de Terneuil sur Seine ; compte créé par MADRHAS, elle se connecte par le PIGP. Elle approuve la demande de rattachement de Claire PETIT et gère les utilisateurs de ses structures.',
      en: 'Main manager (GP) of the Mairie and the CCAS of Terneuil sur Seine; account created by MADRHAS, she logs in through the PIGP. She approves Claire PETIT’s rattachement request and manages her structures’ users.',
    },
  ),
  member(
    'jeane',
    'Jeane CHAOURCE',
    { fr: 'GP, CC du Chaourcois, compte du portail', en: 'Main manager, CC du Chaourcois, portal account' },
    {
      fr: 'Gestionnaire principale de la CC du Chaourcois (services, coordonnées bancaires, paramètres) et du Syndicat des eaux, inactif ; compte du portail. Elle peut transférer son rôle à Marc LEROY.',
      en: 'Main manager of the CC du Chaourcois (services, bank details, parameters) and of the inactive Syndicat des eaux; portal account. She can hand her role over to Marc LEROY.',
    },
  ),
  member(
    'marc',
    'Marc LEROY',
    { fr: 'GS, CC du Chaourcois', en: 'Secondary manager, CC du Chaourcois' },
    {
      fr: 'Gestionnaire secondaire (GS) de la CC du Chaourcois, utilisateur simple du Syndicat des eaux.',
      en: 'Secondary manager (GS) of the CC du Chaourcois, simple user of the Syndicat des eaux.',
    },
  ),
  member(
    'gilles',
    'Gilles LAMBERT',
    { fr: 'GP, SIVOM de la vallée de l’Armance', en: 'Main manager, SIVOM de la vallée de l’Armance' },
    {
      fr: 'Gestionnaire principal du SIVOM, une troisième structure publique à laquelle demander un rattachement.',
      en: 'Main manager of the SIVOM, a third public structure to request a rattachement to.',
    },
  ),
  member(
    'sophie',
    'Sophie MARTIN',
    { fr: 'utilisatrice, Mairie de Terneuil sur Seine', en: 'user, Mairie de Terneuil sur Seine' },
    {
      fr: 'Utilisatrice simple de la Mairie de Terneuil sur Seine ; elle consulte la fiche de sa structure. Sa langue enregistrée est l’anglais : le portail passe en anglais pour elle.',
      en: 'Simple user of the Mairie de Terneuil sur Seine; she views her structure’s record. Her saved language is English: the portal switches to English for her.',
    },
  ),
  member(
    'lucas',
    'Lucas BERNARD',
    { fr: 'utilisateur d’un service, CC du Chaourcois', en: 'user of one service, CC du Chaourcois' },
    {
      fr: 'Rattaché au seul service FACTURES_PUBLIQUES de la CC du Chaourcois ; il demande des abonnements à des espaces.',
      en: 'Attached to the FACTURES_PUBLIQUES service of the CC du Chaourcois only; he requests subscriptions to espaces.',
    },
  ),
  member(
    'claire',
    'Claire PETIT',
    { fr: 'utilisatrice, CCAS, demande en cours', en: 'user, CCAS, request pending' },
    {
      fr: 'Utilisatrice du CCAS ; sa demande de rattachement à la Mairie attend l’approbation de Pauline DUFOUR.',
      en: 'User of the CCAS; her rattachement request to the Mairie waits for Pauline DUFOUR’s approval.',
    },
  ),
  member(
    'nicolas',
    'Nicolas ROUX',
    { fr: 'première connexion', en: 'first connection' },
    {
      fr: 'Compte initialisé par MADRHAS, jamais complété : à sa première connexion il vérifie ses informations et son adresse.',
      en: 'Account initialised by MADRHAS, never completed: at his first connection he checks his information and address.',
    },
  ),
  member(
    'henri',
    'Henri MOREAU',
    { fr: 'désactivé il y a 10 jours', en: 'deactivated 10 days ago' },
    {
      fr: 'Compte désactivé il y a 10 jours : il peut demander un lien de réactivation, reçu dans sa boîte mail (valable dans les 60 jours).',
      en: 'Account deactivated 10 days ago: he can request a reactivation link, received in his mailbox (within 60 days).',
    },
  ),
  member(
    'denise',
    'Denise FAURE',
    { fr: 'désactivée il y a 90 jours', en: 'deactivated 90 days ago' },
    {
      fr: 'Compte désactivé il y a 90 jours, au-delà des 60 jours : seule une sollicitation au support peut le réactiver.',
      en: 'Account deactivated 90 days ago, beyond the 60 days: only a support request can reactivate it.',
    },
  ),
  member(
    'paul',
    'Paul DURAND',
    { fr: 'GP d’un fournisseur privé', en: 'main manager of a private supplier' },
    {
      fr: 'Gestionnaire principal de DURAND BTP, entreprise privée : RCS, TVA intracommunautaire, coordonnées bancaires.',
      en: 'Main manager of DURAND BTP, a private company: RCS, VAT number, bank details.',
    },
  ),
  member(
    'klaus',
    'Klaus WEBER',
    { fr: 'GP d’un fournisseur allemand', en: 'main manager of a German supplier' },
    {
      fr: 'Gestionnaire principal de HOHE BAU GMBH à Munich, sans SIRET (numéro de TVA) ; langue enregistrée : anglais.',
      en: 'Main manager of HOHE BAU GMBH in Munich, no SIRET (VAT number); saved language: English.',
    },
  ),
];

/** The member with `login`, or the first of the cast. */
export const memberOf = (login: string): CastMember => CAST_MEMBERS.find((m) => m.login === login) ?? CAST_MEMBERS[0]!;
