import { sendKeys } from '@web/test-runner-commands';
import { describe as describeElement } from './support/audits.js';

/** The focused element, looking through shadow roots (what a keyboard user is on). */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses Tab (or Shift+Tab) until the focused element matches, as a keyboard-only user does. */
export async function tabTo(
  matches: (el: Element) => boolean,
  description: string,
  backwards = false,
): Promise<Element> {
  const stops: string[] = [];
  for (let i = 0; i < 60; i += 1) {
    const active = deepActive();
    if (active && matches(active)) return active;
    stops.push(active ? describeElement(active) : '(nothing)');
    if (backwards) await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    if (backwards) await sendKeys({ up: 'Shift' });
  }
  throw new Error(`Tab never reached ${description}; last stops: ${stops.slice(-8).join(' → ')}`);
}
