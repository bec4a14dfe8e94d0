import type { Attachment, AttachmentTypeCode } from '../../domain/schemas/index.js';

/** Detail of `cp-before-upload`: the file about to be sent, with its désignation and type. */
export interface AttachmentBeforeUploadDetail {
  readonly file: File;
  readonly pieceJointeDesignation: string;
  readonly pieceJointeTypeCode: AttachmentTypeCode;
}

/** Detail of the events that carry one attachment as the server answered it. */
export interface AttachmentDetail {
  readonly attachment: Attachment;
}

/** Detail of `cp-before-delete` and `cp-delete`: the attachments deleted. */
export interface AttachmentsDetail {
  readonly attachments: readonly Attachment[];
}

/** The events of cp-attachment-manager, for typed listeners. */
export interface CpAttachmentManagerEventMap extends HTMLElementEventMap {
  'cp-before-upload': CustomEvent<AttachmentBeforeUploadDetail>;
  'cp-upload': CustomEvent<AttachmentDetail>;
  'cp-before-update': CustomEvent<AttachmentDetail>;
  'cp-update': CustomEvent<AttachmentDetail>;
  'cp-before-delete': CustomEvent<AttachmentsDetail>;
  'cp-delete': CustomEvent<AttachmentsDetail>;
}

/** Sends a bubbling, composed cp-kit event from `target`; returns false when a listener cancelled it. */
export function fire<K extends keyof CpAttachmentManagerEventMap>(
  target: EventTarget,
  type: K,
  detail: CpAttachmentManagerEventMap[K] extends CustomEvent<infer D> ? D : never,
  cancelable = false,
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}
