/**
 * Phones are compared by digits: 0xxx and +84xxx (or 84xxx, 0084xxx) are the same Vietnamese number.
 * Returns the national form starting with 0, or the bare digits when it is not a Vietnamese number.
 */
export function phoneKey(phone: string): string {
  const digits = phone.replace(/[^0-9]/g, '');
  const international = digits.startsWith('0084') ? digits.slice(2) : digits;
  // "+84 (0) 987 654 321": people keep the national 0 after the country code. 84, 0, then a mobile (9 digits)
  // or a landline (10 digits, 02…). Only when the number is written as an international one ("+", "(0)",
  // "0084"): a bare run of digits like 840987654321 is as likely a bank account, which must not read as a phone.
  const writtenInternational = /\+|\(\s*0\s*\)/.test(phone) || digits.startsWith('0084');
  if (writtenInternational && /^840(?:2\d{9}|[35789]\d{8})$/.test(international)) return `0${international.slice(3)}`;
  if (international.startsWith('84') && (international.length === 11 || international.length === 12)) return `0${international.slice(2)}`;
  if (digits.startsWith('0084')) return `0${digits.slice(4)}`;
  return digits;
}
