import type {
  Bilingual,
  InvoiceRejection,
  InvoiceRejectionNotice,
  OutboxEmail,
  UserAccount,
} from '../../src/domain/schemas/index.js';
import { DAY_MS } from '../clock.js';
import type { Store } from '../store.js';
import { isManager } from './access.js';
import { todayIso, type MockEnv, type RuleContext } from './context.js';
import { notFound, refuse } from './errors.js';
import { notifyUser, recipientsOf, type Audience } from './notify.js';

/**
 * Notifications of SPEC §12, as engine entry points run with the clock: the daily e-mail of new
 * events and the weekly summary of movements (NOT-1), the rejected-invoice notification (NOT-2).
 * Recipients follow NOT-3 (`notify.ts`); every e-mail lands in the outbox (NOT-4).
 */

const STRUCTURE = { fr: 'Structure', en: 'Structure' };
const SERVICE = { fr: 'Service', en: 'Service' };

/** Something that happened on a structure, as a digest lists it. */
interface Movement {
  date: string;
  text: Bilingual;
  /** Only the structure's managers are told (requests to decide, members, bank details). */
  managersOnly: boolean;
}

const within = (date: string | undefined, from: number, to: number): boolean => {
  if (date === undefined) return false;
  const t = new Date(date).getTime();
  return t > from && t <= to;
};

const nameOf = (store: Store, idUtilisateur: number): string => {
  const user = store.users.get(idUtilisateur);
  return user ? `${user.prenom ?? ''} ${user.nom ?? user.login}`.trim() : `#${idUtilisateur}`;
};

/** The movements of one structure in the window (from, to]: read from the records' own dates. */
function movementsOf(store: Store, idStructureCPP: number, from: number, to: number): Movement[] {
  const movements: Movement[] = [];
  const structure = store.structures.get(idStructureCPP)!;
  if (within(structure.dateModification, from, to) && structure.dateModification !== structure.dateCreation) {
    movements.push({
      date: structure.dateModification,
      managersOnly: false,
      text: { fr: 'La structure a été modifiée.', en: 'The structure was modified.' },
    });
  }
  for (const s of store.services.filter(
    (x) => x.idStructureCPP === idStructureCPP && within(x.dateModification, from, to),
  )) {
    const created = s.dateCreation === s.dateModification;
    movements.push({
      date: s.dateModification,
      managersOnly: false,
      text: created
        ? { fr: `Service ${s.codeService} créé.`, en: `Service ${s.codeService} created.` }
        : { fr: `Service ${s.codeService} modifié.`, en: `Service ${s.codeService} modified.` },
    });
  }
  for (const r of store.rattachements.filter(
    (x) =>
      x.idStructureCPP === idStructureCPP &&
      x.statutRattachement !== 'EN_COURS_DE_VALIDATION' &&
      within(x.dateModification, from, to),
  )) {
    movements.push({
      date: r.dateModification,
      managersOnly: true,
      text: {
        fr: `Rattachement de ${nameOf(store, r.idUtilisateur)} : ${r.statutRattachement}.`,
        en: `Rattachement of ${nameOf(store, r.idUtilisateur)}: ${r.statutRattachement}.`,
      },
    });
  }
  for (const a of store.approbations.filter(
    (x) => x.idStructureCPP === idStructureCPP && x.etat === 'DEMANDE' && within(x.dateCreation, from, to),
  )) {
    movements.push({
      date: a.dateCreation,
      managersOnly: true,
      text: {
        fr: `Demande de ${nameOf(store, a.idDemandeur)} à traiter (${a.type}).`,
        en: `Request of ${nameOf(store, a.idDemandeur)} to decide (${a.type}).`,
      },
    });
  }
  for (const b of store.bankDetails.filter(
    (x) => x.idStructureCPP === idStructureCPP && within(x.dateModification, from, to),
  )) {
    movements.push({
      date: b.dateModification,
      managersOnly: true,
      text: {
        fr: `Coordonnées bancaires « ${b.nomCoordonneeBancaire} » enregistrées.`,
        en: `Bank details "${b.nomCoordonneeBancaire}" recorded.`,
      },
    });
  }
  for (const p of store.attachments.filter(
    (x) => x.proprietaire.type === 'STRUCTURE' && x.proprietaire.id === idStructureCPP && within(x.dateAjout, from, to),
  )) {
    movements.push({
      date: p.dateAjout,
      managersOnly: false,
      text: {
        fr: `Pièce jointe « ${p.pieceJointeDesignation} » ajoutée.`,
        en: `Attachment "${p.pieceJointeDesignation}" added.`,
      },
    });
  }
  return movements.sort((a, b) => a.date.localeCompare(b.date));
}

