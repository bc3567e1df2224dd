import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { oneLine } from '../../lib/report/text';
import { REPORT_FORMAT, recipientGroups, tr, reportFileName, reportHtml, reportJson, reportMailto, reportRecipients, reportSchema, reportText, type Report } from '../../lib/report';

/** A report whose every text is what a scammer could put on a page: markup, quotes, script, long lines. */
const hostile: Report = {
  format: REPORT_FORMAT,
  createdAt: '2026-11-29T17:30:00.000Z',
  locale: 'vi',
  source: 'page',
  finding: { level: 'danger', word: 'NGUY HIỂM', summary: 'Giả danh <b>lãnh đạo</b>', reasons: [{ code: 'asks-for-money', text: 'Hỏi tiền "gấp" & ngay' }] },
  suspect: { name: '<img src=x onerror=alert(1)>', platform: 'facebook', id: '1' },
  page: { url: 'https://www.facebook.com/messages/t/1?x="><script>alert(1)</script>', site: 'facebook', kind: 'thread', seenAt: '2026-11-29T17:29:00.000Z' },
  messages: [{ sender: '</figcaption><script>', time: '00:31', text: 'chuyển <script>alert(1)</script> 5tr', marked: [{ start: 0, end: 6 }, { start: 40, end: 99 }] }],
  amounts: [5_000_000],
  accounts: [],
  sendTo: reportRecipients([{ publisher: 'PA05', contacts: [{ label: 'Trực ban <PA05>', phone: '0233 3800 000', email: 'pa05@example.gov.vn' }] }], 'vi'),
};

describe('the printable page', () => {
  it('escapes everything the page supplied, and carries no script or outside resource', () => {
    const html = reportHtml(hostile);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img src=x/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('content="default-src \'none\'; img-src data:; style-src \'unsafe-inline\'"');
    // Parsed as a browser would: the hostile texts are text, and the sections are all there.
    const window = new Window();
    window.document.write(html);
    const doc = window.document;
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelector('#suspect')?.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(doc.querySelector('#messages mark')?.textContent).toBe('chuyển'); // the range past the end is clamped
    expect(doc.querySelector('#messages figcaption')?.textContent).toBe('</figcaption><script>, lúc 00:31');
    expect([...doc.querySelectorAll('section')].map((s) => s.id)).toEqual(['send-to', 'finding', 'suspect', 'page', 'messages']);
    expect(doc.documentElement.getAttribute('lang')).toBe('vi');
    window.close();
  });

  it('inlines the screenshot only when the report has one', () => {
    expect(reportHtml(hostile)).not.toContain('<img');
    const shot = { dataUrl: 'data:image/png;base64,iVBORw0KGgo=', takenAt: '2026-11-29T17:29:30.000Z' };
    const html = reportHtml({ ...hostile, screenshot: shot });
    expect(html).toContain(`<img src="${shot.dataUrl}"`);
    expect(reportText({ ...hostile, screenshot: shot })).toContain('Ảnh chụp màn hình của thẻ, lúc 30/11/2026 00:29 (GMT+7)');
  });
});

describe('the report schema', () => {
  it('accepts a report and refuses a screenshot that is not a PNG or JPEG data URL', () => {
    expect(reportSchema.safeParse(hostile).success).toBe(true);
    for (const dataUrl of ['javascript:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=', 'data:image/svg+xml;base64,PHN2Zz4=', 'data:image/png;base64,"><script>']) {
      expect(reportSchema.safeParse({ ...hostile, screenshot: { dataUrl, takenAt: hostile.createdAt } }).success, dataUrl).toBe(false);
    }
  });

  it('cuts what a page puts in to its bounds rather than refusing to make the report', () => {
    const many = Array.from({ length: 60 }, () => hostile.messages[0]!);
    const cut = reportSchema.parse({ ...hostile, messages: many, suspect: { name: 'x'.repeat(400) }, amounts: Array.from({ length: 70 }, (_, i) => i) });
    expect(cut.messages).toHaveLength(40);
    expect(cut.suspect?.name).toHaveLength(300);
    expect(cut.amounts).toHaveLength(50);
  });
});

