import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { RattachementLevel, Service } from '../../domain/schemas/index.js';
import type { Locale } from '../../i18n/locale.js';
import { t } from './messages.js';

/** What the manager types to attach a user (RAT-8). */
export interface AttachDraft {
  login: string;
  niveau: RattachementLevel;
  idServices: number[];
}

/** Problems of the attach form, by field, already written out (client checks or the server's field messages). */
export type AttachIssues = Partial<Record<'login' | 'idServices', string>>;

/** What the attach form needs from its element. */
export interface AttachFormInput {
  draft: AttachDraft;
  issues: AttachIssues;
  services: readonly Service[];
  locale: Locale;
  busy: boolean;
  /** Applies a change of the draft (a patch, so several quick changes never overwrite each other). */
  onDraft: (patch: Partial<AttachDraft>) => void;
  onSubmit: () => void;
}

/** The client-side checks of the attach form: a login, and services at SERVICES level. */
export function checkAttach(draft: AttachDraft, locale: Locale): AttachIssues {
  const issues: AttachIssues = {};
  if (!draft.login.trim()) issues.login = t(locale, 'loginRequired');
  if (draft.niveau === 'SERVICES' && draft.idServices.length === 0) issues.idServices = t(locale, 'servicesRequired');
  return issues;
}

/**
 * "Rattacher un utilisateur" (RAT-8): login e-mail, level (whole structure or chosen active
 * services); valid at once. Errors are shown next to their field with the "Erreur :" prefix.
 */
export function renderAttachForm(input: AttachFormInput): TemplateResult {
  const { draft, issues, locale } = input;
  const error = (id: string, text: string | undefined) =>
    text ? html`<p class="error-text" id=${id}><strong>${t(locale, 'errorPrefix')}</strong> ${text}</p>` : nothing;
  return html`<form
    class="stack"
    part="attach"
    novalidate
    aria-labelledby="attach-title"
    @submit=${(e: Event) => {
      e.preventDefault();
      input.onSubmit();
    }}
  >
    <p class="subtitle" id="attach-title">${t(locale, 'attachTitle')}</p>
    <p class="hint">${t(locale, 'attachHint')}</p>
    <label for="attach-login">${t(locale, 'login')}</label>
    ${error('attach-login-error', issues.login)}
    <input
      id="attach-login"
      type="email"
      autocomplete="off"
      aria-invalid=${issues.login ? 'true' : 'false'}
      aria-describedby=${issues.login ? 'attach-login-error' : nothing}
      .value=${live(draft.login)}
      @input=${(e: Event) => input.onDraft({ login: (e.target as HTMLInputElement).value })}
    />
    <label for="attach-level">${t(locale, 'level')}</label>
    <select id="attach-level" @change=${(e: Event) => input.onDraft({ niveau: (e.target as HTMLSelectElement).value as RattachementLevel })}>
      <option value="STRUCTURE" ?selected=${draft.niveau === 'STRUCTURE'}>${t(locale, 'levelStructure')}</option>
      <option value="SERVICES" ?selected=${draft.niveau === 'SERVICES'}>${t(locale, 'levelServices')}</option>
    </select>
    ${
      draft.niveau === 'SERVICES'
        ? html`<fieldset id="attach-services" aria-describedby=${issues.idServices ? 'attach-services-error' : nothing}>
          <legend>${t(locale, 'services')}</legend>
          ${error('attach-services-error', issues.idServices)}
          ${input.services.map(
            (s) => html`<label class="check"
              ><input
                type="checkbox"
                .checked=${live(draft.idServices.includes(s.idService))}
                @change=${(e: Event) => {
                  const on = (e.target as HTMLInputElement).checked;
                  input.onDraft({
                    idServices: on
                      ? [...draft.idServices, s.idService]
                      : draft.idServices.filter((id) => id !== s.idService),
                  });
                }}
              />
              ${s.codeService} – ${s.libelleService}</label
            >`,
          )}
        </fieldset>`
        : nothing
    }
    <div class="actions"><button type="submit" ?disabled=${input.busy}>${t(locale, 'attach')}</button></div>
  </form>`;
}
