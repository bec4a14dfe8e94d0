import type { Store } from '../store.js';

/**
 * Properties the store must keep after every accepted write, whatever the rule: tests check them
 * after writes, and the mock checks them after each write when `config.checkInvariants` is on.
 * Returns one sentence per violation (empty when the store is consistent).
 */
export function invariantViolations(store: Store): string[] {
  const violations: string[] = [];
  const principals = new Map<number, number>();
  const pendingObjects = (type: string) =>
    new Set(store.approbations.filter((a) => a.type === type && a.etat === 'DEMANDE').map((a) => a.idObjet));
  const pendingRattachements = pendingObjects('RATTACHEMENT');
  const pendingAbonnements = pendingObjects('ABONNEMENT');
  for (const r of store.rattachements.all()) {
    const where = `rattachement ${r.idRattachement}`;
    if (!store.structures.get(r.idStructureCPP))
      violations.push(`${where} points to unknown structure ${r.idStructureCPP}`);
    if (!store.users.get(r.idUtilisateur)) violations.push(`${where} points to unknown user ${r.idUtilisateur}`);
    if (r.niveau === 'STRUCTURE' && r.idServices.length > 0)
      violations.push(`${where} is at structure level but lists services`);
    if (r.niveau === 'SERVICES' && r.idServices.length === 0)
      violations.push(`${where} is at services level without services`);
    for (const idService of r.idServices) {
      if (store.services.get(idService)?.idStructureCPP !== r.idStructureCPP)
        violations.push(`${where} lists service ${idService} of another structure`);
    }
    if (r.role === 'GESTIONNAIRE_SECONDAIRE')
      violations.push(`${where} stores the derived role GESTIONNAIRE_SECONDAIRE`);
    if (r.role === 'GESTIONNAIRE_PRINCIPAL' && r.statutRattachement === 'VALIDEE') {
      if (r.niveau !== 'STRUCTURE') violations.push(`${where}: a GP is attached to the whole structure`);
      if (store.users.get(r.idUtilisateur)?.etat !== 'ACTIF')
        violations.push(`${where}: the GP's account is not active (DEA-2)`);
      principals.set(r.idStructureCPP, (principals.get(r.idStructureCPP) ?? 0) + 1);
    }
    const pending = pendingRattachements.has(r.idRattachement);
    if ((r.statutRattachement === 'EN_COURS_DE_VALIDATION') !== pending) {
      violations.push(`${where} is ${r.statutRattachement} ${pending ? 'with' : 'without'} a pending approbation`);
    }
  }
  for (const s of store.structures.all()) {
    const count = principals.get(s.idStructureCPP) ?? 0;
    if (count !== 1) violations.push(`structure ${s.idStructureCPP} has ${count} gestionnaires principaux (GP-4)`);
  }
  for (const s of store.services.all()) {
    if (!store.structures.get(s.idStructureCPP))
      violations.push(`service ${s.idService} points to unknown structure ${s.idStructureCPP}`);
  }
  for (const a of store.abonnements.all()) {
    const where = `abonnement ${a.idAbonnement}`;
    if (!store.structures.get(a.idStructureCPP))
      violations.push(`${where} points to unknown structure ${a.idStructureCPP}`);
    if (a.idService !== undefined && store.services.get(a.idService)?.idStructureCPP !== a.idStructureCPP) {
      violations.push(`${where} points to a service of another structure`);
    }
    const pending = pendingAbonnements.has(a.idAbonnement);
    if ((a.statut === 'EN_COURS_DE_VALIDATION') !== pending) {
      violations.push(`${where} is ${a.statut} ${pending ? 'with' : 'without'} a pending approbation`);
    }
  }
  for (const a of store.approbations.filter((x) => x.etat === 'DEMANDE')) {
    const object =
      a.type === 'RATTACHEMENT'
        ? store.rattachements.get(a.idObjet)?.statutRattachement
        : a.type === 'ABONNEMENT'
          ? store.abonnements.get(a.idObjet)?.statut
          : 'EN_COURS_DE_VALIDATION';
    if (object !== 'EN_COURS_DE_VALIDATION')
      violations.push(
        `pending approbation ${a.idApprobation} points to ${object ?? 'nothing'} (${a.type} ${a.idObjet})`,
      );
  }
  for (const u of store.users.all()) {
    if ((u.etat === 'INACTIF') !== (u.dateDesactivation !== undefined)) {
      violations.push(
        `user ${u.idUtilisateur} is ${u.etat} ${u.dateDesactivation ? 'with' : 'without'} a deactivation date`,
      );
    }
  }
  for (const b of store.bankDetails.all()) {
    const file = store.attachments.get(b.pieceJointeId);
    if (!store.structures.get(b.idStructureCPP))
      violations.push(`bank details ${b.idCoordonneeBancaire} point to unknown structure ${b.idStructureCPP}`);
    if (file?.proprietaire.type !== 'STRUCTURE' || file.proprietaire.id !== b.idStructureCPP) {
      violations.push(
        `bank details ${b.idCoordonneeBancaire} point to RIB file ${b.pieceJointeId}, not an attachment of their structure (BNK-1)`,
      );
    }
  }
  return violations;
}
