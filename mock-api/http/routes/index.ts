import type { Route } from '../route.js';
import { accountRoutes } from './account.js';
import { deactivationRoutes } from './deactivation.js';
import { gpTransferRoutes } from './gp-transfer.js';
import { outboxRoutes } from './outbox.js';
import { structureRoutes } from './structures.js';
import { serviceRoutes } from './services.js';
import { rattachementRoutes } from './rattachements.js';
import { habilitationRoutes } from './habilitations.js';
import { abonnementRoutes } from './abonnements.js';
import { approbationRoutes } from './approbations.js';
import { inseeRoutes } from './insee.js';
import { attachmentRoutes } from './attachments.js';
import { bankDetailsRoutes } from './bank-details.js';

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
];
