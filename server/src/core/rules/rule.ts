import type { DiagnosticCode, Finding } from '../diagnostics.js';
import type { AssessmentModel } from '../model/types.js';
import type { ClaimsSchema } from '../schema/types.js';
import type { SourceIndex } from '../sources/types.js';

/** A finding before the schema's severity is applied. */
export type RuleFinding = Omit<Finding, 'severity'>;

/** Everything a rule over an assessment may read. */
export interface AssessmentContext {
  model: AssessmentModel;
  /** The schema in force; undefined when no claims-schema.yaml was found. */
  schema?: ClaimsSchema;
  /** The index of a source's text; undefined when the source has no readable file. */
  sourceIndex(key: string): SourceIndex | undefined;
  /**
   * Stands for the schema and every source text read through `sourceIndex`: a
   * new object whenever either changes. Given, a block's findings are kept
   * with the block while it and this are unchanged.
   */
  schemaVersion?: object;
}

/** A rule over an assessment: one module per diagnostic code. */
export interface AssessmentRule {
  code: DiagnosticCode;
  /**
   * `block`: what it finds in a prose block depends only on that block's
   * sentences (and the schema and sources), so it may be given one block at a
   * time and an unchanged block keeps its findings across keystrokes.
   * `document`: it reads the model as a whole.
   */
  scope: 'block' | 'document';
  check(context: AssessmentContext): RuleFinding[];
}

/** A rule over the claims schema file itself. */
export interface SchemaRule {
  code: DiagnosticCode;
  check(schema: ClaimsSchema): RuleFinding[];
}
