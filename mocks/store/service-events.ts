/**
 * What happened in the service that someone may be told about (the outbox sends Syslog updates).
 * Handlers announce; listeners (the outbox dispatcher) register once at start. Kept apart so the
 * alert handlers don't need to know who listens.
 */
export type ServiceEvent = {
  type: 'alert-updated';
  tenantId: string;
  alertId: string;
  /** Simulated time (ms). */
  at: number;
  /** Display name of who changed it. */
  by: string;
  from: 'Open' | 'Closed' | 'Suppressed';
  to: 'Open' | 'Closed' | 'Suppressed';
};

type Listener = (event: ServiceEvent) => void;
const listeners = new Set<Listener>();

export function onServiceEvent(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function announce(event: ServiceEvent): void {
  for (const listener of listeners) listener(event);
}
