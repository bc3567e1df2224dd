import { describe, expect, it } from 'vitest';
import demoJson from '../../lib/directory/demo-directory.json';
import { directorySchema } from '../../lib/directory/schema';
import { diffDirectories } from '../../lib/feed';

const parse = (change: (d: Record<string, any>) => void = () => {}) => {
  const d = structuredClone(demoJson) as Record<string, any>;
  change(d);
  return directorySchema.parse(d);
};

describe('directory diff', () => {
  it('names leaders added, removed and changed (with fields), and flagged entries added, removed and changed', () => {
    const before = parse();
    const after = parse((d) => {
      d.version = 2;
      d.leaders.shift();
      d.leaders[0].title = 'Chủ tịch';
      d.leaders[1].accounts.push({ platform: 'zalo', phone: '0987 000 111' });
      d.leaders.push({ id: 'qt-new', name: 'Hoàng Văn Mới' });
      d.flagged[0].note = 'reported again in 2026';
      d.flagged.splice(1, 1);
      d.flagged.push({ kind: 'phone', value: '0900 111 222' });
    });
    const diff = diffDirectories(before, after);
    expect(diff.from).toEqual({ publisher: 'demo-qt', version: 1 });
    expect(diff.to).toEqual({ publisher: 'demo-qt', version: 2 });
    expect(diff.leaders.added).toEqual(['qt-new']);
    expect(diff.leaders.removed).toEqual([before.leaders[0]!.id]);
    expect(diff.leaders.changed).toEqual([
      { id: before.leaders[1]!.id, fields: ['title'] },
      { id: before.leaders[2]!.id, fields: ['accounts'] },
    ]);
    expect(diff.flagged.added).toEqual([{ kind: 'phone', value: '0900 111 222' }]);
    expect(diff.flagged.removed).toEqual([before.flagged[1]]);
    expect(diff.flagged.changed).toEqual([{ before: before.flagged[0], after: after.flagged[0] }]);
  });

  it('key order and phone spelling are not changes; the same directory has an empty diff', () => {
    const before = parse();
    const reordered = parse((d) => {
      d.leaders[0] = Object.fromEntries(Object.entries(d.leaders[0]).reverse());
      const phone = d.flagged.find((f: { kind: string }) => f.kind === 'phone');
      if (phone) phone.value = phone.value.replace(/^0/, '+84');
    });
    const diff = diffDirectories(before, reordered);
    expect(diff.leaders).toEqual({ added: [], removed: [], changed: [] });
    expect(diff.flagged.added).toEqual([]);
    expect(diff.changedFields).toEqual([]);
  });
});
