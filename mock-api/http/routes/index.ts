import type { Route } from '../route.js';
import { abonnementRoutes } from './abonnements.js';
import { accountRoutes } from './account.js';
import { approbationRoutes } from './approbations.js';
import { attachmentRoutes } from './attachments.js';
import { bankDetailsRoutes } from './bank-details.js';
import { deactivationRoutes } from './deactivation.js';
import { gpTransferRoutes } from './gp-transfer.js';
import { habilitationRoutes } from './habilitations.js';
import { inseeRoutes } from './insee.js';
import { notificationRoutes } from './notifications.js';
import { outboxRoutes } from './outbox.js';
import { rattachementRoutes } from './rattachements.js';
import { serviceRoutes } from './services.js';
import { structureRoutes } from './structures.js';

/**
 * The routing table of the mock: one line per section. A new section adds its file in this folder
 * and one line here.
 */
export const routes: readonly Route[] = [
  ...accountRoutes,
  ...deactivationRoutes,
  ...outboxRoutes,
  ...structureRoutes,
  ...serviceRoutes,
  ...rattachementRoutes,
  ...habilitationRoutes,
  ...abonnementRoutes,
  ...approbationRoutes,
  ...gpTransferRoutes,
  ...inseeRoutes,
  ...attachmentRoutes,
  ...bankDetailsRoutes,
  ...notificationRoutes,
];
