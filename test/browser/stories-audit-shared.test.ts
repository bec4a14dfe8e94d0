import * as confirmDialog from '../../stories/shared-confirm-dialog.stories.js';
import * as dataTable from '../../stories/shared-data-table.stories.js';
import * as dateInput from '../../stories/shared-date-input.stories.js';
import * as errorSummary from '../../stories/shared-error-summary.stories.js';
import * as textField from '../../stories/shared-text-field.stories.js';
import { auditStories } from './support/story-audits.js';

/** Issue 14 item 6: axe and the audits beyond axe on every story of the shared pieces. */
describe('Stories of the shared pieces: accessibility audits', () => {
  auditStories([confirmDialog, dataTable, dateInput, errorSummary, textField]);
});
