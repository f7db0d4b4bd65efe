import type { CheckedFile } from './checked-file.js';
import type { TargetOutcome } from './check-target.js';
import type { OrderedOutput } from './ordered-output.js';

/** What a run adds up as its files finish: the output in order, failures, cited keys per schema. */
export class RunTally {
  /** The union of the keys cited by the run's assessments using each schema. */
  readonly citedKeys = new Map<string, Set<string>>();
  readonly checkedPaths = new Set<string>();
  readonly usedSchemas = new Set<string>();
  withoutSchema = 0;
  private readonly readFailures = new Map<number, string>();
  private readonly schemaProblems = new Map<number, string>();

  constructor(private readonly output: OrderedOutput) {}

  add(index: number, outcome: TargetOutcome): void {
    if (outcome.kind === 'failed') {
      this.readFailures.set(index, outcome.message);
      this.output.done(index, undefined);
      return;
    }
    this.checkedPaths.add(outcome.path);
    if (outcome.schemaPath !== undefined) {
      this.usedSchemas.add(outcome.schemaPath);
      const keys = this.citedKeys.get(outcome.schemaPath) ?? new Set<string>();
      outcome.citedKeys.forEach((key) => keys.add(key));
      this.citedKeys.set(outcome.schemaPath, keys);
    }
    if (outcome.schemaProblem) this.schemaProblems.set(index, `${outcome.file.displayPath}: ${outcome.schemaProblem}; checked without sources`);
    else if (outcome.file.kind === 'assessment' && outcome.schemaPath === undefined) this.withoutSchema++;
    this.output.done(index, outcome.file);
  }

  /** A schema of the run, checked last. */
  addSchema(index: number, path: string, file: CheckedFile | undefined, failure?: string): void {
    if (failure) this.readFailures.set(index, failure);
    else this.checkedPaths.add(path);
    this.output.done(index, file);
  }

  /** Files that could not be read or checked, in the run's order; then schemas that could not be used. */
  failures(): string[] {
    const inOrder = (messages: Map<number, string>) => [...messages.entries()].sort(([a], [b]) => a - b).map(([, message]) => message);
    return [...inOrder(this.readFailures), ...inOrder(this.schemaProblems)];
  }
}
