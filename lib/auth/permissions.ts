/**
 * Who may do what, as data: one row per `resource.action`, listing the roles that may. Every page,
 * route and action asks `can()`; the query behind it then scopes rows to the tenant (and, for owners
 * and consultants, to their own firms or clients). A role not listed, or not known at all, is refused.
 */

export const ROLES = ["sme_owner", "consultant", "tenant_admin", "platform_admin"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  // Firms' assessments and reports. Scope: an owner their own firms, a consultant their clients, an
  // administrator every firm of the portal (read only).
  "enterprise.read": ["sme_owner", "consultant", "tenant_admin"],
  "assessment.read": ["sme_owner", "consultant", "tenant_admin"],
  "assessment.answer": ["sme_owner", "consultant"],
  "assessment.claim": ["sme_owner"],
  "report.read": ["sme_owner", "consultant", "tenant_admin"],
  "report.pdf": ["sme_owner", "consultant", "tenant_admin"],
  "report.export": ["sme_owner", "consultant", "tenant_admin"],
  // Owners edit their own self-assessment's report; a consultant's report only its consultant.
  "report.edit": ["sme_owner", "consultant"],
  // Consultants: clients, assessments on their behalf, evidence, publication.
  "client.manage": ["consultant"],
  "assessment.create_for_client": ["consultant"],
  // Owners only on the re-assessment of their transformation project (lib/assessments/evidence-files.ts).
  "evidence.upload": ["sme_owner", "consultant"],
  "evidence.read": ["sme_owner", "consultant", "tenant_admin"],
  "report.publish": ["consultant"],
  // Tenant administrators: their portal.
  "tenant.read": ["tenant_admin"],
  "tenant.branding.edit": ["tenant_admin"],
  "tenant.embed_origins.edit": ["tenant_admin"],
  "tenant.scene_profiles.edit": ["tenant_admin"],
  "catalogue.policy.edit": ["tenant_admin"],
  "catalogue.solution.edit": ["tenant_admin"],
  "policy_document.interpret": ["tenant_admin"],
  "user.invite": ["tenant_admin"],
  "user.manage": ["tenant_admin"],
  "audit.read": ["tenant_admin"],
  "dashboard.read": ["tenant_admin"],
  // The pilot programme's transformation projects. Scope: an owner their firms' projects, a consultant
  // the projects they provide or of their clients, an administrator every project of the portal.
  "project.read": ["sme_owner", "consultant", "tenant_admin"],
  // File, report milestones, re-assess, apply for acceptance (the firm and its provider).
  "project.apply": ["sme_owner", "consultant"],
  // Approve filings, accept or reject, record payments (the portal).
  "project.review": ["tenant_admin"],
  // 一企一档: the firm's file (profile, contacts, equipment and systems inventory). Scope: an owner their
  // firms, a consultant their clients; the portal reads every file (enterprise.read).
  "firm_file.edit": ["sme_owner", "consultant"],
  // The portal's own firm list: imported from a city office's spreadsheet, invited to self-assess in bulk,
  // exported (firms, results, projects, the national evaluation's structure) as spreadsheets.
  "firm.import": ["tenant_admin"],
  "firm.invite": ["tenant_admin"],
  "firm.export": ["tenant_admin"],
  // 小镝客服's hand-overs: the portal answers every one, a consultant those of its own clients.
  "assistant.inbox": ["consultant", "tenant_admin"],
  // The public API: a portal's keys (all its firms) and a consultant's (its clients).
  "api_key.manage": ["consultant", "tenant_admin"],
  // Webhooks: a portal's endpoints hear of all its firms, a consultant's of its clients.
  "webhook.manage": ["consultant", "tenant_admin"],
  // The forms each stage asks (表单模版).
  "forms.edit": ["tenant_admin"],
  // Platform administrators: tenants.
  "tenant.manage": ["platform_admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export interface Membership {
  tenantId: string;
  /** As stored; anything that is not a known role grants nothing. */
  role: string;
}

export interface Actor {
  userId: string;
  memberships: readonly Membership[];
}

const isRole = (role: string): role is Role => (ROLES as readonly string[]).includes(role);

/** Whether the actor holds, in this tenant, a role the permission lists. Signed out: never. */
export function can(actor: Actor | null, permission: Permission, tenantId: string): boolean {
  if (!actor) return false;
  const allowed: readonly string[] | undefined = (PERMISSIONS as Record<string, readonly Role[]>)[permission];
  if (!allowed) return false;
  return actor.memberships.some((m) => m.tenantId === tenantId && isRole(m.role) && allowed.includes(m.role));
}

/** The tenants in which the actor may do something (for lists that span several portals). */
export function tenantsWhere(actor: Actor | null, permission: Permission): string[] {
  if (!actor) return [];
  return [...new Set(actor.memberships.filter((m) => can(actor, permission, m.tenantId)).map((m) => m.tenantId))];
}

/** Whether the actor holds this one role in the tenant and the permission lists it (scoped checks). */
export function canAs(actor: Actor, permission: Permission, tenantId: string, role: Role): boolean {
  const allowed: readonly string[] | undefined = (PERMISSIONS as Record<string, readonly Role[]>)[permission];
  return !!allowed?.includes(role) && actor.memberships.some((m) => m.tenantId === tenantId && m.role === role);
}

/** Whether the permission lists the role at all (what a resume link, standing for the firm, may do). */
export function roleMay(role: Role, permission: Permission): boolean {
  return ((PERMISSIONS as Record<string, readonly Role[]>)[permission] ?? []).includes(role);
}
