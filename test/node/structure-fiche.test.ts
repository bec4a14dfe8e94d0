import { describe, expect, it } from 'vitest';
import { CAST } from '../../mock-api/seed/index.js';
import { refusal, useMock } from './support/mock.js';

const mock = useMock();
const { structures: S, sirets } = CAST;

describe('STR-8 fiche structure', () => {
  it('STR-8: a simple user (Sophie) consults the fiche of the structure he is attached to, read-only', async () => {
    const fiche = await mock.clientAs('sophie').getStructureFiche(S.mairie);
    expect(fiche).toMatchObject({
      idStructureCPP: S.mairie,
      identifiantStructure: sirets.mairie,
      typeIdentifiantStructure: 'SIRET',
      typeStructure: 'PUBLIQUE',
      adresse: { adresse: '3 rue de Crimée', codePostal: '78520', ville: 'Terneuil sur Seine', pays: 'FR' },
      gestionnairePrincipal: { prenom: 'Pauline', nom: 'DUFOUR' },
      statut: 'ACTIF',
    });
    expect(fiche.parametres.numeroEJDoitEtreRenseigne).toBe(true);
    expect(fiche).not.toHaveProperty('changementsEnAttente');
    expect(fiche).not.toHaveProperty('version');
  });

  it('STR-8: the fiche lists the active services (code and libellé), not the inactive ones', async () => {
    const jeane = await mock.clientAs('jeane').getStructureFiche(S.chaourcois);
    expect(jeane.services.map((s) => `${s.codeService}:${s.libelleService}`)).toEqual([
      'FACTURES_PUBLIQUES:Service des factures publiques',
      'FINANCES:Direction des finances',
      'VOIRIE:Service voirie et travaux',
    ]);
    expect(jeane.gestionnairePrincipal).toEqual({ prenom: 'Jeane', nom: 'CHAOURCE' });
  });

  it('STR-8: a user attached to some services only consults the fiche too', async () => {
    const fiche = await mock.clientAs('lucas').getStructureFiche(S.chaourcois);
    expect(fiche.designationStructure).toBe("CC DU CHAOURCOIS ET DU VAL D'ARMANCE");
  });

  it('STR-8: a private company shows its Numéro RCS and TVA intracommunautaire', async () => {
    const fiche = await mock.clientAs('paul').getStructureFiche(S.durandBtp);
    const siren = sirets.durandBtp.slice(0, 9);
    expect(fiche.numeroRcs).toBe(`${siren} R.C.S. Troyes`);
    expect(fiche.tvaIntracommunautaire).toMatch(new RegExp(`^FR\\d{2}${siren}$`));
    expect(fiche.typeStructure).toBe('PRIVEE');
  });

  it('STR-8: a user not attached to the structure is refused (403) with a plain message', async () => {
    const error = await refusal(mock.clientAs('sophie').getStructureFiche(S.durandBtp), 'FORBIDDEN', 'STR-8');
    expect(error.status).toBe(403);
    expect(error.text.fr).toBe('Seuls les utilisateurs rattachés à cette structure peuvent la consulter.');
    expect(error.text.en).not.toBe(error.text.fr);
  });

  it('STR-8: a pending request gives no access to the fiche (refused until validated)', async () => {
    await refusal(mock.clientAs('claire').getStructureFiche(S.mairie), 'FORBIDDEN', 'STR-8');
    const ccas = await mock.clientAs('claire').getStructureFiche(S.ccas);
    expect(ccas.idStructureCPP).toBe(S.ccas);
  });

  it('STR-8: a rattachement out of its dates gives no access (RAT-9)', async () => {
    const own = mock.store.rattachements.find(
      (r) => r.idUtilisateur === CAST.users.sophie && r.idStructureCPP === S.mairie,
    )!;
    mock.store.rattachements.update(own.idRattachement, { dateFin: '2026-03-01' });
    await refusal(mock.clientAs('sophie').getStructureFiche(S.mairie), 'FORBIDDEN', 'RAT-9');
  });

  it('STR-8: an unknown structure answers 404', async () => {
    const error = await refusal(mock.clientAs('sophie').getStructureFiche(9999), 'NOT_FOUND');
    expect(error.status).toBe(404);
  });
});
