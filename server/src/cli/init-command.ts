// `tradecraft init [SOURCES_DIR]`: writes claims-schema.yaml (and a sample
// assessment) into the working folder from the source texts below
// SOURCES_DIR. It never overwrites: files are opened with the `wx` flag, so
// even a file created between the check and the write is kept.
import { writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { draftWorkspace, type InitText } from '../core/init/draft-schema.js';
import { schemaFileName } from '../core/service.js';
import type { InitCommand } from './args.js';
import { exitCodes, warn, type CliIO, type ExitCode } from './cli-io.js';
import { isRegularFile, readTextFile } from '../node/disk-host.js';
import { listTextFiles } from './init-files.js';

const sampleName = 'sample.assessment.md';

export function runInitCommand(command: InitCommand, io: CliIO): ExitCode {
  const given = command.sourcesDir ?? 'sources';
  const folder = resolve(io.cwd, given);
  const inside = relative(io.cwd, folder);
  if (inside.startsWith('..') || inside.startsWith(sep) || resolve(io.cwd, inside) !== folder) {
    return fail(io, `${given} is outside the current folder; a source's file: must stay inside the schema's folder`);
  }
  const schemaPath = join(io.cwd, schemaFileName);
  if (isRegularFile(schemaPath)) return fail(io, `${schemaFileName} already exists here; init never overwrites it`);
  const listed = listTextFiles(folder);
  if ('error' in listed) return fail(io, `cannot read ${given}: ${listed.error}${command.sourcesDir ? '' : " (name the folder of source texts: 'tradecraft init DIR')"}`);
  const texts = readTexts(listed.files, io);
  if (texts.length === 0) return fail(io, `no readable .md or .txt source texts in ${given}`);
  const draft = draftWorkspace(texts);
  const wrote = writeNew(schemaPath, draft.schemaText);
  if (wrote !== true) return fail(io, `cannot write ${schemaFileName}: ${wrote}`);
  io.stdout.write(`Wrote ${schemaFileName}: ${draft.sources.length} source(s), ${draft.actors.length} candidate actor(s), each marked "review".\n`);
  const sample = writeNew(join(io.cwd, sampleName), draft.sampleText);
  if (sample === true) io.stdout.write(`Wrote ${sampleName}, citing ${draft.sources[0].key}.\n`);
  else warn(io, `kept the existing ${sampleName} (${sample})`);
  io.stdout.write("Next: review the schema, then run 'tradecraft check .'\n");
  return exitCodes.ok;
}

function readTexts(files: string[], io: CliIO): InitText[] {
  return files.flatMap((file) => {
    const read = readTextFile(file);
    const relativePath = relative(io.cwd, file).split(sep).join('/');
    if ('error' in read) {
      warn(io, `skipped ${relativePath}: ${read.error}`);
      return [];
    }
    return [{ relativePath, text: read.text }];
  });
}

function writeNew(path: string, text: string): true | string {
  try {
    writeFileSync(path, text, { flag: 'wx' });
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'EEXIST' ? 'it exists' : error instanceof Error ? error.message : String(error);
  }
}

function fail(io: CliIO, message: string): ExitCode {
  warn(io, message);
  return exitCodes.failure;
}
