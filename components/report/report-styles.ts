import { palette as c } from '../palette';

/**
 * The report's CSS, on top of the check page's (buttons, focus ring, quoted messages): the document on white
 * like the paper it may become; printing keeps the document and drops the buttons.
 */
export const reportStyles = `
.cgd-report { background: ${c.paper}; border-radius: 12px; padding: 16px 20px; margin: 16px 0; overflow-wrap: anywhere; }
.cgd-report h1 { font-size: 26px; margin: 0 0 8px; }
.cgd-report h2 { font-size: 20px; margin: 12px 0 6px; }
.cgd-report-notice { font-weight: 600; }
.cgd-report-recipients { padding-left: 20px; }
.cgd-report-recipients li { margin: 6px 0; }
.cgd-report-recipient { font-weight: 700; }
.cgd-report-group h3, .cgd-report-group h4 { font-size: 17px; margin: 10px 0 2px; }
.cgd-report-group-name { font-weight: 700; margin-top: 6px !important; }
.cgd-report-buttons { display: flex; flex-wrap: wrap; gap: 0 12px; }
.cgd-report-shot-choice input { width: 20px; height: 20px; vertical-align: middle; }
.cgd-report-document { border-top: 2px solid ${c.muted}; margin-top: 12px; }
.cgd-report-document p { margin: 2px 0; }
.cgd-report-message { margin: 8px 0; }
.cgd-report-message figcaption { color: ${c.muted}; font-size: 14px; }
.cgd-report-shot img { max-width: 100%; border: 1px solid ${c.muted}; }
@media print {
  body { background: ${c.paper}; }
  .cgd-report-actions, .cgd-check form, .cgd-check-result { display: none; }
  .cgd-report { padding: 0; margin: 0; }
}
`;
