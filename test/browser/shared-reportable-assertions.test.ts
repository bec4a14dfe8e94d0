import { expect, fixture, html } from '@open-wc/testing';

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

  // The plugin loads before mocha: it must not keep @open-wc/testing from cleaning fixtures after each test.
  it('fixtures are still removed after each test (the first of two)', async () => {
    await fixture(html`<p id="left-behind">one</p>`);
    expect(document.querySelectorAll('#left-behind').length).to.equal(1);
  });

  it('fixtures are still removed after each test (the second finds none of the first)', async () => {
    await fixture(html`<p id="left-behind">two</p>`);
    expect(document.querySelectorAll('#left-behind').length).to.equal(1);
  });
});
