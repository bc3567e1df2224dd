// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { CheckResultView } from '../../components/check/CheckResultView';
import { checkText } from '../../lib/check';
import { demoDirectory } from '../../lib/directory/demo';
import { createDetectionEngine } from '../../lib/verdict/engine';
import { render, textOf, type Rendered } from '../components/render';

// A check result in both languages: the outcome in a word, what was pasted, the reasons and the real accounts.
const engine = createDetectionEngine([demoDirectory]);
let rendered: Rendered | undefined;
afterEach(() => rendered?.unmount());

describe('CheckResultView', () => {
  it('says in Vietnamese what a reported phone is, and why', () => {
    const text = '0987 654 321';
    rendered = render(<CheckResultView result={checkText(engine, text)} locale="vi" checkedText={text} />);
    const shown = textOf(rendered.container);
    expect(shown).toContain('NGUY HIỂM');
    expect(shown).toContain('Bạn đã dán số điện thoại 0987654321.');
    expect(shown).toContain('Vì sao');
    expect(rendered.container.querySelector('article')?.getAttribute('data-outcome')).toBe('reported');
  });

  it('says in English that an official phone is the leader’s, with their contacts', () => {
    const text = '0233 3812 345';
    rendered = render(<CheckResultView result={checkText(engine, text)} locale="en" checkedText={text} />);
    const shown = textOf(rendered.container);
    expect(shown).toContain('VERIFIED');
    expect(shown).toContain('0233 3812 345 is an official phone number in the directory.');
    expect(shown).toContain('Lê Quang Minh');
    expect(rendered.container.querySelector('a[href*="facebook.com/lequangminh.qt"]')).not.toBeNull();
  });
});
