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
 * Watches the element's own shadow root for `text` (the loading status, say) from now on; `stop()`
 * ends the watch and tells whether the text showed at any moment meanwhile.
 */
export function watchText(el: LitElement, text: string): { stop: () => boolean } {
  const root = el.shadowRoot!;
  let shown = false;
  const look = (): void => {
    if (root.textContent?.includes(text)) shown = true;
  };
  const observer = new MutationObserver(look);
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return {
    stop: () => {
      look();
      observer.disconnect();
      return shown;
    },
  };
}

/**
 * The user comes back to the window: dispatches the window's focus, waits until every request
 * it caused has been answered and the element has rendered the answers, and tells whether `loading`
 * (the text of the loading status) showed in the element meanwhile.
 */
export async function refreshOnWindowFocus(el: LitElement, worker: SetupWorker, loading: string): Promise<RefreshSeen> {
  const watch = watchText(el, loading);
  let started = 0;
  let ended = 0;
  const onStart = (): void => void (started += 1);
  const onEnd = (): void => void (ended += 1);
  worker.events.on('request:start', onStart);
  worker.events.on('request:end', onEnd);
  try {
    window.dispatchEvent(new Event('focus'));
    await el.updateComplete;
    const settled = () => started > 0 && ended === started;
    await waitUntil(settled, 'the refresh is answered');
    // A task may read in steps (a second request after the first answer): let it ask, then wait again.
    await aTimeout(50);
    await waitUntil(settled, 'the refresh is answered');
    await el.updateComplete;
  } finally {
    worker.events.removeListener('request:start', onStart);
    worker.events.removeListener('request:end', onEnd);
  }
  return { loadingShown: watch.stop(), requests: started };
}
