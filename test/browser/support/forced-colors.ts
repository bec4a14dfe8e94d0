import { executeServerCommand } from '@web/test-runner-commands';

/** Turns Chromium's forced-colors emulation on or off for this page (`test/support/forced-colors-plugin.mjs`). */
export async function emulateForcedColors(active: boolean): Promise<void> {
  await executeServerCommand('forced-colors', { active });
}

/** Whether each side of the element has a border that is drawn (a width and a style). */
function hasBorder(el: Element): boolean {
  const style = getComputedStyle(el);
  return (['top', 'right', 'bottom', 'left'] as const).every(
    (side) =>
      parseFloat(style.getPropertyValue(`border-${side}-width`)) >= 1 &&
      !['none', 'hidden'].includes(style.getPropertyValue(`border-${side}-style`)),
  );
}

/**
 * The fields in `root`'s shadow tree (and the shadow trees inside it) that show no boundary: a text
 * input or a select without a border on every side, or a checkbox or radio button drawn neither by the
 * system nor with a border. In forced colours, backgrounds and box-shadows are dropped, so a field
 * drawn with them alone disappears (WCAG 1.4.11). Visually hidden fields are passed over.
 */
export function fieldsWithoutBoundary(root: Element): string[] {
  const found: string[] = [];
  const scopes: ParentNode[] = [root.shadowRoot ?? root];
  while (scopes.length > 0) {
    const scope = scopes.shift()!;
    for (const field of scope.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) {
      const box = field.getBoundingClientRect();
      if (field.type === 'hidden' || box.width <= 1 || box.height <= 1) continue;
      const native =
        (field.type === 'checkbox' || field.type === 'radio') && getComputedStyle(field).appearance !== 'none';
      if (!native && !hasBorder(field)) found.push(field.id ? `#${field.id}` : field.outerHTML.slice(0, 60));
    }
    scope.querySelectorAll('*').forEach((el) => el.shadowRoot && scopes.push(el.shadowRoot));
  }
  return found;
}
