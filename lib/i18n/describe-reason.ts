import type { Reason } from '../verdict/types';
import { disguiseDetail, disguiseShape } from './describe-disguise';
import { formatVnd } from './format-vnd';
import type { Locale } from './locale';
import { t } from './translate';

const platformNames = { facebook: 'Facebook', zalo: 'Zalo' } as const;

/** One plain sentence for a piece of evidence, for the banner's "what differs" list and the report. */
export function describeReason(reason: Reason, locale: Locale): string {
  switch (reason.code) {
    case 'verified-account':
      return t(locale, 'reason.verified-account', { platform: platformNames[reason.platform] });
    case 'same-name':
      return t(locale, 'reason.same-name');
    case 'similar-name':
      return reason.differences.length > 0
        ? t(locale, 'reason.similar-name.details', { differences: reason.differences.map((kind) => t(locale, `difference.${kind}`)).join('; ') })
        : t(locale, 'reason.similar-name');
    case 'disguised-name': {
      const detail = disguiseDetail(reason, locale);
      const shape = disguiseShape(reason);
      if (shape === 'replaces') return t(locale, 'reason.disguised-name.uses', { detail });
      if (shape === 'decoration') return t(locale, 'reason.disguised-name.carries', { detail });
      return t(locale, 'reason.disguised-name.has', { detail });
    }
    case 'claims-title':
      return t(locale, 'reason.claims-title', { claimed: reason.claimed });
    case 'claims-organization':
      return t(locale, 'reason.claims-organization', { claimed: reason.claimed });
    case 'same-photo':
      return t(locale, 'reason.same-photo');
    case 'asks-for-money':
      return reason.amounts.length > 0
        ? t(locale, 'reason.asks-for-money.amounts', { amounts: formatAmounts(reason.amounts, locale) })
        : t(locale, 'reason.asks-for-money');
    case 'flagged-bank-account':
      return reason.holder
        ? t(locale, 'reason.flagged-bank-account.holder', { value: reason.value, holder: reason.holder })
        : t(locale, 'reason.flagged-bank-account', { value: reason.value });
    case 'flagged-phone':
      return t(locale, 'reason.flagged-phone', { value: reason.value });
    case 'flagged-sender':
      return t(locale, 'reason.flagged-sender', { value: reason.value });
  }
}

/** "5.000.000 ₫, 2.000.000 ₫": several amounts asked across the messages. */
export function formatAmounts(amounts: readonly number[], locale: Locale): string {
  return amounts.map((amount) => formatVnd(amount, locale)).join(', ');
}
