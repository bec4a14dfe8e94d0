import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sameSubject } from './render-refreshing.js';

/**
 * Forgets an element's transient state when the element turns to another subject: the session
 * switched to another user (a new client), or the element was pointed at another structure. What the
 * user ticked, typed, opened or was asked to confirm for the last subject must not act on, nor show
 * over, the next one (user B must not send a transfer made of user A's choices). A refresh of the same
 * subject (a write elsewhere in the page, the window regaining focus) keeps everything.
 *
 * `subject()` names the subject part by part, as the element's `loadedFor` does: the client first,
 * then a structure's id…; `forget()` puts the transient state back as it starts. It runs within the
 * update that sees the change, before rendering, so the previous subject's choices never show with
 * the next. The first client (an element upgraded before its session) is the start, not a change:
 * nothing was loaded nor chosen before it, and what the host set meanwhile (a `value`) stays.
 */
export class SubjectChange implements ReactiveController {
  #last: readonly unknown[] | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly subject: () => readonly unknown[],
    private readonly forget: () => void,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const now = this.subject();
    const last = this.#last;
    if (last !== undefined && last[0] !== undefined && !sameSubject(last, now)) this.forget();
    this.#last = now;
  }
}
