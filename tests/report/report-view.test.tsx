// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ReportView } from '../../components/report/ReportView';
import { CheckPage } from '../../components/check/CheckPage';
import { ReportPage, type ReportPageApi } from '../../components/report/ReportPage';
import type { PageAnswer } from '../../lib/protection/service';
import { judgeConversation } from '../../lib/verdict/judge';
import { checkReport, isReportableCheck } from '../../components/report/word-report';
import { checkText } from '../../lib/check';
import { demoDirectory } from '../../lib/directory/demo';
import { reportSchema, reportText, type Report } from '../../lib/report';
import { createDetectionEngine } from '../../lib/verdict/engine';
import { buttonNamed, click, render, textOf, type Rendered } from '../components/render';

// The report as the user sees it: whom to send it to, the buttons, the screenshot choice, the document.
const engine = createDetectionEngine([demoDirectory]);
const now = new Date('2026-11-29T06:30:00Z');
const publishers = [{ publisher: demoDirectory.publisher.name, contacts: demoDirectory.publisher.contacts }];
const message = 'Em chuyển gấp cho anh 20 triệu vào tài khoản 1234567890 BIDV nhé';
const report = checkReport(checkText(engine, message), message, { locale: 'vi', now, publishers });
const shot = { dataUrl: 'data:image/png;base64,iVBORw0KGgo=', takenAt: '2026-11-29T06:29:00.000Z' };

let rendered: Rendered | undefined;
afterEach(() => rendered?.unmount());

function saved() {
  const files: { name: string; type: string; content: string }[] = [];
  return { files, save: (name: string, type: string, content: string) => void files.push({ name, type, content }) };
}

describe('ReportView', () => {
  it('lists whom to send it to, with phones to call, and shows the document with the marked message', () => {
    rendered = render(<ReportView report={report} locale="vi" />);
    const { container } = rendered;
    expect(textOf(container.querySelector('h1'))).toBe('Báo cáo nghi vấn giả danh lãnh đạo');
    expect(textOf(container)).toContain('chưa được gửi đi đâu');
    expect(container.querySelector('a[href="tel:113"]')).not.toBeNull();
    expect(container.querySelector('a[href="tel:02333800000"]')).not.toBeNull();
    expect(container.querySelector('a[href="https://canhbao.khonggianmang.vn"]')?.getAttribute('rel')).toContain('noopener');
    expect(textOf(container.querySelector('[data-section="messages"] mark'))).not.toBe('');
    expect(container.querySelector('input[type="checkbox"]')).toBeNull(); // no screenshot was taken
  });

  it('groups the offices: the publisher’s under its name, then the national lines', () => {
    rendered = render(<ReportView report={report} locale="vi" />);
    const groups = [...rendered.container.querySelectorAll('.cgd-report-group h3')].map((h) => textOf(h));
    expect(groups).toEqual([`Theo danh bạ ${demoDirectory.publisher.name}`, 'Đường dây toàn quốc']);
  });

  it('says so when the directory lists no office, and offers the national lines', () => {
    rendered = render(<ReportView report={{ ...report, sendTo: report.sendTo.filter((r) => r.via === 'national') }} locale="vi" />);
    const actions = textOf(rendered.container.querySelector('.cgd-report-actions'));
    expect(actions).toContain('Danh bạ chưa có địa chỉ tiếp nhận');
    expect(rendered.container.querySelector('.cgd-report-actions a[href="tel:113"]')).not.toBeNull();
  });

  it('copies the text, and says so (or says to copy by hand when the clipboard refuses)', async () => {
    const copied: string[] = [];
    rendered = render(<ReportView report={report} locale="vi" copyText={async (text) => void copied.push(text)} />);
    await act(async () => click(buttonNamed(rendered!.container, 'Sao chép nội dung')));
    expect(copied).toEqual([reportText(report)]);
    expect(textOf(rendered.container.querySelector('[role="status"]'))).toContain('Đã sao chép');
    rendered.unmount();
    rendered = render(<ReportView report={report} locale="vi" copyText={() => Promise.reject(new Error('denied'))} />);
    await act(async () => click(buttonNamed(rendered!.container, 'Sao chép nội dung')));
    expect(textOf(rendered.container.querySelector('[role="status"]'))).toContain('sao chép bằng tay');
  });

  it('downloads JSON and the printable page; the screenshot goes in only when ticked', () => {
    const { files, save } = saved();
    rendered = render(<ReportView report={report} screenshot={shot} locale="vi" save={save} />);
    const { container } = rendered;
    click(buttonNamed(container, 'Tải tệp dữ liệu (JSON)'));
    expect(files[0]).toMatchObject({ name: 'bao-cao-gia-danh-20261129-1330.json', type: 'application/json' });
    expect(reportSchema.parse(JSON.parse(files[0]!.content)).screenshot).toBeUndefined();
    const box = container.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(box.checked).toBe(false);
    expect(textOf(container.querySelector(`label[for="${box.id}"]`))).toContain('Kèm ảnh chụp màn hình');
    click(box);
    click(buttonNamed(container, 'Tải tệp dữ liệu (JSON)'));
    expect((JSON.parse(files[1]!.content) as Report).screenshot).toEqual(shot);
    click(buttonNamed(container, 'Tải trang để in (HTML)'));
    expect(files[2]).toMatchObject({ name: 'bao-cao-gia-danh-20261129-1330.html', type: 'text/html' });
    expect(files[2]!.content).toContain(`<img src="${shot.dataUrl}"`);
    expect(container.querySelector('.cgd-report-shot img')?.getAttribute('src')).toBe(shot.dataUrl);
    expect(textOf(container.querySelector('[role="status"]'))).toBe('Đã tải bao-cao-gia-danh-20261129-1330.html.');
  });
});

