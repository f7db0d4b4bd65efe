// Benchmarks the check against a bare remark parse of the same text, in one run.
// Prints figures; asserts nothing. Run with `npm run bench`.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseMarkdown } from '../server/src/core/model/parse-markdown.js';
import { buildAssessmentModel } from '../server/src/core/model/build-model.js';
import { checkAssessmentRules } from '../server/src/core/rules/index.js';
import { createTradecraftService } from '../server/src/core/service.js';
import { testDiskHost } from '../test/helpers/disk-host.js';

const root = path.resolve(import.meta.dirname, '..');
const draftPath = path.join(root, 'samples/assessments/china-dprk-draft.assessment.md');
const cleanPath = path.join(root, 'samples/assessments/china-dprk-clean.assessment.md');
const corpusPath = path.resolve(root, '..', 'shared', 'corpus', 'china-dprk-troops-analysis.txt');

/** Median and p95 of `runs` timings of `fn`, after a warm-up. */
function measure(runs: number, fn: () => void): { median: number; p95: number } {
  for (let i = 0; i < Math.min(20, runs); i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)], p95: times[Math.floor(runs * 0.95)] };
}

function row(label: string, bytes: number, parse: Timing, full: Timing, keystroke: Timing): void {
  const ms = (t: Timing) => `${t.median.toFixed(2).padStart(7)} ms (p95 ${t.p95.toFixed(2).padStart(6)})`;
  console.log(
    `${label.padEnd(32)} ${(bytes / 1024).toFixed(1).padStart(6)} KB  parse ${parse.median.toFixed(2).padStart(7)} ms  full check ${ms(full)}  ${(full.median / parse.median).toFixed(2)}×  re-check after a keystroke ${ms(keystroke)}`,
  );
}

type Timing = { median: number; p95: number };

const service = createTradecraftService(testDiskHost);
const documents: Array<{ label: string; path: string; text: string }> = [
  { label: 'sample draft', path: draftPath, text: readFileSync(draftPath, 'utf8') },
  { label: 'sample clean assessment', path: cleanPath, text: readFileSync(cleanPath, 'utf8') },
];
if (existsSync(corpusPath)) {
  // The article as an assessment: every paragraph is prose, nothing is cited.
  documents.push({ label: 'shared corpus article as prose', path: path.join(root, 'samples/assessments/article.assessment.md'), text: readFileSync(corpusPath, 'utf8').replace(/\n/g, '\n\n') });
}
const big = documents.map((d) => d.text.replace(/^---[\s\S]*?---\n/, '')).join('\n\n').repeat(40);
documents.push({ label: 'all of the above ×40', path: draftPath, text: big });

console.log(`node ${process.version}, ${new Date().toISOString()}`);
const cold = measure(1, () => createTradecraftService(testDiskHost).checkAssessment(draftPath, documents[0].text));
console.log(`cold start (schema + 3 source indexes + first check): ${cold.median.toFixed(1)} ms`);
const schema = service.loadSchema(path.join(root, 'samples/claims-schema.yaml'))!;
console.log('full check: parse, model and every rule with no block reused; re-check: one character changed, unchanged blocks reused (the editor case)');
for (const doc of documents) {
  const runs = doc.text.length > 100_000 ? 20 : 200;
  const parse = measure(runs, () => parseMarkdown(doc.text));
  const full = measure(runs, () => {
    const model = buildAssessmentModel(doc.text, schema.modelContext, { reuseBlocks: false });
    checkAssessmentRules({ model, schema: schema.schema, sourceIndex: (key) => schema.sourceIndexes.get(key) });
  });
  // The service keeps one analysis per version; a changing last line makes every run a new version.
  let version = 0;
  const keystroke = measure(runs, () => service.checkAssessment(doc.path, `${doc.text}\n${'\n'.repeat(++version % 2)}`));
  row(doc.label, doc.text.length, parse, full, keystroke);
}
