import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../mock-api/clock.js';
import { roleOf } from '../../mock-api/rules/access.js';
import { todayIso } from '../../mock-api/rules/context.js';
import { CAST, SEED_PASSWORD } from '../../mock-api/seed/index.js';
import { OutboxEmail, pageOf } from '../../src/domain/schemas/index.js';
import { BASE_URL, refusal, useMock } from './support/mock.js';

const mock = useMock();
/** The mock's day now (RAT-9: roles hold through rattachements in force). */
const today = () => todayIso(mock.app.env);
const { users: u, structures: s } = CAST;

/** The latest e-mail sent to an address, read from the mock's outbox (NOT-4). */
async function lastEmailTo(address: string) {
  const response = await fetch(`${BASE_URL}/api/outbox?destinataire=${encodeURIComponent(address)}`, {
    headers: { 'x-cp-user': address },
  });
  const page = pageOf(OutboxEmail).parse(await response.json());
  return page.items[0];
}
const tokenOf = (link: string | undefined) => new URL(link!, BASE_URL).searchParams.get('jeton')!;
const newSecrets = (jeton: string, password = 'Nouveau-Depart-2026') => ({
  jeton,
  nouveauMotDePasse: password,
  confirmation: password,
  questionSecrete: 'Premier poste ?',
  reponseSecrete: 'Chaource',
});

describe('DEA-1 a simple user deactivates his own account', () => {
  it('DEA-1: the preview states the 60-day window and nothing to hand over', async () => {
    expect(await mock.clientAs('lucas').previewDeactivation()).toEqual({
      structuresAConfier: [],
      delaiReactivationJours: 60,
    });
  });

  it('DEA-1: after confirmation the account is inactive and has no access (ID-4)', async () => {
    const client = mock.clientAs('lucas');
    const done = await client.deactivateMyAccount({ confirmation: true });
    expect(done).toMatchObject({ etat: 'INACTIF', dateDesactivation: mock.clock.now().toISOString() });
    await refusal(client.getMyAccount(), 'ACCOUNT_DEACTIVATED', 'ID-4');
    mock.expectInvariants();
  });

  it('DEA-1: without the explicit confirmation nothing happens', async () => {
    const client = mock.clientAs('lucas');
    const error = await refusal(client.deactivateMyAccount({ confirmation: false as true }), 'INVALID');
    expect(error.fields.map((f) => f.field)).toEqual(['confirmation']);
    expect((await client.getMyAccount()).etat).toBe('ACTIF');
  });
});

