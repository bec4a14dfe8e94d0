/**
 * Renders the Storybook stories of a `stories/*.stories.ts` module in a browser test, the way
 * Storybook's preview does (CSF 3): project, meta and story loaders (the embedded mock), args,
 * decorators (the project's language switch, `stories/support/locale.ts`), render (the story's, the
 * meta's, or the component's tag with the args as properties) into a canvas, then the play function.
 *
 * Storybook's own portable-stories API (`composeStories` of `storybook/preview-api`) does not load in
 * the test runner: it imports CommonJS packages (aria-query) the runner serves as they are.
 */
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { render as renderLit, type TemplateResult } from 'lit';
import { localeDecorator } from '../../../stories/support/locale.js';

type AnyStory = StoryObj<Record<string, unknown>>;
type AnyMeta = Meta<Record<string, unknown>>;

/** A story module: its default export is the meta, every named export a story (as in this repository). */
export interface StoryModule {
  default: unknown;
  [name: string]: unknown;
}

/** One story, ready to render into a canvas. */
export interface RunnableStory {
  /** `title/ExportName`, e.g. `Elements/cp-bank-details/Errors`. */
  id: string;
  /** Runs the loaders and renders the story into `canvas`; resolves with its play function, bound to the canvas (or undefined). */
  mount(canvas: HTMLElement): Promise<(() => Promise<void>) | undefined>;
}

/** The project's annotations, as `.storybook/preview.ts` declares them. */
const project = { decorators: [localeDecorator], globals: { locale: 'fr' } };

/** The stories of a module, in export order. */
export function storiesOf(module: StoryModule): RunnableStory[] {
  const meta = module.default as AnyMeta;
  return Object.entries(module)
    .filter(([name]) => name !== 'default')
    .map(([name, value]) => {
      const story = value as AnyStory;
      return { id: `${meta.title}/${name}`, mount: (canvas: HTMLElement) => mountStory(meta, story, name, canvas) };
    });
}

async function mountStory(meta: AnyMeta, story: AnyStory, name: string, canvas: HTMLElement) {
  const args = { ...meta.args, ...story.args };
  const context = {
    id: name,
    name,
    title: meta.title,
    component: meta.component,
    args,
    initialArgs: args,
    argTypes: { ...meta.argTypes, ...story.argTypes },
    globals: { ...project.globals },
    parameters: { ...meta.parameters, ...story.parameters },
    loaded: {},
    canvasElement: canvas,
    viewMode: 'story',
  } as unknown as StoryContext<Record<string, unknown>>;

  const loaders = [...asArray(meta.loaders), ...asArray(story.loaders)];
  const results = await Promise.all(loaders.map((loader) => loader(context)));
  Object.assign(context.loaded, ...results.filter(Boolean));

  const renderFn = (story.render ?? meta.render ?? defaultRender) as (
    args: Record<string, unknown>,
    context: StoryContext<Record<string, unknown>>,
  ) => unknown;
  // Decorators wrap the story: the story's innermost, then the meta's, then the project's.
  const decorators = [...asArray(story.decorators), ...asArray(meta.decorators), ...project.decorators];
  let storyFn = () => renderFn(context.args, context);
  for (const decorator of decorators) {
    const inner = storyFn;
    storyFn = () => (decorator as (fn: () => unknown, ctx: unknown) => unknown)(inner, context);
  }
  const output = storyFn();
  if (output instanceof Node) canvas.replaceChildren(output);
  else if (typeof output === 'string') canvas.innerHTML = output;
  else renderLit(output as TemplateResult, canvas);

  const play = story.play ?? meta.play;
  return play ? () => Promise.resolve(play(context)) : undefined;
}

/** Storybook's web-components default render: the component's tag with the args as properties. */
function defaultRender(args: Record<string, unknown>, context: StoryContext<Record<string, unknown>>): Element {
  const element = document.createElement(context.component!) as unknown as Record<string, unknown>;
  Object.assign(element, args);
  return element as unknown as Element;
}

const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
