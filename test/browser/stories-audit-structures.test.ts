import * as serviceManager from '../../stories/cp-service-manager.stories.js';
import * as structureFiche from '../../stories/cp-structure-fiche.stories.js';
import * as structureManager from '../../stories/cp-structure-manager.stories.js';
import * as structurePicker from '../../stories/cp-structure-picker.stories.js';
import * as structureUsers from '../../stories/cp-structure-users.stories.js';
import { auditStories } from './support/story-audits.js';

/** Issue 14 item 6: axe and the audits beyond axe (support/audits.ts) on every story of the structure elements. */
describe('Stories of the structure elements: accessibility audits', () => {
  auditStories([structureManager, structureFiche, serviceManager, structurePicker, structureUsers]);
});
