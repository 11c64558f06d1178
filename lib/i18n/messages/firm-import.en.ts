import type { firmImportZhCN } from "./firm-import.zh-CN";

export const firmImportEn: Record<keyof typeof firmImportZhCN, string> = {
  "fi.import.title": "Import a firm list",
  "fi.import.lead":
    "Upload the firm list a city office keeps. A preview comes first and names each row's problems; nothing is written until you confirm. Firms already on the portal are updated, never duplicated.",
  "fi.import.columns":
    "Columns of the header row: 企业名称 (name), 统一社会信用代码 (creditCode), 行业 (industry), 区县 (district), 人数 (employees), 营收（万元） (revenueWan), 联系人 (contact), 电话 (phone), 邮箱 (email); name, industry, employees and revenue are required.",
  "fi.import.limits":
    "First sheet; Excel (.xlsx) or CSV (UTF-8 or Chinese GB18030); at most 5 MB and 5,000 rows. Industry as a GB/T 4754 code or name, district as a district of the city.",
  "fi.import.file": "List file",
  "fi.import.preview": "Preview",
  "fi.import.reading": "Reading…",
  "fi.import.summary": "Preview",
  "fi.import.rows": "Data rows",
  "fi.import.create": "New",
  "fi.import.update": "To update",
  "fi.import.problems": "With problems",
  "fi.import.problemsTitle": "Rows with problems (not imported)",
  "fi.import.noProblems": "No problems found.",
  "fi.import.col.row": "Row",
  "fi.import.col.name": "Firm",
  "fi.import.col.code": "Credit code",
  "fi.import.col.reasons": "Problems",
  "fi.import.ignored": "Columns not recognised (left out): {columns}",
  "fi.import.confirm": "Import {count} {count|firm|firms}",
  "fi.import.nothing": "No row can be imported: correct the file and preview again.",
  "fi.import.writing": "Importing…",
  "fi.import.again": "Choose another file",
  "fi.import.done":
    "Imported: {created} new, {updated} updated, {unchanged} unchanged, {contacts} {contacts|contact|contacts} added; {problems} {problems|row|rows} with problems left out.",
  "fi.invite.title": "Invite to self-assess",
  "fi.invite.lead":
    "Makes a self-assessment link for each of the {count} {count|firm|firms} just imported; firms with an e-mail address get it by mail too. A firm invited before that has not submitted keeps its assessment with a new link; the old link stops working.",
  "fi.invite.mail": "Also mail the invitation to firms with an e-mail address",
  "fi.invite.go": "Invite {count} {count|firm|firms}",
  "fi.invite.working": "Making links… (batch {batch} of {batches})",
  "fi.invite.done":
    "{invited} {invited|firm|firms} invited ({reused} kept an open assessment), {mailed} {mailed|mail|mails} sent, {mailUnsent} not sent (kept in the outbox: send those links another way), {withoutEmail} without an e-mail address. Links work until {until}.",
  "fi.invite.download": "Download the link sheet (batch {batch})",
  "fi.invite.secret":
    "The link sheet is offered only here, once: whoever holds a link can answer for the firm. Keep it safe and send it through the office's own channels.",
  "fi.export.title": "Export",
  "fi.export.lead": "As Excel workbooks with Chinese headers.",
  "fi.export.firms": "Firms (with the latest level and total)",
  "fi.export.results": "Results (every submission's level, total and dimension scores)",
  "fi.export.projects": "Projects (stage, dates, amounts)",
  "fi.export.national": "In the national evaluation's structure",
  "fi.export.nationalJson": "In the national evaluation's structure (JSON)",
  "fi.export.nationalNote":
    "Each assessment question by question under the dimensions and indicators of the MIIT 2024 indicators, with the option chosen and its points, each scene's level, the total and the level. Question codes are this system's; it is not the national platform's official import format. Only assessments on the official manufacturing model are included; reference-level ones are left out. The file's 说明 sheet explains every column.",
};
