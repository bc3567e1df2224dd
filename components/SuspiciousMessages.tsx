import { t, type Locale } from '../lib/i18n';
import type { MessageHighlight } from '../lib/verdict/types';
import { highlightSegments, offendingMessages } from '../lib/verdict/highlight-segments';

export interface SuspiciousMessagesProps {
  messages: readonly string[];
  highlights: readonly MessageHighlight[];
  locale: Locale;
  headingId: string;
}

/** The messages that ask for money, with the asking phrases marked: the user sees which words gave it away. */
export function SuspiciousMessages({ messages, highlights, locale, headingId }: SuspiciousMessagesProps) {
  const offending = offendingMessages(messages, highlights);
  if (offending.length === 0) return null;
  return (
    <section className="cgd-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t(locale, 'section.messages')}</h3>
      {offending.map((message) => (
        <blockquote className="cgd-message" key={message.index} data-message-index={message.index}>
          {highlightSegments(message.text, message.highlights).map((segment, i) =>
            segment.highlighted ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
          )}
        </blockquote>
      ))}
    </section>
  );
}
