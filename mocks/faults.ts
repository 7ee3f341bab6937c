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
let callCounter = 0;

/** Queue a failure for the next matching request (tests and the Demo menu use this). */
export function queueFailure(failure: OneShotFailure) {
  oneShots.push(failure);
}

export function clearQueuedFailures() {
  oneShots.length = 0;
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
