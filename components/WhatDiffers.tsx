import { describeReason, disguiseDetail, firstOddCharacter, t, wordHoldingDisguise, type Locale } from '../lib/i18n';
import type { Reason } from '../lib/verdict/types';

export interface WhatDiffersProps {
  reasons: Reason[];
  /** The name the suspect account shows, so a disguise can be pointed at in its word ("Mïnh: ..."). */
  senderName?: string;
  locale: Locale;
  headingId: string;
}

/**
 * The evidence, disguises first: the user must *see* the odd letter in the name, because the name looks right at
 * a glance; that is the whole trick. Other reasons follow as plain sentences.
 */
export function WhatDiffers({ reasons, senderName, locale, headingId }: WhatDiffersProps) {
  if (reasons.length === 0) return null;
  const disguises = reasons.filter((r): r is Extract<Reason, { code: 'disguised-name' }> => r.code === 'disguised-name');
  const others = reasons.filter((r) => r.code !== 'disguised-name');
  return (
    <section className="cgd-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t(locale, 'section.differs')}</h3>
      <ul>
        {disguises.map((reason, i) => {
          const word = senderName ? wordHoldingDisguise(senderName, reason.found) : undefined;
          if (!word) return <li key={`d${i}`}>{describeReason(reason, locale)}</li>;
          return (
            <li key={`d${i}`} data-disguise={reason.tag}>
              <WordWithOddCharacter word={word} found={reason.found} />
              {`: ${disguiseDetail(reason, locale)}`}
            </li>
          );
        })}
        {others.map((reason, i) => (
          <li key={`r${i}`}>{describeReason(reason, locale)}</li>
        ))}
      </ul>
    </section>
  );
}

/** The word with its disguised character marked large and underlined, so "Mïnh" cannot pass for "Minh". */
function WordWithOddCharacter({ word, found }: { word: string; found: string }) {
  const at = word.indexOf(found);
  const odd = firstOddCharacter(found) ?? found;
  const oddAt = at + found.indexOf(odd);
  return (
    <span className="cgd-word">
      {word.slice(0, oddAt)}
      <b className="cgd-odd">{odd}</b>
      {word.slice(oddAt + odd.length)}
    </span>
  );
}
