/**
 * The structure a page shows (Fiche structure, Services): `?structure=` in the address, else the
 * first one the user belongs to. The host lists the user's structures itself with the client and
 * lets the user pick another one, a form turned into a route change.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { t } from '../i18n.js';
import type { PageContext } from '../page-context.js';

interface Choice {
  id: number;
  name: string;
}

/** The structures the user is attached to (validated), once each. */
async function structuresOf(ctx: PageContext): Promise<Choice[]> {
  const { items } = await ctx.client().listMyRattachements();
  const seen = new Map<number, string>();
  for (const r of items)
    if (r.statutRattachement === 'VALIDEE' && !seen.has(r.idStructureCPP))
      seen.set(r.idStructureCPP, r.designationStructure);
  return [...seen].map(([id, name]) => ({ id, name }));
}

/**
 * The page of `slug` with the structure chooser on top and `content(id)` for the chosen structure;
 * "Loading…" until the user's structures are known.
 */
export function withStructureChoice(
  ctx: PageContext,
  slug: string,
  content: (id: number) => TemplateResult,
): TemplateResult {
  const state = ctx.once('structures', () => {
    const loaded: { choices?: Choice[] } = {};
    void structuresOf(ctx)
      .catch((): Choice[] => [])
      .then((choices) => {
        loaded.choices = choices;
        ctx.update();
      });
    return loaded;
  });
  const { choices } = state;
  if (!choices) return html`<p>${t('loading')}</p>`;
  const id = Number(ctx.params.get('structure')) || choices[0]?.id;
  if (!id) return html`<p>${t('structureNone')}</p>`;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const value = new FormData(event.target as HTMLFormElement).get('structure');
    ctx.navigate(ctx.href(slug, { structure: String(value) }));
  };
  return html`${
    choices.length > 1
      ? html`<form class="portal-choice" @submit=${submit}>
          <label for="structure-choice">${t('structureChoice')}</label>
          <select id="structure-choice" name="structure">
            ${choices.map((c) => html`<option value=${c.id} ?selected=${c.id === id}>${c.name}</option>`)}
          </select>
          <button type="submit">${t('structureShow')}</button>
        </form>`
      : nothing
  }
    ${content(id)}`;
}

/** Fiche structure: `<cp-structure-fiche>` of the chosen structure (STR-8), its title the page's `<h1>` (its blocks `<h2>`). */
export const fichePage = (ctx: PageContext): TemplateResult =>
  withStructureChoice(
    ctx,
    'fiche-structure',
    (id) => html`<cp-structure-fiche heading-level="1" title-hidden structure-id=${id}></cp-structure-fiche>`,
  );

/** Services: `<cp-service-manager>` of the chosen structure (SRV). */
export const servicesPage = (ctx: PageContext): TemplateResult =>
  withStructureChoice(
    ctx,
    'services',
    (id) => html`<cp-service-manager heading-level="2" structure-id=${id}></cp-service-manager>`,
  );
