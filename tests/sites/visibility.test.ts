// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { visibleText } from '../../lib/sites/dom/visible-text';
import { isHiddenWithin, isSelfHidden } from '../../lib/sites/dom/visibility';
import { parsePage } from './load-page';

const element = (html: string) => {
  const found = parsePage(`<div id="root">${html}</div>`).querySelector('#target');
  if (!found) throw new Error('no #target');
  return found;
};

describe('decoys', () => {
  it.each([
    ['<p id="target" hidden>x</p>'],
    ['<p id="target" aria-hidden="true">x</p>'],
    ['<p id="target" style="display:none">x</p>'],
    ['<p id="target" style="color: red; display: none !important;">x</p>'],
    ['<p id="target" style="visibility: hidden">x</p>'],
    ['<p id="target" style="position: absolute; width: 0px; height: 0px; overflow: hidden">x</p>'],
    ['<p id="target" style="height:0">x</p>'],
  ])('%s is hidden', (html) => {
    expect(isSelfHidden(element(html))).toBe(true);
  });

  it.each([
    ['<p id="target">x</p>'],
    ['<p id="target" aria-hidden="false">x</p>'],
    ['<p id="target" style="width: 0.5px; min-height: 0">x</p>'],
    ['<p id="target" style="max-width: 0px">x</p>'],
    ['<p id="target" class="hidden">x</p>'],
  ])('%s is not hidden by markup', (html) => {
    expect(isSelfHidden(element(html))).toBe(false);
  });

  it('looks at ancestors up to the boundary only', () => {
    const document = parsePage('<div id="app" aria-hidden="true"><div id="list"><p id="row">x</p></div></div>');
    const row = document.querySelector('#row')!;
    expect(isHiddenWithin(row, document.querySelector('#list'))).toBe(false);
    expect(isHiddenWithin(row, null)).toBe(true);
  });
});

describe('visibleText', () => {
  it('leaves out hidden parts, code, svg titles and skipped blocks; keeps emoji alt text and line breaks', () => {
    const text = visibleText(element(`<div id="target"><span hidden>decoy </span><script>alert(1)</script>
      <div class="quote">quoted</div>Chuyển   khoản<br>giúp <img alt="🙏" src="e.png"> em<svg><title>Verified account</title></svg></div>`), ['.quote']);
    expect(text).toBe('Chuyển khoản\ngiúp 🙏 em');
  });

  it('keeps invisible characters inside names (evidence of a disguise)', () => {
    expect(visibleText(element('<h1 id="target">Lê Quang\u200b Minh</h1>'))).toBe('Lê Quang\u200b Minh');
  });
});
