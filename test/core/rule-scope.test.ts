// A rule of `block` scope is run one prose block at a time, and an unchanged
// block keeps its findings across keystrokes. That is only right if what the
// rule finds in the whole document is exactly what it finds block by block:
// checked here for every rule on every fixture and sample assessment.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { assessmentRules } from '../../server/src/core/rules/index.js';
import type { AssessmentContext } from '../../server/src/core/rules/rule.js';
import { createTradecraftService } from '../../server/src/core/service.js';
import { testDiskHost } from '../helpers/disk-host.js';

const repo = path.resolve(import.meta.dirname, '../..');
const assessments = [...walk(path.join(repo, 'test/fixtures')), ...walk(path.join(repo, 'samples'))].filter((f) => f.endsWith('.assessment.md'));

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else yield full;
  }
}

test('the fixtures hold enough documents with several blocks to tell', () => {
  assert.ok(assessments.length >= 30, `only ${assessments.length} assessments`);
});

for (const rule of assessmentRules.filter((r) => r.scope === 'block')) {
  test(`${rule.code}: finds in a whole document what it finds block by block`, () => {
    let compared = 0;
    for (const file of assessments) {
      const analysis = createTradecraftService(testDiskHost).analyse({ path: file, text: readFileSync(file, 'utf8') });
      const context: AssessmentContext = { model: analysis.model, schema: analysis.schema?.schema, sourceIndex: (k) => analysis.schema?.sourceIndexes.get(k) };
      const whole = rule.check(context);
      const byBlock = analysis.model.blocks.flatMap((block) => {
        const sentences = analysis.model.sentences.slice(block.first, block.first + block.count);
        return rule.check({ ...context, model: { ...analysis.model, sentences, blocks: [{ ...block, first: 0 }] } });
      });
      const order = (a: { span: { start: number; end: number } }, b: { span: { start: number; end: number } }) => a.span.start - b.span.start || a.span.end - b.span.end;
      assert.deepEqual([...byBlock].sort(order), [...whole].sort(order), path.relative(repo, file));
      compared += whole.length;
    }
    assert.ok(compared > 0, `no fixture raises ${rule.code}, so nothing was compared`);
  });
}

test('every sentence stands in exactly one block, in order', () => {
  for (const file of assessments) {
    const { model } = createTradecraftService(testDiskHost).analyse({ path: file, text: readFileSync(file, 'utf8') });
    let next = 0;
    for (const block of model.blocks) {
      assert.equal(block.first, next, path.relative(repo, file));
      for (const sentence of model.sentences.slice(block.first, block.first + block.count)) assert.equal(sentence.blockIndex, model.sentences[block.first].blockIndex);
      next += block.count;
    }
    assert.equal(next, model.sentences.length, path.relative(repo, file));
  }
});