describe('DEA-2 a GP designates a new GP for every structure first', () => {
  it('DEA-2: the preview lists the structures to hand over', async () => {
    const preview = await mock.clientAs('jeane').previewDeactivation();
    expect(preview.structuresAConfier.map((x) => x.idStructureCPP).sort()).toEqual([s.chaourcois, s.syndicatEaux]);
  });

  it('DEA-2: deactivation is refused while a structure would be left without GP, and nothing changes', async () => {
    const client = mock.clientAs('jeane');
    const error = await refusal(
      client.deactivateMyAccount({
        confirmation: true,
        successeurs: [{ idStructureCPP: s.chaourcois, idNouveauGestionnaire: u.marc }],
      }),
      'RULE_BROKEN',
      'DEA-2',
    );
    expect(error.fields.map((f) => f.field)).toEqual([`successeurs.${s.syndicatEaux}`]);
    expect(error.text.fr).toContain('SYNDICAT DES EAUX DU CHAOURCOIS');
    expect((await client.getMyAccount()).etat).toBe('ACTIF');
    expect(roleOf(mock.store, u.jeane, s.chaourcois, today())).toBe('GESTIONNAIRE_PRINCIPAL');
  });

  it('GP-2: a successor not validly attached is refused and the whole deactivation is undone', async () => {
    const client = mock.clientAs('jeane');
    await refusal(
      client.deactivateMyAccount({
        confirmation: true,
        successeurs: [
          { idStructureCPP: s.chaourcois, idNouveauGestionnaire: u.lucas },
          { idStructureCPP: s.syndicatEaux, idNouveauGestionnaire: u.lucas },
        ],
      }),
      'RULE_BROKEN',
      'GP-2',
    );
    expect(roleOf(mock.store, u.jeane, s.chaourcois, today())).toBe('GESTIONNAIRE_PRINCIPAL');
    expect(roleOf(mock.store, u.lucas, s.chaourcois, today())).toBe('UTILISATEUR');
    expect(mock.store.gpTransfers.size).toBe(0);
    mock.expectInvariants();
  });

  it('GP-3: the new GP of a public structure must hold a PIGP account', async () => {
    mock.store.users.update(u.marc, { comptePigp: false });
    await refusal(
      mock.clientAs('jeane').deactivateMyAccount({
        confirmation: true,
        successeurs: [s.chaourcois, s.syndicatEaux].map((idStructureCPP) => ({
          idStructureCPP,
          idNouveauGestionnaire: u.marc,
        })),
      }),
      'RULE_BROKEN',
      'GP-3',
    );
  });

  it('GP-5: a successor whose first connection is not done is refused at deactivation as on the other paths', async () => {
    mock.store.users.update(u.lucas, { premiereConnexionTerminee: false });
    await refusal(
      mock.clientAs('jeane').deactivateMyAccount({
        confirmation: true,
        successeurs: [
          { idStructureCPP: s.chaourcois, idNouveauGestionnaire: u.lucas },
          { idStructureCPP: s.syndicatEaux, idNouveauGestionnaire: u.marc },
        ],
      }),
      'RULE_BROKEN',
      'GP-5',
    );
    expect(roleOf(mock.store, u.jeane, s.syndicatEaux, today())).toBe('GESTIONNAIRE_PRINCIPAL');
  });

  it('GP-1: naming a successor for a structure one does not manage is refused', async () => {
    await refusal(
      mock.clientAs('jeane').deactivateMyAccount({
        confirmation: true,
        successeurs: [
          { idStructureCPP: s.chaourcois, idNouveauGestionnaire: u.marc },
          { idStructureCPP: s.syndicatEaux, idNouveauGestionnaire: u.marc },
          { idStructureCPP: s.mairie, idNouveauGestionnaire: u.sophie },
        ],
      }),
      'FORBIDDEN',
      'GP-1',
    );
  });

  it('DEA-2, GP-4: one successor per structure: roles handed over, the former GP stays a simple user, then deactivated', async () => {
    const done = await mock.clientAs('jeane').deactivateMyAccount({
      confirmation: true,
      successeurs: [
        { idStructureCPP: s.chaourcois, idNouveauGestionnaire: u.lucas },
        { idStructureCPP: s.syndicatEaux, idNouveauGestionnaire: u.marc },
      ],
    });
    expect(done.etat).toBe('INACTIF');
    expect(roleOf(mock.store, u.lucas, s.chaourcois, today())).toBe('GESTIONNAIRE_PRINCIPAL');
    expect(roleOf(mock.store, u.marc, s.syndicatEaux, today())).toBe('GESTIONNAIRE_PRINCIPAL');
    expect(mock.store.rattachements.filter((r) => r.idUtilisateur === u.jeane).map((r) => r.role)).toEqual([
      'UTILISATEUR',
      'UTILISATEUR',
    ]);
    expect(
      mock.store.gpTransfers.all().map((t) => [t.idStructureCPP, t.idAncienGestionnaire, t.idNouveauGestionnaire]),
    ).toEqual([
      [s.chaourcois, u.jeane, u.lucas],
      [s.syndicatEaux, u.jeane, u.marc],
    ]);
    mock.expectInvariants();
  });

  it('DEA-2: one successor for all structures', async () => {
    await mock.clientAs('jeane').deactivateMyAccount({
      confirmation: true,
      successeurs: [s.chaourcois, s.syndicatEaux].map((idStructureCPP) => ({
        idStructureCPP,
        idNouveauGestionnaire: u.marc,
      })),
    });
    expect([
      roleOf(mock.store, u.marc, s.chaourcois, today()),
      roleOf(mock.store, u.marc, s.syndicatEaux, today()),
    ]).toEqual(['GESTIONNAIRE_PRINCIPAL', 'GESTIONNAIRE_PRINCIPAL']);
    mock.expectInvariants();
  });

  it('DEA-2 / GP-5: successors are searched by nom, prénom, address or e-mail among active users attached to the structure whose first connection is done', async () => {
    const client = mock.clientAs('pauline');
    // Nicolas ROUX (MADRHAS) has not completed his first connection: not offered (GP-5) until he has.
    expect((await client.searchSuccessorCandidates(s.mairie)).items.map((x) => x.nom)).toEqual(['MARTIN']);
    mock.store.users.update(u.nicolas, { premiereConnexionTerminee: true });
    const all = await client.searchSuccessorCandidates(s.mairie);
    expect(all.items.map((x) => x.nom)).toEqual(['MARTIN', 'ROUX']);
    expect(all.total).toBe(2);
    expect(
      (await client.searchSuccessorCandidates(s.mairie, { q: 'sophie martin' })).items.map((x) => x.login),
    ).toEqual(['sophie.martin@terneuil-sur-seine.fr']);
    expect((await client.searchSuccessorCandidates(s.mairie, { q: 'roux@' })).items.map((x) => x.nom)).toEqual([
      'ROUX',
    ]);
    expect((await client.searchSuccessorCandidates(s.mairie, { q: 'crimee' })).items.map((x) => x.nom)).toEqual([
      'MARTIN',
    ]);
    const paged = await client.searchSuccessorCandidates(s.mairie, {
      sort: 'nom',
      order: 'desc',
      pageSize: 1,
      page: 1,
    });
    expect(paged).toMatchObject({ total: 2, page: 1, pageSize: 1, items: [{ nom: 'ROUX' }] });
  });

  it('GP-1: only the GP searches his successors', async () => {
    await refusal(mock.clientAs('sophie').searchSuccessorCandidates(s.mairie), 'FORBIDDEN', 'GP-1');
    await refusal(
      mock.clientAs('pauline').searchSuccessorCandidates(s.mairie, { sort: 'password' as 'nom' }),
      'INVALID',
    );
  });
});

