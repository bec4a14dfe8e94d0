import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../mock-api/clock.js';
import { notifyRejectedInvoice, runDailyDigest, runWeeklySummary } from '../../mock-api/rules/notifications.js';
import { CAST } from '../../mock-api/seed/index.js';
import { createOutboxClient } from '../../src/client/index.js';
import { BASE_URL, refusal, useMock } from './support/mock.js';

const mock = useMock();
const { chaourcois, mairie } = CAST.structures;
const env = () => mock.app.env;
const recipients = (emails: { destinataire: string }[]) => emails.map((e) => e.destinataire.split('@')[0]).sort();

describe('NOT-2 / NOT-3 rejected invoice notification', () => {
  it('NOT-2: managers and simple users subscribed to "Factures émises" on the service are asked to acknowledge it; deactivated accounts get nothing', async () => {
    const sent = notifyRejectedInvoice(env(), {
      idStructureCPP: chaourcois,
      idService: CAST.services.facturesPubliques,
      numeroFacture: 'F-2026-001',
      motif: 'Numéro d’engagement absent',
    });
    expect(recipients(sent)).toEqual(['jeane.chaource', 'lucas.bernard', 'marc.leroy']);
    expect(sent[0]!.sujet).toBe('Facture F-2026-001 rejetée');
    expect(sent[0]!.corps).toContain('Connectez-vous au portail pour prendre connaissance du rejet');
    expect(sent[0]!.lien).toBe('/factures-emises/F-2026-001');
    const page = await createOutboxClient({ baseUrl: BASE_URL, getToken: () => 'token-lucas' }).listOutbox({
      destinataire: 'lucas.bernard',
    });
    expect(page.items.map((e) => e.sujet)).toEqual(['Facture F-2026-001 rejetée']);
  });

  it('NOT-3: a simple user without the abonnement, or attached to other services, is not told', () => {
    const other = notifyRejectedInvoice(env(), {
      idStructureCPP: chaourcois,
      idService: CAST.services.finances,
      numeroFacture: 'F-2',
      motif: 'x',
    });
    expect(recipients(other)).toEqual(['jeane.chaource', 'marc.leroy']);
    for (const a of mock.store.abonnements.filter(
      (x) => x.idUtilisateur === CAST.users.lucas && x.espace === 'FACTURES_EMISES',
    ))
      mock.store.abonnements.delete(a.idAbonnement);
    const without = notifyRejectedInvoice(env(), {
      idStructureCPP: chaourcois,
      idService: CAST.services.facturesPubliques,
      numeroFacture: 'F-3',
      motif: 'x',
    });
    expect(recipients(without)).toEqual(['jeane.chaource', 'marc.leroy']);
  });

  it('NOT-2: it is sent whatever the periodic setting, in the user’s language, to the contact address', () => {
    const sent = notifyRejectedInvoice(env(), {
      idStructureCPP: mairie,
      numeroFacture: 'M-7',
      motif: 'Montant erroné',
    });
    const sophie = sent.find((e) => e.idUtilisateur === CAST.users.sophie)!;
    expect(sophie).toMatchObject({
      destinataire: 'sophie.martin@terneuil-sur-seine.fr',
      sujet: 'Invoice M-7 rejected',
    });
    expect(sent.some((e) => e.idUtilisateur === CAST.users.denise)).toBe(false);
  });
});

describe('NOT-2 reported by the invoicing side over HTTP (reportInvoiceRejection)', () => {
  const rejection = {
    idStructureDestinataire: mairie,
    idStructureCPP: chaourcois,
    idService: CAST.services.facturesPubliques,
    numeroFacture: 'F-2026-12',
    motif: 'Bon de commande absent',
  };
  const subjects = async (who: 'jeane' | 'sophie') =>
    (
      await createOutboxClient({ baseUrl: BASE_URL, getToken: () => `token-${who}`, retryDelayMs: 0 }).listOutbox()
    ).items.map((e) => e.sujet);

  it('NOT-2: Pauline, GP of the receiving Mairie, reports it; the supplier’s users concerned get it at once, once even when retried', async () => {
    const options = { idempotencyKey: '5f7a8c1e-2b3d-4e5f-8a9b-0c1d2e3f4a5b' };
    const notice = await mock.clientAs('pauline').reportInvoiceRejection(rejection, options);
    expect(notice.numeroFacture).toBe('F-2026-12');
    expect(notice.notifies).toBeGreaterThan(0);
    expect(await subjects('jeane')).toEqual(['Facture F-2026-12 rejetée']);
    expect(await mock.clientAs('pauline').reportInvoiceRejection(rejection, options)).toEqual(notice);
    expect(await subjects('jeane')).toEqual(['Facture F-2026-12 rejetée']);
  });

  it('NOT-2 / X-2: a user who does not handle the receiving structure’s invoices is refused; nothing is sent', async () => {
    await refusal(mock.clientAs('jeane').reportInvoiceRejection(rejection), 'FORBIDDEN', 'NOT-2');
    await refusal(
      mock.clientAs('pauline').reportInvoiceRejection({ ...rejection, idService: CAST.services.ccasAction }),
      'NOT_FOUND',
    );
    expect(await subjects('jeane')).toEqual([]);
  });
});

