import { HttpResponse, delay } from 'msw';
import type { FaultSettings } from '../src/api/contracts/demo';
import { unit } from './world/hash';
import { problem } from './handlers/problem';

export interface OneShotFailure {
  method: string;
  /** Matched against the request's pathname with startsWith. */
  pathPrefix: string;
  status: number;
}

const oneShots: OneShotFailure[] = [];

interface Hold {
  method: string;
  pathPrefix: string;
  released: Promise<void>;
  release: () => void;
}
const holds: Hold[] = [];

/**
 * The next matching request waits until the returned function is called (tests use it to keep a
 * loading state on screen for as long as they look at it, however slow the machine).
 */
export function holdNextRequest(method: string, pathPrefix: string): () => void {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  holds.push({ method, pathPrefix, released, release });
  return release;
}
let callCounter = 0;

/** Queue a failure for the next matching request (tests and the Demo menu use this). */
export function queueFailure(failure: OneShotFailure) {
  oneShots.push(failure);
}

export function clearQueuedFailures() {
  oneShots.length = 0;
  for (const hold of holds.splice(0)) hold.release();
  callCounter = 0;
}

/**
 * Applies latency, error rate, offline mode and queued failures. Returns a response to send
 * instead of the real one, or undefined to carry on. The error sequence is deterministic.
 */
export async function applyFaults(
  request: Request,
  faults: FaultSettings,
): Promise<Response | undefined> {
  if (faults.latencyMs > 0) await delay(faults.latencyMs);
  if (faults.offline) return HttpResponse.error();
  const path = new URL(request.url).pathname;
  const held = holds.findIndex((h) => h.method === request.method && path.startsWith(h.pathPrefix));
  if (held >= 0) await holds.splice(held, 1)[0]?.released;
  const queued = oneShots.findIndex(
    (f) => f.method === request.method && path.startsWith(f.pathPrefix),
  );
  if (queued >= 0) {
    const [failure] = oneShots.splice(queued, 1);
    return problem(failure?.status ?? 500, 'Injected failure', { code: 'injected-fault' });
  }
  callCounter += 1;
  if (faults.errorRate > 0 && unit('fault', callCounter) < faults.errorRate) {
    return problem(500, 'The service had an internal error', {
      code: 'injected-fault',
      detail: 'Injected by the Demo menu’s error rate.',
    });
  }
  return undefined;
}
