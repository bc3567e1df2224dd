import { useId } from 'react';
import type { Locale } from '../../lib/i18n';
import type { CheckResult } from '../../lib/check';
import { LeaderContacts } from '../LeaderContacts';
import { highlightSegments } from '../../lib/verdict/highlight-segments';
import { tc } from './check-i18n';
import { describeCheckReason, describeInput, outcomeAdvice, outcomeText, outcomeTone, outcomeWord } from './check-text';

export interface CheckResultViewProps {
  result: CheckResult;
  locale: Locale;
  /** The text that was checked, kept on the result (data-for) so a test or a tool can tell results apart. */
  checkedText: string;
}

/**
 * One check result: the outcome in a word (never colour alone), one sentence of meaning, one of advice, the
 * reasons, the pasted message with its suspicious parts marked, and the leader's real accounts and phones.
 */
export function CheckResultView({ result, locale, checkedText }: CheckResultViewProps) {
  const id = useId();
  const tone = outcomeTone(result.outcome);
  const pasted = describeInput(result.input, locale);
  return (
    <article className={`cgd-check-result cgd-tone-${tone}`} data-outcome={result.outcome} data-for={checkedText} aria-labelledby={`${id}-word`}>
      <h2 id={`${id}-word`} className="cgd-outcome">
        {outcomeWord(result.outcome, locale)}
      </h2>
      {pasted && <p className="cgd-pasted">{pasted}</p>}
      <p className="cgd-outcome-text">{outcomeText(result, locale)}</p>
      <p className="cgd-advice">{outcomeAdvice(result, locale)}</p>
      {result.reasons.length > 0 && (
        <section aria-labelledby={`${id}-reasons`}>
          <h3 id={`${id}-reasons`}>{tc(locale, 'result.reasons')}</h3>
          <ul className="cgd-reasons">
            {result.reasons.map((reason, i) => (
              <li key={i}>{describeCheckReason(reason, locale)}</li>
            ))}
            {result.nameScore !== undefined && <li>{tc(locale, 'result.nameScore', { percent: Math.round(result.nameScore * 100) })}</li>}
          </ul>
        </section>
      )}
      {result.input.kind === 'message' && result.highlights.length > 0 && (
        <section aria-labelledby={`${id}-message`}>
          <h3 id={`${id}-message`}>{tc(locale, 'result.message')}</h3>
          <blockquote className="cgd-quoted">
            {highlightSegments(result.input.text, result.highlights).map((segment, i) => (segment.highlighted ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>))}
          </blockquote>
        </section>
      )}
      {result.leader && (
        <section className="cgd-check-leader" aria-labelledby={`${id}-leader`}>
          <h3 id={`${id}-leader`}>{tc(locale, 'result.leader')}</h3>
          <p className="cgd-leader-name">{result.leader.name}</p>
          {(result.leader.title || result.leader.organization) && <p>{[result.leader.title, result.leader.organization].filter(Boolean).join(', ')}</p>}
          <LeaderContacts leader={result.leader} locale={locale} accountsHeadingId={`${id}-accounts`} phonesHeadingId={`${id}-phones`} />
        </section>
      )}
    </article>
  );
}
