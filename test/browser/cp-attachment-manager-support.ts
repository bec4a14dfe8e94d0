import { html } from '@open-wc/testing';
import type { AttachmentUploadInput } from '../../src/client/index.js';
import '../../src/elements/cp-attachment-manager/cp-attachment-manager.js';
import type { CpAttachmentManager } from '../../src/elements/cp-attachment-manager/cp-attachment-manager.js';
import { deepActive, tabTo } from './shared-focus.js';
import { clientAs, mountAs as mountInSession, type SeedUser } from './support/mount.js';

/** Helpers of the cp-attachment-manager browser tests: mount in a session, files, read and act on the shadow DOM. */

/** A client of the mock logged in as a seed user (to prepare data and check what the server holds). */
export const clientOf = clientAs;

/** A file of `size` bytes starting with `head` (a PDF by default). */
export function fileOf(name: string, size = 2048, head = '%PDF-1.7\n'): File {
  const bytes = new Uint8Array(size);
  bytes.set(Array.from(head, (c) => c.charCodeAt(0)).slice(0, size));
  return new File([bytes], name);
}

/** A PNG-signed file (for a content that does not match its extension). */
export const pngBytesNamed = (name: string): File => fileOf(name, 64, '\x89PNG\r\n\x1a\n');

/** Adds an attachment through the client (test data, not the flow under test). */
export function seedAttachment(user: SeedUser, name: string, extra: Partial<AttachmentUploadInput> = {}) {
  return clientOf(user).uploadAttachment({
    file: fileOf(name),
    pieceJointeDesignation: `Pièce ${name}`,
    pieceJointeTypeCode: 'JUSTIFICATIF',
    ...extra,
  });
}

/** Mounts the element in a `<cp-session>` of a seed user and waits until it has loaded. */
export async function mountAs(user: SeedUser, structureId?: number) {
  const { session, el: manager } = await mountInSession<CpAttachmentManager>(
    user,
    structureId === undefined
      ? html`<cp-attachment-manager></cp-attachment-manager>`
      : html`<cp-attachment-manager owner="structure" structure-id=${structureId}></cp-attachment-manager>`,
    (el) => el.shadowRoot?.querySelector('cp-data-table'),
    `the attachments of ${user} are shown`,
  );
  return { session, manager };
}

/** The whole text the element shows (its shadow root and the shadow roots inside it). */
export function textOf(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    if (node instanceof HTMLSelectElement) return;
    node.childNodes.forEach(walk);
  };
  walk(root.shadowRoot ?? root);
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** Every element matching `selector` in the element's shadow root and the shadow roots inside it. */
export function deepQueryAll<T extends Element = HTMLElement>(root: Element, selector: string): T[] {
  const found: T[] = [];
  const scopes: ParentNode[] = [root.shadowRoot ?? root];
  while (scopes.length > 0) {
    const scope = scopes.shift()!;
    found.push(...scope.querySelectorAll<T>(selector));
    scope.querySelectorAll('*').forEach((el) => el.shadowRoot && scopes.push(el.shadowRoot));
  }
  return found;
}

/** A control of the element by id (`f-file`, `f-designation`, `e-type`…). */
export const control = <T extends HTMLElement = HTMLInputElement>(manager: CpAttachmentManager, id: string): T =>
  manager.shadowRoot!.querySelector<T>(`#${id}`)!;

/** A button by its visible text (a row's "Gérer – name" button matches `/^Gérer/`). */
export function button(root: Element, text: string | RegExp): HTMLButtonElement {
  const matches = (b: HTMLButtonElement) =>
    typeof text === 'string'
      ? b.textContent!.replace(/\s+/g, ' ').trim() === text
      : text.test(b.textContent!.replace(/\s+/g, ' ').trim());
  const found = deepQueryAll<HTMLButtonElement>(root, 'button').find(matches);
  if (!found) throw new Error(`no button "${String(text)}"`);
  return found;
}

/** Puts a file in the picker, as the system's file dialog does once the user has chosen it. */
export function pick(manager: CpAttachmentManager, file: File): void {
  const input = control(manager, 'f-file');
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** Types a value in a field as a user would. */
export function fill(manager: CpAttachmentManager, id: string, value: string): void {
  const input = control<HTMLInputElement | HTMLSelectElement>(manager, id);
  input.value = value;
  input.dispatchEvent(
    new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }),
  );
}

/** The rows' checkboxes of the table, in order. */
export const rowBoxes = (manager: CpAttachmentManager): HTMLInputElement[] =>
  deepQueryAll<HTMLInputElement>(manager, 'tbody input[type="checkbox"]');

/** The confirm dialog's shadow root. */
export const dialogOf = (manager: CpAttachmentManager): ShadowRoot =>
  manager.shadowRoot!.querySelector('cp-confirm-dialog')!.shadowRoot!;

export { deepActive, tabTo };
