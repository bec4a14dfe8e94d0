/**
 * The conformance suite of the cp-kit HTTP contract, for Node: the checks (as data), the runner and
 * the reports, for integrators who run it from their own test runner rather than `cp-kit-conformance`.
 */
export { CHECKS, checksOf } from './cases/index.js';
export {
  CheckFailure,
  NotApplicable,
  type Check,
  type CheckContext,
  type Exchange,
  type ExpectedRefusal,
  type RawAnswer,
  type RawRequest,
} from './check.js';
export { createCheckContext, type ContextOptions, type RecordingContext } from './context.js';
export {
  NOT_CHECKED,
  PARTLY_CHECKED,
  SPEC_SECTIONS,
  checksPerSection,
  coverageReport,
  sectionOf,
  uncoveredRules,
  type UncheckedReason,
  type UncheckedRule,
} from './coverage.js';
export { MOCK_CREDENTIALS, parseCredentials, type Credentials } from './credentials.js';
export { FIXTURE, FIXTURE_USERS, type FixtureUser } from './fixture.js';
export { STATE_PATH, httpProviderState, type ProviderState } from './provider-state.js';
export { consoleReport, failureText } from './report-console.js';
export { junitReport } from './report-junit.js';
export { runConformanceCli } from './run-cli.js';
export { runChecks, tally, type CheckResult, type RunOptions } from './runner.js';
