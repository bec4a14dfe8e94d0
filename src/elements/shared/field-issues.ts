import type { ReactiveController, ReactiveElement } from 'lit';
import type { Bilingual, FieldProblem } from '../../domain/schemas/index.js';
import type { Locale } from '../../i18n/locale.js';
import type { FieldError } from './cp-error-summary.js';

/** What is wrong with a field, in the reader's language. */
export type Issue = (locale: Locale) => string;

/** The issue of a FR/EN text (a server's problem, a check of the page). */
export const issueOf =
  (message: Bilingual): Issue =>
  (locale) =>
    message[locale];

/** How a form names and finds its fields. */
export interface FieldIssuesOptions<F extends string> {
  /** The fields in the order of the form: the summary lists them so, the first one takes focus. */
  order?: readonly F[];
  /** The field's label as the user sees it, for the summary. */
  label: (field: F, locale: Locale) => string;
  /** The form's field a server's problem names (`undefined`: not a field of this form). */
  fieldOf?: (problemField: string) => F | undefined;
  /** The element to focus for a field (default: `#f-<field>` in the host's shadow root). */
  control?: (field: F) => HTMLElement | null;
}

/**
 * The problems a form shows next to its fields and in its `cp-error-summary`: one list, set by
 * the page's own checks or by a server's refusal, cleared field by field as the user edits. Showing
 * them moves focus to the first invalid field in the order of the form (to the summary when that
 * field cannot take focus), never to the page.
 */
export class FieldIssues<F extends string = string> implements ReactiveController {
  #issues: Partial<Record<F, Issue>> = {};

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: FieldIssuesOptions<F>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Nothing to set up: the problems live as long as the form.
  }

  /** Whether any field has a problem. */
  get any(): boolean {
    return Object.keys(this.#issues).length > 0;
  }

  /** The fields with a problem, in the order of the form. */
  get fields(): F[] {
    const present = Object.keys(this.#issues) as F[];
    const order = this.options.order ?? [];
    return [...order.filter((field) => this.#issues[field]), ...present.filter((field) => !order.includes(field))];
  }

  /** The field's problem, or undefined. */
  issue(field: F): Issue | undefined {
    return this.#issues[field];
  }

  /** The field's problem in `locale`, or '' (what a field's error line shows). */
  text(field: F, locale: Locale): string {
    return this.#issues[field]?.(locale) ?? '';
  }

  /** Replaces the problems without moving focus. */
  set(issues: Partial<Record<F, Issue>>): void {
    this.#issues = { ...issues };
    this.host.requestUpdate();
  }

  /** Clears the problems of the fields the user just edited (all of them without argument). */
  clear(...fields: F[]): void {
    if (fields.length === 0) {
      if (!this.any) return;
      this.#issues = {};
    } else {
      if (!fields.some((field) => this.#issues[field])) return;
      const issues = { ...this.#issues };
      for (const field of fields) delete issues[field];
      this.#issues = issues;
    }
    this.host.requestUpdate();
  }

  /** The issues of a server's (or a check's) field problems: the first problem of a field wins, unless `join`. */
  fromProblems(problems: readonly FieldProblem[], options: { join?: boolean } = {}): Partial<Record<F, Issue>> {
    const grouped = new Map<F, Bilingual[]>();
    for (const problem of problems) {
      const field = this.options.fieldOf ? this.options.fieldOf(problem.field) : (problem.field as F);
      if (field === undefined) continue;
      const list = grouped.get(field) ?? [];
      if (options.join || list.length === 0) list.push(problem.message);
      grouped.set(field, list);
    }
    const issues: Partial<Record<F, Issue>> = {};
    for (const [field, list] of grouped) issues[field] = (locale) => list.map((m) => m[locale]).join(' ');
    return issues;
  }

  /** Shows the problems next to the fields and in the summary, then focuses the first invalid field. */
  async show(issues: Partial<Record<F, Issue>>): Promise<void> {
    this.set(issues);
    await this.host.updateComplete;
    await this.summary()?.updateComplete;
    const first = this.fields[0];
    if (first !== undefined) this.focus(first);
  }

  /** The summary's list, in the order of the form (the summary takes focus only when it changes). */
  summaryErrors(locale: Locale): FieldError[] {
    return this.fields.map((field) => ({
      field,
      label: this.options.label(field, locale),
      message: this.text(field, locale),
    }));
  }

  /** Moves focus to a field; to the summary when the field is gone or disabled. */
  focus(field: F): void {
    const control =
      this.options.control?.(field) ?? this.host.renderRoot.querySelector<HTMLElement>(`#f-${CSS.escape(field)}`);
    if (control && !(control as HTMLInputElement).disabled) control.focus();
    else this.summary()?.focus();
  }

  private summary(): (HTMLElement & { updateComplete?: Promise<unknown> }) | null {
    return this.host.renderRoot.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>('cp-error-summary');
  }
}
