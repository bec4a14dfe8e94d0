import type { Approbation } from '../../src/domain/schemas/index.js';
import type { Store } from '../store.js';
import { isManager } from './access.js';
import { approbationNumber } from './approbation-number.js';
import { todayIso, type MockEnv } from './context.js';
import { notifyUser } from './notify.js';

/**
 * The e-mails of requests and decisions (NOT-4, NOT-3): a new request tells the structure's active
 * managers; a decision tells the demandeur. Sent to the contact address, or the login id without one,
 * in the recipient's language (ACC-6), each quoting the request's number as the inbox shows it (APR-1).
 */

const WHAT: Record<Approbation['type'], { fr: string; en: string }> = {
  RATTACHEMENT: { fr: 'rattachement', en: 'rattachement' },
  ABONNEMENT: { fr: 'abonnement à un espace', en: 'space subscription' },
  HABILITATION: { fr: 'habilitation', en: 'habilitation' },
};

const requestOf = (store: Store, a: Approbation): { fr: string; en: string } => {
  const structure = store.structures.get(a.idStructureCPP)!.designationStructure;
  const espace = a.espace ? ` (${a.espace})` : '';
  return { fr: `${WHAT[a.type].fr}${espace} à ${structure}`, en: `${WHAT[a.type].en}${espace} to ${structure}` };
};

/** Tells the structure's active managers (GP and "Organisation modification" holders) that a request waits (RAT-5, HAB-8). */
export function mailManagers(env: Pick<MockEnv, 'store' | 'clock'>, a: Approbation): void {
  const { store } = env;
  const demandeur = store.users.get(a.idDemandeur)!;
  const what = requestOf(store, a);
  const numero = approbationNumber(a.idApprobation);
  const managers = new Set(
    store.rattachements
      .filter((r) => r.idStructureCPP === a.idStructureCPP && r.statutRattachement === 'VALIDEE')
      .map((r) => r.idUtilisateur),
  );
  for (const id of managers) {
    const manager = store.users.get(id);
    if (
      !manager ||
      manager.etat !== 'ACTIF' ||
      id === a.idDemandeur ||
      !isManager(store, id, a.idStructureCPP, todayIso(env))
    )
      continue;
    const name = `${demandeur.prenom ?? ''} ${demandeur.nom ?? demandeur.login}`;
    notifyUser(env, manager, {
      sujet: { fr: `Demande ${numero} à approuver`, en: `Request ${numero} to approve` },
      corps: {
        fr: `${name} demande un ${what.fr}. Décidez-en dans vos approbations.`,
        en: `${name} requests a ${what.en}. Decide it in your approvals.`,
      },
      lien: `/approbations/${a.idApprobation}`,
    });
  }
}

/** Tells the demandeur of the decision on his request, with the manager's comment (APR-2). */
export function mailDecision(env: Pick<MockEnv, 'store' | 'clock'>, a: Approbation): void {
  const demandeur = env.store.users.get(a.idDemandeur);
  if (!demandeur || demandeur.etat !== 'ACTIF') return;
  const what = requestOf(env.store, a);
  const approved = a.etat === 'APPROUVE';
  const numero = approbationNumber(a.idApprobation);
  const comment = a.commentaireDecision ? `\n« ${a.commentaireDecision} »` : '';
  notifyUser(env, demandeur, {
    sujet: approved
      ? { fr: `Demande ${numero} approuvée`, en: `Request ${numero} approved` }
      : { fr: `Demande ${numero} refusée`, en: `Request ${numero} refused` },
    corps: {
      fr: `Votre demande ${numero} de ${what.fr} a été ${approved ? 'approuvée' : 'refusée'}.${comment}`,
      en: `Your request ${numero} for a ${what.en} was ${approved ? 'approved' : 'refused'}.${comment}`,
    },
  });
}
