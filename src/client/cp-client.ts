import type { AccountApi } from './account-api.js';
import type { ApprobationApi } from './approbation-api.js';
import type { AttachmentApi } from './attachment-api.js';
import type { BankDetailsApi } from './bank-details-api.js';
import type { ChangeFeed } from './call-options.js';
import type { DeactivationApi } from './deactivation-api.js';
import type { GpTransferApi } from './gp-transfer-api.js';
import type { HabilitationApi } from './habilitation-api.js';
import type { InseeApi } from './insee-api.js';
import type { NotificationApi } from './notification-api.js';
import type { RattachementApi } from './rattachement-api.js';
import type { ServiceApi } from './service-api.js';
import type { StructureApi } from './structure-api.js';

/**
 * The one client interface elements talk to: every section's API, plus the change feed.
 * A new section adds its `<section>-api.ts` and one name to this list.
 */
export interface CpClient
  extends
    ChangeFeed,
    AccountApi,
    DeactivationApi,
    StructureApi,
    ServiceApi,
    RattachementApi,
    HabilitationApi,
    ApprobationApi,
    GpTransferApi,
    InseeApi,
    AttachmentApi,
    BankDetailsApi,
    NotificationApi {}
