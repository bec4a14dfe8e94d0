import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement, describe as describeElement } from './support/audits.js';

/** The focused element, looking through shadow roots (what a keyboard user is on). */
export const deepActive = deepActiveElement;

/**
 * Presses Tab (Shift+Tab when `backwards`) until the focused element matches, as a keyboard-only
 * user does; fails with the last stops when it is not reached within `stops` presses (a whole page of
 * the demo portal, with its header and menus, needs more than an element alone).
 */
export async function tabTo(
  matches: (el: Element) => boolean,
  description: string,
  backwards = false,
  stops = 60,
): Promise<Element> {
  const path: string[] = [];
  for (let i = 0; i < stops; i += 1) {
    const active = deepActive();
    if (active && matches(active)) return active;
    path.push(active ? describeElement(active) : '(nothing)');
    if (backwards) await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    if (backwards) await sendKeys({ up: 'Shift' });
  }
  throw new Error(`Tab never reached ${description}; last stops: ${path.slice(-8).join(' → ')}`);
}

/**
 * Puts the keyboard on `start` (a control placed before what the test walks through, as the page's
 * own content would be) with the page itself focused. A new test page may not have the focus yet
 * (under load, the browser gives it only with the first key pressed): its window's `focus` event would
 * then come in the middle of a keyboard walk, and elements read their data again on it. A key
 * that does nothing (Shift) gives it now. Call it before mounting elements that listen to it, and walk
 * forward from `start` without going past the page's last control (Chromium takes the focus out of
 * the page there, and gives it back with a new `focus` event).
 */
export async function startKeyboardAt(start: HTMLElement): Promise<void> {
  start.focus();
  if (!document.hasFocus()) await sendKeys({ press: 'Shift' });
  await waitUntil(() => document.hasFocus() && deepActive() === start, 'the page has the focus, on the start');
}
