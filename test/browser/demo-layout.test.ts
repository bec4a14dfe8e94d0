import { expect, waitUntil } from '@open-wc/testing';
import { visit, way } from './demo-routes.js';
import { deepFind, useDemo } from './demo-support.js';
import { atWidth, axeProblems, describe as describeEl, nextFrames } from './support/audits.js';

/**
 * The demo portal's layout as a reviewer found it: at 200 % text the header's user menu covered the
 * portal's title (WCAG 1.4.4); in Approbations at 1280 px the table scrolled sideways in its box and
 * each row's only action, "Ouvrir", was out of sight (WCAG 1.4.10).
 */
describe('Demo portal layout: the header at 200 % text, the approvals table at the demo’s width', () => {
  const demo = useDemo('/');

  /** The parts of `a` and `b` that overlap, in px², 0 when none. */
  const overlap = (a: DOMRect, b: DOMRect): number =>
    Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
    Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

  /** What the header lays over what, by pairs of its parts that are shown. */
  function headerOverlaps(): string[] {
    const parts = [
      '.portal-marianne',
      '.portal-name',
      '.portal-tagline',
      '.portal-user',
      '.portal-lang',
      '.portal-burger',
    ]
      .map((selector) => demo.container.querySelector<HTMLElement>(`.portal-header ${selector}`)!)
      .filter((el) => el.checkVisibility());
    const found: string[] = [];
    parts.forEach((a, i) =>
      parts.slice(i + 1).forEach((b) => {
        const area = overlap(a.getBoundingClientRect(), b.getBoundingClientRect());
        if (area > 1) found.push(`${describeEl(a)} and ${describeEl(b)} overlap (${Math.round(area)} px²)`);
      }),
    );
    const width = document.documentElement.clientWidth;
    for (const el of parts)
      if (el.getBoundingClientRect().right > width + 0.5) found.push(`${describeEl(el)} goes past the viewport`);
    return found;
  }

  for (const width of [1280, 1000, 320])
    it(`WCAG 1.4.4: at 200 % text and ${width} px, the title, the user menu and the language switch do not overlap`, async () => {
      const root = document.documentElement;
      root.style.fontSize = '200%';
      try {
        await atWidth(width, async () => {
          await nextFrames();
          expect(headerOverlaps()).to.deep.equal([]);
        });
      } finally {
        root.style.fontSize = '';
      }
    });

  it('APR-1 / WCAG 1.4.10: at 1280 px, the first request’s "Ouvrir" is in sight in the table’s box without scrolling; its dates on one line and in sight once scrolled; axe', async function () {
    this.timeout(60_000);
    await atWidth(1280, async () => {
      await visit(demo, way('/approbations', 'Approbations'));
      const inbox = demo.container.querySelector('cp-approbations')!;
      await waitUntil(() => deepFind(inbox, 'tr.row button[data-action]'), 'the requests listed', { timeout: 10_000 });
      const open = deepFind(inbox, 'tr.row button[data-action]') as HTMLButtonElement;
      expect(open.textContent).to.contain('Ouvrir');
      const scroller = deepFind(inbox, '.scroller') as HTMLElement;
      expect(scroller.scrollLeft, 'not scrolled').to.equal(0);
      const box = scroller.getBoundingClientRect();
      const button = open.getBoundingClientRect();
      expect(
        { left: button.left >= box.left - 0.5, right: button.right <= box.right + 0.5 },
        `"Ouvrir" (${Math.round(button.left)}–${Math.round(button.right)} px) within the table's box (${Math.round(box.left)}–${Math.round(box.right)} px)`,
      ).to.deep.equal({ left: true, right: true });
      // Each date of the row on one line; scrolled to the end, whole beside the row's actions.
      const row = open.closest('tr')!;
      const dates = [...row.querySelectorAll('td')].filter((td) =>
        /^\d{2}\/\d{2}\/\d{4}$/.test(td.textContent!.trim()),
      );
      expect(dates.length, 'the row shows its date').to.be.greaterThan(0);
      scroller.scrollLeft = scroller.scrollWidth;
      await nextFrames();
      const actionsLeft = open.closest('td')!.getBoundingClientRect().left;
      for (const td of dates) {
        const range = document.createRange();
        range.selectNodeContents(td);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        expect(lines.size, `${td.textContent!.trim()} on one line`).to.equal(1);
        expect(range.getBoundingClientRect().right, `${td.textContent!.trim()} beside the actions`).to.be.at.most(
          actionsLeft + 0.5,
        );
      }
      scroller.scrollLeft = 0;
      expect(await axeProblems(demo.container)).to.deep.equal([]);
    });
  });
});
