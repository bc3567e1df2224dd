import { describe, expect, it } from 'vitest';
import { keepLouder, type TabRecord } from '../../lib/protection/tab-record';
import type { VerdictLevel } from '../../lib/verdict/levels';

// What the background keeps per tab: the louder warning of a place, as the banner keeps it.
const record = (place: string, level: VerdictLevel, messages: string[] = [], dismissed = false): TabRecord => ({
  place,
  answer: { verdict: { level, leader: null, reasons: [], highlights: [], amounts: [], accounts: [] }, dismissed },
  evidence: { seenAt: '2026-11-29T06:00:00.000Z', messages: messages.map((text) => ({ text, time: '10:00', marked: [] })) },
});

describe('keepLouder', () => {
  it('keeps a danger warning of a thread when a calmer answer about the same thread follows, with the evidence of both', () => {
    const danger = record('t/1|', 'danger', ['chuyển 15tr']);
    const later = record('t/1|', 'lookalike', ['ok em']);
    const kept = keepLouder(danger, later);
    expect(kept.answer.verdict.level).toBe('danger');
    expect(kept.evidence?.messages.map((m) => m.text)).toEqual(['chuyển 15tr', 'ok em']);
  });

  it('takes a louder or equal answer, and any answer about another place', () => {
    expect(keepLouder(record('t/1|', 'lookalike'), record('t/1|', 'danger')).answer.verdict.level).toBe('danger');
    expect(keepLouder(record('t/1|', 'danger', ['a']), record('t/1|', 'danger', ['b'])).evidence?.messages.map((m) => m.text)).toEqual(['a', 'b']);
    expect(keepLouder(record('t/1|', 'danger'), record('t/2|', 'none')).answer.verdict.level).toBe('none');
    expect(keepLouder(null, record('t/2|', 'none')).place).toBe('t/2|');
  });

  it('lets a warning marked as a mistake take over', () => {
    const kept = keepLouder(record('t/1|', 'danger'), record('t/1|', 'danger', [], true));
    expect(kept.answer.dismissed).toBe(true);
  });

  it('lets a site turned off take over: the toolbar and a report no longer speak of the old warning', () => {
    const off = { ...record('t/1|', 'none'), answer: { ...record('t/1|', 'none').answer, siteOff: true as const } };
    const kept = keepLouder(record('t/1|', 'danger', ['chuyển 15tr']), off);
    expect(kept.answer.verdict.level).toBe('none');
    expect(kept.evidence?.messages).toEqual([]);
  });

  it('pools the same message once, and keeps the newest twenty', () => {
    const many = Array.from({ length: 15 }, (_, i) => `m${i}`);
    const kept = keepLouder(record('p|', 'danger', many), record('p|', 'danger', [...many.slice(10), 'n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n7', 'n8']));
    const texts = kept.evidence!.messages.map((m) => m.text);
    expect(texts).toHaveLength(20);
    expect(new Set(texts).size).toBe(20);
    expect(texts.at(-1)).toBe('n8');
    expect(texts[0]).toBe('m3');
  });
});