describe('NOT-1 daily e-mail and weekly summary', () => {
  const attachToChaourcois = async () => {
    const bytes = new Uint8Array(32);
    bytes.set(strToU8('%PDF-1.7\n', true));
    await mock.clientAs('jeane').uploadAttachment({
      idStructureCPP: chaourcois,
      file: new File([bytes], 'deliberation.pdf'),
      pieceJointeDesignation: 'Délibération du conseil',
      pieceJointeTypeCode: 'AUTRE',
    });
  };

  it('NOT-1: the day’s events on his structures reach each active user with notifications on, once', async () => {
    await attachToChaourcois();
    mock.clock.advance(60 * 60 * 1000);
    const sent = runDailyDigest(env());
    expect(recipients(sent)).toEqual(['jeane.chaource', 'lucas.bernard', 'marc.leroy']);
    const jeane = sent.find((e) => e.idUtilisateur === CAST.users.jeane)!;
    expect(jeane.sujet).toBe('Chorus Pro : vos nouveaux événements du 02/03/2026');
    expect(jeane.corps).toContain('Pièce jointe « Délibération du conseil » ajoutée.');
    expect(runDailyDigest(env())).toEqual([]);
  });

  it('NOT-1: notifications off, a deactivated account or nothing new: no e-mail', async () => {
    mock.store.users.update(CAST.users.marc, { parametres: { langue: 'FR', notificationsPeriodiques: false } });
    await attachToChaourcois();
    expect(recipients(runDailyDigest(env(), new Date(mock.clock.now().getTime() + 1000)))).toEqual([
      'jeane.chaource',
      'lucas.bernard',
    ]);
    expect(runDailyDigest(env(), new Date(mock.clock.now().getTime() + 2 * DAY_MS))).toEqual([]);
  });

  it('NOT-1: the weekly summary lists the week’s movements; requests to decide only to the managers', () => {
    const sent = runWeeklySummary(env());
    const pauline = sent.find((e) => e.idUtilisateur === CAST.users.pauline)!;
    expect(pauline.sujet).toBe('Chorus Pro : récapitulatif hebdomadaire du 02/03/2026');
    expect(pauline.corps).toContain('Demande de Claire PETIT à traiter (RATTACHEMENT).');
    expect(
      sent.some(
        (e) =>
          e.idUtilisateur === CAST.users.sophie ||
          e.idUtilisateur === CAST.users.nicolas ||
          e.idUtilisateur === CAST.users.denise,
      ),
    ).toBe(false);
  });
});

describe('NOT-1 digests run when the mock’s clock passes their time (06:00 UTC; weekly on Mondays)', () => {
  const HOUR = 60 * 60 * 1000;
  const outboxOf = (who: 'jeane' | 'henri') =>
    createOutboxClient({ baseUrl: BASE_URL, getToken: () => `token-${who}`, retryDelayMs: 0 })
      .listOutbox({ pageSize: 100 })
      .then((page) => page.items.map((e) => e.sujet));
  const daily = (date: string) => `Chorus Pro : vos nouveaux événements du ${date}`;
  const weekly = (date: string) => `Chorus Pro : récapitulatif hebdomadaire du ${date}`;

  // T0 is Monday 2 March 2026 09:00 UTC; Jeane adds a pièce jointe to her structure.
  const addAttachment = () =>
    mock.clientAs('jeane').uploadAttachment({
      idStructureCPP: chaourcois,
      file: new File([strToU8('%PDF-1.7\n' + ' '.repeat(32), true)], 'deliberation.pdf'),
      pieceJointeDesignation: 'Délibération du conseil',
      pieceJointeTypeCode: 'AUTRE',
    });

  it('NOT-1: an event on Monday reaches Jeane’s outbox once, after Tuesday 06:00, and not before', async () => {
    await addAttachment();
    mock.clock.advance(20 * HOUR); // Tuesday 05:00
    expect(await outboxOf('jeane')).not.toContain(daily('03/03/2026'));
    mock.clock.advance(2 * HOUR); // Tuesday 07:00
    expect((await outboxOf('jeane')).filter((s) => s === daily('03/03/2026'))).toHaveLength(1);
    expect((await outboxOf('jeane')).filter((s) => s === daily('03/03/2026'))).toHaveLength(1);
  });

  it('NOT-1: a clock moved a week ahead delivers the weekly summary of Monday 9 March; a deactivated account gets nothing', async () => {
    await addAttachment(); // the engine schedules its jobs the first time it serves a request
    mock.clock.advance(7 * 24 * HOUR); // Monday 9 March 09:00
    expect(await outboxOf('jeane')).toContain(weekly('09/03/2026'));
    expect(await outboxOf('henri')).not.toContain(weekly('09/03/2026'));
  });
});

describe('NOT-4 outbox', () => {
  it('NOT-4 / X-3: the outbox lists the caller’s e-mails (to, subject, body, time), newest first, and exports to CSV', async () => {
    notifyRejectedInvoice(env(), {
      idStructureCPP: chaourcois,
      idService: CAST.services.facturesPubliques,
      numeroFacture: 'F-1',
      motif: 'x',
    });
    notifyRejectedInvoice(env(), {
      idStructureCPP: chaourcois,
      idService: CAST.services.facturesPubliques,
      numeroFacture: '=1+1',
      motif: 'x',
    });
    const client = createOutboxClient({ baseUrl: BASE_URL, getToken: () => 'token-jeane' });
    const page = await client.listOutbox({ pageSize: 1 });
    expect(page.total).toBe(2);
    expect(page.items[0]).toMatchObject({
      destinataire: 'jeane.chaource@cc-chaourcois.fr',
      sujet: 'Facture =1+1 rejetée',
      dateEnvoi: mock.clock.now().toISOString(),
    });
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      new Uint8Array(await (await client.exportOutboxCsv({ destinataire: 'jeane' })).arrayBuffer()),
    );
    expect(csv.split('\r\n')[0]).toBe('\uFEFFEnvoyé le;Destinataire;Objet;Message');
    expect(csv).toContain('02/03/2026;jeane.chaource@cc-chaourcois.fr;Facture =1+1 rejetée;');
  });
});
