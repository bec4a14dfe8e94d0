import { expect } from '@open-wc/testing';
import { startMockWorker, type MockWorker } from '../../mock-api/browser.js';
import { CpError, createHttpClient } from '../../src/client/index.js';

describe('the mock as a service worker', () => {
  let mock: MockWorker;

  before(async () => {
    mock = await startMockWorker({ persist: true, storageKey: 'cp-kit-mock-test' });
  });

  after(() => {
    mock.reset();
    mock.stop();
  });

  it('intercepts the page’s fetch of /api/... and answers through the rules (ID-1)', async () => {
    const client = createHttpClient({ user: 'pauline.dufour@terneuil-sur-seine.fr' });
    const me = await client.getMyAccount();
    expect(me.nom).to.equal('DUFOUR');
  });

  it('answers refusals as problem+json mapped to CpError (ID-4)', async () => {
    const client = createHttpClient({ getToken: () => 'token-henri' });
    const error = await client.getMyAccount().catch((e: unknown) => e);
    expect(error).to.be.instanceOf(CpError);
    expect((error as CpError).rule).to.equal('ID-4');
    expect((error as CpError).status).to.equal(403);
  });

  it('persists writes in localStorage and forgets them on reset', async () => {
    const client = createHttpClient({ getToken: () => 'token-sophie' });
    const me = await client.getMyAccount();
    await client.updateMyAccount({
      emailContact: me.emailContact!,
      nom: 'PERSISTED',
      prenom: me.prenom!,
      adresse: me.adresse!,
      version: me.version,
    });
    expect(localStorage.getItem('cp-kit-mock-test')).to.contain('PERSISTED');
    mock.reset();
    expect(localStorage.getItem('cp-kit-mock-test')).to.equal(null);
    expect((await client.getMyAccount()).nom).to.equal('MARTIN');
  });
});
