import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explainClaim, type ClaimContext } from '../../server/src/core/model/claims.js';
import { decideByRules } from '../../server/src/core/model/claims/decide.js';
import { findHedges } from '../../server/src/core/model/claims/hedges.js';
import { viewSentence } from '../../server/src/core/model/claims/sentence-view.js';
import type { SentenceClaim } from '../../server/src/core/model/types.js';
import { describeFact } from '../../server/src/core/rules/unsourced-assertion.js';

/*
 * The cues added for prose by other writers (issue 10, second round): each
 * sentence is written for this test, none is taken from the corpus.
 */

const paragraph: ClaimContext = { block: 'paragraph' };

function expectClaims(expected: SentenceClaim, sentences: string[], context: ClaimContext = paragraph): void {
  for (const sentence of sentences) {
    const verdict = explainClaim(sentence, context);
    assert.equal(verdict.claim, expected, `${sentence}\n  reasons: ${verdict.reasons.join('; ')}`);
  }
}

/** The named cues the trained scorer would weigh (the sentence must reach the scorer). */
function cuesOf(sentence: string): string[] {
  const stage = decideByRules(sentence, paragraph);
  assert.ok(!('claim' in stage), `${sentence} was decided by a rule: ${'reasons' in stage ? stage.reasons.join('; ') : ''}`);
  return [...stage.features.keys()];
}

function isReported(sentence: string): boolean {
  return explainClaim(sentence, paragraph).reasons.some((r) => r.startsWith('reported:'));
}

test('"US" in capitals is the country, not the authors speaking', () => {
  assert.ok(!cuesOf('The US navy keeps two carriers in the Gulf of Oman.').includes('first person'));
  assert.ok(!cuesOf('Trade between the U.S. and Mexico grew last year.').includes('first person'));
  assert.ok(cuesOf('Our teams kept two field offices open in the north.').includes('first person'));
});

test('a preposition, article or possessive before a verb of saying is no speaker', () => {
  for (const sentence of [
    'For lenders that have already written off their loans, the case for walking away seems clear.',
    'Her stated aim is to balance the budget, yet her first decree points the other way.',
    'The row over alleged vote buying has hardened both camps.',
  ]) {
    assert.ok(!isReported(sentence), sentence);
  }
  assert.ok(isReported('The finance minister stated that the budget would balance by 2027.'));
});

test('the forecast in the main clause counts even after a "will" in a relative clause', () => {
  expectClaims('judgment', ['The budget, which she will table in October, will test her hold on the coalition.']);
  const hedges = findHedges(viewSentence('The budget, which she will table in October, will test her hold on the coalition.'));
  assert.deepEqual(hedges.find((h) => h.kind === 'forecast')?.weak, false);
});

test('a participle opening the sentence and hyphenated -ed adjectives are not past events', () => {
  assert.ok(!cuesOf('Pressed by its creditors, the airline is now selling its regional routes.').includes('past event'));
  assert.ok(!cuesOf('A well-funded and state-backed network is now pushing the same message.').includes('past event'));
  assert.ok(!cuesOf('The cash\u2011strapped agency is now sharing offices with the police.').includes('past event'));
  // Nor is the opening participle a name.
  assert.ok(!cuesOf('Faced with sanctions, Minsk is now courting new buyers.').includes('several names'));
});

test('short -ed verbs and adverbs after an auxiliary still make a past tense', () => {
  assert.ok(cuesOf('The two ministers used the loophole on their own accounts.').includes('past event'));
  assert.ok(cuesOf('Several regional courts have increasingly recognized these claims as valid.').includes('present perfect'));
});

test('the writer restating what something amounts to is a judgment', () => {
  expectClaims('judgment', [
    'In effect, the junta traded its gold concessions for protection.',
    'The raid marks a turning point in the campaign against the cartels.',
    'Her appointments suggest that she will keep spending tight.',
  ]);
  // A figure still makes it someone's measurement.
  expectClaims('assertion', ['In effect, the fund has paid out $2.3 billion since the reform.']);
});

test('a study or analysis that suggests something is reported; the writer\'s own analysis is not', () => {
  expectClaims('assertion', ['A new analysis by the central bank suggests that lending to farmers is likely to fall.']);
  expectClaims('judgment', ['Our analysis suggests that lending to farmers is likely to fall.']);
  // A plural just before a singular verb is not its subject: the head noun before `of` is.
  expectClaims('judgment', ['Her choice of ministers suggests that she will keep spending tight.']);
  expectClaims('assertion', ['A panel of engineers suggests that the dam is unsafe.']);
});

test('the writer saying what is not known governs a report after it', () => {
  expectClaims('judgment', ['It remains unclear whether Ms Ortega intends to stand for office.']);
  expectClaims('assertion', ['Officials said it remains unclear whether the bridge will reopen.']);
});

test('a parenthetical relative clause is an aside, not the sentence\'s claim', () => {
  expectClaims('judgment', ['The new tariffs (which the minister views as leverage) would hurt exporters more than importers.']);
  assert.ok(isReported('Grain exports fell sharply (according to the ministry) in the first half of the year.'));
});

test('nouns of weighing are a named cue against a fact', () => {
  assert.ok(cuesOf('The November vote presents new risks for the ruling coalition.').includes('analytic noun'));
  assert.ok(cuesOf('The vote carries implications for the wider region.').includes('analytic noun'));
  expectClaims('judgment', ['The vote presents distinct scenarios for the coalition, with implications for its outlook.']);
});

test('a document that lays out or calls for something states its content', () => {
  assert.ok(cuesOf('The statement lays out a three-stage plan for the handover.').includes("agreement's content"));
  expectClaims('assertion', ['The statement lays out a three-stage plan for the handover.']);
});

