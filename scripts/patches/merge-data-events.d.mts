/** Merges each run of adjacent `data` events into its first token, in place (see merge-data-events.mjs). */
export function mergeDataEvents<E extends [string, { type: string; end: unknown }, unknown]>(events: E[]): E[];
