import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyClaim, explainClaim, type ClaimContext } from '../../server/src/core/model/claims.js';
import type { SentenceClaim } from '../../server/src/core/model/types.js';

/** The verdict without the reasons, which are free to be reworded. */
function verdictOf(sentence: string, context: Parameters<typeof classifyClaim>[1]) {
  const { claim, isJudgment } = classifyClaim(sentence, context);
  return { claim, isJudgment };
}

const paragraph: ClaimContext = { block: 'paragraph' };

/** Asserts the claim kind of every sentence, naming the sentence and the reasons on failure. */
function expectClaims(expected: SentenceClaim, sentences: string[], context: ClaimContext = paragraph): void {
  for (const sentence of sentences) {
    const verdict = explainClaim(sentence, context);
    assert.equal(verdict.claim, expected, `${sentence}\n  reasons: ${verdict.reasons.join('; ')}`);
  }
}

test('events, numbers and dates are assertions', () => {
  expectClaims('assertion', [
    'Azerbaijani forces retook the district in a one-day offensive in September 2023.',
    'The navy commissioned its third aircraft carrier last year.',
    'Exports of refined copper fell 18 percent in the second quarter.',
    'Roughly 4,000 contractors were evacuated from the base.',
    'The junta dissolved the electoral commission and postponed the vote indefinitely.',
    'Hungary has blocked the disbursement of the EU aid tranche since December.',
    'The militants set fire to two police stations before withdrawing.',
  ]);
});

test('reported speech of third parties is an assertion, even when what was said is hedged', () => {
  expectClaims('assertion', [
    'A senior defence official said the brigade would probably redeploy before the spring.',
    'The ministry spokeswoman added that the drills "pose no threat to any country."',
    'Several analysts warned that the currency could lose a third of its value.',
    'According to the port authority, traffic through the strait halved in January.',
    'Tokyo has repeatedly denied that it plans to acquire nuclear weapons.',
    '"We will not be intimidated," the foreign minister told reporters.',
  ]);
});

test("an agreement's existence or content is an assertion", () => {
  expectClaims('assertion', [
    'Armenia and Azerbaijan initialled a draft peace treaty in Washington.',
    'The accord requires both navies to notify each other of exercises near the median line.',
    'The memorandum grants the company exclusive rights to the lithium deposits.',
  ]);
});

test('estimates and hedged claims are judgments, even with a concrete dated event', () => {
  expectClaims('judgment', [
    'The militia probably received the drones from a foreign sponsor in March.',
    'Caracas is unlikely to release the detainees before the election.',
    'The outage was almost certainly caused by sabotage rather than by a technical fault.',
    'The new commander may favour a more aggressive posture.',
    'It appears that the convoy was redirected to a second depot.',
  ]);
});

test('explicit analytic judgments are judgments and carry isJudgment', () => {
  const sentences = [
    'We assess that the regime will survive the current wave of protests.',
    'We judge with moderate confidence that the leak came from inside the cabinet.',
    'In our assessment, the cartel has shifted most of its production to the coast.',
    'We do not believe the exercise is cover for an invasion.',
  ];
  for (const sentence of sentences) {
    assert.deepEqual(verdictOf(sentence, paragraph), { claim: 'judgment', isJudgment: true }, sentence);
  }
});

test('forecasts, evaluations, recommendations and conditionals are judgments', () => {
  expectClaims('judgment', [
    'The ruling party will lose its majority in the next parliament.',
    'Such a purge would weaken the army at the worst possible moment.',
    'This is a reckless bet on the loyalty of the security services.',
    'The central question is whether the coalition can agree on a budget.',
    'Brussels should tie further disbursements to judicial reform.',
    'If the talks fail, fighting could resume within weeks.',
    'The timing suggests a coordinated campaign.',
  ]);
  assert.equal(classifyClaim('Such a purge would weaken the army.', paragraph).isJudgment, false);
});

