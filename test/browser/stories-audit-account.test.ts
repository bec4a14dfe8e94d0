import * as accountForm from '../../stories/cp-account-form.stories.js';
import * as attachmentManager from '../../stories/cp-attachment-manager.stories.js';
import * as attachmentPicker from '../../stories/cp-attachment-picker.stories.js';
import * as bankDetails from '../../stories/cp-bank-details.stories.js';
import * as ibanInput from '../../stories/cp-iban-input.stories.js';
import * as session from '../../stories/cp-session.stories.js';
import { auditStories } from './support/story-audits.js';

/** Issue 14 item 6: axe and the audits beyond axe (support/audits.ts) on every story of the account and bank elements. */
describe('Stories of the account and bank elements: accessibility audits', () => {
  auditStories([accountForm, session, ibanInput, bankDetails, attachmentManager, attachmentPicker]);
});
