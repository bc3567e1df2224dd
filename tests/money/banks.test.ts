import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeMessage, bankByBin, findBank } from '../../lib/money';
import { sharedDir } from '../../scripts/generate/shared-path';

/** Oracle: the third-party bank list (npm vietnam-qr-pay 1.5.1), not the generated table. */
interface SourceBank {
  code: string;
  bin: string;
  shortName: string;
  keywords?: string;
}
const source = JSON.parse(
  readFileSync(path.join(sharedDir, 'data/banks/vietnam-qr-pay-1.5.1-banks.json'), 'utf8'),
) as SourceBank[];

/** Banks that share an alias or BIN in the source (LienVietPostBank/LPBank, DongA/Vikki, Ocean Bank/MBV...). */
function sameBank(found: { code: string; bin: string } | undefined, expected: SourceBank, alias: string): boolean {
  if (found === undefined) return false;
  if (found.code === expected.code || (found.bin !== '' && found.bin === expected.bin)) return true;
  const owner = source.find((b) => b.code === found.code);
  const ownerAliases = [owner?.code, owner?.shortName, ...(owner?.keywords ?? '').split(',')].map((s) => s?.trim().toLowerCase());
  return ownerAliases.includes(alias.toLowerCase());
}

const aliasesOf = (b: SourceBank): string[] =>
  [b.code, b.shortName, ...(b.keywords ?? '').split(',').map((k) => k.trim())].filter((a) => a !== '');

describe('bank oracle', () => {
  const cases = source.flatMap((b) => aliasesOf(b).map((alias) => [b.shortName, alias, b] as const));

  it.each(cases)('%s is recognised by "%s" in a sentence', (_name, alias, bank) => {
    const sentence = `Em chuyển giúp anh 5 triệu vào tài khoản ${alias} nhé`;
    expect(sameBank(findBank(sentence), bank, alias)).toBe(true);
    expect(analyzeMessage(sentence).signals).toContain('bank-name');
  });

  it.each(source.filter((b) => b.bin !== ''))('$shortName is found by its BIN', (bank) => {
    expect(sameBank(findBank(bank.bin), bank, bank.bin)).toBe(true);
    expect(sameBank(bankByBin(bank.bin), bank, bank.bin)).toBe(true);
  });
});

describe('findBank', () => {
  it.each([
    ['vcb', 'VCB'],
    ['ck qua vietcom nhé', 'VCB'],
    ['viettin', 'CTG'],
    ['mb bank', 'MBB'],
    ['MBBank', 'MBB'],
    ['ck qua mb nhé', 'MBB'],
    ['nongnghiep', 'AGRIBANK'],
    ['techcom', 'TCB'],
    ['Ngân hàng TMCP Ngoại Thương Việt Nam', 'VCB'],
    ['ngân hàng Công Thương', 'CTG'],
    ['NH Quân đội', 'MBB'],
    ['ngân hàng Đông Á', 'DONGABANK'],
    ['970436', 'VCB'],
    ['bidv', 'BID'],
  ])('%s -> %s', (text, code) => {
    expect(findBank(text)?.code).toBe(code);
  });

  it.each([
    'Sở Công Thương tổ chức hội nghị',
    'Bộ chỉ huy quân đội tỉnh',
    'Chúc năm mới an khang, Lộc Phát',
    '500 nghìn đồng à',
    'giá thầu bid thấp nhất',
    'mua cái cake sinh nhật',
    'Về Sài Gòn công tác',
    'quốc tế lao động',
  ])('names no bank in %s', (text) => {
    expect(findBank(text)).toBeUndefined();
  });
});
