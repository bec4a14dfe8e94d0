/** Path of the provider-state endpoint a backend exposes in its test environment only. */
export const STATE_PATH = '/api/__conformance/state';

/** Puts a backend in the fixture state (and moves its clock): the provider-state contract. */
export interface ProviderState {
  /** Back to the fixture (unless `reset` is false), then the clock moved forward by `advanceMinutes` when given. */
  set(state?: { reset?: boolean; advanceMinutes?: number }): Promise<{ now: string }>;
}

/**
 * The provider state over HTTP: `POST /api/__conformance/state` with `{ reset?, advanceMinutes? }`, answered
 * 2xx. Anything else stops the run with a message saying what the backend must expose.
 */
export function httpProviderState(baseUrl: string, fetchImpl: typeof fetch = globalThis.fetch): ProviderState {
  const url = `${baseUrl.replace(/\/$/, '')}${STATE_PATH}`;
  return {
    async set(state = {}) {
      const response = await fetchImpl(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(state),
      });
      if (!response.ok) {
        throw new Error(
          `provider state: POST ${url} answered ${response.status}; the backend must expose it in its test environment (the mock: cp-kit-mock --conformance)`,
        );
      }
      const answer = (await response.json()) as { now?: unknown };
      return { now: typeof answer.now === 'string' ? answer.now : new Date().toISOString() };
    },
  };
}