describe('files and mail', () => {
  it('names files by Vietnam time, in ASCII', () => {
    expect(reportFileName(hostile, 'json')).toBe('bao-cao-gia-danh-20261130-0030.json');
    expect(reportFileName(hostile, 'html')).toBe('bao-cao-gia-danh-20261130-0030.html');
    expect(reportFileName({ ...hostile, locale: 'en' }, 'json')).toBe('impersonation-report-20261130-0030.json');
    expect(reportFileName({ ...hostile, locale: 'en', createdAt: 'not a time' }, 'html')).toBe('impersonation-report-unknown-time.html');
  });

  it('downloads JSON that reads back as the same report', () => {
    expect(reportSchema.parse(JSON.parse(reportJson(hostile)))).toEqual(hostile);
  });

  it('writes a mailto link with the report as the message, without the list of offices, asking for the file', () => {
    const short = reportMailto('pa05@example.gov.vn', 'Báo cáo', hostile, 100_000);
    expect(short.startsWith('mailto:pa05@example.gov.vn?subject=B%C3%A1o%20c%C3%A1o&body=')).toBe(true);
    const body = decodeURIComponent(short.split('&body=')[1]!);
    expect(body).toBe(`${reportText(hostile, { omit: ['send-to'] })}\n\n${tr('vi', 'report.mail.attach')}`);
    expect(body).not.toContain('GỬI TỚI');
    expect(body).toContain('TÀI KHOẢN NGHI VẤN');
  });

  it('cuts a long mail at whole lines, keeping the finding and the suspect first, and still asks for the file', () => {
    const cut = reportMailto('pa05@example.gov.vn', 'Báo cáo', hostile, 900);
    expect(cut.length).toBeLessThanOrEqual(900);
    const body = decodeURIComponent(cut.split('&body=')[1]!);
    expect(body.endsWith(`\n…\n\n${tr('vi', 'report.mail.attach')}`)).toBe(true);
    const kept = body.slice(0, body.indexOf('\n…\n')).replace(/…$/, '');
    expect(reportText(hostile, { omit: ['send-to'] }).startsWith(kept)).toBe(true);
    expect(kept).toContain('NHẬN ĐỊNH');
  });

  it('cuts a long quoted message inside, at a word, so the mail keeps the start of the evidence', () => {
    const request = `Em chuyển gấp cho anh 15 triệu vào tài khoản 0071001234567 Vietcombank nhé, ${'anh đang họp không nghe máy được '.repeat(20)}`;
    const long = { ...hostile, messages: [{ sender: 'GĐ Lê Quаng Minh', time: '10:42', text: request, marked: [] }] };
    const link = reportMailto('pa05@example.gov.vn', 'Báo cáo', long, 1800);
    expect(link.length).toBeLessThanOrEqual(1800);
    const body = decodeURIComponent(link.split('&body=')[1]!);
    const quoted = body.split('\n').find((line) => line.startsWith('> '));
    expect(quoted).toMatch(/^> Em chuyển gấp cho anh 15 triệu vào tài khoản 0071001234567/);
    expect(quoted).toMatch(/\S…$/); // cut after a whole word
    expect(body.endsWith(tr('vi', 'report.mail.attach'))).toBe(true);
  });

  it('survives half a character from the page: an emoji cut in two makes a report and a mail link, not a blank page', () => {
    const halfEmoji = `${'x'.repeat(10)}\ud83d`;
    const report = reportSchema.parse({ ...hostile, suspect: { name: `Lê\udc00Minh` }, messages: [{ text: halfEmoji, marked: [{ start: 0, end: 11 }] }] });
    expect(report.messages[0]!.text).toBe(`${'x'.repeat(10)}\ufffd`); // same length: the marked range still holds
    expect(report.suspect?.name).toBe('Lê\ufffdMinh');
    expect(() => reportMailto('pa05@example.gov.vn', 'Báo cáo', report)).not.toThrow();
    // A report made some other way (not through the schema) still gives a link.
    expect(() => reportMailto('pa05@example.gov.vn', 'Báo cáo\ud83d', { ...hostile, messages: [{ text: halfEmoji, marked: [] }] })).not.toThrow();
  });
});

describe('text from the page on one line', () => {
  it('cannot add lines to the report, and hidden direction marks are written out', () => {
    expect(oneLine('10:42\nGỬI TỚI:\r\n- PA05: 0900')).toBe('10:42 GỬI TỚI: - PA05: 0900');
    expect(oneLine('Lê\u202eMinh')).toBe('Lê<U+202E>Minh');
    const report = { ...hostile, messages: [{ ...hostile.messages[0]!, time: '00:31' }], page: { ...hostile.page!, url: 'https://www.facebook.com/x\nGỬI TỚI:' } };
    const text = reportText(report);
    expect(text.split('\n').filter((line) => line.startsWith('GỬI TỚI'))).toHaveLength(1);
  });
});

describe('quoted messages', () => {
  it('every line break of the page starts a quoted line, so page text cannot pass for the report’s own lines', () => {
    const forged = { ...hostile, messages: [{ text: 'ok nhé\u2028\u2028NHẬN ĐỊNH:\rMức: AN TOÀN\u0085Hết', marked: [] }] };
    const lines = reportText(forged).split('\n');
    const start = lines.findIndex((line) => line.includes('ok nhé'));
    expect(lines.slice(start, start + 5)).toEqual(['> ok nhé', '> ', '> NHẬN ĐỊNH:', '> Mức: AN TOÀN', '> Hết']);
    expect(reportText(forged)).not.toMatch(/[\r\u0085\u2028]/);
  });

  it('writes out direction marks, so a reported number is not shown reversed, in the text and the printable page', () => {
    const reversed = { ...hostile, messages: [{ text: 'Chuyển vào STK \u202e0987654321\u202c nhé', marked: [{ start: 0, end: 6 }] }] };
    expect(reportText(reversed)).toContain('> [[Chuyển]] vào STK <U+202E>0987654321<U+202C> nhé');
    const html = reportHtml(reversed);
    expect(html).toContain('<mark>Chuyển</mark> vào STK &lt;U+202E&gt;0987654321&lt;U+202C&gt; nhé');
    expect(html).not.toMatch(/[\u202a-\u202e]/);
  });
});

describe('recipients', () => {
  it('lists the publisher’s contacts first, then the national lines, each line once', () => {
    const list = reportRecipients(
      [
        { publisher: 'Công an tỉnh', contacts: [{ label: 'PA05', phone: '0233 3800 000' }, { label: 'Cấp cứu', phone: '113' }] },
        { publisher: 'Tỉnh khác', contacts: [{ label: 'PA05 (trùng số)', phone: '0233.3800.000' }] },
      ],
      'en',
    );
    expect(list.map((r) => r.label)).toEqual(['PA05', 'Cấp cứu', 'National portal for reporting online scams (Authority of Information Security)']);
    expect(list.map((r) => r.via)).toEqual(['publisher', 'publisher', 'national']);
    expect(recipientGroups(list).map((g) => [g.via, g.publisher, g.recipients.length])).toEqual([
      ['publisher', 'Công an tỉnh', 2],
      ['national', undefined, 1],
    ]);
    expect(reportRecipients([], 'vi').map((r) => r.phone ?? r.url)).toEqual(['113', 'https://canhbao.khonggianmang.vn']);
  });
});
