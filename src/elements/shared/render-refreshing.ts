import { TaskStatus, type StatusRenderer, type Task } from '@lit/task';

/**
 * Renders a Lit task as `task.render(renderers)` does, except while it runs again for the same
 * subject (a refresh of the data, X-7: a write elsewhere in the page, the window regaining focus):
 * the last result then stays on screen instead of the "Chargement…" status, so that a reader keeps
 * his place and a keyboard user his focus. `sameSubject(last)` tells whether the last result is
 * about what is being loaded now (not another user's data, say).
 */
export function renderRefreshing<T extends ReadonlyArray<unknown>, R>(
  task: Task<T, R>,
  renderers: StatusRenderer<R>,
  sameSubject: (last: R) => boolean,
): unknown {
  const last = task.value;
  if (task.status === TaskStatus.PENDING && last !== undefined && renderers.complete && sameSubject(last)) {
    return renderers.complete(last);
  }
  return task.render(renderers);
}

const subjects = new WeakMap<object, readonly unknown[]>();

/**
 * Notes what a task's result was loaded for (the client, a structure's id…), for `isLoadedFor` to
 * tell later whether it is about what is being loaded now. Returns the result itself.
 */
export function loadedFor<R extends object>(result: R, ...subject: readonly unknown[]): R {
  subjects.set(result, subject);
  return result;
}

/** Whether `result` was noted by `loadedFor` with the same subject (compared part by part, `===`). */
export function isLoadedFor(result: unknown, ...subject: readonly unknown[]): boolean {
  const noted = typeof result === 'object' && result !== null ? subjects.get(result) : undefined;
  return noted !== undefined && sameSubject(noted, subject);
}

/** Whether two subjects are the same, part by part (`===`). */
export function sameSubject(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((part, i) => part === b[i]);
}
