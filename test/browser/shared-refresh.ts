import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type { SetupWorker } from 'msw/browser';
import { deepActive } from './shared-focus.js';

/** The loading status of the elements in French (the tests' page language). */
const LOADING = 'Chargement';

/**
 * Watches the element's own shadow root for `text` from now on; `stop()` ends the watch and tells
 * whether the text showed at any moment meanwhile.
 */
function watchText(el: LitElement, text: string): { stop: () => boolean } {
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
 * The user comes back to the window: dispatches the window's focus and waits until every
 * request it caused has been answered and the element has rendered the answers. Asserts that the
 * element read its data again without showing its loading status in place of it, and that
 * `focused` (what the user is on) still has the focus.
 */
export async function expectQuietRefresh(el: LitElement, worker: SetupWorker, focused: Element): Promise<void> {
  const loading = watchText(el, LOADING);
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
  expect(started, 'the data was read again').to.be.greaterThan(0);
  expect(loading.stop(), `no "${LOADING}…" in place of the content while it refreshed`).to.equal(false);
  expect(deepActive() === focused, 'focus stays where the user was').to.equal(true);
}

/**
 * Another subject (another user, another structure): asserts that after `change` the element shows
 * its loading status before `shown` holds, not the last subject's data in the meantime.
 */
export async function expectLoadingFirst(
  el: LitElement,
  change: () => unknown,
  shown: () => unknown,
  what: string,
): Promise<void> {
  const loading = watchText(el, LOADING);
  await change();
  await waitUntil(shown, what, { timeout: 8000 });
  expect(loading.stop(), `"${LOADING}…" before ${what}`).to.equal(true);
}
