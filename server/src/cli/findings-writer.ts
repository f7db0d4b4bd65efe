import type { OutputFormat } from './args.js';
import type { CheckedFile, OutputNeeds } from './checked-file.js';
import { wantsColor, type CliIO } from './cli-io.js';
import { githubWriter } from './format-github.js';
import { gitlabWriter } from './format-gitlab.js';
import { jsonWriter } from './format-json.js';
import { sarifWriter } from './format-sarif.js';
import { textWriter } from './format-text.js';
import type { Summary } from './summary.js';

/**
 * A format written as the run goes: what comes before the first file, each
 * file's part in order, then the end (which may carry the totals). The JSON
 * formats stay one valid document; nothing of a file is kept once written.
 */
export interface FindingsWriter {
  head(): string;
  file(file: CheckedFile): string;
  end(summary: Summary): string;
}

export function writerFor(format: OutputFormat, io: CliIO): FindingsWriter {
  switch (format) {
    case 'json': return jsonWriter();
    case 'sarif': return sarifWriter(io.cwd);
    case 'github': return githubWriter();
    case 'gitlab': return gitlabWriter();
    case 'text': return textWriter({ color: wantsColor(io) });
  }
}

/** What a format needs of each file's text besides the ranges. */
export function outputNeedsOf(format: OutputFormat, errorsOnly: boolean): OutputNeeds {
  return { errorsOnly, excerpts: format === 'text', fingerprints: format === 'gitlab' };
}
