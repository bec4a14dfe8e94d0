import { describe, expect, it } from 'vitest';
import { CAST, SEED_PASSWORD } from '../../mock-api/seed/index.js';
import { editOf } from '../../src/conformance/cases/lookup.js';
import { BASE_URL, refusal, useMock } from './support/mock.js';

const mock = useMock();
const { users: u } = CAST;

const address = {
  adresse: '3 rue de Crimée',
  complementAdresse1: 'Bureau 12',
  codePostal: '78520',
  ville: 'Terneuil sur Seine',
  pays: 'FR',
};

describe('ACC-1 first connection of an account initialised from MADRHAS', () => {
  const completion = (version: number) => ({
    emailContact: 'n.roux@terneuil-sur-seine.fr',
    nom: 'ROUX',
    prenom: 'Nicolas',
    adresse: address,
    version,
  });

  it('ACC-1: nothing else is possible before completion', async () => {
    const client = mock.clientAs('nicolas');
    const me = await client.getMyAccount();
    expect(me.premiereConnexionTerminee).toBe(false);
    const error = await refusal(client.updateMyAccount(completion(me.version)), 'FIRST_CONNECTION_REQUIRED', 'ACC-1');
    expect(error.status).toBe(403);
    await refusal(
      client.changePassword({
        motDePasseActuel: SEED_PASSWORD,
        nouveauMotDePasse: 'Brand-New-Pass-1',
        confirmation: 'Brand-New-Pass-1',
      }),
      'FIRST_CONNECTION_REQUIRED',
      'ACC-1',
    );
  });

  it('ACC-1: contact e-mail, nom, prénom and professional address are required and validated', async () => {
    const client = mock.clientAs('nicolas');
    const me = await client.getMyAccount();
    const error = await refusal(
      client.completeFirstConnection({
        emailContact: 'not-an-email',
        nom: '',
        prenom: 'Nicolas',
        adresse: { ...address, ville: '' },
        version: me.version,
      }),
      'INVALID',
    );
    expect(error.status).toBe(400);
    expect(error.fields.map((f) => `${f.field}:${f.code}`).sort()).toEqual([
      'adresse.ville:required',
      'emailContact:format',
      'nom:required',
    ]);
    expect(error.fields[0]!.message.fr).not.toBe(error.fields[0]!.message.en);
    expect((await client.getMyAccount()).premiereConnexionTerminee).toBe(false);
  });

  it('ACC-1: once completed, the account is open and later connections go straight on', async () => {
    const client = mock.clientAs('nicolas');
    const me = await client.getMyAccount();
    const completed = await client.completeFirstConnection(completion(me.version));
    expect(completed).toMatchObject({
      premiereConnexionTerminee: true,
      emailContact: 'n.roux@terneuil-sur-seine.fr',
      adresse: address,
      version: me.version + 1,
    });
    expect(completed.dateActivation).toBe(mock.clock.now().toISOString());
    const saved = await client.updateMyAccount({ ...editOf(completed), telephone: '+33 6 12 34 56 78' });
    expect(saved.telephone).toBe('+33 6 12 34 56 78');
    mock.expectInvariants();
  });

  it('ACC-1: completing twice is refused (409)', async () => {
    const client = mock.clientAs('pauline');
    const me = await client.getMyAccount();
    const error = await refusal(
      client.completeFirstConnection({ ...completion(me.version), nom: 'DUFOUR' }),
      'STATE_CONFLICT',
      'ACC-1',
    );
    expect(error.status).toBe(409);
  });
});

