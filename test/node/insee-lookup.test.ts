import { describe, expect, it } from 'vitest';
import { CAST } from '../../mock-api/seed/index.js';
import { makeSiret } from '../../mock-api/seed/siret.js';
import { refusal, useMock } from './support/mock.js';

const mock = useMock();
const { sirets } = CAST;

describe('INSEE lookup before creating a structure (STR-1, STR-2)', () => {
  it('STR-2: an active SIRET (spaces ignored) answers its raison sociale and address', async () => {
    const spaced = sirets.freeActive.replace(/^(\d{3})(\d{3})(\d{3})(\d{5})$/, '$1 $2 $3 $4');
    const entry = await mock.clientAs('jeane').lookupInsee(spaced);
    expect(entry).toMatchObject({
      siret: sirets.freeActive,
      raisonSociale: 'ATELIERS DE LA SEINE',
      etatAdministratif: 'ACTIF',
      adresse: { ville: 'Terneuil sur Seine' },
    });
  });

  it('STR-2: a closed or unknown SIRET is refused with the reason; STR-1: a bad key too', async () => {
    const closed = await refusal(mock.clientAs('jeane').lookupInsee(sirets.closed), 'RULE_BROKEN', 'STR-2');
    expect(closed.fields.map((f) => f.code)).toEqual(['insee_closed']);
    const unknown = await refusal(
      mock.clientAs('jeane').lookupInsee(makeSiret('99999999', '0001')),
      'RULE_BROKEN',
      'STR-2',
    );
    expect(unknown.fields.map((f) => f.code)).toEqual(['insee_unknown']);
    await refusal(mock.clientAs('jeane').lookupInsee('73282932000079'), 'RULE_BROKEN', 'STR-1');
  });
});
