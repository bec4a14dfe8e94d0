/**
 * cp-kit: every element, the domain validators and the i18n switch, from one import.
 * Import `cp-kit/<tag>` instead to load one element alone.
 */
export * from './client/index.js';
export * from './domain/index.js';
export { CpAccountForm } from './elements/cp-account-form/cp-account-form.js';
export type {
  AccountBeforeSaveDetail,
  AccountDetail,
  CpAccountFormEventMap,
} from './elements/cp-account-form/events.js';
export { CpApprobations } from './elements/cp-approbations/cp-approbations.js';
export type {
  ApprobationBeforeDecideDetail,
  ApprobationCountDetail,
  ApprobationDecideDetail,
  CpApprobationsEventMap,
} from './elements/cp-approbations/events.js';
export { CpAttachmentManager } from './elements/cp-attachment-manager/cp-attachment-manager.js';
export type {
  AttachmentBeforeUploadDetail,
  AttachmentDetail,
  AttachmentsDetail,
  CpAttachmentManagerEventMap,
} from './elements/cp-attachment-manager/events.js';
export { CpAttachmentPicker, type AttachmentContext } from './elements/cp-attachment-picker/cp-attachment-picker.js';
export type { AttachmentPickDetail, CpAttachmentPickerEventMap } from './elements/cp-attachment-picker/events.js';
export { CpBankDetails } from './elements/cp-bank-details/cp-bank-details.js';
export type {
  BankDetailsBeforeSaveDetail,
  BankDetailsSavedDetail,
  CpBankDetailsEventMap,
} from './elements/cp-bank-details/events.js';
export { CpGpTransfer } from './elements/cp-gp-transfer/cp-gp-transfer.js';
export type { CpGpTransferEventMap } from './elements/cp-gp-transfer/events.js';
export {
  CpHabilitations,
  type AbonnementsDeletionDetail,
  type AbonnementsRequestedDetail,
  type BeforeAbonnementDetail,
} from './elements/cp-habilitations/cp-habilitations.js';
export {
  CpIbanInput,
  type CpIbanChangeDetail,
  type CpIbanInputEventMap,
  type ValidateOn,
} from './elements/cp-iban-input/cp-iban-input.js';
export {
  CpRattachements,
  type BeforeLeaveDetail,
  type BeforeRequestDetail,
  type LeaveOutcomeDetail,
  type RattachementRequestedDetail,
} from './elements/cp-rattachements/cp-rattachements.js';
export { CpServiceManager } from './elements/cp-service-manager/cp-service-manager.js';
export type { CpServiceManagerEventMap, ServiceDetail, ServiceWrite } from './elements/cp-service-manager/events.js';
export { CpSession, type UserLanguageDetail } from './elements/cp-session/cp-session.js';
export {
  CpStructureFiche,
  type CpStructureFicheEventMap,
  type StructureFicheDetail,
} from './elements/cp-structure-fiche/cp-structure-fiche.js';
export { CpStructureManager } from './elements/cp-structure-manager/cp-structure-manager.js';
export type {
  CpStructureManagerEventMap,
  StructureDetail,
  StructureWrite,
} from './elements/cp-structure-manager/events.js';
export { CpStructureUsers } from './elements/cp-structure-users/cp-structure-users.js';
export type { CpStructureUsersEventMap, UserAction, UserChangeDetail } from './elements/cp-structure-users/events.js';
export { CpConfirmDialog, type ConfirmRequest } from './elements/shared/cp-confirm-dialog.js';
export {
  CpDataTable,
  type DataTableColumn,
  type DataTableRowAction,
  type RowActivateDetail,
  type SelectionChangeDetail,
  type SortChangeDetail,
} from './elements/shared/cp-data-table.js';
export { CpDateInput } from './elements/shared/cp-date-input.js';
export { CpErrorSummary, type FieldError, type FocusFieldDetail } from './elements/shared/cp-error-summary.js';
export { CpStructurePicker, type StructuresSelectDetail } from './elements/shared/cp-structure-picker.js';
export { CpTextField } from './elements/shared/cp-text-field.js';
export { downloadCsv } from './elements/shared/download.js';
export type { CpEventDetail, CpEventName } from './elements/shared/events.js';
export { getPageLocale, setPageLocale, type Locale } from './i18n/locale.js';