describe('ACC-2 / ACC-3 general information saved at once', () => {
  it('ACC-2: the contact e-mail may differ from the login id; phones and fax are optional', async () => {
    const client = mock.clientAs('sophie');
    const me = await client.getMyAccount();
    const saved = await client.updateMyAccount({
      ...editOf(me),
      emailContact: 'compta@terneuil-sur-seine.fr',
      mobile: '06 12 34 56 78',
      fax: '+33 1 39 00 00 09',
      adresse: address,
    });
    expect(saved).toMatchObject({
      login: 'sophie.martin@terneuil-sur-seine.fr',
      emailContact: 'compta@terneuil-sur-seine.fr',
      mobile: '06 12 34 56 78',
      fax: '+33 1 39 00 00 09',
      adresse: address,
    });
    expect(saved.version).toBe(me.version + 1);
    expect(saved.dateModification).toBe(mock.clock.now().toISOString());
    mock.expectInvariants();
  });

  it('ACC-8 (guide 004): the notification address and the state/province are saved; notifications go to that address', async () => {
    const jeane = mock.clientAs('jeane');
    const me = await jeane.getMyAccount();
    const saved = await jeane.updateMyAccount({
      ...editOf(me),
      adresseNotification: 'factures@cc-chaourcois.fr',
      adresse: { ...me.adresse!, etatProvince: 'Grand Est' },
    });
    expect(saved.adresseNotification).toBe('factures@cc-chaourcois.fr');
    expect(saved.adresse?.etatProvince).toBe('Grand Est');
    expect(await jeane.getMyAccount()).toEqual(saved);
    await refusal(jeane.updateMyAccount({ ...editOf(saved), adresseNotification: 'pas-une-adresse' }), 'INVALID');
    await mock.clientAs('sophie').requestRattachement({
      idStructureCPP: 3,
      niveau: 'STRUCTURE',
      dateDebut: '2026-03-02',
      commentaire: 'Demande',
    });
    const recipients = mock.store.outbox.all().map((e) => e.destinataire);
    expect(recipients).toContain('factures@cc-chaourcois.fr');
    expect(recipients).not.toContain('jeane.chaource@cc-chaourcois.fr');
  });

  it('ACC-3: a refused save changes nothing (no partial save)', async () => {
    const client = mock.clientAs('sophie');
    const before = await client.getMyAccount();
    await refusal(
      client.updateMyAccount({ ...editOf(before), nom: 'NOUVEAU', adresse: { ...address, pays: 'France' } }),
      'INVALID',
    );
    expect(await client.getMyAccount()).toEqual(before);
  });
});

describe('ACC-4 password change', () => {
  const change = (current: string, next: string, confirmation = next) => ({
    motDePasseActuel: current,
    nouveauMotDePasse: next,
    confirmation,
  });

  it('ACC-4: a wrong current password is refused without saying more', async () => {
    const error = await refusal(
      mock.clientAs('jeane').changePassword(change('wrong', 'Valid-Password-2027')),
      'RULE_BROKEN',
      'ACC-4',
    );
    expect(error.text).toEqual({ fr: 'Mot de passe actuel incorrect.', en: 'Current password incorrect.' });
    expect(error.fields.map((f) => f.field)).toEqual(['motDePasseActuel']);
  });

  it('ACC-4: the new password follows the policy (12 characters, 3 classes, not the old one, confirmed)', async () => {
    const client = mock.clientAs('jeane');
    const codes = async (next: string, confirmation = next) =>
      (
        await refusal(client.changePassword(change(SEED_PASSWORD, next, confirmation)), 'RULE_BROKEN', 'ACC-4')
      ).fields.map((f) => `${f.field}:${f.code}`);
    expect(await codes('Short-1')).toEqual(['nouveauMotDePasse:password_policy']);
    expect(await codes('alllowercaseletters')).toEqual(['nouveauMotDePasse:password_policy']);
    expect(await codes(SEED_PASSWORD)).toEqual(['nouveauMotDePasse:password_reused']);
    expect(await codes('Valid-Password-2027', 'Valid-Password-2028')).toEqual(['confirmation:confirmation_mismatch']);
  });

  it('ACC-4: an accepted change replaces the password', async () => {
    const client = mock.clientAs('jeane');
    await client.changePassword(change(SEED_PASSWORD, 'Valid-Password-2027'));
    await refusal(client.changePassword(change(SEED_PASSWORD, 'Other-Password-2028')), 'RULE_BROKEN', 'ACC-4');
    await client.changePassword(change('Valid-Password-2027', 'Other-Password-2028'));
    mock.expectInvariants();
  });
});

