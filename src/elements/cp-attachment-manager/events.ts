import type { Attachment, AttachmentTypeCode } from '../../domain/schemas/index.js';

/** Detail of `cp-before-attachment-upload`: the file about to be sent, with its désignation and type. */
export interface AttachmentBeforeUploadDetail {
  readonly file: File;
  readonly pieceJointeDesignation: string;
  readonly pieceJointeTypeCode: AttachmentTypeCode;
}

/** Detail of the events that carry one attachment as the server answered it. */
export interface AttachmentDetail {
  readonly attachment: Attachment;
}

/** Detail of `cp-before-attachments-delete` and `cp-attachments-deleted`: the attachments deleted. */
export interface AttachmentsDetail {
  readonly attachments: readonly Attachment[];
}

/** The events of cp-attachment-manager, for typed listeners. */
export interface CpAttachmentManagerEventMap {
  'cp-before-attachment-upload': CustomEvent<AttachmentBeforeUploadDetail>;
  'cp-attachment-uploaded': CustomEvent<AttachmentDetail>;
  'cp-before-attachment-update': CustomEvent<AttachmentDetail>;
  'cp-attachment-updated': CustomEvent<AttachmentDetail>;
  'cp-before-attachments-delete': CustomEvent<AttachmentsDetail>;
  'cp-attachments-deleted': CustomEvent<AttachmentsDetail>;
}

declare global {
  interface HTMLElementEventMap extends CpAttachmentManagerEventMap {}
}
