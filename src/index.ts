/**
 * cp-kit: every element, the domain validators and the i18n switch, from one import.
 * Import `cp-kit/<tag>` instead to load one element alone.
 */
export * from './domain/index.js';
export { setPageLocale, getPageLocale, type Locale } from './i18n/locale.js';
export { CpIbanInput, type CpIbanChangeDetail, type CpIbanInputEventMap, type ValidateOn } from './elements/cp-iban-input/cp-iban-input.js';
export * from './client/index.js';
export { CpDataTable, type DataTableColumn, type SortChangeDetail, type SelectionChangeDetail, type RowActivateDetail } from './elements/shared/cp-data-table.js';
export { CpErrorSummary, type FieldError, type FocusFieldDetail } from './elements/shared/cp-error-summary.js';
export { CpConfirmDialog, type ConfirmRequest } from './elements/shared/cp-confirm-dialog.js';
export { CpTextField } from './elements/shared/cp-text-field.js';
export { CpDateInput } from './elements/shared/cp-date-input.js';
export { downloadCsv } from './elements/shared/download.js';
export type { CpEventName, CpEventDetail } from './elements/shared/events.js';
export { CpSession, type UserLanguageDetail } from './elements/cp-session/cp-session.js';
export { CpAccountForm } from './elements/cp-account-form/cp-account-form.js';
export type { CpAccountFormEventMap, AccountBeforeSaveDetail, AccountDetail } from './elements/cp-account-form/events.js';
export { CpStructureManager } from './elements/cp-structure-manager/cp-structure-manager.js';
export type { CpStructureManagerEventMap, StructureDetail, StructureWrite } from './elements/cp-structure-manager/events.js';
export { CpServiceManager } from './elements/cp-service-manager/cp-service-manager.js';
export type { CpServiceManagerEventMap, ServiceDetail, ServiceWrite } from './elements/cp-service-manager/events.js';
export { CpStructurePicker, type StructuresSelectDetail } from './elements/shared/cp-structure-picker.js';
export { CpRattachements, type BeforeLeaveDetail, type LeaveOutcomeDetail, type BeforeRequestDetail, type RattachementRequestedDetail } from './elements/cp-rattachements/cp-rattachements.js';
export { CpHabilitations, type AbonnementsDeletionDetail, type AbonnementsRequestedDetail, type BeforeAbonnementDetail } from './elements/cp-habilitations/cp-habilitations.js';
export { CpAttachmentManager } from './elements/cp-attachment-manager/cp-attachment-manager.js';
export type { CpAttachmentManagerEventMap, AttachmentBeforeUploadDetail, AttachmentDetail, AttachmentsDetail } from './elements/cp-attachment-manager/events.js';
export { CpAttachmentPicker, type AttachmentContext } from './elements/cp-attachment-picker/cp-attachment-picker.js';
export type { CpAttachmentPickerEventMap, AttachmentPickDetail } from './elements/cp-attachment-picker/events.js';
export { CpApprobations } from './elements/cp-approbations/cp-approbations.js';
export type { CpApprobationsEventMap, ApprobationCountDetail, ApprobationBeforeDecideDetail, ApprobationDecideDetail } from './elements/cp-approbations/events.js';
export { CpStructureUsers } from './elements/cp-structure-users/cp-structure-users.js';
export type { CpStructureUsersEventMap, UserChangeDetail, UserAction } from './elements/cp-structure-users/events.js';
export { CpGpTransfer } from './elements/cp-gp-transfer/cp-gp-transfer.js';
export type { CpGpTransferEventMap } from './elements/cp-gp-transfer/events.js';
export { CpBankDetails } from './elements/cp-bank-details/cp-bank-details.js';
export type { CpBankDetailsEventMap, BankDetailsBeforeSaveDetail, BankDetailsSavedDetail } from './elements/cp-bank-details/events.js';
