import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sameSubject } from './render-refreshing.js';

/**
 * Forgets an element's transient state when the element turns to another subject: the session
 * switched to another user (a new client), or the element was pointed at another structure. What the
 * user ticked, typed, opened or was asked to confirm for the last subject must not act on, nor show
 * over, the next one (user B must not send a transfer made of user A's choices). A refresh of the same
 * subject (a write elsewhere in the page, the window regaining focus) keeps everything.
 *
 * `subject()` names the subject part by part, as the element's `loadedFor` does (the client, a
 * structure's id…); `forget()` puts the transient state back as it starts. It runs within the update
 * that sees the change, before rendering, so the previous subject's choices never show with the next.
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
    if (this.#last !== undefined && !sameSubject(this.#last, now)) this.forget();
    this.#last = now;
  }
}
