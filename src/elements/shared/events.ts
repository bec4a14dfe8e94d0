/**
 * cp-kit events: one naming rule, one way to send them.
 *
 * Naming rule for every `cp-*` event (README "Events"; the renames are listed in CHANGELOG.md):
 * - `cp-<subject>-<past participle>`: something happened — a write the server accepted
 *   (`cp-account-saved`, `cp-structure-created`, `cp-attachment-uploaded`), a user action
 *   (`cp-structures-selected`, `cp-table-row-activated`) or a change of value or state
 *   (`cp-iban-input-changed`, `cp-approbation-count-changed`). A control's value change is named
 *   after the control (`cp-<control>-changed`), never a shared `cp-change`: each control's detail
 *   differs, and one name must have one detail type in `HTMLElementEventMap`. Native `change` and
 *   `input` stay for what native controls do.
 * - `cp-before-<subject>-<verb>`: cancelable, sent before a write; `preventDefault()` stops it
 *   (`cp-before-account-save`). The verb is `write` when one event covers several writes, told apart
 *   by `detail.action` (`cp-before-structure-write`).
 *
 * Every name is unique across the kit, so each one is declared once, with its detail type, in the
 * global `HTMLElementEventMap` (next to the element that sends it); TypeScript rejects a second
 * declaration of a name with another detail type. Events without data carry `detail: null`.
 *
 * Every event bubbles. Events of the elements a host places are composed (they cross shadow roots).
 * The events an inner piece sends to the element around it are not (`{ composed: false }`): they
 * stop at that element's shadow root — `cp-table-*` (cp-data-table), `cp-dialog-*`
 * (cp-confirm-dialog), `cp-field-focus-requested` (cp-error-summary), the `…-request-cancelled`
 * events of the request forms and `cp-rattachement-reload-requested`.
 *
 * The one `cp-*` event outside this map is `cp-page-locale-changed`, sent on `window` by
 * `setPageLocale` and declared in `WindowEventMap` (src/i18n/locale.ts).
 */

/** Every cp-kit event name (the `cp-*` keys of the global `HTMLElementEventMap`). */
export type CpEventName = Extract<keyof HTMLElementEventMap, `cp-${string}`>;

/** The detail type of a cp-kit event. */
export type CpEventDetail<K extends CpEventName> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/** How a cp-kit event is sent: cancelable (a `cp-before-*` event); not composed (an inner piece's event). */
export interface FireOptions {
  readonly cancelable?: boolean;
  readonly composed?: boolean;
}

/**
 * Sends the bubbling cp-kit event `type` from `target`, with the detail its declaration requires.
 * Returns false when a listener cancelled it (`preventDefault()` on a cancelable event).
 */
export function fire<K extends CpEventName>(
  target: EventTarget,
  type: K,
  detail: CpEventDetail<K>,
  options: FireOptions = {},
): boolean {
  const { cancelable = false, composed = true } = options;
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed, cancelable }));
}
