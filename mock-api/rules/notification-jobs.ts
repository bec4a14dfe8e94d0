import type { OutboxEmail } from '../../src/domain/schemas/index.js';
import { DAY_MS } from '../clock.js';
import type { ScheduledJobRecord } from '../records.js';
import type { MockEnv } from './context.js';
import { runDailyDigest, runWeeklySummary } from './notifications.js';

/** The hour (UTC) the periodic e-mails leave: 07:00 in Paris in winter, 08:00 in summer. */
export const SEND_HOUR_UTC = 6;

/** How many missed runs of one job a single catch-up sends at most (a clock moved by months). */
const MAX_CATCH_UP = 62;

interface Job {
  /** Time between two runs. */
  period: number;
  /** The first run after `instant`. */
  first(instant: Date): Date;
  run(env: Pick<MockEnv, 'store' | 'clock'>, at: Date): OutboxEmail[];
}

/** The next 06:00 UTC strictly after `instant`. */
function nextSendTime(instant: Date): Date {
  const next = new Date(instant);
  next.setUTCHours(SEND_HOUR_UTC, 0, 0, 0);
  if (next <= instant) next.setUTCDate(next.getUTCDate() + 1);
  return next;
}

/** The next Monday 06:00 UTC strictly after `instant`. */
function nextMondaySendTime(instant: Date): Date {
  const next = nextSendTime(instant);
  while (next.getUTCDay() !== 1) next.setUTCDate(next.getUTCDate() + 1);
  return next;
}

const JOBS: Record<ScheduledJobRecord['tache'], Job> = {
  'daily-digest': { period: DAY_MS, first: nextSendTime, run: runDailyDigest },
  'weekly-summary': { period: 7 * DAY_MS, first: nextMondaySendTime, run: runWeeklySummary },
};

/** The first run of each job after `instant`: the schedule a freshly seeded store starts with. */
export function initialSchedule(instant: Date): ScheduledJobRecord[] {
  return (Object.entries(JOBS) as [ScheduledJobRecord['tache'], Job][]).map(([tache, job], index) => ({
    idTache: index + 1,
    tache,
    prochaineExecution: job.first(instant).toISOString(),
  }));
}

/**
 * Runs the periodic notifications (NOT-1) whose time has passed on the mock's clock: the daily e-mail
 * every day at 06:00 UTC, the weekly summary on Mondays at 06:00 UTC. The HTTP layer calls it before
 * each request, as it settles STR-4's delayed changes, so that a demo or a test that moves the clock
 * by a day or a week finds the digests in the outbox (NOT-4). A run missed while nobody called is
 * made at its own instant, covering its own window; each run sends at most once per user and day
 * (`notifications.ts`). A store restored without a schedule (data saved by an older version) gets its
 * jobs scheduled the first time the engine sees it, never backdated.
 */
export function settleNotificationJobs(env: Pick<MockEnv, 'store' | 'clock'>): OutboxEmail[] {
  const { store } = env;
  const now = env.clock.now();
  const sent: OutboxEmail[] = [];
  for (const [tache, job] of Object.entries(JOBS) as [ScheduledJobRecord['tache'], Job][]) {
    const record = store.scheduledJobs.find((j) => j.tache === tache);
    if (!record) {
      store.transaction(() => store.scheduledJobs.insert({ tache, prochaineExecution: job.first(now).toISOString() }));
      continue;
    }
    const due = new Date(record.prochaineExecution).getTime();
    if (due > now.getTime()) continue;
    const missed = Math.floor((now.getTime() - due) / job.period) + 1;
    let at = due + Math.max(0, missed - MAX_CATCH_UP) * job.period;
    store.transaction(() => {
      for (; at <= now.getTime(); at += job.period) {
        // Sent at the run's own instant, as a scheduler that ran on time would have.
        const instant = new Date(at);
        sent.push(...job.run({ store, clock: { now: () => instant } }, instant));
      }
      store.scheduledJobs.update(record.idTache, { prochaineExecution: new Date(at).toISOString() });
    });
  }
  return sent;
}
