import type { Attachment } from '../../domain/schemas/index.js';

/** Detail of `cp-attachment-picker-changed` from cp-attachment-picker: the attachments chosen now, in the list's order. */
export interface AttachmentPickDetail {
  readonly attachments: readonly Attachment[];
}

/** The events of cp-attachment-picker, for typed listeners. */
export interface CpAttachmentPickerEventMap {
  'cp-attachment-picker-changed': CustomEvent<AttachmentPickDetail>;
}

declare global {
  interface HTMLElementEventMap extends CpAttachmentPickerEventMap {}
}
