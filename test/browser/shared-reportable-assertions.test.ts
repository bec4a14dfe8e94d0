import { expect } from '@open-wc/testing';

describe('failed assertions about DOM nodes (the runner must be able to report them)', () => {
  it("a failed assertion on an element carries a text description, so the runner reports it instead of waiting for the file's timeout", () => {
    const input = document.createElement('input');
    input.id = 'select-all';
    let failure: (Error & { actual?: unknown; expected?: unknown }) | undefined;
    try {
      expect(input).to.equal(null);
    } catch (error) {
      failure = error as Error & { actual?: unknown; expected?: unknown };
    }
    expect(failure?.message).to.contain('to equal null');
    expect(failure?.actual).to.equal('<input id="select-all">');
    expect(failure?.expected).to.equal(null);
    expect(() => structuredClone({ actual: failure?.actual, expected: failure?.expected })).not.to.throw();
  });

  it('a failed assertion on plain values keeps them as they are, for the diff', () => {
    let failure: (Error & { actual?: unknown; expected?: unknown }) | undefined;
    try {
      expect({ a: 1 }).to.deep.equal({ a: 2 });
    } catch (error) {
      failure = error as Error & { actual?: unknown; expected?: unknown };
    }
    expect(failure?.actual).to.deep.equal({ a: 1 });
    expect(failure?.expected).to.deep.equal({ a: 2 });
  });
});
