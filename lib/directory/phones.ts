/**
 * Phones are compared by digits: 0xxx and +84xxx (or 84xxx) are the same Vietnamese number.
 * Returns the national form starting with 0, or the bare digits when it is not a Vietnamese number.
 */
export function phoneKey(phone: string): string {
  const digits = phone.replace(/[^0-9]/g, '');
  if (digits.startsWith('84') && (digits.length === 11 || digits.length === 12)) return `0${digits.slice(2)}`;
  if (digits.startsWith('0084')) return `0${digits.slice(4)}`;
  return digits;
}
