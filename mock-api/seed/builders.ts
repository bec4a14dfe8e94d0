import type {
  Abonnement,
  AccessMode,
  Application,
  Approbation,
  PostalAddress,
  Rattachement,
  Service,
  Structure,
  StructureParameters,
  UserAccount,
} from '../../src/domain/schemas/index.js';

/**
 * Record builders with the defaults of a fresh, consistent record (version 1, no pending change):
 * seeds and tests state only what matters to their story.
 */

/** Parameters of a structure with every flag off. */
export const noParameters: StructureParameters = {
  recevoirDonneesViaEDI: false,
  codeServiceDoitEtreRenseigne: false,
  numeroEJDoitEtreRenseigne: false,
  gestionNumeroEJOuCodeService: false,
  statutMiseEnPaiementNestPasRemonte: false,
  getaMoa: false,
  estMoaUniquement: false,
};

/** A user account, active and completed unless said otherwise. */
export const userRecord = (
  at: string,
  fields: Pick<UserAccount, 'idUtilisateur' | 'login'> & Partial<UserAccount>,
): UserAccount => ({
  parametres: { langue: 'FR', notificationsPeriodiques: true },
  etat: 'ACTIF',
  origine: 'PORTAIL',
  comptePigp: false,
  premiereConnexionTerminee: true,
  dateCreation: at,
  dateActivation: at,
  dateModification: at,
  version: 1,
  emailContact: fields.login,
  ...fields,
});

/** An active structure. */
export const structureRecord = (
  at: string,
  fields: Pick<
    Structure,
    'idStructureCPP' | 'identifiantStructure' | 'typeStructure' | 'designationStructure' | 'adresse'
  > &
    Partial<Structure>,
): Structure => ({
  typeIdentifiantStructure: 'SIRET',
  nonDiffusibleInsee: false,
  parametres: noParameters,
  statut: 'ACTIF',
  changementsEnAttente: [],
  dateCreation: at,
  dateModification: at,
  version: 1,
  ...fields,
});

/** An active service. */
export const serviceRecord = (
  at: string,
  fields: Pick<Service, 'idService' | 'idStructureCPP' | 'codeService' | 'libelleService'> & Partial<Service>,
): Service => ({
  dateDebut: at.slice(0, 10),
  numeroEJDoitEtreRenseigne: false,
  statut: 'ACTIF',
  changementsEnAttente: [],
  dateCreation: at,
  dateModification: at,
  version: 1,
  ...fields,
});

/** A validated rattachement of a simple user to the whole structure. */
export const rattachementRecord = (
  at: string,
  fields: Pick<Rattachement, 'idRattachement' | 'idUtilisateur' | 'idStructureCPP'> & Partial<Rattachement>,
): Rattachement => ({
  niveau: 'STRUCTURE',
  idServices: [],
  dateDebut: at.slice(0, 10),
  statutRattachement: 'VALIDEE',
  role: 'UTILISATEUR',
  dateCreation: at,
  dateModification: at,
  version: 1,
  ...fields,
});

/** A held (VALIDE) abonnement. */
export const abonnementRecord = (
  at: string,
  fields: Pick<Abonnement, 'idAbonnement' | 'idUtilisateur' | 'idStructureCPP'> & {
    espace: Application;
    mode: AccessMode;
  } & Partial<Abonnement>,
): Abonnement => ({
  statut: 'VALIDE',
  dateEffet: at.slice(0, 10),
  dateCreation: at,
  version: 1,
  ...fields,
});

/** A pending approbation. */
export const approbationRecord = (
  at: string,
  fields: Pick<Approbation, 'idApprobation' | 'type' | 'idObjet' | 'idDemandeur' | 'idStructureCPP'> &
    Partial<Approbation>,
): Approbation => ({ etat: 'DEMANDE', dateCreation: at, version: 1, ...fields });

/** A French postal address. */
export const frenchAddress = (adresse: string, codePostal: string, ville: string): PostalAddress => ({
  adresse,
  codePostal,
  ville,
  pays: 'FR',
});
