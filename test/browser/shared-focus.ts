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
