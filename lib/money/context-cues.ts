import type { FoldedText } from './fold';
import type { Span } from './types';
import { allMatches, regex, wordEnd, wordStart, writtenAs } from './words';

/**
 * What surrounds a request in the scam this project fights: hurry ("gấp", "ngay", "trong hôm nay", "đang họp"),
 * secrecy and unreachability ("đừng nói với ai", "giữ kín", "không gọi được", "đang bận họp không nghe máy"),
 * e-wallets; and what marks talk ABOUT money rather than a request: bank balance notifications, police warnings
 * about the scam itself, questions about fees, telling the reader to check the money they got, and
 * public-finance vocabulary (budgets, contracts, policy loans).
 */
const urgency = regex(
  `${wordStart}(?:gap(?:\\s*lam|\\s*gap)?|khan\\s*cap|khan|ngay(?:\\s*(?:bay\\s*gio|luc\\s*nay|lap\\s*tuc|di|nhe|nha))?|luon\\s*(?:nhe|nha|di)|nhanh\\s*(?:len|giup|nhe|nha|gium)|trong\\s*(?:hom\\s*nay|sang\\s*nay|chieu\\s*nay|toi\\s*nay|buoi\\s*sang|ngay(?:\\s*hom\\s*nay)?)|truoc\\s*\\d{1,2}\\s*(?:h|gio)|dang\\s*(?:hop|ban\\s*hop|can\\s*gap)|som\\s*(?:nhe|nha|giup)|can\\s*gap|het\\s*gio|lien\\s*(?:nhe|nha|di))${wordEnd}`,
);
const urgencyForms: Readonly<Record<string, readonly string[]>> = { gap: ['gấp'], ngay: ['ngay'], khan: ['khẩn'], can: ['cần'] };

const secrecy = regex(
  `${wordStart}(?:(?:dung|khong|ko|k|dung\\s*co)\\s+(?:noi|bao|ke|tiet\\s*lo|de\\s*lo|chia\\s*se|cho)(?:\\s+(?:voi|cho|chuyen\\s*nay|viec\\s*nay))?\\s+(?:ai|nguoi\\s*khac|ca|het)|giu\\s*kin|bi\\s*mat|kin\\s*dao|chi\\s*(?:minh\\s*)?(?:em|chi|anh|hai\\s*(?:anh\\s*em|chi\\s*em))\\s*biet|(?:khong|ko|k)\\s*(?:goi|nghe)\\s*(?:duoc|may|dien\\s*thoai)|(?:dung|khong\\s*can|ko\\s*can|k\\s*can)\\s*goi|nhan\\s*tin\\s*thoi|chi\\s*nhan\\s*tin|(?:may|dien\\s*thoai)\\s*(?:hong|hu|het\\s*pin|bi\\s*loi)|ban\\s*hop\\s*(?:khong|ko|k)\\s*(?:nghe|goi))${wordEnd}`,
);

const wallet = regex(
  `${wordStart}(?:zalo\\s*pay|zalopay|viettel\\s*(?:pay|money)|vnpay|shopee\\s*pay|vi\\s*dien\\s*tu|vi\\s*momo|airpay)${wordEnd}`,
);

/**
 * The speaker says they need money ("anh đang cần tiền gấp", "cần một ít tiền", "hết tiền", "kẹt tiền"): the money
 * a following "em chuyển cho anh ít", "em giúp anh được không" asks for, when no sum is named.
 */
const moneyNeed = regex(
  `${wordStart}(?:can|thieu|het|ket|tung)\\s+(?:(?:mot|1)\\s*)?(?:(?:it|chut|khoan|so)\\s+)?tien${wordEnd}`,
);
const needForms: Readonly<Record<string, readonly string[]>> = {
  can: ['cần'], thieu: ['thiếu'], het: ['hết'], ket: ['kẹt'], tung: ['túng'],
};
/** A sum in a foreign currency ("2.000 USD", "500 đô", "$300"): money, though not a VND amount. */
const foreignSum = /(?<![\d.,])\d[\d.,]*\s*(?:usd|us\$|\$|do\s*la|do|euro|eur)(?![a-z])|\$\s*\d/g;

const cardOrOtp = regex(`${wordStart}(?:the\\s*cao|otp|ma\\s*xac\\s*(?:thuc|nhan))${wordEnd}`);

const balance = /\b(?:so\s*du|sd(?:c|\s*cuoi)?\s*[:\-]?\s*\d)/;
const signedSum = /(?<![a-z0-9])(?=[+\-])[+\-]\s?\d[\d.,]*\s*(?:vnd|d|dong)?(?![a-z])/;
const stamp = /(?:luc\s*\d|\d{1,2}:\d{2}|(?<![a-z])(?:gd|ref|nd\s*:|giao\s*dich|bien\s*dong)(?![a-z]))/;
// Besides the police's words: telling people to verify or to report to the police, and calling an account fake
// ("tài khoản Zalo kia là giả"), which no one asking for money says.
const warningTalk =
  /\b(?:canh\s*bao|thu\s*doan|lua\s*dao|gia\s*danh|mao\s*danh|gia\s*mao|chiem\s*doat|de\s*phong|canh\s*giac|goi\s*(?:dien\s*)?(?:de\s*)?xac\s*minh|xac\s*minh\s*(?:truc\s*tiep|lai|qua\s*(?:dien\s*thoai|so)|truoc|ky|ro)|(?:khong|dung)\s*(?:bao\s*gio\s*|nen\s*|duoc\s*)?(?:cung\s*cap|chia\s*se)\s*(?:ma|otp|thong\s*tin)|(?:bao|trinh\s*bao|to\s*giac)\s*(?:ngay\s*)?(?:cho\s*|voi\s*)?(?:co\s*quan\s*)?cong\s*an|(?:la\s+|(?:tai\s*khoan|nick|zalo|facebook|fb|trang)(?:\s+[a-z]+){0,2}?\s+)gia(?:\s+(?:do|day|het|ca|nhe|nha))?(?=\s*(?:[.!?,;\n]|$)))(?![a-z])/;
