import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import picomatch from 'picomatch';
import { schemaFileName } from '../core/service.js';
import { isInside } from '../core/containment.js';
import { describeIoError } from './disk-host.js';

/** One file to check: where it is, how to show it, and what it is. */
export interface CheckTarget {
  absolutePath: string;
  /** The path as given on the command line, joined with what was found below it. */
  displayPath: string;
  kind: 'assessment' | 'schema';
  /** Found in a folder only because an --include glob matched it (a plain .md that may be a source text). */
  byGlob?: boolean;
}

/** What walking the command line's paths found. */
export interface WalkResult {
  targets: CheckTarget[];
  /** Folders that could not be read, one line each; the run goes on without them. */
  problems: string[];
  /** Folders given on the command line that held nothing to check. */
  emptyFolders: string[];
}

/** A path on the command line that does not exist stops the run before any check. */
export type WalkOutcome = WalkResult | { missing: string; reason: string };

const assessmentSuffix = '.assessment.md';

/**
 * Expands the command line's paths into files to check, in a stable order:
 * the arguments in the order given, the files found below each folder sorted
 * by path. A file met twice is checked once.
 */
export function collectTargets(paths: readonly string[], cwd: string, include: readonly string[] = []): WalkOutcome {
  const included = includeMatcher(include);
  const result: WalkResult = { targets: [], problems: [], emptyFolders: [] };
  const seen = new Set<string>();
  for (const given of paths.length > 0 ? paths : ['.']) {
    const absolutePath = resolve(cwd, given);
    let stats: Stats;
    try {
      stats = statSync(absolutePath);
    } catch (error) {
      const notFound = (error as NodeJS.ErrnoException).code === 'ENOENT';
      return { missing: given, reason: notFound ? 'no such file or folder' : describeIoError(error) };
    }
    const found = stats.isDirectory()
      ? walkFolder(absolutePath, given, result.problems, included)
      : [explicitTarget(absolutePath, given)];
    if (stats.isDirectory() && found.length === 0) result.emptyFolders.push(given);
    for (const target of found) {
      if (seen.has(target.absolutePath)) continue;
      seen.add(target.absolutePath);
      result.targets.push(target);
    }
  }
  return result;
}

/** What kind of file a name found in a folder walk is, or undefined to skip it. */
export function kindOfFoundFile(name: string): CheckTarget['kind'] | undefined {
  if (name === schemaFileName) return 'schema';
  if (name.endsWith(assessmentSuffix)) return 'assessment';
  return undefined;
}

// A file named on the command line is checked whatever its name: the user
// asked for it, and `notes.md` may well be an assessment in all but name.
function explicitTarget(absolutePath: string, given: string): CheckTarget {
  const kind = basename(absolutePath) === schemaFileName ? 'schema' : 'assessment';
  return { absolutePath, displayPath: given, kind };
}

/**
 * --include globs: one without a slash matches a file's name anywhere below
 * the folder (as in .gitignore); one with a slash matches the path as shown,
 * from the folder given on the command line.
 */
function includeMatcher(globs: readonly string[]): (displayPath: string) => boolean {
  if (globs.length === 0) return () => false;
  const matchers = globs.map((glob) => picomatch(glob, { basename: !glob.includes('/'), dot: false }));
  return (displayPath) => {
    const portable = displayPath.split('\\').join('/');
    return matchers.some((matches) => matches(portable));
  };
}

function walkFolder(root: string, given: string, problems: string[], included: (displayPath: string) => boolean = () => false): CheckTarget[] {
  const found: CheckTarget[] = [];
  const visited = new Set<string>();
  const realRoot = realPathOrSelf(root);
  // A link planted in a cloned repository must not pull a file from elsewhere
  // (a key, a password file) into the findings and so into a public CI log.
  const leadsOutside = (entry: Dirent, entryPath: string, display: string): boolean => {
    if (!entry.isSymbolicLink() || isInside(realRoot, realPathOrSelf(entryPath))) return false;
    problems.push(`not reading ${display}: a symbolic link to outside ${given}`);
    return true;
  };
  const visit = (folder: string, display: string): void => {
    const real = realPathOrSelf(folder);
    // Symbolic links can make a folder its own descendant; each is walked once.
    if (visited.has(real)) return;
    visited.add(real);
    for (const entry of listFolder(folder, display, problems)) {
      const entryPath = join(folder, entry.name);
      const entryDisplay = join(display, entry.name);
      if ((isFolder(entry, entryPath) || kindOfFoundFile(entry.name)) && leadsOutside(entry, entryPath, entryDisplay)) continue;
      if (isFolder(entry, entryPath)) {
        if (!isSkippedFolder(entry.name)) visit(entryPath, entryDisplay);
        continue;
      }
      const kind = kindOfFoundFile(entry.name);
      if (kind !== undefined && isFileEntry(entry)) {
        found.push({ absolutePath: entryPath, displayPath: entryDisplay, kind });
      } else if (kind === undefined && isFileEntry(entry) && included(entryDisplay)) {
        found.push({ absolutePath: entryPath, displayPath: entryDisplay, kind: 'assessment', byGlob: true });
      }
    }
  };
  visit(root, given);
  return found.sort((a, b) => compareCodeUnits(a.displayPath, b.displayPath));
}

/** Dependencies and tool folders (.git, .vscode, …) hold nothing an analyst wrote for this workspace. */
export function isSkippedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

function listFolder(folder: string, display: string, problems: string[]): Dirent[] {
  try {
    return readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    problems.push(`cannot read folder ${display}: ${describeIoError(error)}`);
    return [];
  }
}

function isFolder(entry: Dirent, entryPath: string): boolean {
  if (entry.isDirectory()) return true;
  if (!entry.isSymbolicLink()) return false;
  try {
    return statSync(entryPath).isDirectory();
  } catch {
    // A broken or looping link is no folder; if its name marks it as a file
    // to check, reading it reports why it cannot be read.
    return false;
  }
}

function isFileEntry(entry: Dirent): boolean {
  if (entry.isFile()) return true;
  // A broken link is still listed, so that the check reports it as unreadable.
  return entry.isSymbolicLink();
}

function realPathOrSelf(folder: string): string {
  try {
    return realpathSync(folder);
  } catch {
    // The folder was just listed by its parent; if it cannot be resolved,
    // listing it fails next and reports why.
    return folder;
  }
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