test('rules, provisions and laws report like a study does', () => {
  expectClaims('assertion', [
    'The rules state that every platform must register its ranking algorithms.',
    'The provisions indicate that the operator must act within thirty days.',
  ]);
});

test('a modal a few words into a relative clause describes content', () => {
  const hedges = findHedges(viewSentence('The decree sets no date by which any of the ministries must report.'));
  assert.equal(hedges.find((h) => h.kind === 'recommendation')?.weak, true);
  expectClaims('assertion', ['The two sides signed a framework on Monday that would free all the detainees.']);
});

test('a change characterised as more or less of something is an evaluation, not an event', () => {
  const cues = cuesOf('After the court ruling, the dispute became far more complicated.');
  assert.ok(!cues.includes('past event'));
  assert.ok(cues.includes('present evaluation'));
  expectClaims('judgment', ['After the court ruling, the dispute became far more complicated.']);
});

test('estimative and modal wording behind an opening phrase is still the writer\'s', () => {
  expectClaims('judgment', ['It is therefore possible that some of the images were edited by hand.', 'Most worryingly, the militia may turn to kidnapping for ransom.']);
});

test('verbs of saying reached across adverbs, and demands, are reported speech', () => {
  assert.ok(isReported('Both finance ministers have quietly implied that taxes may have to rise.'));
  assert.ok(isReported('Union leaders demanded that the government should raise wages.'));
});

test('vulnerability and ATT&CK identifiers are names, not figures', () => {
  for (const sentence of ['The operators favour T1566.001 over every other technique.', 'The crew keeps returning to CVE-2023-4966 on unpatched appliances.', 'Exploits for MS17-010 remain popular with the crew.']) {
    assert.ok(!cuesOf(sentence).includes('number'), sentence);
  }
  assert.ok(cuesOf('The crew keeps returning to 4966 unpatched appliances.').includes('number'));
});

test('verb forms used as nouns are not present-tense facts; a verb is', () => {
  assert.ok(!cuesOf('The parties are pushing their own agenda on voters.').includes('present-tense fact'));
  assert.ok(!cuesOf('Such regimes can reach high levels of control with modest means.').includes('present-tense fact'));
  assert.ok(cuesOf('The cartel controls both crossings on the river.').includes('present-tense fact'));
});

test('an election is an event, not an agreement; a reform is a formal act', () => {
  assert.ok(!cuesOf('With an election looming, the parties are courting rural voters.').includes('agreement or formal act'));
  assert.ok(cuesOf('These include a pension reform that allows for earlier retirement.').includes("agreement's content"));
});

test('a decade is one word and not a figure', () => {
  assert.ok(!cuesOf('The 1990s left the region wary of currency pegs.').includes('number'));
  assert.ok(cuesOf('In the 1990s the region pegged its currencies.').includes('date'));
});

test('one or two words in quotation marks are a scare quote, not someone\'s words', () => {
  const cues = cuesOf('By jamming local networks, the state blocks the “swarm” tactics of the protesters.');
  assert.ok(cues.includes('scare quote'));
  assert.ok(!cues.includes('quotation'));
  expectClaims('judgment', ['By jamming local networks, the state blocks the “swarm” tactics of the protesters.']);
});

test('a sign or caption that reads words reports them', () => {
  assert.equal(explainClaim('“No entry for outsiders”, read one sign at the gate.', paragraph).reasons[0], 'reported: read one sign');
  assert.ok(isReported('The banner reads: “Out with the occupiers.”'));
  assert.ok(!isReported('Analysts read the budget as a retreat.'));
});

test('an announced schedule is a fact to source, not the writer\'s forecast', () => {
  expectClaims('assertion', ['The fix will be released on 14 March.', 'The donor conference will be held in Oslo.']);
  assert.equal(describeFact(explainClaim('The donor conference will be held in Oslo.', paragraph).reasons), 'this sentence announces a scheduled event (“will be held”)');
  expectClaims('judgment', ['The donor conference will probably be held in Oslo.', 'The junta will cling to power.']);
});

test('a verb that passes judgment decides when nothing ties the sentence to an event, a date, a figure or words', () => {
  expectClaims('judgment', [
    "Treaties that grant a foreign navy port rights undermine the host's neutrality.",
    'Sanctions of this kind threaten the whole reform programme.',
    'Pacts that hand a lender control of the mines weaken the state.',
  ]);
  expectClaims('assertion', ['The strikes in March weakened the truce.']);
});

test('counterfactuals and demonstrative "that" are the writer\'s modals; "in May" is a month', () => {
  expectClaims('judgment', ['The timing of the visit could not have been worse for the mediators.', 'That would seem to leave the junta with two options.']);
  expectClaims('assertion', ['The strikes in May undermined the truce.']);
});

test('a line that only introduces a quotation, and update stamps, are other', () => {
  expectClaims('other', ['The investigators wrote:', 'Update, 4 May, 10:15 a.m.']);
});

test('the unsourced-assertion message quotes the words that make the sentence a fact', () => {
  const says = (sentence: string) => describeFact(explainClaim(sentence, paragraph).reasons);
  assert.equal(says('On 3 June 2024, two patrol boats entered the disputed channel.'), 'this sentence states a dated event (“3 June 2024”)');
  assert.equal(says('The port handles about 1,200 container ships in a typical month.'), 'this sentence gives a figure (“1,200”)');
  assert.match(says('The junta signed a mining treaty with the consortium.'), /\(“(?:signed|treaty)”\)/);
  assert.equal(says('The navy had already withdrawn its frigates from the strait.'), 'this sentence states an event (“had already withdrawn”)');
  assert.equal(says('The cartel owns three airstrips along the border.'), 'this sentence states what someone does, owns or is made of (“owns”)');
});
