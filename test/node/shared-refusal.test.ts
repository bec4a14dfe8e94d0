import { describe, expect, it } from 'vitest';
import { CpError } from '../../src/client/index.js';
import { isAccountState, refusalMessage, refusalRule } from '../../src/elements/shared/refusal.js';
import { RetryKey } from '../../src/elements/shared/retry-key.js';
import { ruleRefText } from '../../src/elements/shared/rule-ref.js';

const text = {
  fr: 'La demande contient des champs manquants ou invalides.',
  en: 'The request has missing or invalid fields.',
};

describe('shared refusal texts and retry key of the managers’ elements', () => {
  it('X-8: a refusal is a plain sentence; its rule (the server’s, else the action’s for a 4xx, never for a failure) is apart', () => {
    const ruled = new CpError({ code: 'DUPLICATE', status: 409, rule: 'SRV-1', text });
    const unruled = new CpError({ code: 'INVALID', status: 400, text });
    const down = new CpError({ code: 'NETWORK', text: { fr: 'Pas de réponse.', en: 'No answer.' } });
    expect(refusalRule(ruled, 'SRV-2')).toBe('SRV-1');
    expect(refusalMessage(unruled, 'fr', { fallbackRule: 'SRV-1' })).toBe(
      'Refusé. La demande contient des champs manquants ou invalides.',
    );
    expect(refusalMessage(unruled, 'en', { fallbackRule: 'SRV-1' })).toBe(
      'Refused: The request has missing or invalid fields.',
    );
    expect(refusalMessage(down, 'fr', { fallbackRule: 'SRV-1' })).toBe('L’opération a échoué. Pas de réponse.');
    expect(refusalMessage(down, 'en', { loading: true })).toBe('Loading failed: No answer.');
  });

  it('ACC-1, ID-4: a refusal about the user’s account is its sentence alone, never "Refusé." nor a failed load', () => {
    const deactivated = new CpError({
      code: 'ACCOUNT_DEACTIVATED',
      status: 403,
      rule: 'ID-4',
      text: { fr: 'Votre compte est désactivé.', en: 'Your account is deactivated.' },
    });
    expect(isAccountState(deactivated)).toBe(true);
    expect(refusalMessage(deactivated, 'fr', { loading: true })).toBe('Votre compte est désactivé.');
    expect(refusalMessage(deactivated, 'en')).toBe('Your account is deactivated.');
    expect(isAccountState(new CpError({ code: 'FIRST_CONNECTION_REQUIRED', status: 403, rule: 'ACC-1', text }))).toBe(
      true,
    );
    expect(isAccountState(new CpError({ code: 'FORBIDDEN', status: 403, rule: 'STR-8', text }))).toBe(false);
  });

  it('X-8: the discreet reference reads "Réf. RAT-5" (EN "Ref. RAT-5"), lists several rules, and is empty without one', () => {
    expect(ruleRefText('RAT-5', 'fr')).toBe('Réf. RAT-5');
    expect(ruleRefText('RAT-5', 'en')).toBe('Ref. RAT-5');
    expect(ruleRefText(['RAT-8', 'HAB-5'], 'fr')).toBe('Réf. RAT-8, HAB-5');
    expect(ruleRefText(undefined, 'fr')).toBe('');
    expect(ruleRefText([], 'en')).toBe('');
  });

  it('X-5: the retry of the same write after a network failure reuses its key; after a refusal or another write, a new key', () => {
    const keys = new RetryKey();
    const write = { action: 'create', input: { codeService: '0123' } };
    const first = keys.keyFor(write);
    keys.settle(new CpError({ code: 'NETWORK', text }));
    expect(keys.keyFor(write)).toBe(first);
    keys.settle(new CpError({ code: 'INVALID', status: 400, text }));
    expect(keys.keyFor(write)).not.toBe(first);
    const other = keys.keyFor({ ...write, input: { codeService: '0124' } });
    keys.settle(new CpError({ code: 'TIMEOUT', text }));
    expect(keys.keyFor(write)).not.toBe(other);
  });

  it('X-5: attempt() sends a retry of a lost write under the first key, and a new write after a success', async () => {
    const keys = new RetryKey();
    const sent: string[] = [];
    const write = { leave: { idRattachement: 3, version: 2 } };
    await expect(
      keys.attempt(write, async (key) => (sent.push(key), Promise.reject(new CpError({ code: 'NETWORK', text })))),
    ).rejects.toMatchObject({ code: 'NETWORK' });
    await keys.attempt(write, async (key) => void sent.push(key));
    await keys.attempt(write, async (key) => void sent.push(key));
    expect(sent[1]).toBe(sent[0]);
    expect(sent[2]).not.toBe(sent[1]);
  });
});
