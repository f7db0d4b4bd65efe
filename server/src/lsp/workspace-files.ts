// The assessments and schemas of the workspace folders: found by one walk on
// start (and on "check workspace"), then kept current from file events.
import path from 'node:path';
import { isSchemaPath } from '../core/service.js';
import { collectTargets } from '../node/walk.js';

/** The workspace's checkable files, by absolute path. */
export class WorkspaceFiles {
  private folders: string[] = [];
  private readonly assessments = new Set<string>();
  private readonly schemas = new Set<string>();
  /** The sorted lists, made again only after a file came or went: hovers and rename ask for them often. */
  private listed?: { assessments: string[]; schemas: string[] };

  /** The workspace folders, as absolute paths. */
  get roots(): readonly string[] {
    return this.folders;
  }

  /** Walks the folders again (skipping node_modules and dot-folders); returns problems met. */
  scan(folders: string[]): string[] {
    this.folders = folders;
    this.assessments.clear();
    this.schemas.clear();
    this.listed = undefined;
    if (folders.length === 0) return [];
    const walked = collectTargets(folders, '/');
    if ('missing' in walked) return [`cannot read workspace folder ${walked.missing}: ${walked.reason}`];
    for (const target of walked.targets) this.add(target.absolutePath);
    return walked.problems;
  }

  /** Records a file created (or first seen); ignores files that are neither kind or outside the folders. */
  add(filePath: string): void {
    if (!this.folders.some((folder) => filePath.startsWith(folder + path.sep))) return;
    if (this.has(filePath)) return;
    if (isSchemaPath(filePath)) this.schemas.add(filePath);
    else if (filePath.endsWith('.assessment.md')) this.assessments.add(filePath);
    else return;
    this.listed = undefined;
  }

  remove(filePath: string): void {
    if (this.assessments.delete(filePath) || this.schemas.delete(filePath)) this.listed = undefined;
  }

  has(filePath: string): boolean {
    return this.assessments.has(filePath) || this.schemas.has(filePath);
  }

  /** Every file to check: schemas first, then assessments, each sorted. */
  all(): string[] {
    const { schemas, assessments } = this.list();
    return [...schemas, ...assessments];
  }

  /** The sorted lists; callers must not change them. */
  list(): { assessments: string[]; schemas: string[] } {
    this.listed ??= { assessments: [...this.assessments].sort(), schemas: [...this.schemas].sort() };
    return this.listed;
  }
}