/** How transfers work, not a transfer: "chuyển khoản thì mất phí 3.300đ", "chuyển 500k thì phí là bao nhiêu". */
const feeTalk = /\bthi\s*(?:mat\s*|ton\s*|tinh\s*)?phi\b|\bphi\s*(?:la\s*|het\s*|mat\s*)?bao\s*nhieu\b/;
/**
 * The reader is told to check their own account or asked whether the money arrived: the speaker pays
 * ("anh gửi em 2 triệu công tác phí, em kiểm tra tài khoản nhé"). Only at the end of a clause, since
 * "kiểm tra tài khoản xem còn bao nhiêu rồi chuyển anh" goes on to ask.
 */
const readerPaid =
  /\bkiem\s*tra\s*(?:lai\s*)?(?:tai\s*khoan|tk|so\s*du)(?:\s+(?:nhe|nha|nhen|di|em|e|anh|a|chi|c|ha|ne|nhe|nhe))*\s*(?:[.!?,;\n]|$)|\b(?:nhan|thay)\s*(?:duoc\s*)?tien\s*(?:chua|ve\s*chua)\b/;
const publicFinance =
  /\b(?:du\s*toan|kinh\s*phi|ngan\s*sach|tong\s*muc|von\s*dau\s*tu|goi\s*thau|nha\s*thau|giai\s*ngan|quyet\s*toan|cap\s*phat|phan\s*bo|du\s*an|von\s*vay|lai\s*suat|khoan\s*vay|vay\s*von|ho\s*ngheo|chinh\s*sach|tam\s*ung\s*(?:kinh\s*phi|cong\s*tac\s*phi|hop\s*dong))(?![a-z])/;

export interface ContextCues {
  urgency: Span[];
  secrecy: Span[];
  wallets: Span[];
  /** The speaker needs money ("anh đang cần tiền gấp"). */
  moneyNeed: Span[];
  /** Sums in foreign currencies. */
  foreignSums: Span[];
  /** Scratch cards and one-time codes, which scammers ask for instead of cash. */
  cardOrOtp: Span[];
  /** A bank's balance-change notification ("TK ... +5,000,000 VND lúc ..., SD ..."). */
  notification: boolean;
  /** A warning about the scam ("cảnh báo thủ đoạn giả danh lãnh đạo mượn tiền"). */
  warningTalk: boolean;
  /** How transfers work (fees), not a transfer. */
  feeTalk: boolean;
  /** The speaker pays: the reader is told to check their account or asked whether the money arrived. */
  readerPaid: boolean;
  /** Budget, contract and loan-policy vocabulary, where transfers and sums are work. */
  publicFinance: boolean;
}

/**
 * Matches of `pattern` whose ambiguous word is written as `forms` says (or without marks). The word is the first
 * one of the match, or the one `at` finds inside it ("500 đô": the "do").
 */
function writtenSpans(
  text: string,
  folded: FoldedText,
  pattern: RegExp,
  forms: Readonly<Record<string, readonly string[]>>,
  at?: RegExp,
): Span[] {
  const found: Span[] = [];
  for (const m of allMatches(pattern, folded.lower)) {
    const inner = at === undefined ? /^[a-z]+/.exec(m[0]) : at.exec(m[0]);
    const offset = m.index + (inner?.index ?? 0);
    const word = inner === null ? '' : /^[a-z]+/.exec(inner[0])?.[0] ?? '';
    const written = forms[word];
    if (written === undefined || writtenAs(text, folded, offset, offset + word.length, written)) {
      found.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return found;
}

/** Two of the three marks of a bank SMS: a balance, a signed sum, a time or transaction stamp. */
function isNotification(lower: string): boolean {
  const marks = Number(balance.test(lower)) + Number(signedSum.test(lower));
  return marks === 2 || (marks === 1 && stamp.test(lower));
}

export function findContextCues(text: string, folded: FoldedText): ContextCues {
  const { lower } = folded;
  const spans = (pattern: RegExp): Span[] => allMatches(pattern, lower).map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return {
    urgency: writtenSpans(text, folded, urgency, urgencyForms),
    secrecy: spans(secrecy),
    wallets: spans(wallet),
    moneyNeed: lower.includes('tien') ? writtenSpans(text, folded, moneyNeed, needForms) : [],
    foreignSums: /\d/.test(lower) ? writtenSpans(text, folded, foreignSum, { do: ['đô'] }, /(?<=\s|\d)do/) : [],
    cardOrOtp: spans(cardOrOtp),
    notification: isNotification(lower),
    warningTalk: warningTalk.test(lower),
    feeTalk: feeTalk.test(lower),
    readerPaid: readerPaid.test(lower),
    publicFinance: publicFinance.test(lower),
  };
}
