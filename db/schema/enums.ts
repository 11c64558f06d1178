import { pgEnum } from "drizzle-orm/pg-core";

export const tenantKind = pgEnum("tenant_kind", ["platform", "city"]);
export const recordStatus = pgEnum("record_status", ["active", "retired"]);
export const userRole = pgEnum("user_role", ["sme_owner", "consultant", "tenant_admin", "platform_admin"]);
export const sizeClass = pgEnum("size_class", ["large", "medium", "small", "micro"]);
export const assessmentStatus = pgEnum("assessment_status", ["draft", "submitted"]);
export const assessmentMode = pgEnum("assessment_mode", ["self", "consultant_onsite", "consultant_remote", "embed"]);
export const language = pgEnum("language", ["zh-CN", "en"]);
export const reportStatus = pgEnum("report_status", ["queued", "generating", "ready", "failed"]);
export const reportVersionKind = pgEnum("report_version_kind", ["generated", "edited", "restored"]);
export const policyStatus = pgEnum("policy_status", ["draft", "active", "retired"]);
export const jobStatus = pgEnum("job_status", ["queued", "running", "completed", "failed", "cancelled"]);