describe('DEA-3 reactivation within 60 days by a single-use 24 h e-mailed link', () => {
  it('DEA-3: the link is e-mailed to the contact address, and following it reactivates the account with its rattachements', async () => {
    const henri = mock.clientAs('henri');
    const sent = await henri.requestReactivation();
    expect(sent).toEqual({
      destinataire: 'henri.moreau@cc-chaourcois.fr',
      expireLe: new Date(mock.clock.now().getTime() + DAY_MS).toISOString(),
    });
    const email = await lastEmailTo('henri.moreau@cc-chaourcois.fr');
    expect(email).toMatchObject({ idUtilisateur: u.henri, dateEnvoi: mock.clock.now().toISOString() });
    const account = await henri.reactivate(newSecrets(tokenOf(email!.lien)));
    expect(account).toMatchObject({ etat: 'ACTIF', questionSecrete: 'Premier poste ?' });
    expect(account.dateDesactivation).toBeUndefined();
    expect((await henri.getMyAccount()).etat).toBe('ACTIF');
    expect(roleOf(mock.store, u.henri, s.chaourcois, today())).toBe('UTILISATEUR');
    await henri.changePassword({
      motDePasseActuel: 'Nouveau-Depart-2026',
      nouveauMotDePasse: 'Encore-Un-Autre-2026',
      confirmation: 'Encore-Un-Autre-2026',
    });
    mock.expectInvariants();
  });

  it('DEA-3: the link is single-use', async () => {
    const henri = mock.clientAs('henri');
    await henri.requestReactivation();
    const jeton = tokenOf((await lastEmailTo('henri.moreau@cc-chaourcois.fr'))!.lien);
    await henri.reactivate(newSecrets(jeton));
    const error = await refusal(henri.reactivate(newSecrets(jeton, 'Troisieme-Essai-2026')), 'STATE_CONFLICT', 'DEA-3');
    expect(error.status).toBe(409);
  });

  it('DEA-3: an expired link is refused and a new one may be asked for; a new link replaces the old', async () => {
    const henri = mock.clientAs('henri');
    await henri.requestReactivation();
    const first = tokenOf((await lastEmailTo('henri.moreau@cc-chaourcois.fr'))!.lien);
    mock.clock.advance(DAY_MS + 1);
    await refusal(henri.reactivate(newSecrets(first)), 'RULE_BROKEN', 'DEA-3');
    await henri.requestReactivation();
    const second = tokenOf((await lastEmailTo('henri.moreau@cc-chaourcois.fr'))!.lien);
    expect(second).not.toBe(first);
    await henri.requestReactivation();
    const third = tokenOf((await lastEmailTo('henri.moreau@cc-chaourcois.fr'))!.lien);
    await refusal(henri.reactivate(newSecrets(second)), 'STATE_CONFLICT', 'DEA-3');
    expect((await henri.reactivate(newSecrets(third))).etat).toBe('ACTIF');
  });

  it('DEA-3: the new password follows the policy and differs from the old one; an unknown link is 404', async () => {
    const henri = mock.clientAs('henri');
    await henri.requestReactivation();
    const jeton = tokenOf((await lastEmailTo('henri.moreau@cc-chaourcois.fr'))!.lien);
    const weak = await refusal(henri.reactivate(newSecrets(jeton, 'court')), 'RULE_BROKEN', 'ACC-4');
    expect(weak.fields.map((f) => f.code)).toEqual(['password_policy']);
    const reused = await refusal(henri.reactivate(newSecrets(jeton, SEED_PASSWORD)), 'RULE_BROKEN', 'ACC-4');
    expect(reused.fields.map((f) => f.code)).toEqual(['password_reused']);
    await refusal(henri.reactivate(newSecrets('0123456789abcdef0123456789abcdef')), 'NOT_FOUND');
    expect((await henri.reactivate(newSecrets(jeton))).etat).toBe('ACTIF');
  });

  it('DEA-3: the 60 days are inclusive', async () => {
    mock.clock.advance(50 * DAY_MS);
    expect((await mock.clientAs('henri').requestReactivation()).destinataire).toBe('henri.moreau@cc-chaourcois.fr');
  });

  it('DEA-3: an active account has nothing to reactivate', async () => {
    await refusal(mock.clientAs('lucas').requestReactivation(), 'STATE_CONFLICT', 'DEA-3');
  });

  it('DEA-1 → DEA-3: a user who deactivated himself gets his profiles back on reactivation', async () => {
    const lucas = mock.clientAs('lucas');
    const profilesBefore = mock.store.abonnements.filter((a) => a.idUtilisateur === u.lucas).length;
    await lucas.deactivateMyAccount({ confirmation: true });
    mock.clock.advance(3 * DAY_MS);
    await lucas.requestReactivation();
    await lucas.reactivate(newSecrets(tokenOf((await lastEmailTo('lucas.bernard@cc-chaourcois.fr'))!.lien)));
    expect(mock.store.abonnements.filter((a) => a.idUtilisateur === u.lucas && a.statut === 'VALIDE')).toHaveLength(
      profilesBefore,
    );
    expect(roleOf(mock.store, u.lucas, s.chaourcois, today())).toBe('UTILISATEUR');
  });
});

describe('DEA-4 after 60 days, only the support can reactivate', () => {
  it('DEA-4: self-reactivation is refused with a message pointing to the support, and no e-mail is sent', async () => {
    const error = await refusal(mock.clientAs('denise').requestReactivation(), 'RULE_BROKEN', 'DEA-4');
    expect(error.text.fr).toContain('sollicitation');
    expect(error.text.en).toContain('support');
    expect(await lastEmailTo('denise.faure@terneuil-sur-seine.fr')).toBeUndefined();
  });

  it('DEA-4: day 61 is past the window', async () => {
    mock.clock.advance(51 * DAY_MS);
    await refusal(mock.clientAs('henri').requestReactivation(), 'RULE_BROKEN', 'DEA-4');
  });
});