describe('the check page’s report', () => {
  it('offers a report for a reported number, and moves the focus to it', async () => {
    const api = { check: async (text: string) => ({ ...checkText(engine, text), reportTo: publishers }), now: () => now };
    await act(async () => {
      rendered = render(<CheckPage api={api} locale="en" initialText="0987 654 321" />);
    });
    const { container } = rendered!;
    expect(container.querySelector('article[data-outcome="reported"]')).not.toBeNull();
    click(buttonNamed(container, 'Make a report for the authorities'));
    const title = container.querySelector('.cgd-report h2');
    expect(textOf(title)).toBe('Report of a suspected impersonation of a leader');
    expect(document.activeElement).toBe(title);
    expect(textOf(container.querySelector('[data-section="suspect"]'))).toContain('Phone: 0987654321');
    // Screen readers hear the outcome in a word and one sentence; the result and the report are not live regions.
    const live = [...container.querySelectorAll('[aria-live]')];
    expect(live).toHaveLength(1);
    expect(textOf(live[0])).toMatch(/^DANGER\. .+/);
    expect(live[0]!.contains(container.querySelector('article[data-outcome]'))).toBe(false);
    expect(live[0]!.contains(title)).toBe(false);
  });

  it('offers none for a verified account', async () => {
    const api = { check: async (text: string) => ({ ...checkText(engine, text), reportTo: publishers }) };
    await act(async () => {
      rendered = render(<CheckPage api={api} locale="vi" initialText="0233 3812 345" />);
    });
    expect(rendered!.container.querySelector('article[data-outcome="verified"]')).not.toBeNull();
    expect([...rendered!.container.querySelectorAll('button')].map((b) => textOf(b))).not.toContain('Lập báo cáo gửi cơ quan chức năng');
  });
});

describe('the report page', () => {
  const answerOf = (level: 'danger' | 'none', dismissed = false): PageAnswer => {
    const verdict =
      level === 'danger'
        ? judgeConversation(engine, { sender: { platform: 'facebook', name: 'GĐ Lê Quаng Minh' }, messages: ['Em chuyển gấp cho anh 15 triệu nhé'] })
        : judgeConversation(engine, { sender: { platform: 'facebook', name: 'Trần Văn Bình' }, messages: ['Chào em'] });
    return { verdict, messageIds: ['m1'], dismissed, layout: 'ok', reportTo: publishers, locale: 'vi' };
  };
  const apiFor = (answer: PageAnswer | null, tabSource?: () => Promise<never>): ReportPageApi => ({
    tabSource: tabSource ?? (async () => answer && { url: 'https://www.facebook.com/messages/t/1', site: 'facebook', kind: 'thread', answer }),
    screenshot: async () => undefined,
    now: () => now,
    print: () => undefined,
  });

  it('reports a warning', async () => {
    await act(async () => {
      rendered = render(<ReportPage api={apiFor(answerOf('danger'))} locale="vi" />);
    });
    expect(textOf(rendered!.container.querySelector('h1'))).toBe('Báo cáo nghi vấn giả danh lãnh đạo');
    expect(textOf(rendered!.container)).toContain('Mức: NGUY HIỂM');
  });

  it.each([
    ['a calm page', answerOf('none')],
    ['a warning marked as a mistake', answerOf('danger', true)],
    ['a tab never read', null],
  ])('says there is nothing to report for %s', async (_, answer) => {
    await act(async () => {
      rendered = render(<ReportPage api={apiFor(answer)} locale="vi" />);
    });
    expect(textOf(rendered!.container.querySelector('[role="alert"]'))).toContain('Không có gì để báo cáo');
    rendered!.unmount();
    rendered = undefined;
  });
});

describe('which checks can be reported', () => {
  it('a new account or number the directory does not know can be; a verified one or a link to elsewhere cannot', () => {
    const reportable = (text: string) => isReportableCheck(checkText(engine, text));
    expect(reportable('https://www.facebook.com/profile.php?id=100099988877766')).toBe(true); // not in the directory
    expect(reportable('0911 222 333')).toBe(true);
    expect(reportable('0987 654 321')).toBe(true); // reported
    expect(reportable('0233 3812 345')).toBe(false); // the leader's official phone
    expect(reportable('https://example.com/x')).toBe(false);
    expect(reportable('Trần Văn Bình')).toBe(false); // a name nobody is imitating
  });
});
