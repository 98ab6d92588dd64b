import RE2 from 're2';
import { AllowedValuesConfig } from '../config/config';

/**
 * The config's `allow` option as one predicate over a finding's secret: true when any allowed
 * regex (RE2, unanchored) matches it or it contains any stopword (ignoring case). Undefined when
 * the config allows no values, so the scan skips the check.
 */
export function allowedValuePredicate(allow: AllowedValuesConfig): ((secret: string) => boolean) | undefined {
  if (allow.regexes.length === 0 && allow.stopwords.length === 0) return undefined;
  const regexes = allow.regexes.map((pattern) => new RE2(pattern));
  const stopwords = allow.stopwords.map((word) => word.toLowerCase());
  return (secret) => {
    if (regexes.some((regex) => regex.test(secret))) return true;
    const lower = secret.toLowerCase();
    return stopwords.some((word) => lower.includes(word));
  };
}
