import { NamesakeNote } from './NamesakeNote';
import { VerifiedMark } from './VerifiedMark';
import { WarningBanner, type WarningBannerProps } from './WarningBanner';

export type VerdictViewProps = WarningBannerProps;

/**
 * Picks what a verdict shows: nothing for `none`, the green mark for `verified`, the quiet note for `namesake`,
 * the banner for the rest. The calm levels need a leader to name; without one there is nothing true to say.
 */
export function VerdictView(props: VerdictViewProps) {
  const { verdict, locale } = props;
  switch (verdict.level) {
    case 'none':
      return null;
    case 'verified':
      return verdict.leader ? <VerifiedMark leader={verdict.leader} locale={locale} /> : null;
    case 'namesake':
      return verdict.leader ? <NamesakeNote leader={verdict.leader} locale={locale} onClose={props.onClose} /> : null;
    default:
      return <WarningBanner {...props} />;
  }
}
