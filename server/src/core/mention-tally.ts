// "Mentioned in N of M assessments" on every actor card: counted once over the
// workspace index, then kept current by counting again only the assessments
// whose entry changed since, so a hover after a keystroke recounts one file,
// not thousands.
import type { AssessmentSummary } from './workspace-index.js';

/** How many of a schema's assessments there are, and how many mention an actor. */
export interface SchemaMentions {
  total: number;
  mentioning(actorKey: string): number;
}

interface Counts {
  total: number;
  actors: Map<string, number>;
}

export class MentionTally {
  /** The listing counted over; another listing (a file came or went) is counted afresh. */
  private listing?: readonly string[];
  private listed = new Set<string>();
  private readonly counted = new Map<string, AssessmentSummary>();
  private readonly bySchema = new Map<string, Counts>();
  private readonly dirty = new Set<string>();

  /** An assessment's index entry changed (analysed again, indexed, forgotten). */
  changed(filePath: string): void {
    this.dirty.add(filePath);
  }

  /** Everything may have changed. */
  reset(): void {
    this.listing = undefined;
  }

  /**
   * The counts for one schema over the listed assessments, as their summaries
   * say (`summaryOf` gives a listed file's summary, or undefined when it has none).
   */
  of(schemaPath: string, listing: readonly string[], summaryOf: (filePath: string) => AssessmentSummary | undefined): SchemaMentions {
    if (listing !== this.listing) this.recount(listing, summaryOf);
    else this.update(summaryOf);
    const counts = this.bySchema.get(schemaPath);
    return { total: counts?.total ?? 0, mentioning: (actorKey) => counts?.actors.get(actorKey) ?? 0 };
  }

  private recount(listing: readonly string[], summaryOf: (filePath: string) => AssessmentSummary | undefined): void {
    this.listing = listing;
    this.listed = new Set(listing);
    this.counted.clear();
    this.bySchema.clear();
    this.dirty.clear();
    for (const filePath of listing) this.add(filePath, summaryOf(filePath));
  }

  private update(summaryOf: (filePath: string) => AssessmentSummary | undefined): void {
    if (this.dirty.size === 0) return;
    const changed = [...this.dirty];
    // A summary made now may analyse the file, which marks it again: that mark is for the next count.
    this.dirty.clear();
    for (const filePath of changed) {
      if (!this.listed.has(filePath)) continue;
      this.remove(filePath);
      this.add(filePath, summaryOf(filePath));
    }
  }

  private add(filePath: string, summary: AssessmentSummary | undefined): void {
    if (!summary?.schemaPath) return;
    this.counted.set(filePath, summary);
    let counts = this.bySchema.get(summary.schemaPath);
    if (!counts) this.bySchema.set(summary.schemaPath, (counts = { total: 0, actors: new Map() }));
    counts.total++;
    for (const key of summary.actorKeys) counts.actors.set(key, (counts.actors.get(key) ?? 0) + 1);
  }

  private remove(filePath: string): void {
    const summary = this.counted.get(filePath);
    if (!summary?.schemaPath) return;
    this.counted.delete(filePath);
    const counts = this.bySchema.get(summary.schemaPath)!;
    counts.total--;
    for (const key of summary.actorKeys) counts.actors.set(key, counts.actors.get(key)! - 1);
  }
}

/** Whether two summaries of a file count the same: the same schema and the same actors (a file put again so is not marked changed). */
export function sameCount(before: AssessmentSummary | undefined, after: AssessmentSummary | undefined): boolean {
  if (!before?.schemaPath || !after?.schemaPath) return !before?.schemaPath && !after?.schemaPath;
  if (before.schemaPath !== after.schemaPath || before.actorKeys.size !== after.actorKeys.size) return false;
  for (const key of before.actorKeys) if (!after.actorKeys.has(key)) return false;
  return true;
}
