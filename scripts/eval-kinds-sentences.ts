/**
 * A third labelled set, written for issue 10 in our own words (nothing taken
 * from the corpus or the datasets): one group per kind of error analysts saw
 * on other writers' prose. Written before the detector was changed for them
 * and used to check each change; it is therefore a tuned set, and its figures
 * are reported as such. `assertion: true` is a checkable fact that needs a
 * source; everything else (judgments, method, signposting, recommendations)
 * is `false`.
 */
import type { AnalyticSentence } from './eval-analytic-sentences.js';

const fact = (text: string): AnalyticSentence => ({ text, assertion: true });
const notFact = (text: string): AnalyticSentence => ({ text, assertion: false });

/** Judgments in the generic present with evaluative verbs. */
const EVALUATIVE_JUDGMENTS = [
  'Deals that hand a foreign lender control of the port undermine the sovereignty they claim to protect.',
  'Permanent bases leave host states unable to refuse the next request.',
  'Concessions of this kind threaten the credibility of the whole reform programme.',
  'The new levy punishes the very exporters it was meant to help.',
  'Such arrangements erode trust between the capital and the provinces.',
  'Cheap credit masks the weakness of the banking sector rather than curing it.',
  'The regulator lacks the teeth to enforce its own rules.',
  'As predicted, the easy gains of the first year are now exhausted.',
  'As mentioned, the coalition rests on a narrow base.',
  'Seventy years of mistrust cannot be undone by one summit.',
  'Millions of households remain exposed to the next price shock.',
  'The 1990s taught the region that currency pegs break under pressure.',
].map(notFact);

/** The authors' method and signposting. */
const METHOD_AND_SIGNPOSTS = [
  'We analysed the shipping records of every tanker that called at the terminal.',
  'In the chart below, each dot is one district.',
  'You can monitor the reservoir level on the authority’s dashboard.',
  'This section sets out the three scenarios in turn.',
  'We then compared the two sets of figures month by month.',
  'The table that follows lists the contracts by value.',
].map(notFact);

/** Recommendations in the imperative. */
const IMPERATIVES = [
  'Patch the exposed gateways first.',
  'Rotate every credential that touched the compromised server.',
  'Block the listed domains at the proxy.',
  'Treat any request for a wire transfer by chat as suspect.',
].map(notFact);

/** The analyst's own judgments, opened in the first person. */
const FIRST_PERSON_JUDGMENTS = [
  'We conclude that the outage was not an accident.',
  'I assess that the group will return under a new name.',
  'Our judgment is that the ministry overstated the harvest.',
  'We judge that the election will be close.',
].map(notFact);

/** Forecasts by the analyst (not facts). */
const OWN_FORECASTS = [
  'The ruling party will struggle to keep its majority.',
  'Inflation is going to fall more slowly than the bank hopes.',
  'Prices shall stay high through the winter.',
].map(notFact);

/** Present-tense facts with no date or figure. */
const PRESENT_FACTS = [
  'The state oil company pays the militia for guarding its pipelines.',
  'Detainees are forced into labour at the quarry.',
  'The fleet is made up of converted fishing trawlers.',
  'The plant continues to produce drones for the army.',
  'The ministry owns a controlling stake in the national airline.',
  'The group is responsible for the attacks on the water utilities.',
  'The same crew is behind the intrusions at both hospitals.',
  'The leak is the work of a contractor with access to the archive.',
  'The front company is linked to the defence ministry.',
  'The consortium operates both of the country’s deep-water ports.',
  'Border guards routinely turn back asylum seekers at the crossing.',
].map(fact);

/** Forecasts, hopes and claims reported from others: facts about what was said. */
const REPORTED_FORECASTS = [
  'Analysts forecast that the currency will lose a tenth of its value.',
  'It was hoped that the talks would produce a ceasefire by spring.',
  'It is claimed that the minister approved the sale in person.',
  'Economists at the central bank project that growth will slow to two percent.',
  'Opposition leaders predicted that the vote would be postponed.',
  'The company expects the new mine to open next year.',
].map(fact);

/** Attribution by `per X` and `in its report, X …`. */
const ATTRIBUTIONS = [
  'Per the advisory, the attackers used stolen VPN credentials.',
  'In its annual report, the watchdog listed forty unlicensed lenders.',
  'Per company filings, the subsidiary lost money in each of the last three years.',
].map(fact);

/** Identifiers, which are not figures, in sentences that are not facts. */
const IDENTIFIERS = [
  'Prioritise CVE-2024-3400 over the older flaws.',
  'Defenders should watch for T1566 in the mail logs.',
  'Apply the fix for CVE-2023-4966 before the weekend.',
].map(notFact);

/** Identifiers inside facts, which stay facts. */
const IDENTIFIER_FACTS = [
  'The vendor disclosed CVE-2024-3400 on 12 April.',
  'The intruders exploited CVE-2023-4966 to steal session tokens.',
].map(fact);

/** Plain dated facts, round figures in facts, agreements' content. */
const PLAIN_FACTS = [
  'The army withdrew from the northern towns in the spring of 2019.',
  'The central bank cut its main rate by half a point on Thursday.',
  'The treaty obliges each party to notify the other of any missile test.',
  'About 3,000 workers walked out at the port.',
  'The president dismissed his finance minister last week.',
  'Exports of cobalt fell by a fifth in the first quarter.',
  'The tribunal ordered the government to pay US$120m in damages.',
  'Parliament passed the bill by 212 votes to 98.',
].map(fact);

/** Plain judgments without first-person framing. */
const PLAIN_JUDGMENTS = [
  'The reform is probably too timid to restore confidence.',
  'Beijing wants to keep both sides dependent on its goodwill.',
  'This matters because the port is the only outlet to the sea.',
  'The government should publish the contracts.',
  'The reasons for the slowdown are complex.',
  'A deal remains possible if the mediators keep both sides at the table.',
].map(notFact);

export const KIND_SENTENCES: AnalyticSentence[] = [
  ...EVALUATIVE_JUDGMENTS,
  ...METHOD_AND_SIGNPOSTS,
  ...IMPERATIVES,
  ...FIRST_PERSON_JUDGMENTS,
  ...OWN_FORECASTS,
  ...PRESENT_FACTS,
  ...REPORTED_FORECASTS,
  ...ATTRIBUTIONS,
  ...IDENTIFIERS,
  ...IDENTIFIER_FACTS,
  ...PLAIN_FACTS,
  ...PLAIN_JUDGMENTS,
];
