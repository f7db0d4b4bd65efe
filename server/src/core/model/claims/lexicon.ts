/**
 * Word lists behind the assertion detector. They describe English analytic
 * and journalistic prose in general (reporting verbs, estimative terms, event
 * verbs), not any one topic, so that the detector carries over to articles it
 * has never seen.
 */

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/**
 * Verbs of saying: with any third-party subject they make the sentence a fact
 * about what was said (`the spokesman added that …`), whatever the quoted
 * content hedges.
 */
export const SPEECH_VERBS = words(`
  said says say stated states told tells announced announces confirmed confirms
  declared declares claimed claims denied denies deny added adds reported reports
  acknowledged acknowledges admitted admits alleged alleges asserted asserts
  insisted insists warned warns warn cautioned cautions threatened threatens
  vowed vows pledged pledges promised promises urged urges accused accuses
  described describes characterized characterised revealed reveals disclosed
  wrote writes tweeted posted argued argues argue contended contends contend
  complained complains condemned condemns criticized criticised criticizes
  praised praises welcomed rejected rejects dismissed dismisses speculated
  speculate speculates predicted predicts questioned voiced expressed reiterated
  reiterates emphasized emphasised emphasizes stressed stresses explained
  testified conceded concedes replied responded remarked declined refused
  boasted quoted labelled labeled branded refers referred mentioned mentions
  cited cites hinted hints signalled signaled disagree disagreed dispute disputed
  forecast forecasts predict projected projects project demanded state
  read reads
`);

/**
 * Verbs of stating a finding (`the panel concluded`, `Blinken noted`): they
 * report a third party when a person, body or name is their subject; with
 * the analyst or a thing as subject (`this suggests`) they mark a judgment.
 */
export const FINDING_VERBS = words(`
  noted notes observed observes indicated indicates suggested suggests estimated
  estimates assessed assesses concluded concludes agreed recognized recognised
  acknowledged implied
`);

/**
 * Verbs of belief: `officials believe` reports a view, but `Beijing sees …` or
 * `Moscow fears …` is usually the analyst reading a state's mind, so only a
 * person or body word (not any name) makes them a report.
 */
export const BELIEF_VERBS = words(`
  believe believes believed think thinks thought fear fears feared expect
  expects expected view views viewed consider considers considered doubt
  doubts suspect suspects suspected estimate assess indicate note sense sensed
`);

/** Subjects that make a cognitive verb a report of someone else's view. */
export const HUMAN_SUBJECTS = words(`
  officials official spokesman spokesperson spokeswoman spokespeople minister
  ministers ministry president premier chancellor secretary ambassador envoy
  diplomat diplomats analysts analyst experts expert scholars scholar academics
  commentators commentator researchers researcher sources source government
  governments administration department agency agencies media press army
  military generals general commander commanders leader leaders lawmakers
  legislators senator senators congressman parliament council committee panel
  court judge prosecutors investigators police authorities authority regime
  junta embassy report reports study studies survey poll pollsters observers critics
  analysis research audit provisions rules regulations guidelines law laws
  officers intelligence inspectors monitors witnesses residents he she they
  who many some several others both company firm vendor companies firms
  investors economists traders bankers bank banks lenders executives campaigners
  activists lawyers advisers advisors journalists unions opposition voters
  residents locals doctors scientists engineers insiders group groups outlets
  organisations organizations ngos petitioners plaintiffs defendants
`);

/** Words that, just before a verb of saying, show it is not a report. */
export const NOT_REPORTING_SUBJECTS = words(`
  we i you us to would could might may will should can must shall let lets
  needless so one as
`);

/** Words skipped when walking back from a verb to its subject. */
export const SUBJECT_SKIP = words(`
  also have has had publicly repeatedly reportedly privately recently previously
  later then already subsequently once again openly explicitly formally
  officially all both themselves himself herself itself did does do not never
  further even first initially separately jointly still just earlier quickly
  swiftly immediately flatly strongly been being is was were are
`);

/**
 * Irregular past-tense forms of verbs that report events. Forms equal to the
 * base (`hit`, `set`, `cut`) are left out: they count only after `has`/`had`.
 */
export const IRREGULAR_PAST = words(`
  sent began fought took made met won lost held led left struck shot fell rose
  grew bought sold paid spent built brought caught drew drove flew gave went
  came kept ran saw stood threw wrote withdrew overran fled froze hid sought
  found became broke chose stole sank swept undertook got told forbade arose
  bore dealt dug fed forgave forgot hung laid lent lit rode rang sang shook
  slid sped spun stuck swore swung taught tore upheld withheld wound said had
`);

