/**
 * Loaded before every browser test file (web-test-runner.config.mjs, `testRunnerHtml`).
 *
 * A failing chai assertion keeps its `actual` and `expected` values on the error, and
 * @web/test-runner sends them to the runner as they are. When one is a DOM node the browser cannot
 * copy it (DataCloneError), the file's report is lost and the runner waits for its whole
 * `testsFinishTimeout`, then says "0 passed, 0 failed": a plain failure looks like a frozen browser.
 * This plugin describes such values as text (`<input id="select-all">`) before the error leaves chai,
 * so the failure is reported with its message like any other.
 */
// The side-effect-free entry: '@open-wc/testing' registers its fixture cleanup (afterEach) when first
// imported, which must happen in the test file, once mocha has defined afterEach, not here before it.
// (Its type declarations omit the `chai` it exports, hence the type taken from the main entry.)
import type { chai as Chai } from '@open-wc/testing';
import * as pure from '@open-wc/testing/pure';

const { chai } = pure as unknown as { chai: typeof Chai };

/** A short text for a value the structured clone cannot copy (a node, a window, a function). */
export function describeForReport(value: unknown): unknown {
  if (typeof Node !== 'undefined' && value instanceof Node) {
    if (value instanceof Element) {
      const id = value.id ? ` id="${value.id}"` : '';
      return `<${value.localName}${id}>`;
    }
    return value.nodeName;
  }
  if (typeof value === 'function') return `function ${value.name || '(anonymous)'}`;
  if (typeof Window !== 'undefined' && value instanceof Window) return '[Window]';
  return value;
}

chai.use((api) => {
  const assert = api.Assertion.prototype.assert;
  api.Assertion.prototype.assert = function (this: Chai.AssertionStatic, ...args: Parameters<typeof assert>) {
    try {
      assert.apply(this, args);
    } catch (error) {
      if (error instanceof api.AssertionError) {
        const failed = error as Chai.AssertionError & { actual?: unknown; expected?: unknown };
        failed.actual = describeForReport(failed.actual);
        failed.expected = describeForReport(failed.expected);
      }
      throw error;
    }
  };
});
