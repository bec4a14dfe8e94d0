import { html, nothing, type TemplateResult } from 'lit';

/** A button of the conflict notice, with the sentence that says what it does. */
export interface ConflictChoice {
  label: string;
  /** What choosing it does to the user's input (linked with `aria-describedby`). */
  hint?: string;
  run: () => void;
}

/** What the ACC-7 conflict notice says and offers, already in the reader's language. */
export interface ConflictNoticeView {
  /** Why nothing was saved ("… a été modifiée entre-temps (ACC-7)"). */
  title: string;
  /** Said before the list of changes. */
  intro?: string;
  /** What the server changed since the user loaded the record, one sentence each (text only, X-4). */
  changes: readonly string[];
  /** Said instead of the list when the server's changes cannot be named field by field (nothing: the title says it all). */
  none?: string;
  /** Takes the server's values, dropping the input. */
  reload: ConflictChoice;
  /** Sends the input again over the server's version, knowingly; absent when that makes no sense any more. */
  overwrite?: ConflictChoice;
  /** Id of the notice, which takes focus when it appears (`conflict` by default). */
  id?: string;
}

/**
 * ACC-7, the same way in every element: a write was refused because the record changed on the
 * server since the user loaded it. The input is kept; the notice (`role="alert"`, focusable, part
 * `conflict`) lists what the server changed and offers to reload the server's values or to save the
 * input over them knowingly. The element moves focus to it (`WriteController.focusOutcome`).
 */
export function renderConflictNotice(view: ConflictNoticeView): TemplateResult {
  const id = view.id ?? 'conflict';
  const choice = (which: 'reload' | 'overwrite', choice: ConflictChoice, primary: boolean) =>
    html`<button type="button" class=${primary ? '' : 'secondary'} aria-describedby=${choice.hint ? `${id}-${which}-hint` : nothing} @click=${choice.run}>${choice.label}</button>`;
  const hint = (which: 'reload' | 'overwrite', choice: ConflictChoice | undefined) =>
    choice?.hint ? html`<p class="hint" id=${`${id}-${which}-hint`}>${choice.hint}</p>` : nothing;
  return html`<div class="notice notice--warning" part="conflict" role="alert" tabindex="-1" id=${id}>
    <p><strong>${view.title}</strong></p>
    ${view.intro && view.changes.length > 0 ? html`<p>${view.intro}</p>` : nothing}
    ${view.changes.length > 0 ? html`<ul>${view.changes.map((change) => html`<li>${change}</li>`)}</ul>` : view.none ? html`<p>${view.none}</p>` : nothing}
    <div class="actions">
      ${choice('reload', view.reload, !view.overwrite)} ${view.overwrite ? choice('overwrite', view.overwrite, true) : nothing}
    </div>
    ${hint('reload', view.reload)} ${hint('overwrite', view.overwrite)}
  </div>`;
}