const frDate = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** Sends each concerned user one e-mail listing the movements of his structures in the window (NOT-1, NOT-3). */
function runDigest(env: Pick<MockEnv, 'store' | 'clock'>, now: Date, days: number, title: Bilingual): OutboxEmail[] {
  const { store } = env;
  const to = now.getTime();
  const from = to - days * DAY_MS;
  const today = now.toISOString().slice(0, 10);
  const perUser = new Map<number, { user: UserAccount; lines: { fr: string[]; en: string[] } }>();
  for (const structure of store.structures.all()) {
    const movements = movementsOf(store, structure.idStructureCPP, from, to);
    if (movements.length === 0) continue;
    const audience: Audience = { idStructureCPP: structure.idStructureCPP };
    for (const user of recipientsOf(store, today, audience)) {
      if (!user.parametres.notificationsPeriodiques) continue;
      const manager = isManager(store, user.idUtilisateur, structure.idStructureCPP, today);
      const seen = movements.filter((m) => manager || !m.managersOnly);
      if (seen.length === 0) continue;
      const entry = perUser.get(user.idUtilisateur) ?? { user, lines: { fr: [], en: [] } };
      entry.lines.fr.push(
        `${structure.designationStructure} :`,
        ...seen.map((m) => `- ${frDate(m.date)} ${m.text.fr}`),
      );
      entry.lines.en.push(
        `${structure.designationStructure}:`,
        ...seen.map((m) => `- ${m.date.slice(0, 10)} ${m.text.en}`),
      );
      perUser.set(user.idUtilisateur, entry);
    }
  }
  const sujet = { fr: `${title.fr} du ${frDate(today)}`, en: `${title.en} of ${today}` };
  const sent: OutboxEmail[] = [];
  for (const { user, lines } of perUser.values()) {
    // Run twice for the same day (a restarted scheduler), it sends nothing more.
    if (
      store.outbox.find((e) => e.idUtilisateur === user.idUtilisateur && (e.sujet === sujet.fr || e.sujet === sujet.en))
    )
      continue;
    sent.push(notifyUser(env, user, { sujet, corps: { fr: lines.fr.join('\n'), en: lines.en.join('\n') } }));
  }
  return sent;
}

/**
 * NOT-1: the daily e-mail of the last 24 hours' events on each user's structures, to the active users
 * with notifications on (NOT-3), in their language; nothing when nothing happened; once per day.
 */
export const runDailyDigest = (env: Pick<MockEnv, 'store' | 'clock'>, now: Date = env.clock.now()): OutboxEmail[] =>
  runDigest(env, now, 1, { fr: 'Chorus Pro : vos nouveaux événements', en: 'Chorus Pro: your new events' });

/** NOT-1: the weekly summary of the last 7 days' movements on each user's structures, as the daily e-mail. */
export const runWeeklySummary = (env: Pick<MockEnv, 'store' | 'clock'>, now: Date = env.clock.now()): OutboxEmail[] =>
  runDigest(env, now, 7, { fr: 'Chorus Pro : récapitulatif hebdomadaire', en: 'Chorus Pro: weekly summary' });

/** A rejected invoice (NOT-2): the structure (and service) it was sent from, its number and the reason. */
export interface RejectedInvoice {
  idStructureCPP: number;
  idService?: number;
  numeroFacture: string;
  motif: string;
}

/**
 * NOT-2: a rejected invoice is notified at once to the users concerned by the supplier's issued
 * invoices (managers, simple users subscribed to "Factures émises" on the structure or its service,
 * NOT-3), asking them to acknowledge it in the portal; whatever their periodic setting.
 */
export function notifyRejectedInvoice(env: Pick<MockEnv, 'store' | 'clock'>, invoice: RejectedInvoice): OutboxEmail[] {
  const today = env.clock.now().toISOString().slice(0, 10);
  const audience: Audience = {
    idStructureCPP: invoice.idStructureCPP,
    idService: invoice.idService,
    espace: 'FACTURES_EMISES',
  };
  return recipientsOf(env.store, today, audience).map((user) =>
    notifyUser(env, user, {
      sujet: { fr: `Facture ${invoice.numeroFacture} rejetée`, en: `Invoice ${invoice.numeroFacture} rejected` },
      corps: {
        fr: `La facture ${invoice.numeroFacture} a été rejetée : ${invoice.motif}\nConnectez-vous au portail pour prendre connaissance du rejet.`,
        en: `Invoice ${invoice.numeroFacture} was rejected: ${invoice.motif}\nLog in to the portal to acknowledge the rejection.`,
      },
      lien: `/factures-emises/${encodeURIComponent(invoice.numeroFacture)}`,
    }),
  );
}

/**
 * NOT-2 as a call of the invoicing side: a user of the public structure that received the invoice,
 * concerned by its received invoices (its GP or GS, or a simple user subscribed to "Factures reçues",
 * NOT-3), reports that he rejected it; the supplier's users concerned are notified at once. Anyone
 * else is refused (403, X-2); an unknown structure or a service of another structure is not found.
 */
export function reportInvoiceRejection(ctx: RuleContext, report: InvoiceRejection): InvoiceRejectionNotice {
  const { store } = ctx;
  const today = todayIso(ctx);
  if (!store.structures.get(report.idStructureDestinataire)) throw notFound(STRUCTURE);
  const mayReport = recipientsOf(store, today, {
    idStructureCPP: report.idStructureDestinataire,
    espace: 'FACTURES_RECUES',
  }).some((u) => u.idUtilisateur === ctx.caller.idUtilisateur);
  if (!mayReport) {
    throw refuse('FORBIDDEN', 'NOT-2', {
      fr: 'Seuls les utilisateurs de la structure destinataire qui traitent ses factures reçues signalent un rejet.',
      en: 'Only users of the receiving structure who handle its received invoices report a rejection.',
    });
  }
  if (!store.structures.get(report.idStructureCPP)) throw notFound(STRUCTURE);
  if (report.idService !== undefined && store.services.get(report.idService)?.idStructureCPP !== report.idStructureCPP)
    throw notFound(SERVICE);
  return store.transaction(() => {
    const sent = notifyRejectedInvoice(ctx, report);
    return { numeroFacture: report.numeroFacture, notifies: sent.length };
  });
}
