/**
 * The accessibility sweep over Storybook stories (issue 14, item 6): each story of the given modules is
 * rendered on the embedded mock (see `stories.ts`), its play function run as a user would (a clicked
 * button and a field typed into take focus first), and the audits of `audits.ts` are run on it: axe,
 * (a) focus never lost after the play function nor along the Tab path, (b) boundaries in forced
 * colours, (c) no horizontal scroll at 320 CSS px, (d) `lang` on content in another language.
 */
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import {
  atWidth,
  axeProblems,
  focusLost,
  forcedColorsProblems,
  languageProblems,
  nextFrames,
  reflowProblems,
  tabWalk,
  withForcedColors,
} from './audits.js';
import { storiesOf, type StoryModule } from './stories.js';

/** Known findings, by story id, that another piece of work fixes: the test expects exactly them, so it fails when they are fixed. */
export type KnownFindings = Record<string, string[]>;

/** Declares one mocha test per story of `modules`, each running every audit. */
export function auditStories(modules: StoryModule[], known: KnownFindings = {}): void {
  for (const module of modules) {
    for (const story of storiesOf(module)) {
      it(story.id, async function () {
        this.timeout(180_000);
        const problems = await auditStory(story.mount);
        expect(problems).to.deep.equal(known[story.id] ?? []);
      });
    }
  }
}

/** Mounts one story between two focusable sentinels, runs its play function, and returns every audit's problems. */
async function auditStory(
  mount: (canvas: HTMLElement) => Promise<(() => Promise<void>) | undefined>,
): Promise<string[]> {
  const before = sentinel('Avant l’histoire');
  const canvas = document.createElement('div');
  const after = sentinel('Après l’histoire');
  document.body.append(before, canvas, after);
  try {
    const play = await mount(canvas);
    await settled(canvas);
    const problems: string[] = [];
    if (play) {
      before.focus();
      await asAUser(play);
      await settled(canvas);
      problems.push(...focusLost('the play function'));
    }
    problems.push(...(await axeProblems(canvas)));
    problems.push(...(await atWidth(320, reflowProblems)));
    problems.push(...(await withForcedColors(() => forcedColorsProblems(canvas))));
    problems.push(...languageProblems(canvas));
    problems.push(...(await tabWalk(before, after)).problems);
    return problems;
  } finally {
    render(null, canvas);
    before.remove();
    canvas.remove();
    after.remove();
  }
}

function sentinel(label: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.textContent = label;
  return button;
}

/**
 * Runs a play function as a user would act: a button a play function clicks takes focus first (as
 * under a real click or the keyboard), so does a field it types into (an `input` event).
 */
async function asAUser(play: () => Promise<void>): Promise<void> {
  const click = HTMLElement.prototype.click;
  HTMLElement.prototype.click = function (this: HTMLElement) {
    if (this.isConnected) this.focus();
    click.call(this);
  };
  const onInput = (event: Event) => {
    const target = event.composedPath()[0];
    if (target instanceof HTMLElement && target.isConnected) target.focus();
  };
  window.addEventListener('input', onInput, true);
  try {
    await play();
  } finally {
    HTMLElement.prototype.click = click;
    window.removeEventListener('input', onInput, true);
  }
}

/** All markup under `root`, shadow roots included: what changes while a story loads or saves. */
function snapshot(root: Element): string {
  let text = root.innerHTML;
  const walk = (node: ParentNode) => {
    for (const el of Array.from(node.querySelectorAll('*'))) {
      if (el.shadowRoot) {
        text += el.shadowRoot.innerHTML;
        walk(el.shadowRoot);
      }
    }
  };
  walk(root);
  return text;
}

/**
 * Waits until the story stops changing: its markup (shadow roots included) is the same over 300 ms
 * of polls, up to 20 s (a story that keeps changing is audited as it is then).
 */
async function settled(root: Element): Promise<void> {
  let last = snapshot(root);
  let quiet = 0;
  for (let waited = 0; waited < 20_000 && quiet < 6; waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const now = snapshot(root);
    quiet = now === last ? quiet + 1 : 0;
    last = now;
  }
  await nextFrames();
}
