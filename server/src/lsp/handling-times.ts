// How long the server itself took to answer its recent requests, by kind,
// from the handler's start to its answer: what a client measures beyond this
// is the transport, the wait for the event loop and the client's own work.
// Read through tradecraft/debugStatus (the bench prints it beside its
// end-to-end latencies); nothing else depends on it.

/** The newest durations kept per kind. */
const kept = 1000;

export interface HandlingSummary {
  n: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

export class HandlingTimes {
  private readonly byKind = new Map<string, { durations: number[]; next: number }>();

  record(kind: string, ms: number): void {
    let ring = this.byKind.get(kind);
    if (!ring) this.byKind.set(kind, (ring = { durations: [], next: 0 }));
    if (ring.durations.length < kept) ring.durations.push(ms);
    else ring.durations[ring.next] = ms;
    ring.next = (ring.next + 1) % kept;
  }

  /** The median, 95th percentile and longest of the durations kept, per kind. */
  summary(): Record<string, HandlingSummary> {
    const result: Record<string, HandlingSummary> = {};
    for (const [kind, { durations }] of this.byKind) {
      const sorted = [...durations].sort((a, b) => a - b);
      const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
      result[kind] = { n: sorted.length, p50Ms: at(0.5), p95Ms: at(0.95), maxMs: sorted[sorted.length - 1] };
    }
    return result;
  }
}
