import type { UserAccount } from '../../src/domain/schemas/index.js';
import type { MockEnv } from './context.js';
import { notifyUser } from './notify.js';

/** One structure handed over: which, and to whom. */
export interface HandedOver {
  idStructureCPP: number;
  idNouveauGestionnaire: number;
}

const fullName = (u: UserAccount): string => `${u.prenom ?? ''} ${u.nom ?? ''}`.trim() || u.login;

/**
 * GP-5, NOT-4: after a hand-over (GP transfer, leaving under RAT-7, deactivation under DEA-2), the
 * former GP is told what he handed over and each new GP what he received, one e-mail each, in the
 * recipient's language (ACC-6).
 */
export function mailHandOver(env: Pick<MockEnv, 'store' | 'clock'>, former: UserAccount, handed: HandedOver[]): void {
  const { store } = env;
  const name = (id: number) => store.structures.get(id)!.designationStructure;
  const user = (id: number) => store.users.get(id)!;
  const lines = handed
    .map((h) => `- ${name(h.idStructureCPP)} → ${fullName(user(h.idNouveauGestionnaire))}`)
    .join('\n');
  notifyUser(env, former, {
    sujet: { fr: 'Transfert du rôle de gestionnaire principal', en: 'Main manager role transferred' },
    corps: {
      fr: `Bonjour ${fullName(former)},\n\nVous avez transféré le rôle de gestionnaire principal ; vous restez rattaché(e) en simple utilisateur.\n\n${lines}`,
      en: `Hello ${fullName(former)},\n\nYou transferred the main manager role; you stay attached as a simple user.\n\n${lines}`,
    },
  });
  for (const idNouveau of new Set(handed.map((h) => h.idNouveauGestionnaire))) {
    const received = handed
      .filter((h) => h.idNouveauGestionnaire === idNouveau)
      .map((h) => `- ${name(h.idStructureCPP)}`)
      .join('\n');
    const successor = user(idNouveau);
    notifyUser(env, successor, {
      sujet: { fr: 'Vous êtes gestionnaire principal', en: 'You are the main manager' },
      corps: {
        fr: `Bonjour ${fullName(successor)},\n\n${fullName(former)} vous a confié le rôle de gestionnaire principal de :\n\n${received}`,
        en: `Hello ${fullName(successor)},\n\n${fullName(former)} made you the main manager of:\n\n${received}`,
      },
    });
  }
}