/**
 * Words ending in -ed that are usually adjectives or nouns, or whose -ed form
 * does not report an event, so they do not count as past tense.
 */
export const NOT_PAST_ED = words(`
  need needed indeed speed proceed exceed succeed embed hundred kindred sacred
  naked wicked wretched beloved aged skilled educated experienced based related
  concerned interested limited united advanced sophisticated unprecedented
  detailed alleged supposed armed heightened protracted mixed dedicated
  determined distinguished qualified talented varied tired worried scared
  pleased satisfied expected unexpected centralized dated outdated belated
  heated so-called red bed shed seed feed breed bleed
  deed reed weed greed tweed heed unrelated unresolved untested unchecked undated
  unnamed unidentified unspecified unconfirmed unverified unsourced
  overstated understated exaggerated interrelated interconnected
  entrenched vaunted fabled storied jaded
`);

/**
 * Determiners, degree words and prepositions: an -ed word right after one is
 * an adjective (`the renewed push`, `on imported ammunition`).
 */
export const ADJECTIVE_CUES = words(`
  the a an this these those its their his her our my your more most less
  least very so too well highly newly fully increasingly deeply heavily
  largely widely poorly badly better best of on in with for from into about
  against without among
`);

/**
 * Past participles that differ from the simple past or the base form; after
 * `has`/`have`/`had` they report a completed event (`has cut`, `had begun`).
 */
export const IRREGULAR_PARTICIPLES = words(`
  done gone taken given seen made known shown grown risen fallen driven written
  spoken chosen broken stolen begun fought cut put set hit spent held sent
  built brought caught drawn flown kept lost met paid sold told won struck
  shot fled sought found become come run overrun withdrawn undertaken
  forgotten frozen hidden sunk swept thrown torn understood upheld withheld
`);

/** Numbers written as words; the big ones count like digits. */
export const BIG_NUMBER_WORDS = words(`
  hundred hundreds thousand thousands million millions billion billions trillion
  trillions percent per-cent dozen dozens
`);
export const SMALL_NUMBER_WORDS = words(`
  two three four five six seven eight nine ten eleven twelve fifteen twenty
  thirty forty fifty sixty seventy eighty ninety half third quarter twice
  doubled tripled quadrupled halved tenfold
`);

export const MONTHS = words(`
  january february march april may june july august september october november
  december jan feb mar apr jun jul aug sep sept oct nov dec
`);
export const WEEKDAYS = words(`monday tuesday wednesday thursday friday saturday sunday`);

/** Nouns naming agreements and formal acts whose existence is a checkable fact. */
export const AGREEMENT_NOUNS = words(`
  treaty treaties agreement agreements accord accords pact pacts deal deals
  memorandum ceasefire cease-fire truce armistice resolution resolutions
  sanctions sanction communique communiqué protocol convention charter
  legislation law bill statute decree referendum reform reforms
  statement declaration announcement
`);

/** Superlatives and records: claims that can be checked against a list. */
export const RECORD_WORDS = words(`
  largest biggest highest lowest first fewest smallest longest shortest
  deadliest fastest slowest oldest youngest record unprecedented only
`);

/** Verbs of change in quantity, a sign that a trend is being reported. */
export const TREND_WORDS = words(`
  rose fell increased decreased doubled tripled halved grew declined dropped
  surged plunged soared slumped climbed jumped tumbled shrank expanded
  contracted rising falling growing declining increasing decreasing shrinking
`);

/**
 * Evaluative words: an analyst's weighing of importance, danger or merit is an
 * opinion, not a checkable fact.
 */
export const EVALUATIVE_WORDS = words(`
  dangerous risky gamble mistake important importantly crucial vital essential
  serious worrying troubling alarming unpalatable delicate fragile remarkable
  striking surprising surprisingly notable notably clearly obviously obvious
  undoubtedly arguably bold reckless prudent wise unwise naive misguided flawed
  unfortunate regrettable good bad better worse difficult harder easier
  complex considerable profound urgent significant uncertain
  unclear inevitable inevitably ironically ironic wrong shrewd costly
  catastrophic disastrous tragic deeper weaker stronger overstated understated
  great terrible wonderful horrible fair unfair ridiculous absurd
  outrageous shameful disgrace disgraceful failure successful
  effective ineffective
`);
