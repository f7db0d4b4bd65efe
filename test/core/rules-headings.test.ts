// Headings label sections; they state no judgment, so no judgment or confidence
// finding lands on one, whatever estimative words they hold.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { samplesWorkspace } from '../helpers/features.js';

const draftPath = '/ws/assessments/china-dprk-draft.assessment.md';

test('a heading with likelihood and confidence words raises no judgment or confidence finding', () => {
  const ws = samplesWorkspace();
  const heading = '## Likely outcomes we assess with high confidence\n\n';
  const text = ws.files[draftPath].replace('## Analysis\n\n', `## Analysis\n\n${heading}`);
  const start = text.indexOf(heading);
  const end = start + heading.length;
  const onHeading = ws.service.checkAssessment(draftPath, text).findings.filter((f) => f.span.start >= start && f.span.start < end);
  assert.deepEqual(onHeading.map((f) => f.code), []);
  // The same words in a paragraph are found.
  const paragraph = text.replace(heading, 'Likely outcomes we assess with high confidence.\n\n');
  const inParagraph = ws.service.checkAssessment(draftPath, paragraph).findings.filter((f) => f.span.start >= start && f.span.start < end);
  assert.ok(inParagraph.some((f) => f.code === 'likelihood-with-confidence'), inParagraph.map((f) => f.code).join(', '));
});
