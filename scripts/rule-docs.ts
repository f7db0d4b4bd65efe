// Renders docs/rules.md from the code catalog and the rule fixtures, so the
// documentation shows exactly what the tests check. `npm run docs` writes it;
// a test fails when it is stale.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { codeCatalog } from '../server/src/core/code-catalog.js';

const root = path.resolve(import.meta.dirname, '..');
const fixtures = path.join(root, 'test/fixtures/rules');

/** The Markdown of docs/rules.md. */
export function renderRuleDocs(): string {
  const intro =
    '# Rules\n\nEvery diagnostic code, what it means and how to fix it. Severities can be changed per code under `rules:` in `claims-schema.yaml` (`error`, `warning`, `info`, `hint`, `off`). The examples are the `not-ok-*` and `ok-*` fixtures of `test/fixtures/rules/<code>/`, checked against `test/fixtures/rules/claims-schema.yaml`.\n';
  return intro + Object.entries(codeCatalog).map(([code, info]) => renderCode(code, info.defaultSeverity, info.summary, info.help)).join('') + '\n';
}

function lineCount(code: string, file: string): number {
  return readFileSync(path.join(fixtures, code, file), 'utf8').split('\n').length;
}

function renderCode(code: string, severity: string, summary: string, help: string): string {
  const files = readdirSync(path.join(fixtures, code)).filter((f) => /^(ok|not-ok)-.*(md|yaml)$/.test(f)).sort();
  // The richest example of each kind: the fixture with the most lines.
  const richest = (prefix: string) =>
    files.filter((f) => f.startsWith(prefix)).sort((a, b) => lineCount(code, b) - lineCount(code, a) || a.localeCompare(b))[0];
  const notOk = richest('not-ok-');
  const ok = richest('ok-');
  const lang = notOk.endsWith('yaml') ? 'yaml' : 'markdown';
  const body = (f: string) => readFileSync(path.join(fixtures, code, f), 'utf8').replace(/^# .*\n\n/, '').trimEnd();
  return `\n## ${code}\n\nDefault severity: **${severity}**. ${summary}\n\n${help}\n\nRaises it:\n\n\`\`\`${lang}\n${body(notOk)}\n\`\`\`\n\nDoes not:\n\n\`\`\`${lang}\n${body(ok)}\n\`\`\`\n`;
}