test('questions, headings, captions, fragments and notes about the text are other', () => {
  expectClaims('other', [
    'Will the ceasefire hold through the winter?',
    'Figure 2: Monthly refugee arrivals, 2022-2024.',
    'Photo: The president arrives at the summit venue.',
    'Background.',
    'The views expressed in this paper are those of the authors.',
    'See Annex A for the methodology.',
    'Consider the precedent of the 1994 framework.',
  ]);
  expectClaims('other', ['The Army Moved North in March 2022'], { block: 'heading' });
});

test('sentences under a key-judgments heading are analytic judgments unless plainly factual', () => {
  const keyJudgments: ClaimContext = { block: 'list-item', section: 'Key Judgments' };
  assert.deepEqual(verdictOf('Beijing is seeking to preserve its freedom of manoeuvre.', keyJudgments), {
    claim: 'judgment',
    isJudgment: true,
  });
  assert.deepEqual(verdictOf('The coalition will probably fracture before the budget vote.', { block: 'paragraph', section: 'Bottom line' }), {
    claim: 'judgment',
    isJudgment: true,
  });
  assert.deepEqual(verdictOf('The parliament ratified the treaty on 12 November 2024.', keyJudgments), {
    claim: 'assertion',
    isJudgment: false,
  });
  assert.equal(classifyClaim('The coalition will probably fracture.', { block: 'paragraph', section: 'Background' }).isJudgment, false);
  // A judgment labelled in line counts as a key judgment wherever it stands.
  assert.equal(classifyClaim('Bottom line: the coalition is fracturing.', paragraph).isJudgment, true);
});

test('look-alike words do not flip the verdict', () => {
  // `May` the month is not the modal; `political will` is not a forecast.
  expectClaims('assertion', [
    'The two presidents met in Astana in May 2024.',
    'The opposition lacked the political will to boycott the vote, and it took part in the 2021 election.',
  ]);
  // `the United States` holds `states`, which is not a verb of saying here.
  expectClaims('judgment', ['Seoul will seek closer ties with the United States.']);
});

test('curly quotes and mis-decoded apostrophes are read as plain text', () => {
  expectClaims('assertion', ['The envoy said Moscow \u201cwill not retreat\u201d from its demands.']);
  expectClaims('judgment', ['We don\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u201e\u00a2t think the strike was authorised.']);
});

test('a quotation is a fact about what was said, even inside a hedged sentence', () => {
  expectClaims('assertion', [
    'One key worry is how the move may affect the peninsula, with one commentator warning of “a fundamental shift in the balance” there.',
  ]);
  // A two-word scare quote is not somebody's words.
  expectClaims('judgment', ['The so-called “peace plan” will likely stall.']);
});

test('a precise figure outweighs a forecast or a modal, but not estimative language', () => {
  expectClaims('assertion', ['The package would add $4 billion in subsidies for exporters.', 'The reform will cut the workforce by 10 percent.']);
  expectClaims('judgment', ['The package will likely add $4 billion in subsidies for exporters.']);
});

test('ICD 203 wording from other writers: first-person judgments, imperatives, attribution', () => {
  for (const sentence of ['We conclude that the outage was deliberate.', 'I assess that the group will regroup.', 'Our judgment is that the figures were inflated.']) {
    assert.deepEqual(verdictOf(sentence, paragraph), { claim: 'judgment', isJudgment: true }, sentence);
  }
  expectClaims('judgment', ['Patch the exposed gateways first.', 'Rotate every credential on the server.', 'The coalition shall hold its majority.']);
  expectClaims('assertion', [
    'The same crew is behind the intrusions at both hospitals.',
    'The front company is linked to the defence ministry.',
    'Per the advisory, the attackers used stolen credentials.',
    'In its annual report, the watchdog listed forty unlicensed lenders.',
  ]);
  // Hedged attribution stays the analyst's.
  expectClaims('judgment', ['The same crew is probably behind the intrusions.']);
});

test("a speaker's first person inside quotation marks is reported speech, not the writer's framing", () => {
  expectClaims('assertion', ['“I think the coalition is finished,” the senator argued.']);
  expectClaims('assertion', ['We use it well.'], { block: 'paragraph', insideQuotation: true });
});
