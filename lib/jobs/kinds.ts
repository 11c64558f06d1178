/** Job kinds, in one place (enqueuers need the name without loading the handler's dependencies). */
export const REPORT_JOB = "report.generate";
export const EXPORT_JOB = "reports.export";
export const POLICY_DOCUMENT_JOB = "policy_document.propose";
export const SYNTHETIC_SUBSIDIES_JOB = "dashboard.synthetic_subsidies";
