// Reports of a suspected impersonation: the document (zod schema), whom it goes to, and its text, JSON and
// printable forms. Plain functions: the report page, the check page and the tests share them.
export { REPORT_FORMAT, reportSchema, type Report, type ReportMessage, type ReportRecipient } from './report';
export { nationalHotlines } from './hotlines';
export { reportRecipients, recipientGroups, type PublisherContacts } from './recipients';
export { pageEvidence, profileLink, MAX_REPORT_MESSAGES, type PageEvidence } from './evidence';
export { reportSections, reportTime, recipientLine, type ReportSection, type ReportLine } from './sections';
export { reportText, markText } from './render-text';
export { reportHtml, escapeHtml } from './render-html';
export { reportFileName, reportJson, reportMailto } from './files';
export { tr, reportCatalogOf, type ReportMessageKey } from './words';
