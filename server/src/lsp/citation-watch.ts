// `unused-source` is reported on the schema but depends on every assessment
// that uses it. Re-checking the schema after every keystroke would re-read the
// workspace; instead each assessment's cited keys are remembered, and the
// schema is re-checked only when a set of keys (or the schema used) changes.
import type { FileResult } from '../core/service.js';

interface Cited {
  schemaPath?: string;
  keys: string;
}

export class CitationWatch {
  private readonly cited = new Map<string, Cited>();

  constructor(private readonly recheckSchema: (schemaPath: string) => void) {}

  /** Notes what an assessment's check found it cites; schedules its schemas when that changed. */
  record(filePath: string, result: Pick<FileResult, 'kind' | 'schemaPath' | 'citedKeys'>): void {
    if (result.kind !== 'assessment') return;
    const now: Cited = { schemaPath: result.schemaPath, keys: [...result.citedKeys].sort().join('\n') };
    const before = this.cited.get(filePath);
    this.cited.set(filePath, now);
    if (before && before.schemaPath === now.schemaPath && before.keys === now.keys) return;
    for (const schemaPath of new Set([before?.schemaPath, now.schemaPath])) if (schemaPath) this.recheckSchema(schemaPath);
  }

  /** An assessment deleted or no longer checked: its schema loses its citations. */
  forget(filePath: string): void {
    const before = this.cited.get(filePath);
    this.cited.delete(filePath);
    if (before?.schemaPath) this.recheckSchema(before.schemaPath);
  }
}
