import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FileResult } from '../../server/src/core/service.js';
import { createTradecraftService } from '../../server/src/core/service.js';
import { LineIndex } from '../../server/src/core/text/line-index.js';
import { testDiskHost } from './disk-host.js';

/** Set UPDATE_EXPECTED=1 to rewrite expectation files; review them as a diff. */
const updating = process.env.UPDATE_EXPECTED === '1';

/** Checks a fixture file (an assessment, or a schema when it ends in .yaml). */
export function checkFixture(path: string): FileResult {
  const service = createTradecraftService(testDiskHost);
  const text = readFileSync(path, 'utf8');
  if (!path.endsWith('.yaml')) return service.checkAssessment(path, text, { reportUnusedSuppressions: true });
  // A schema fixture's assessments are the *.assessment.md beside it that name it in front matter.
  const siblings = readdirSync(dirname(path)).filter((name) => name.endsWith('.assessment.md')).map((name) => join(dirname(path), name));
  return service.checkSchema(path, text, { citedKeys: service.citedKeysFor(path, siblings) });
}

/**
 * Renders findings one per line: `line:col-line:col severity code: message ‹excerpt›`,
 * 1-based like an editor's status bar, so a diff reads like a review.
 */
export function renderFindings(result: FileResult): string {
  const lines = new LineIndex(result.text);
  return result.findings
    .map((f) => {
      const { start, end } = lines.rangeOf(f.span);
      const excerpt = result.text.slice(f.span.start, f.span.end).replace(/\s+/g, ' ');
      return `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1} ${f.severity} ${f.code}: ${f.message} ‹${excerpt}›`;
    })
    .join('\n');
}

/** The expected rendering stored beside a fixture, written when updating. */
export function expectedFor(path: string, actual: string): string {
  const expectedPath = `${path}.expected`;
  if (updating || !existsSync(expectedPath)) {
    if (!updating) throw new Error(`No ${expectedPath}; run with UPDATE_EXPECTED=1 and review the file.`);
    writeFileSync(expectedPath, actual ? `${actual}\n` : '');
  }
  return readFileSync(expectedPath, 'utf8').trimEnd();
}
