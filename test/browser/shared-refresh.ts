import { aTimeout, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type { SetupWorker } from 'msw/browser';

/** What a refresh on window focus showed. */
export interface RefreshSeen {
  /** Whether the loading status was on screen at any moment of the refresh. */
  loadingShown: boolean;
  /** How many requests the refresh sent (none: nothing was refreshed, the test proves nothing). */
  requests: number;
}

/**
 * The user comes back to the window: dispatches the window's focus, waits until every request
 * it caused has been answered and the element has rendered the answers, and tells whether `loading`
 * (the text of the loading status) showed in the element meanwhile.
 */
export async function refreshOnWindowFocus(el: LitElement, worker: SetupWorker, loading: string): Promise<RefreshSeen> {
  const root = el.shadowRoot!;
  let loadingShown = false;
  const look = (): void => {
    if (root.textContent?.includes(loading)) loadingShown = true;
  };
  const observer = new MutationObserver(look);
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  let started = 0;
  let ended = 0;
  const onStart = (): void => void (started += 1);
  const onEnd = (): void => void (ended += 1);
  worker.events.on('request:start', onStart);
  worker.events.on('request:end', onEnd);
  try {
    window.dispatchEvent(new Event('focus'));
    await el.updateComplete;
    look();
    const settled = () => started > 0 && ended === started;
    await waitUntil(settled, 'the refresh is answered');
    // A task may read in steps (a second request after the first answer): let it ask, then wait again.
    await aTimeout(50);
    await waitUntil(settled, 'the refresh is answered');
    await el.updateComplete;
    look();
  } finally {
    observer.disconnect();
    worker.events.removeListener('request:start', onStart);
    worker.events.removeListener('request:end', onEnd);
  }
  return { loadingShown, requests: started };
}
