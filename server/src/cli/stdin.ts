// `tradecraft check -`: one assessment from standard input. It is checked as
// if it were the file --stdin-filename names (for schema discovery and in the
// output), without that file having to exist: the disk host is overlaid with
// the piped text at that path.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { WorkspaceHost } from '../core/workspace-host.js';
import { describeIoError, maxFileBytes } from '../node/disk-host.js';
import type { CheckTarget } from '../node/walk.js';

/** The name shown for standard input when --stdin-filename is not given. */
export const stdinDisplayName = '<stdin>';

/** Standard input as the target of a check. */
export interface StdinInput {
  target: CheckTarget;
  text: string;
}

/** Reads all of standard input (fd 0) as UTF-8, or says why it could not. */
export function readStandardInput(): { text: string } | { error: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(0);
  } catch (error) {
    return { error: describeIoError(error) };
  }
  // The limits of a file on disk hold for piped text too.
  if (bytes.length > maxFileBytes) return { error: `too large (over ${maxFileBytes / 1024 / 1024} MB)` };
  if (bytes.subarray(0, 8192).includes(0)) return { error: 'binary data, not UTF-8 text' };
  return { text: new TextDecoder('utf-8', { fatal: false }).decode(bytes) };
}

/** The target standard input stands for: the --stdin-filename path, else an assessment in the working folder. */
export function stdinTarget(text: string, cwd: string, stdinFilename: string | undefined): StdinInput {
  const absolutePath = resolve(cwd, stdinFilename ?? 'stdin.assessment.md');
  return { target: { absolutePath, displayPath: stdinFilename ?? stdinDisplayName, kind: 'assessment' }, text };
}

/** The host, except that the stdin path reads as the piped text. */
export function withStdin<Host extends WorkspaceHost>(host: Host, stdin: StdinInput | undefined): Host {
  if (!stdin) return host;
  const path = stdin.target.absolutePath;
  return {
    ...host,
    readText: (p) => (p === path ? { text: stdin.text } : host.readText(p)),
    fileExists: (p) => p === path || host.fileExists(p),
  };
}
