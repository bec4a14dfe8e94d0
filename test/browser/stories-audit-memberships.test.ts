import * as approbations from '../../stories/cp-approbations.stories.js';
import * as gpTransfer from '../../stories/cp-gp-transfer.stories.js';
import * as habilitations from '../../stories/cp-habilitations.stories.js';
import * as rattachements from '../../stories/cp-rattachements.stories.js';
import { auditStories } from './support/story-audits.js';

/** Issue 14 item 6: axe and the audits beyond axe (support/audits.ts) on every story of the membership elements. */
describe('Stories of the membership elements: accessibility audits', () => {
  auditStories([rattachements, gpTransfer, habilitations, approbations]);
});
