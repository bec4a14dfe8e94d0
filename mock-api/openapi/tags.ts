/**
 * The description of each section tag of the OpenAPI document, with the SPEC section it documents.
 * A route's `tag` must be listed here: the generator refuses an undescribed tag, so a new section
 * cannot ship without one.
 */
export const TAG_DESCRIPTIONS: Readonly<Record<string, string>> = {
  'Mon compte':
    'The account of the authenticated user: first connection, general information, parameters, password and secret question (SPEC §1-2, ID-*, ACC-*).',
  'Désactivation du compte': 'Deactivating one’s own account and asking for its reactivation (SPEC §5, DEA-*).',
  Structures:
    'Structures the caller manages: creation, modification, activation, duplication and INSEE data (SPEC §6, STR-*).',
  Services: 'Services of a structure: creation, modification, activation (SPEC §7, SRV-*).',
  Rattachements:
    'Links between users and structures: search, requests, decisions, gestionnaire principal hand-over (SPEC §3, RAT-*).',
  Habilitations:
    'Profiles of the users of a structure on each application, and the access checks they give (SPEC §4, HAB-*).',
  Abonnements: 'Subscriptions of a user to the espaces of a structure, and the espace configuration (SPEC §4, HAB-*).',
  Approbations: 'Requests waiting for a manager’s decision, decided one by one or in bulk (SPEC §11, APR-*).',
  'Transfert du rôle de gestionnaire principal':
    'Handing the gestionnaire principal role of structures over to another user (SPEC §8, GP-*).',
  'Pièces jointes': 'The user’s attachments: upload, metadata, download and archives (SPEC §9, PJ-*).',
  'Coordonnées bancaires': 'Bank details of a structure: IBAN or RIB, the RIB file and the factor (SPEC §10, BNK-*).',
  Notifications:
    'What the invoicing side reports so that the users concerned are e-mailed: rejected invoices (SPEC §12, NOT-*).',
  Mock: 'Facilities of the mock for demos and tests (the outbox of sent e-mails); not part of a real backend’s contract.',
  Contract: 'This document.',
};
