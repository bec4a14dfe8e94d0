/**
 * The simulated world in the visitor's hands, beside the page: the guided tour being followed, "who
 * am I" over the seed's cast with what each person can do, reset, replaying a first connection and
 * the mock's clock (STR-4's delayed effects after 30 minutes, DEA's 60 days, NOT-1's daily and weekly
 * digests).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { DAY_MS } from '../../mock-api/clock.js';
import { CAST_MEMBERS, memberOf } from './cast.js';
import { dateTime, inPageLocale, t, type HostKey } from './i18n.js';
import type { Tour } from './tours.js';

/** The clock's steps, in minutes. */
const STEPS: readonly { key: HostKey; minutes: number }[] = [
  { key: 'step30min', minutes: 30 },
  { key: 'step1day', minutes: DAY_MS / 60_000 },
  { key: 'step1week', minutes: (7 * DAY_MS) / 60_000 },
  { key: 'step60days', minutes: (60 * DAY_MS) / 60_000 },
];

/** What the panel shows. */
export interface WorldState {
  user: string;
  now: Date;
  /** The tour being followed. */
  tour: Tour | undefined;
  /** The last thing the world did, said politely. */
  status: string;
}

/** What the panel does. */
export interface WorldActions {
  setUser(login: string): void;
  reset(): void;
  replayFirstConnection(): void;
  advance(minutes: number): void;
  quitTour(): void;
  href(slug: string): string;
}

const tourPanel = (tour: Tour, a: WorldActions): TemplateResult =>
  html`<section class="portal-tour" aria-labelledby="tour-title">
    <h2 id="tour-title">${t('tourCurrent', { title: inPageLocale(tour.title) })}</h2>
    <p>${t('tourBe', { name: CAST_MEMBERS.find((m) => m.key === tour.user)!.name })}</p>
    <h3>${t('tourSteps')}</h3>
    <ol>
      ${tour.steps.map(
        (step) =>
          html`<li>
            ${inPageLocale(step.do)}
            ${step.answer ? html`<br /><em>${t('tourAnswer', { answer: inPageLocale(step.answer) })}</em>` : nothing}
          </li>`,
      )}
    </ol>
    <p><a href=${a.href(tour.start)}>${t('tourStart')}</a></p>
    <button type="button" class="portal-secondary" @click=${() => a.quitTour()}>${t('tourQuit')}</button>
  </section>`;

/** The world panel (a complementary landmark). */
export function worldPanel(state: WorldState, a: WorldActions): TemplateResult {
  const me = memberOf(state.user);
  return html`<aside class="portal-world" aria-labelledby="world-title">
    ${state.tour ? tourPanel(state.tour, a) : nothing}
    <section class="portal-world-body">
      <h2 id="world-title">${t('worldTitle')}</h2>
      <p class="portal-field">
        <label for="world-user">${t('worldWho')}</label>
        <select id="world-user">
          ${CAST_MEMBERS.map(
            (m) =>
              html`<option value=${m.login} ?selected=${m.login === me.login}>
                ${m.name} (${inPageLocale(m.role)})
              </option>`,
          )}
        </select>
      </p>
      <p>
        <!-- A separate button: choosing in the list changes nothing by itself (WCAG 3.2.2, on input). -->
        <button
          type="button"
          @click=${(e: Event) =>
            a.setUser(
              (e.currentTarget as HTMLElement).closest('section')!.querySelector<HTMLSelectElement>('#world-user')!
                .value,
            )}
        >
          ${t('worldLogin')}
        </button>
      </p>
      <h3>${t('worldCan')}</h3>
      <p>${inPageLocale(me.can)}</p>
      <div class="portal-actions">
        <button type="button" class="portal-secondary" @click=${() => a.replayFirstConnection()}>
          ${t('worldReplay')}
        </button>
        <button type="button" class="portal-secondary" @click=${() => a.reset()}>${t('worldReset')}</button>
      </div>
      <h3>${t('worldClock')}</h3>
      <p>${t('worldNow', { now: dateTime(state.now) })}</p>
      <ul class="portal-steps">
        ${STEPS.map(
          (step) =>
            html`<li>
              <button type="button" class="portal-secondary" @click=${() => a.advance(step.minutes)}>
                ${t('worldAdvance', { step: t(step.key) })}
              </button>
            </li>`,
        )}
      </ul>
      <p class="portal-status" role="status">${state.status}</p>
    </section>
  </aside>`;
}
