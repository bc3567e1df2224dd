/**
 * Phones are compared by digits: 0xxx and +84xxx (or 84xxx, 0084xxx) are the same Vietnamese number.
 * Returns the national form starting with 0, or the bare digits when it is not a Vietnamese number.
 */
export function phoneKey(phone: string): string {
  const digits = phone.replace(/[^0-9]/g, '');
  const international = digits.startsWith('0084') ? digits.slice(2) : digits;
  // "+84 (0) 987 654 321": people keep the national 0 after the country code. 84, 0, then a mobile (9 digits)
  // or a landline (10 digits, 02…); 84 + a number without its 0 never has a 0 there, so nothing else reads so.
  if (/^840(?:2\d{9}|[35789]\d{8})$/.test(international)) return `0${international.slice(3)}`;
  if (international.startsWith('84') && (international.length === 11 || international.length === 12)) return `0${international.slice(2)}`;
  if (digits.startsWith('0084')) return `0${digits.slice(4)}`;
  return digits;
}
