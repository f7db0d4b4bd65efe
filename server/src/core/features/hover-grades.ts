// The Admiralty code (NATO STANAG 2511) in Tradecraft's own words. The two
// grades are independent: a B source can pass on a 4 item, so each is
// described on its own.
import type { Credibility, Reliability } from '../schema/types.js';

interface GradeMeaning {
  label: string;
  meaning: string;
}

const reliabilityGrades: Record<Reliability, GradeMeaning> = {
  A: { label: 'Completely reliable', meaning: 'no doubt of authenticity, trustworthiness or competency; a history of complete reliability' },
  B: { label: 'Usually reliable', meaning: 'minor doubt; valid information most of the time' },
  C: { label: 'Fairly reliable', meaning: 'doubt, but has provided valid information in the past' },
  D: { label: 'Not usually reliable', meaning: 'significant doubt, but some valid information in the past' },
  E: { label: 'Unreliable', meaning: 'lacking authenticity, trustworthiness and competency; a history of invalid information' },
  F: { label: 'Reliability cannot be judged', meaning: 'no basis to evaluate the source' },
};

const credibilityGrades: Record<Credibility, GradeMeaning> = {
  1: { label: 'Confirmed', meaning: 'confirmed by other independent sources; logical; consistent' },
  2: { label: 'Probably true', meaning: 'not confirmed; logical; consistent with other information' },
  3: { label: 'Possibly true', meaning: 'not confirmed; reasonably logical; agrees with some other information' },
  4: { label: 'Doubtful', meaning: 'not confirmed; possible but not logical; no other information' },
  5: { label: 'Improbable', meaning: 'not confirmed; not logical; contradicted by other information' },
  6: { label: 'Truth cannot be judged', meaning: 'no basis to evaluate the information' },
};

/** "B — Usually reliable: minor doubt; …" for a source reliability grade. */
export function describeReliability(grade: Reliability): string {
  const { label, meaning } = reliabilityGrades[grade];
  return `${grade} — ${label}: ${meaning}`;
}

/** "2 — Probably true: not confirmed; …" for an information credibility grade. */
export function describeCredibility(grade: Credibility): string {
  const { label, meaning } = credibilityGrades[grade];
  return `${grade} — ${label}: ${meaning}`;
}
