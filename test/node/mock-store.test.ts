import { describe, expect, it } from 'vitest';
import { roleOf } from '../../mock-api/rules/access.js';
import { invariantViolations } from '../../mock-api/rules/invariants.js';
import { CAST, guidesCast, withLargeSet } from '../../mock-api/seed/index.js';
import { createStore } from '../../mock-api/store.js';
import {
  Abonnement,
  Approbation,
  Rattachement,
  Service,
  Structure,
  UserAccount,
} from '../../src/domain/schemas/index.js';
import { validateSiret } from '../../src/domain/validators/siret.js';

const now = new Date('2026-03-02T09:00:00.000Z');
const seeded = () => {
  const store = createStore();
  store.restore(guidesCast(now).snapshot);
  return store;
};

describe('store', () => {
  it('a transaction that fails leaves nothing written (ACC-3, X-5)', () => {
    const store = seeded();
    const before = store.snapshot();
    expect(() =>
      store.transaction(() => {
        store.users.update(CAST.users.pauline, { nom: 'HALF-WRITTEN' });
        store.outbox.insert({ destinataire: 'a@b.fr', sujet: 's', corps: 'c', dateEnvoi: now.toISOString() });
        throw new Error('rule refused after writing');
      }),
    ).toThrow('rule refused');
    expect(store.snapshot()).toEqual(before);
  });

  it('a committed transaction is kept and reported to the persistence hook', () => {
    let commits = 0;
    const store = createStore({ onCommit: () => (commits += 1) });
    store.restore(guidesCast(now).snapshot);
    store.transaction(() => store.users.update(CAST.users.pauline, { nom: 'KEPT' }));
    expect(store.users.get(CAST.users.pauline)?.nom).toBe('KEPT');
    expect(commits).toBe(1);
  });

  it('snapshot and restore round-trip through JSON, and new ids continue after restored ones', () => {
    const store = seeded();
    const copy = createStore();
    copy.restore(JSON.parse(JSON.stringify(store.snapshot())));
    expect(copy.snapshot()).toEqual(JSON.parse(JSON.stringify(store.snapshot())));
    const added = copy.approbations.insert({
      type: 'RATTACHEMENT',
      etat: 'APPROUVE',
      idObjet: 1,
      idDemandeur: 1,
      idStructureCPP: 1,
      dateCreation: now.toISOString(),
      version: 1,
    });
    expect(added.idApprobation).toBe(store.approbations.size + 1);
  });
});

describe("the guides' cast", () => {
  const seed = guidesCast(now);

  it('every record matches its schema and the invariants hold (one GP per structure, no dangling reference)', () => {
    const snapshot = seed.snapshot;
    for (const [schema, rows] of [
      [UserAccount, snapshot.users],
      [Structure, snapshot.structures],
      [Service, snapshot.services],
      [Rattachement, snapshot.rattachements],
      [Abonnement, snapshot.abonnements],
      [Approbation, snapshot.approbations],
    ] as const) {
      for (const row of rows ?? []) expect(schema.safeParse(row).success, JSON.stringify(row)).toBe(true);
    }
    expect(invariantViolations(seeded())).toEqual([]);
  });

  it('STR-1: every seeded SIRET passes the Luhn key; the CC du Chaourcois is 20007104100046', () => {
    expect(CAST.sirets.chaourcois).toBe('20007104100046');
    for (const siret of Object.values(CAST.sirets)) expect(validateSiret(siret).valid, siret).toBe(true);
    expect(seed.insee.find((e) => e.siret === CAST.sirets.closed)?.etatAdministratif).toBe('FERME');
  });

  it("tells the guides' story: GPs, a secondary manager, a pending request, deactivated accounts inside and outside 60 days", () => {
    const store = seeded();
    const { users: u, structures: s } = CAST;
    expect(roleOf(store, u.pauline, s.mairie, now.toISOString().slice(0, 10))).toBe('GESTIONNAIRE_PRINCIPAL');
    expect(roleOf(store, u.pauline, s.ccas, now.toISOString().slice(0, 10))).toBe('GESTIONNAIRE_PRINCIPAL');
    expect(roleOf(store, u.jeane, s.chaourcois, now.toISOString().slice(0, 10))).toBe('GESTIONNAIRE_PRINCIPAL');
    expect(roleOf(store, u.marc, s.chaourcois, now.toISOString().slice(0, 10))).toBe('GESTIONNAIRE_SECONDAIRE');
    expect(roleOf(store, u.sophie, s.mairie, now.toISOString().slice(0, 10))).toBe('UTILISATEUR');
    expect(store.structures.get(s.mairie)?.adresse.adresse).toBe('3 rue de Crimée');
    expect(store.services.filter((x) => x.idStructureCPP === s.chaourcois).map((x) => x.codeService)).toContain(
      'FACTURES_PUBLIQUES',
    );
    expect(
      store.rattachements.find((r) => r.idUtilisateur === u.claire && r.idStructureCPP === s.mairie)
        ?.statutRattachement,
    ).toBe('EN_COURS_DE_VALIDATION');
    const daysSince = (id: number) =>
      (now.getTime() - new Date(store.users.get(id)!.dateDesactivation!).getTime()) / 86_400_000;
    expect(daysSince(u.henri)).toBeLessThanOrEqual(60);
    expect(daysSince(u.denise)).toBeGreaterThan(60);
    expect(store.users.get(u.nicolas)).toMatchObject({ origine: 'MADRHAS', premiereConnexionTerminee: false });
  });
});

describe('large generated sets', () => {
  it('are deterministic for a seed and keep the invariants', () => {
    const options = { structures: 2_000, users: 300, habilitationsOnOneStructure: 250, seed: 7 };
    const a = withLargeSet(guidesCast(now), now, options);
    const b = withLargeSet(guidesCast(now), now, options);
    expect(JSON.stringify(a.snapshot.structures)).toBe(JSON.stringify(b.snapshot.structures));
    const store = createStore();
    store.restore(a.snapshot);
    expect(invariantViolations(store)).toEqual([]);
  });

  it('reach the sizes of the brief: 100,000 structures, 10,000 users, 10,000 habilitations on one structure, valid SIRETs', () => {
    const seed = withLargeSet(guidesCast(now), now);
    const store = createStore();
    store.restore(seed.snapshot);
    const base = guidesCast(now).snapshot;
    expect(store.structures.size - base.structures!.length).toBe(100_000);
    expect(store.users.size - base.users!.length).toBe(10_000);
    const big = base.structures!.length + 1;
    expect(store.abonnements.filter((a) => a.idStructureCPP === big)).toHaveLength(10_000);
    const sample = store.structures.all().filter((_, i) => i % 997 === 0);
    for (const s of sample) expect(validateSiret(s.identifiantStructure).valid, s.identifiantStructure).toBe(true);
    expect(invariantViolations(store)).toEqual([]);
  }, 60_000);
});
