import { describeReason, leaderDesignation, type Locale } from '../../lib/i18n';
import type { CheckInput, CheckOutcome, CheckReason, CheckResult } from '../../lib/check';
import { tc } from './check-i18n';

/** Plain sentences for a check result: what was pasted, what it means, what to do, and why. */

export function describeInput(input: CheckInput, locale: Locale): string | undefined {
  switch (input.kind) {
    case 'empty':
      return undefined;
    case 'facebook-profile':
    case 'messenger-chat':
    case 'other-link':
    case 'message':
      return tc(locale, `kind.${input.kind}`);
    case 'zalo-link':
    case 'phone':
      return tc(locale, `kind.${input.kind}`, { phone: input.phone });
    case 'bank-account':
      return input.bank
        ? tc(locale, 'kind.bank-account.bank', { number: input.number, bank: input.bank.shortName })
        : tc(locale, 'kind.bank-account', { number: input.number });
    case 'name':
      return tc(locale, 'kind.name', { name: input.name });
  }
}

export function outcomeWord(outcome: CheckOutcome, locale: Locale): string {
  return tc(locale, `outcome.${outcome}`);
}

export function outcomeText(result: CheckResult, locale: Locale): string {
  const leader = result.leader ? leaderDesignation(result.leader, locale) : '';
  switch (result.outcome) {
    case 'verified':
    case 'imitation':
    case 'namesake':
      return tc(locale, `outcome.${result.outcome}.text`, { leader });
    default:
      return tc(locale, `outcome.${result.outcome}.text`);
  }
}

export function outcomeAdvice(result: CheckResult, locale: Locale): string {
  if (result.outcome === 'imitation') return tc(locale, 'outcome.imitation.advice', { leader: result.leader?.name ?? '' });
  return tc(locale, `outcome.${result.outcome}.advice`);
}

export function describeCheckReason(reason: CheckReason, locale: Locale): string {
  if (reason.code === 'official-phone') return tc(locale, 'result.official-phone', { value: reason.value });
  if (reason.code === 'unlisted-phone') return tc(locale, 'result.unlisted-phone', { value: reason.value, leader: reason.leader });
  return describeReason(reason, locale);
}

/** How the result looks: red for danger, amber for "check first", green for verified, grey for nothing known. */
export function outcomeTone(outcome: CheckOutcome): 'danger' | 'amber' | 'verified' | 'quiet' {
  if (outcome === 'reported' || outcome === 'imitation') return 'danger';
  if (outcome === 'namesake' || outcome === 'money-request') return 'amber';
  if (outcome === 'verified') return 'verified';
  return 'quiet';
}
