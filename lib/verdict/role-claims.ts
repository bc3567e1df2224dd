import { foldName } from '../names';
import type { Leader } from '../directory/schema';

/** Place words that end the distinctive part of an organisation's name ("Sở Tài chính | tỉnh Quảng Trị"). */
const placeWords = new Set(['tinh', 'thanh', 'tp', 'huyen', 'quan', 'thi', 'xa', 'phuong']);

/** The distinctive start of an organisation's name, folded: "so tai chinh" for "Sở Tài chính tỉnh Quảng Trị". */
function organizationCore(organization: string): string {
  const words = foldName(organization).split(' ');
  const end = words.findIndex((w, i) => i >= 2 && placeWords.has(w));
  return words.slice(0, end === -1 ? words.length : end).join(' ');
}

/**
 * The message in which the sender presents themself in the leader's office ("Giám đốc Sở Tài chính đây em"), if any:
 * the leader's title and organisation together. A plain namesake who says so imitates the leader (product.md,
 * "L's name plus L's title or organisation"). Folded, so unaccented typing counts too.
 */
export function messageClaimingRole(messages: readonly string[], leader: Pick<Leader, 'title' | 'organization'>): string | undefined {
  if (!leader.title || !leader.organization) return undefined;
  const title = foldName(leader.title);
  const core = organizationCore(leader.organization);
  if (title === '' || core.split(' ').length < 2) return undefined;
  return messages.find((m) => {
    const folded = ` ${foldName(m)} `;
    return folded.includes(` ${title} `) && folded.includes(` ${core} `);
  });
}
