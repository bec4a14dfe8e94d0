/**
 * The library's element entry points, one per custom element, so a host can import one element
 * alone (`import 'cp-kit/cp-iban-input'`). Read by `vite.config.ts` and the size benchmark.
 */
export const elementEntries: Record<string, string> = {
  'cp-iban-input': 'src/elements/cp-iban-input/cp-iban-input.ts',
  'cp-session': 'src/elements/cp-session/cp-session.ts',
  'cp-account-form': 'src/elements/cp-account-form/cp-account-form.ts',
  'cp-structure-manager': 'src/elements/cp-structure-manager/cp-structure-manager.ts',
  'cp-structure-fiche': 'src/elements/cp-structure-fiche/cp-structure-fiche.ts',
  'cp-service-manager': 'src/elements/cp-service-manager/cp-service-manager.ts',
  'cp-rattachements': 'src/elements/cp-rattachements/cp-rattachements.ts',
  'cp-habilitations': 'src/elements/cp-habilitations/cp-habilitations.ts',
  'cp-structure-picker': 'src/elements/shared/cp-structure-picker.ts',
  'cp-attachment-manager': 'src/elements/cp-attachment-manager/cp-attachment-manager.ts',
  'cp-attachment-picker': 'src/elements/cp-attachment-picker/cp-attachment-picker.ts',
  'cp-approbations': 'src/elements/cp-approbations/cp-approbations.ts',
  'cp-structure-users': 'src/elements/cp-structure-users/cp-structure-users.ts',
  'cp-gp-transfer': 'src/elements/cp-gp-transfer/cp-gp-transfer.ts',
  'cp-bank-details': 'src/elements/cp-bank-details/cp-bank-details.ts',
};
