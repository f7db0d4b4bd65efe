import { findOwnForecast } from '../model/forecasts.js';
import type { Sentence } from '../model/types.js';
import type { AssessmentRule, RuleFinding } from './rule.js';

/**
 * ICD 203 asks every forecast to say how likely it is. A sentence that says
 * what will happen (`Freedonia will extend the exercise`) with no likelihood
 * term is flagged; what others forecast (reported speech, quotations),
 * conditionals and scheduled events are not forecasts of the writer's.
 */
export const forecastWithoutLikelihood: AssessmentRule = {
  code: 'forecast-without-likelihood',
  scope: 'block',
  check({ model }) {
    const findings: RuleFinding[] = [];
    for (const sentence of model.sentences) {
      if (!isWritersOwnClaim(sentence) || sentence.estimative.length > 0) continue;
      const marker = findOwnForecast(sentence.text);
      if (!marker) continue;
      const words = sentence.text.slice(marker.start, marker.end);
      findings.push({
        code: 'forecast-without-likelihood',
        message: `Forecast without a likelihood: “${words}” says what will happen but not how likely it is. ICD 203 asks for a likelihood term (for example “likely” or “very likely”), or reword it as a scheduled fact with its source.`,
        span: sentence.span,
      });
    }
    return findings;
  },
};

/**
 * Headings and questions forecast nothing; reported speech and quotations are
 * someone else's forecast; an explicit judgment without confidence already has
 * its own finding (`judgment-without-confidence`), and a stated confidence
 * level is the sentence's expression of uncertainty (ICD 203 keeps likelihood
 * and confidence in separate sentences).
 */
function isWritersOwnClaim(sentence: Sentence): boolean {
  if (sentence.block === 'heading' || sentence.claim === 'other' || sentence.isJudgment) return false;
  const [reason = ''] = sentence.claimReasons;
  return !/^(?:reported|quotation):/.test(reason);
}
