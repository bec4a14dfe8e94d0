import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { startMockHttpServer } from '../../mock-api/serve.js';
import { createHttpClient } from '../../src/client/index.js';

describe('the mock over plain loopback HTTP (no MSW)', () => {
  it('answers the client through node:http on a free port, with CORS for other loopback origins', async () => {
    const running = await startMockHttpServer({ port: 0 });
    try {
      expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const client = createHttpClient({ baseUrl: running.url, getToken: () => 'token-pauline' });
      const me = await client.getMyAccount();
      expect(me.nom).toBe('DUFOUR');
      const saved = await client.updateMyAccount({
        emailContact: me.emailContact!,
        nom: me.nom!,
        prenom: 'Pauline',
        adresse: me.adresse!,
        version: me.version,
      });
      expect(saved.version).toBe(me.version + 1);
      const preflight = await fetch(`${running.url}/api/me`, { method: 'OPTIONS' });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-headers')).toContain('idempotency-key');
    } finally {
      await running.close();
    }
  });

  it('the mock:serve entry (tsx mock-api/serve.ts --port 0) starts a server that answers over loopback', async () => {
    const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'mock-api/serve.ts', '--port', '0'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      let output = '';
      while (!/listening on (\S+)\/api/.test(output)) {
        const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
        output += chunk.toString();
      }
      const base = /listening on (\S+)\/api/.exec(output)![1]!;
      const response = await fetch(`${base}/api/me`, { headers: { 'x-cp-user': 'jeane.chaource@cc-chaourcois.fr' } });
      expect(response.status).toBe(200);
      expect(((await response.json()) as { prenom: string }).prenom).toBe('Jeane');
      const unknown = await fetch(`${base}/api/nothing-here`);
      expect(unknown.status).toBe(404);
      expect(unknown.headers.get('content-type')).toBe('application/problem+json');
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  }, 30_000);
});
