import type { Attachment } from '../../domain/schemas/index.js';

/** Detail of `cp-change` from cp-attachment-picker: the attachments chosen now, in the list's order. */
export interface AttachmentPickDetail {
  readonly attachments: readonly Attachment[];
}

/** The events of cp-attachment-picker, for typed listeners. */
export interface CpAttachmentPickerEventMap extends HTMLElementEventMap {
  'cp-change': CustomEvent<AttachmentPickDetail>;
}
