/**
 * Accessibility audits beyond axe (issue 14, item 6), for any browser test.
 *
 * Each audit looks at what a keyboard or assistive-technology user meets, through open shadow roots,
 * and returns a list of readable problems: empty when the audit passes, otherwise one line per
 * offending element, named by its path through shadow hosts (`cp-bank-details > cp-iban-input >
 * input#iban`). A test asserts `expect(problems).to.deep.equal([])`, so a failure lists them all.
 *
 * - (a) focus is never lost: {@link focusLost} after an action, {@link tabWalk} for the Tab key path;
 * - (b) forced colours: {@link withForcedColors} + {@link forcedColorsProblems};
 * - (c) reflow at 320 CSS px: {@link atWidth} + {@link reflowProblems};
 * - (d) language of parts: {@link languageProblems};
 * - and axe itself: {@link axeProblems}.
 *
 * Browser-side only (uses `@web/test-runner-commands`); forced colours need the runner's
 * `forced-colors` command (`test/support/forced-colors-plugin.mjs`).
 */
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import type AxeCore from 'axe-core';
import { LocaleController } from '../../../src/i18n/locale-controller.js';
import { toLocale } from '../../../src/i18n/locale.js';

/** Every element under `root`, in document order, descending into open shadow roots. */
export function* deepElements(root: ParentNode): Generator<Element> {
  for (const child of Array.from(root.children)) {
    yield child;
    if (child.shadowRoot) yield* deepElements(child.shadowRoot);
    yield* deepElements(child);
  }
}

/** The element and its shadow hosts, outermost first, for messages: `cp-x > cp-y > input#id.class`. */
export function describe(el: Element): string {
  const own = (e: Element): string => {
    const id = e.id ? `#${e.id}` : '';
    const classes = [...e.classList]
      .slice(0, 2)
      .map((c) => `.${c}`)
      .join('');
    return `${e.localName}${id}${classes}`;
  };
  const parts = [own(el)];
  let root = el.getRootNode();
  while (root instanceof ShadowRoot) {
    parts.unshift(root.host.localName);
    root = root.host.getRootNode();
  }
  return parts.join(' > ');
}

/** The focused element, looking through shadow roots (what a keyboard user is on). */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * (a) A problem when focus is on nothing (`body`, the document element or null), as after a focused
 * button is disabled or removed: a keyboard user is thrown back to the top of the page.
 * `after` names the action in the message.
 */
export function focusLost(after: string): string[] {
  const active = deepActiveElement();
  return active === null || active === document.body || active === document.documentElement
    ? [`focus lost (on ${active?.localName ?? 'nothing'}) after ${after}`]
    : [];
}

/** What {@link tabWalk} saw: the elements focused in turn, and the problems. */
export interface TabWalk {
  stops: string[];
  problems: string[];
}

/**
 * (a) Presses Tab from `from` (a focusable element before the content) until focus reaches `to` (one
 * after it), checking after each press that focus is on an element, not lost to `body`. The walk
 * stops early when focus comes back to its first stop (a modal dialog keeps focus inside itself, as
 * it should) or after `maxSteps` presses (a long list: its first stops are walked).
 */
export async function tabWalk(from: HTMLElement, to: HTMLElement, maxSteps = 150): Promise<TabWalk> {
  from.focus();
  const stops: string[] = [];
  let first: Element | null = null;
  for (let step = 1; step <= maxSteps; step++) {
    await sendKeys({ press: 'Tab' });
    const active = deepActiveElement();
    if (active === to) return { stops, problems: [] };
    const lost = focusLost(`Tab #${step} (after ${stops.at(-1) ?? 'the start'})`);
    if (lost.length > 0) {
      // Past the last control of a modal dialog, Chromium takes focus to its own controls (headless: to
      // nothing), then back into the dialog: the native dialog's cycle, not a loss.
      const nativeCycle = !document.hasFocus() || [...deepElements(document.body)].some((el) => el.matches(':modal'));
      return { stops, problems: nativeCycle ? [] : lost };
    }
    if (active === first) return { stops, problems: [] };
    first ??= active;
    stops.push(describe(active!));
  }
  return { stops, problems: [] };
}