describe('ACC-5 secret question', () => {
  it('ACC-5: the question is saved, the answer kept hashed and never returned', async () => {
    const client = mock.clientAs('jeane');
    const saved = await client.changeSecretQuestion({
      motDePasseActuel: SEED_PASSWORD,
      question: 'Ville de naissance ?',
      reponse: 'Bar-sur-Aube 1971',
    });
    expect(saved.questionSecrete).toBe('Ville de naissance ?');
    expect(JSON.stringify(saved)).not.toContain('Bar-sur-Aube');
    expect(JSON.stringify(mock.store.snapshot())).not.toContain('Bar-sur-Aube');
    expect(mock.store.credentials.get(saved.idUtilisateur)?.reponseSecreteHash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('ACC-8 accounts initialised from MADRHAS authenticate through the PIGP', () => {
  const secrets = {
    motDePasseActuel: SEED_PASSWORD,
    nouveauMotDePasse: 'Valid-Password-2027',
    confirmation: 'Valid-Password-2027',
  };

  it('ACC-8: a PIGP account (Pauline) changes neither password nor secret question in Chorus Pro; a portal account (Jeane) does', async () => {
    const pauline = mock.clientAs('pauline');
    const password = await refusal(pauline.changePassword(secrets), 'FORBIDDEN', 'ACC-8');
    expect(password.text.fr).toContain('PIGP');
    await refusal(
      pauline.changeSecretQuestion({ motDePasseActuel: SEED_PASSWORD, question: 'Ville ?', reponse: 'Terneuil' }),
      'FORBIDDEN',
      'ACC-8',
    );
    expect(mock.store.credentials.get(u.pauline)?.reponseSecreteHash).toBeUndefined();
    await mock.clientAs('jeane').changePassword(secrets);
  });

  it('ACC-8: a PIGP account is deactivated by its DGFiP referent, never by itself; a portal account may', async () => {
    const pauline = mock.clientAs('pauline');
    const preview = await refusal(pauline.previewDeactivation(), 'FORBIDDEN', 'ACC-8');
    expect(preview.text.fr).toContain('référent DGFiP');
    expect(preview.text.en).toContain('DGFiP referent');
    await refusal(pauline.deactivateMyAccount({ confirmation: true, successeurs: [] }), 'FORBIDDEN', 'ACC-8');
    await refusal(mock.clientAs('sophie').deactivateMyAccount({ confirmation: true }), 'FORBIDDEN', 'ACC-8');
    expect((await pauline.getMyAccount()).etat).toBe('ACTIF');
    expect((await mock.clientAs('lucas').previewDeactivation()).structuresAConfier).toEqual([]);
  });

  it('ACC-8: a deactivated PIGP account does not reactivate itself either, and no link is e-mailed', async () => {
    mock.store.users.update(u.sophie, { etat: 'INACTIF', dateDesactivation: mock.clock.now().toISOString() });
    await refusal(mock.clientAs('sophie').requestReactivation(), 'FORBIDDEN', 'ACC-8');
    expect(mock.store.outbox.size).toBe(0);
  });
});

describe('ACC-6 parameters and read-only state', () => {
  it('ACC-6: state and dates are read-only (sent values are ignored)', async () => {
    const client = mock.clientAs('lucas');
    const me = await client.getMyAccount();
    const response = await fetch(`${BASE_URL}/api/me`, {
      method: 'PUT',
      headers: { authorization: 'Bearer token-lucas', 'content-type': 'application/json' },
      body: JSON.stringify({
        ...editOf(me),
        etat: 'INACTIF',
        dateCreation: '2000-01-01T00:00:00.000Z',
        premiereConnexionTerminee: false,
      }),
    });
    expect(response.status).toBe(200);
    const saved = await client.getMyAccount();
    expect(saved).toMatchObject({ etat: 'ACTIF', dateCreation: me.dateCreation, premiereConnexionTerminee: true });
  });
});

describe('ACC-7 concurrent edits', () => {
  it('ACC-7: the If-Match header carries the version and wins over the body', async () => {
    const me = await mock.clientAs('marc').getMyAccount();
    const send = (ifMatch: string) =>
      fetch(`${BASE_URL}/api/me`, {
        method: 'PUT',
        headers: { authorization: 'Bearer token-marc', 'content-type': 'application/json', 'if-match': ifMatch },
        body: JSON.stringify({ ...editOf(me), version: 99 }),
      });
    const stale = await send('"7"');
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { rule: string }).rule).toBe('ACC-7');
    const fresh = await send(`"${me.version}"`);
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get('etag')).toBe(`"${me.version + 1}"`);
  });
});
