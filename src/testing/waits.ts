/**
 * How long a wait for something the page will show may take before the test fails. A wait that
 * succeeds returns as soon as its condition holds, so this only decides how long a failing test
 * takes to say so; it must cover a slow step on a busy machine (2 cores shared with other jobs:
 * load averages of 10–30 were measured, every step then 5–15× slower than on an idle machine).
 * `setup-tests.ts` makes it Testing Library's default; pass `T` where a wait names its timeout.
 */
export const WAIT_MS = 15_000;

/** Options for `findBy…` / `waitFor` that spell the timeout out: `findByRole(role, opts, T)`. */
export const T = { timeout: WAIT_MS } as const;
