import "server-only";
import { exportJob, policyDocumentJob, reportJob, syntheticSubsidiesJob } from "./definitions";

/** Job kinds by name (tests and tools); the definitions are in definitions.ts. */
export const REPORT_JOB = reportJob.kind;
export const EXPORT_JOB = exportJob.kind;
export const POLICY_DOCUMENT_JOB = policyDocumentJob.kind;
export const SYNTHETIC_SUBSIDIES_JOB = syntheticSubsidiesJob.kind;