/** Runs `check` with Chromium's forced-colors emulation on (Windows high contrast), then turns it off. */
export async function withForcedColors<T>(check: () => T | Promise<T>): Promise<T> {
  await executeServerCommand('forced-colors', { active: true });
  try {
    await nextFrames();
    if (!matchMedia('(forced-colors: active)').matches) throw new Error('forced-colors emulation did not apply');
    return await check();
  } finally {
    await executeServerCommand('forced-colors', { active: false });
  }
}

const TEXT_INPUT_EXCLUDED = new Set(['hidden', 'checkbox', 'radio', 'file', 'submit', 'reset', 'button', 'image']);

/** A box side, or the outline, drawn in a colour that is not transparent. */
function hasBoundary(style: CSSStyleDeclaration): boolean {
  const drawn = (lineStyle: string, width: string, color: string) =>
    lineStyle !== 'none' &&
    lineStyle !== 'hidden' &&
    parseFloat(width) > 0 &&
    !/rgba\(.*,\s*0\)$|transparent/.test(color);
  return (
    (['top', 'right', 'bottom', 'left'] as const).some((side) =>
      drawn(
        style.getPropertyValue(`border-${side}-style`),
        style.getPropertyValue(`border-${side}-width`),
        style.getPropertyValue(`border-${side}-color`),
      ),
    ) || drawn(style.outlineStyle, style.outlineWidth, style.outlineColor)
  );
}

const visible = (el: Element): boolean => el.checkVisibility() && el.getClientRects().length > 0;

/**
 * (b) Under forced colours (run it inside {@link withForcedColors}): every visible text input,
 * select and textarea, and every error indicator drawn as a pseudo-element (the red bar of a field
 * or group in error), must have a border or outline. Forced colours drop box-shadows and replace
 * backgrounds, so a field drawn with `border: 0` and a box-shadow underline, or a bar drawn with a
 * background, disappears.
 */
export function forcedColorsProblems(root: ParentNode = document.body): string[] {
  const problems: string[] = [];
  for (const el of deepElements(root)) {
    const control =
      el instanceof HTMLSelectElement ||
      el instanceof HTMLTextAreaElement ||
      (el instanceof HTMLInputElement && !TEXT_INPUT_EXCLUDED.has(el.type));
    if (control && visible(el) && !hasBoundary(getComputedStyle(el)))
      problems.push(`${describe(el)}: no border or outline in forced colours`);
    if (!visible(el)) continue;
    for (const pseudo of ['::before', '::after'] as const) {
      const style = getComputedStyle(el, pseudo);
      const drawnByBackground =
        style.content !== 'none' &&
        style.content !== 'normal' &&
        (style.position === 'absolute' || style.display === 'block') &&
        parseFloat(style.width) > 0 &&
        parseFloat(style.height) > 0 &&
        style.backgroundImage === 'none' &&
        !hasBoundary(style) &&
        (style.content === '""' || style.content === "''");
      const indicatesError = /error|invalid/.test(el.className.toString());
      if (drawnByBackground && indicatesError)
        problems.push(`${describe(el)}${pseudo}: error indicator drawn by its background only, gone in forced colours`);
    }
  }
  return problems;
}

/** Runs `check` with the viewport `width` CSS px wide (and 640 high), then puts 800×600 back. */
export async function atWidth<T>(width: number, check: () => T | Promise<T>): Promise<T> {
  await setViewport({ width, height: 640 });
  try {
    await nextFrames();
    return await check();
  } finally {
    await setViewport({ width: 800, height: 600 });
  }
}

/**
 * Whether `el` is clipped by a horizontal scroll box below the body: an ancestor (through shadow hosts)
 * whose `overflow-x` is not `visible`. An absolutely positioned element escapes every such box below
 * its containing block (its nearest positioned ancestor), as the visually hidden text of a row button
 * whose table wrapper is not positioned.
 */
function insideHorizontalScrollBox(el: Element): boolean {
  let escaping = getComputedStyle(el).position === 'absolute';
  for (let node = parentAcrossShadow(el); node && node !== document.body; node = parentAcrossShadow(node)) {
    const style = getComputedStyle(node);
    if (!escaping && style.overflowX !== 'visible') return true;
    if (escaping && style.position !== 'static') {
      escaping = false;
      if (style.overflowX !== 'visible') return true;
    }
  }
  return false;
}

/**
 * (c) Reflow (WCAG 1.4.10, RGAA 10.11), at the current viewport width (use {@link atWidth} with 320):
 * the page must not scroll horizontally. Content wider than the viewport is allowed only inside its
 * own scroll box (a table in an `overflow-x: auto` wrapper). The problems name the elements that stick
 * out of the viewport outside such a box, widest first.
 */
export function reflowProblems(): string[] {
  const doc = document.documentElement;
  if (doc.scrollWidth <= doc.clientWidth) return [];
  const culprits: { el: Element; right: number }[] = [];
  for (const el of deepElements(document.body)) {
    const rect = el.getBoundingClientRect();
    if (rect.width > 0 && rect.right > doc.clientWidth + 0.5 && !insideHorizontalScrollBox(el))
      culprits.push({ el, right: rect.right });
  }
  // The innermost elements that stick out are the causes; their ancestors only carry them.
  const causes = culprits.filter(({ el }) => !culprits.some((other) => other.el !== el && containsDeep(el, other.el)));
  causes.sort((a, b) => b.right - a.right);
  return [
    `page scrolls horizontally at ${doc.clientWidth} px: ${doc.scrollWidth} px wide`,
    ...causes.slice(0, 5).map(({ el, right }) => `${describe(el)} reaches ${Math.round(right)} px`),
  ];
}

/**
 * (c) Reflow, continued: the words of at most `longest` characters (a name, a number, a date) cut
 * across lines below `root`, as "RIT M00 1234 5" in a column squeezed at 320 px. Words are split at
 * spaces, hyphens and slashes, where a browser may break them; longer ones (an e-mail, an IBAN) may
 * wrap anywhere.
 */
export function brokenWords(root: ParentNode, longest = 16): string[] {
  const broken: string[] = [];
  for (const el of [root, ...deepElements(root)]) {
    const nodes =
      el instanceof Element && el.shadowRoot
        ? [...el.childNodes, ...el.shadowRoot.childNodes]
        : [...(el as Node).childNodes];
    for (const node of nodes) {
      if (node.nodeType !== Node.TEXT_NODE) continue;
      const text = node.textContent ?? '';
      for (const match of text.matchAll(/[^\s\-/]{2,}/g)) {
        if (match[0].length > longest) continue;
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(`"${match[0]}" cut over ${lines.size} lines`);
      }
    }
  }
  return broken;
}

/**
 * (d) Language of parts (WCAG 3.1.2, RGAA 8.7): every cp-kit element (any element driven by a
 * LocaleController) renders in a locale; the language assistive technologies read for its content,
 * the nearest `lang` on it or its ancestors (through shadow hosts, up to `<html>`), must be that
 * locale. The page itself must have a `lang`.
 */
export function languageProblems(root: ParentNode = document.body): string[] {
  if (!toLocale(document.documentElement.lang))
    return [`the page has no lang (<html lang="${document.documentElement.lang}">)`];
  const problems: string[] = [];
  for (const el of deepElements(root)) {
    const controller = Object.values(el).find((value): value is LocaleController => value instanceof LocaleController);
    if (!controller) continue;
    const declared = declaredLang(el);
    if (toLocale(declared) !== controller.locale)
      problems.push(`${describe(el)} renders in ${controller.locale} under lang="${declared}"`);
  }
  return problems;
}

/** The nearest `lang` attribute on `el` or an ancestor, through shadow hosts, up to `<html>`. */
export function declaredLang(el: Element): string | null {
  for (let node: Element | null = el; node; node = parentAcrossShadow(node)) {
    if (node.hasAttribute('lang')) return node.getAttribute('lang');
  }
  return null;
}

/** axe's violations under `root`, one line per rule and element. */
export async function axeProblems(root: Element): Promise<string[]> {
  // axe-core's browser build registers itself on window (as @open-wc/testing's `accessible()` loads it).
  if (!window.axe) await import('axe-core');
  const { violations } = await window.axe!.run(root, { resultTypes: ['violations'] });
  return violations.flatMap((v) => v.nodes.map((node) => `axe ${v.id}: ${node.target.join(' ')}`));
}

declare global {
  interface Window {
    axe?: typeof AxeCore;
  }
}

const parentAcrossShadow = (el: Element): Element | null => {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
};

function containsDeep(ancestor: Element, el: Element): boolean {
  for (let node: Element | null = parentAcrossShadow(el); node; node = parentAcrossShadow(node)) {
    if (node === ancestor) return true;
  }
  return false;
}

/** Waits two animation frames: style, layout and Lit's updates after a change are done. */
export async function nextFrames(): Promise<void> {
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}
