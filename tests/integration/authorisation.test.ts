import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSolutionCatalogue } from "@/db/catalogue/solutions";
import { assessments, memberships, projectItems, reports, tenants, users } from "@/db/schema";
import { DEMO_USERS } from "@/db/seed/demo-users";
import { uploadPolicyDocument } from "@/lib/admin/policy-documents";
import { createProfile } from "@/lib/admin/scene-profiles";
import { blankEntry } from "@/lib/admin/policy-proposal";
import { uploadLogo } from "@/lib/admin/settings";
import { claimAssessment } from "@/lib/assessments/claim";
import { uploadEvidence } from "@/lib/assessments/evidence-files";
import { createAssessment, patchAssessment, submitAssessment } from "@/lib/assessments/service";
import { inviteUser } from "@/lib/auth/invitations";
import type { Actor } from "@/lib/auth/permissions";
import { actorFor } from "@/lib/auth/sign-in";
import { addClient, startClientAssessment } from "@/lib/consultants/clients";
import { database } from "@/lib/db";
import { appUrl } from "@/lib/env";
import { REPORT_JOB } from "@/lib/jobs/kinds";
import { startWorker, type Worker } from "@/lib/jobs/worker";
import type { TransitionRequest } from "@/lib/projects/schemas";
import { uploadProjectDocument } from "@/lib/projects/documents";
import { answerProjectForm } from "@/lib/projects/form-service";
import { createProject, projectDetailWith, reportMilestone, startAfterAssessment, transitionProject } from "@/lib/projects/service";
import { reportJobHandler } from "@/lib/reports/job";
import { createSubsidyApplication, uploadSubsidyMaterial } from "@/lib/subsidies/service";
import { useAppDatabase } from "../support/app-database";
import { COMPLETE_MANUFACTURING, ZHENGZHOU_ENTERPRISE } from "../support/fixtures";
import { solidPng } from "../support/png";
import { sessionCookie } from "../support/session";
import { createTicket } from "@/lib/assistant/tickets";
import { createApiKey } from "@/lib/api/keys";
import { createEndpoint, sendTestEvent } from "@/lib/webhooks/service";

/**
 * Every API route and method, called as each kind of caller: signed out, a firm owner, the client's
 * consultant, another consultant of the same portal, the portal's administrator, the administrator of
 * another portal and a platform administrator. Each must get the status in the table, and no answer to
 * a caller without access may contain the other firm's data. A route missing from the table fails.
 */

const WHO = ["anon", "owner", "consultant", "consultant2", "admin", "otherAdmin", "platform"] as const;
type Who = (typeof WHO)[number];

/** Statuses in WHO order: "401 404 200 …". */
function ex(statuses: string): Record<Who, number> {
  const list = statuses.trim().split(/\s+/).map(Number);
  if (list.length !== WHO.length) throw new Error(`expected ${WHO.length} statuses in "${statuses}"`);
  return Object.fromEntries(WHO.map((w, i) => [w, list[i]!])) as Record<Who, number>;
}

type Body = unknown | ((who: Who) => unknown | Promise<unknown>);
interface Case {
  route: string;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  params: () => Record<string, string>;
  body?: Body;
  /** multipart upload: file bytes, name and fields */
  upload?: (who: Who) => { name: string; bytes: Buffer; fields: Record<string, string> };
  expect: Record<Who, number>;
  note?: string;
}

/** Routes outside the session model, with the reason (their own tests cover them). */
const EXEMPT: Record<string, string> = {
  "/api/health": "public liveness probe",
  "/api/regions": "public reference data (GB/T 2260 divisions)",
  "/api/bench/write": "benchmark-only route, off unless BENCH_ROUTES=true",
  "/api/auth/[...nextauth]": "Auth.js sign-in endpoints (sign-in tests)",
  "/api/assessments": "POST only: anyone may start a self-assessment (it is theirs by its resume token)",
  "/api/exports/[id]": "reached with the export's own secret (report-export tests)",
  "/api/exports/[id]/download": "reached with the export's own secret (report-export tests)",
  "/api/embed/[tenant]": "public: a portal's allowed embed origins and brand, read by proxy.ts (embed tests)",
  "/api/surveys/[token]": "reached with the mailed survey link's own secret (projects tests)",
  "/api/v1/policies": "reached with API keys only: its route × key matrix is in api-v1.test.ts",
  "/api/v1/solutions": "reached with API keys only: its route × key matrix is in api-v1.test.ts",
  "/api/v1/firms": "reached with API keys only: its route × key matrix is in api-v1.test.ts",
  "/api/v1/firms/[id]": "reached with API keys only: its route × key matrix is in api-v1.test.ts",
  "/api/v1/assessments": "reached with API keys only: its route × key matrix is in api-v1.test.ts",
  "/api/v1/assessments/[id]": "reached with API keys only: its route × key matrix is in api-v1.test.ts",
  "/api/v1/assessments/[id]/report": "reached with API keys only: its route × key matrix is in api-v1.test.ts",
  "/api/v1/assessments/[id]/report.pdf": "reached with API keys only: its route × key matrix is in api-v1.test.ts",
  "/api/v1/assessments/[id]/plan": "reached with API keys only: its route × key matrix is in api-v1.test.ts",
  "/api/v1/projects": "reached with API keys only: its route × key matrix is in api-v1.test.ts",
  "/api/v1/projects/[id]": "reached with API keys only: its route × key matrix is in api-v1.test.ts",
  "/api/v1/dashboard": "reached with API keys only: its route × key matrix is in api-v1.test.ts",
  "/api/v1/openapi.json": "public: the API's description",
  "/api/assistant": "open to everyone; an assessment is read only as its own pages allow, by resume token or account (assistant tests)",
  "/api/assistant/tickets": "anyone may hand a question to a person; GET lists the signed-in account's own (assistant tests)",
  "/api/assistant/tickets/[id]": "reached with the ticket's own key or as the account that asked (assistant tests)",
  "/api/assistant/tickets/[id]/messages": "reached with the ticket's own key or as the account that asked (assistant tests)",
};

const ROUTES = import.meta.glob("/app/api/**/route.ts");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

const PNG = solidPng();
const CLIENT_NAME = "矩阵测试客户甲有限公司";
const OWN_FIRM = "矩阵测试自评乙有限公司";
const EVIDENCE_NAME = "车间现场-矩阵.png";
const DOC_TEXT = "矩阵测试市中小企业数字化改造补助办法\n第一条 在本市注册的中小企业，数字化水平达到二级，按投入的30%给予补助。";
const MARKERS = [CLIENT_NAME, OWN_FIRM, EVIDENCE_NAME, "矩阵测试市"];

let cleanup: () => Promise<void>;
let worker: Worker;
const cookies = {} as Record<Who, string | null>;
const actors = {} as Record<Exclude<Who, "anon">, Actor>;
const ids = {} as {
  a: string;
  b: string;
  d: string;
  client: string;
  evidence: string;
  profile: string;
  policy: string;
  solution: string;
  document: string;
  invitation: string;
  consultant2: string;
  taiyuan: string;
  /** Projects of the client (lib/projects): in draft, being implemented, completed, and with its after-assessment submitted. */
  projDraft: string;
  projRunning: string;
  projCompleted: string;
  projDone: string;
  milestone: string;
  /** The firm of the owner's own assessment B. */
  ownFirm: string;
  /** A file of projDraft, and a material's file of the subsidy application. */
  projDocument: string;
  subsidyFile: string;
  /** A draft subsidy application on projRunning (lib/subsidies), claiming its first item. */
  subsidy: string;
  /** A 转人工 conversation about assessment A (lib/assistant/tickets). */
  ticket: string;
  /** The consultant's API key (lib/api/keys). */
  apiKey: string;
  webhook: string;
  webhookGone: string;
  webhookDelivery: string;
};
let seq = 0;

beforeAll(async () => {
  cleanup = await useAppDatabase({ demo: true });
  const { db } = await database();
  worker = startWorker(db, { [REPORT_JOB]: reportJobHandler(() => null) }, { soleWorker: true, pollMs: 50 });
  const demo = (role: string, slug: string) => DEMO_USERS.find((u) => u.role === role && u.tenantSlug === slug)!.email;
  const userByEmail = async (email: string) => (await db.select({ id: users.id, email: users.email }).from(users).where(eq(users.email, email)))[0]!;
  const [zz] = await db.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, "zhengzhou"));
  const [ty] = await db.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, "taiyuan"));
  ids.taiyuan = ty!.id;
  const [c2] = await db.insert(users).values({ email: "consultant2@matrix.test", name: "另一位顾问" }).returning({ id: users.id, email: users.email });
  await db.insert(memberships).values({ tenantId: zz!.id, userId: c2!.id, role: "consultant" });
  ids.consultant2 = c2!.id;
  const people: Record<Exclude<Who, "anon">, { id: string; email: string }> = {
    owner: await userByEmail(demo("sme_owner", "zhengzhou")),
    consultant: await userByEmail(demo("consultant", "zhengzhou")),
    consultant2: c2!,
    admin: await userByEmail(demo("tenant_admin", "zhengzhou")),
    otherAdmin: await userByEmail(demo("tenant_admin", "taiyuan")),
    platform: await userByEmail(demo("platform_admin", "platform")),
  };
  cookies.anon = null;
  for (const [who, user] of Object.entries(people) as [Exclude<Who, "anon">, { id: string; email: string }][]) {
    cookies[who] = await sessionCookie(user);
    actors[who] = (await actorFor(db, user.id))!;
  }

  // A: the consultant's client, assessed on site and submitted. D: a second visit, still a draft, with evidence.
  ids.client = (
    await addClient(db, actors.consultant, "zhengzhou", { enterprise: { ...ZHENGZHOU_ENTERPRISE, name: CLIENT_NAME }, contactEmail: "boss@client.test" })
  ).enterpriseId;
  const a = await startClientAssessment(db, actors.consultant, "zhengzhou", ids.client, { mode: "consultant_onsite", language: "zh-CN" });
  await patchAssessment(db, a.id, a.resumeToken, { answers: COMPLETE_MANUFACTURING });
  await submitAssessment(db, a.id, { actor: actors.consultant });
  ids.a = a.id;
  ids.d = (await startClientAssessment(db, actors.consultant, "zhengzhou", ids.client, { mode: "consultant_onsite", language: "zh-CN" })).id;
  ids.evidence = (await uploadEvidence(db, ids.d, { actor: actors.consultant }, { name: EVIDENCE_NAME, bytes: PNG, fields: { questionCode: "F.NET" } })).id;
  // B: the owner's own self-assessment, claimed into the account.
  const b = await createAssessment(db, { enterprise: { ...ZHENGZHOU_ENTERPRISE, name: OWN_FIRM }, tenant: "zhengzhou", language: "zh-CN" });
  await patchAssessment(db, b.id, b.resumeToken, { answers: COMPLETE_MANUFACTURING });
  await submitAssessment(db, b.id, b.resumeToken);
  await claimAssessment(db, b.id, b.resumeToken, actors.owner);
  ids.b = b.id;
  ids.ownFirm = (await db.select({ e: assessments.enterpriseId }).from(assessments).where(eq(assessments.id, b.id)))[0]!.e!;
  await worker.idle();

  await uploadLogo(db, actors.admin, "zhengzhou", { name: "logo.png", bytes: PNG, fields: {} });
  ids.profile = (
    await createProfile(db, actors.admin, "zhengzhou", { code: "matrix-profile", name: "矩阵", industryCodes: ["34"], constrainedScenes: ["S.PRODUCTION"] })
  ).code;
  ids.document = (await uploadPolicyDocument(db, actors.admin, "zhengzhou", { name: "policy.txt", bytes: Buffer.from(DOC_TEXT), fields: {} }, false)).id;
  ids.invitation = (
    await inviteUser(db, actors.admin, "zhengzhou", { email: "new.consultant@matrix.test", role: "consultant" }, "http://localhost:3000", "zh-CN")
  ).id;
  const { createEntry } = await import("@/lib/admin/catalogue");
  ids.policy = (await createEntry(db, actors.admin, "zhengzhou", "policy", { entry: blankEntry("matrix-policy", "矩阵政策"), status: "active" })).code;
  ids.solution = (await createEntry(db, actors.admin, "zhengzhou", "solution", { entry: solutionEntry("matrix-solution"), status: "active" })).code;

  // Projects of the client at several stages, moved through the services the routes call.
  const project = () => createProject(db, actors.consultant, "zhengzhou", projectBody());
  const move = (id: string, who: "consultant" | "admin", to: TransitionRequest["to"]) => transitionProject(db, actors[who], "zhengzhou", id, { to });
  const answer = (id: string, key: string, values: Record<string, unknown>) => answerProjectForm(db, actors.consultant, "zhengzhou", id, key, { values });
  const file = (id: string) => answer(id, "filing", { contact_name: "甲", contact_phone: "123", goals: "联网", chain_project: "single" });
  const approve = async (id: string) => {
    await file(id);
    await move(id, "consultant", "filed");
    await move(id, "admin", "contracted");
  };
  const toCompleted = async (id: string) => {
    await approve(id);
    await uploadProjectDocument(db, actors.consultant, "zhengzhou", id, { name: "合同.png", bytes: PNG, fields: { slot: "contract" } });
    await answer(id, "contract", { contract_no: "M-1", start_date: "2026-03-01" });
    await move(id, "consultant", "implementing");
    for (const m of (await projectDetailWith(db, actors.consultant, "zhengzhou", id)).detail.milestones)
      await reportMilestone(db, actors.consultant, "zhengzhou", id, m.id, { done: true });
    await move(id, "consultant", "completed");
  };
  ids.projDraft = (await project()).id;
  await file(ids.projDraft);
  ids.projRunning = (await project()).id;
  await approve(ids.projRunning);
  ids.milestone = (await projectDetailWith(db, actors.consultant, "zhengzhou", ids.projRunning)).detail.milestones[0]!.id;
  ids.projCompleted = (await project()).id;
  await toCompleted(ids.projCompleted);
  ids.projDone = (await project()).id;
  await toCompleted(ids.projDone);
  const after = await startAfterAssessment(db, actors.consultant, "zhengzhou", ids.projDone);
  await patchAssessment(db, after.assessmentId, after.resumeToken, { answers: COMPLETE_MANUFACTURING });
  await submitAssessment(db, after.assessmentId, { actor: actors.consultant });
  const firstItem = (
    await db.select({ id: projectItems.id }).from(projectItems).where(eq(projectItems.projectId, ids.projRunning)).orderBy(projectItems.position)
  )[0]!;
  ids.subsidy = (
    await createSubsidyApplication(db, actors.consultant, "zhengzhou", ids.projRunning, {
      policyId: "demo-zhengzhou-transformation",
      batch: "矩阵批次",
      itemIds: [firstItem.id],
    })
  ).id;
  const withFile = await uploadSubsidyMaterial(db, actors.consultant, "zhengzhou", ids.projRunning, ids.subsidy, 1, {
    name: "营业执照.png",
    bytes: PNG,
    fields: {},
  });
  ids.subsidyFile = withFile.materials[1]!.files[0]!.id;
  ids.projDocument = (
    await uploadProjectDocument(db, actors.consultant, "zhengzhou", ids.projDraft, { name: "发票.png", bytes: PNG, fields: { slot: "invoice" } })
  ).id;
  ids.apiKey = (await createApiKey(db, actors.consultant, "zhengzhou", { name: "矩阵顾问密钥", scopes: ["firms:read"] })).id;
  ids.webhook = (await createEndpoint(db, actors.consultant, "zhengzhou", { url: "https://hooks.example.cn/matrix", events: ["report.ready"] })).id;
  ids.webhookGone = (await createEndpoint(db, actors.consultant, "zhengzhou", { url: "https://hooks.example.cn/gone", events: ["report.ready"] })).id;
  ids.webhookDelivery = (await sendTestEvent(db, actors.consultant, "zhengzhou", ids.webhook)).deliveryId;
  ids.ticket = (
    await createTicket(
      db,
      { tenant: "zhengzhou", message: `${CLIENT_NAME}的补贴问题`, assessmentId: ids.a, transcript: [] },
      { caller: { actor: actors.consultant }, actor: actors.consultant },
    )
  ).id;
}, 180_000);

afterAll(async () => {
  await worker?.stop();
  await cleanup?.();
});

function projectBody() {
  return {
    enterpriseId: ids.client,
    baselineAssessmentId: ids.a,
    provider: { name: "矩阵测试服务商" },
    targetLevel: 2,
    targetScenes: [],
    contract: { amountYuan: 1000, lightweight: false, items: [{ name: "实施", category: "service" as const, amountYuan: 1000 }] },
    milestones: [{ name: "上线", due: "2026-06-30" }],
  };
}

function solutionEntry(id: string) {
  return { ...loadSolutionCatalogue()[0]!, id, demo: false };
}

async function currentVersion(assessmentId: string): Promise<number> {
  const { db } = await database();
  const [row] = await db.select({ v: reports.currentVersion }).from(reports).where(eq(reports.assessmentId, assessmentId));
  return row?.v ?? 0;
}

const unique = (prefix: string) => `${prefix}-${++seq}`;

const CASES: Case[] = [
  // Assessments: A is the consultant's client (on-site), B the owner's own, D a draft visit of A's firm.
  { route: "/api/assessments/[id]", method: "GET", params: () => ({ id: ids.a }), expect: ex("401 404 200 404 200 404 404") },
  { route: "/api/assessments/[id]", method: "GET", params: () => ({ id: ids.b }), expect: ex("401 200 404 404 200 404 404"), note: "owner's own" },
  {
    route: "/api/assessments/[id]",
    method: "PATCH",
    params: () => ({ id: ids.d }),
    body: { currentStep: "review" },
    expect: ex("401 404 200 404 404 404 404"),
  },
  {
    route: "/api/assessments/[id]/submit",
    method: "POST",
    params: () => ({ id: ids.a }),
    body: { pledge: true },
    expect: ex("401 404 200 404 404 404 404"),
    note: "already submitted: the stored result",
  },
  { route: "/api/assessments/[id]/result", method: "GET", params: () => ({ id: ids.a }), expect: ex("401 404 200 404 200 404 404") },
  { route: "/api/assessments/[id]/plan", method: "GET", params: () => ({ id: ids.a }), expect: ex("401 404 200 404 200 404 404") },
  { route: "/api/assessments/[id]/history", method: "GET", params: () => ({ id: ids.b }), expect: ex("401 200 404 404 200 404 404") },
  { route: "/api/assessments/[id]/reassess", method: "POST", params: () => ({ id: ids.b }), expect: ex("401 201 404 404 404 404 404") },
  {
    route: "/api/assessments/[id]/claim",
    method: "POST",
    params: () => ({ id: ids.a }),
    expect: ex("401 401 401 401 401 401 401"),
    note: "needs the resume token too",
  },
  { route: "/api/assessments/[id]/report", method: "GET", params: () => ({ id: ids.a }), expect: ex("401 404 200 404 200 404 404") },
  { route: "/api/assessments/[id]/report", method: "GET", params: () => ({ id: ids.b }), expect: ex("401 200 404 404 200 404 404") },
  // Asking for the report again (it exists in this language): the same callers as reading it.
  { route: "/api/assessments/[id]/report", method: "POST", params: () => ({ id: ids.a }), expect: ex("401 404 200 404 200 404 404") },
  {
    route: "/api/assessments/[id]/report/versions",
    method: "POST",
    params: () => ({ id: ids.a }),
    body: async () => ({ basedOn: await currentVersion(ids.a), sections: { summary: { headline: "顾问修改", paragraphs: ["经现场核实。"], bullets: [] } } }),
    expect: ex("401 404 201 404 404 404 404"),
  },
  {
    route: "/api/assessments/[id]/report/versions",
    method: "POST",
    params: () => ({ id: ids.b }),
    body: async () => ({ basedOn: await currentVersion(ids.b), sections: { summary: { headline: "企业自改", paragraphs: ["自评说明。"], bullets: [] } } }),
    expect: ex("401 201 404 404 404 404 404"),
    note: "owner edits their own self-assessment's report",
  },
  {
    route: "/api/assessments/[id]/report/restore",
    method: "POST",
    params: () => ({ id: ids.a }),
    body: { version: 1 },
    expect: ex("401 404 201 404 404 404 404"),
  },
  {
    route: "/api/assessments/[id]/report/publish",
    method: "POST",
    params: () => ({ id: ids.a }),
    body: async () => ({ version: await currentVersion(ids.a) }),
    expect: ex("401 404 201 404 404 404 404"),
  },
  { route: "/api/assessments/[id]/report/pdf", method: "GET", params: () => ({ id: ids.a }), expect: ex("401 404 200 404 200 404 404") },
  // Regenerating is editing: after the reads of A's report, since it queues a new version.
  {
    route: "/api/assessments/[id]/report/regenerate",
    method: "POST",
    params: () => ({ id: ids.a }),
    body: { language: "zh-CN" },
    expect: ex("401 404 202 404 404 404 404"),
  },
  {
    route: "/api/assessments/[id]/report/regenerate",
    method: "POST",
    params: () => ({ id: ids.b }),
    body: { language: "zh-CN", sections: [] },
    expect: ex("401 202 404 404 404 404 404"),
    note: "owner regenerates their own self-assessment's report",
  },
  { route: "/api/assessments/[id]/evidence", method: "GET", params: () => ({ id: ids.d }), expect: ex("401 404 200 404 200 404 404") },
  {
    route: "/api/assessments/[id]/evidence",
    method: "POST",
    params: () => ({ id: ids.d }),
    upload: () => ({ name: "现场.png", bytes: PNG, fields: { questionCode: "F.NET" } }),
    expect: ex("401 404 201 404 404 404 404"),
  },
  {
    route: "/api/assessments/[id]/evidence/[fileId]",
    method: "GET",
    params: () => ({ id: ids.d, fileId: ids.evidence }),
    expect: ex("401 404 200 404 200 404 404"),
  },
  {
    route: "/api/assessments/[id]/evidence/[fileId]",
    method: "DELETE",
    params: () => ({ id: ids.d, fileId: ids.evidence }),
    expect: ex("401 404 204 404 404 404 404"),
  },
  { route: "/api/exports", method: "POST", params: () => ({}), body: () => ({ items: [{ id: ids.a }] }), expect: ex("404 404 202 404 202 404 404") },
  // Consultant workspace.
  { route: "/api/tenants/[tenant]/clients", method: "GET", params: () => ({ tenant: "zhengzhou" }), expect: ex("401 403 200 200 403 404 404") },
  {
    route: "/api/tenants/[tenant]/clients",
    method: "POST",
    params: () => ({ tenant: "zhengzhou" }),
    body: () => ({ enterprise: { ...ZHENGZHOU_ENTERPRISE, name: unique("新客户") } }),
    expect: ex("401 403 201 201 403 404 404"),
  },
  {
    route: "/api/tenants/[tenant]/clients/[id]",
    method: "GET",
    params: () => ({ tenant: "zhengzhou", id: ids.client }),
    expect: ex("401 403 200 404 403 404 404"),
  },
  {
    route: "/api/tenants/[tenant]/clients/[id]/assessments",
    method: "POST",
    params: () => ({ tenant: "zhengzhou", id: ids.client }),
    body: {},
    expect: ex("401 403 201 404 403 404 404"),
  },
  {
    route: "/api/tenants/[tenant]/consultant-brand",
    method: "PUT",
    params: () => ({ tenant: "zhengzhou" }),
    body: { organisation: "精益数字化咨询", primaryColor: "#7c2d12", accentColor: "#1d4ed8" },
    expect: ex("401 403 200 200 403 404 404"),
  },
  {
    route: "/api/tenants/[tenant]/consultant-brand",
    method: "GET",
    params: () => ({ tenant: "zhengzhou" }),
    expect: ex("401 403 200 200 403 404 404"),
    note: "each consultant their own",
  },
  {
    route: "/api/tenants/[tenant]/consultant-brand/logo",
    method: "POST",
    params: () => ({ tenant: "zhengzhou" }),
    upload: () => ({ name: "mark.png", bytes: PNG, fields: {} }),
    expect: ex("401 403 201 201 403 404 404"),
  },
  { route: "/api/tenants/[tenant]/consultant-brand/logo", method: "GET", params: () => ({ tenant: "zhengzhou" }), expect: ex("401 403 200 200 403 404 404") },
  // Portal administration.
  { route: "/api/tenants/[tenant]/settings", method: "GET", params: () => ({ tenant: "zhengzhou" }), expect: ex("401 403 403 403 200 404 404") },
  {
    route: "/api/tenants/[tenant]/settings",
    method: "GET",
    params: () => ({ tenant: "taiyuan" }),
    expect: ex("401 404 404 404 404 200 404"),
    note: "the other portal, seen from here",
  },
  {
    route: "/api/tenants/[tenant]/branding",
    method: "PUT",
    params: () => ({ tenant: "zhengzhou" }),
    body: { displayNameZh: "郑州数转服务", primaryColor: "#1d4ed8", accentColor: "#0f766e" },
    expect: ex("401 403 403 403 200 404 404"),
  },
  {
    route: "/api/tenants/[tenant]/embed-origins",
    method: "PUT",
    params: () => ({ tenant: "zhengzhou" }),
    body: { origins: ["https://sme.zhengzhou.gov.cn"] },
    expect: ex("401 403 403 403 200 404 404"),
  },
  {
    route: "/api/tenants/[tenant]/logo",
    method: "POST",
    params: () => ({ tenant: "zhengzhou" }),
    upload: () => ({ name: "logo.png", bytes: PNG, fields: {} }),
    expect: ex("401 403 403 403 201 404 404"),
  },
  {
    route: "/api/tenants/[tenant]/logo",
    method: "GET",
    params: () => ({ tenant: "zhengzhou" }),
    expect: ex("200 200 200 200 200 200 200"),
    note: "public, like the portal's pages",
  },
  { route: "/api/tenants/[tenant]/scene-profiles", method: "GET", params: () => ({ tenant: "zhengzhou" }), expect: ex("401 403 403 403 200 404 404") },
  {
    route: "/api/tenants/[tenant]/scene-profiles",
    method: "POST",
    params: () => ({ tenant: "zhengzhou" }),
    body: () => ({ code: unique("profile"), name: "通用设备", industryCodes: ["34"], constrainedScenes: ["S.PRODUCTION", "S.QUALITY"] }),
    expect: ex("401 403 403 403 201 404 404"),
  },
  {
    route: "/api/tenants/[tenant]/scene-profiles/[code]",
    method: "PATCH",
    params: () => ({ tenant: "zhengzhou", code: ids.profile }),
    body: { name: "矩阵（改）" },
    expect: ex("401 403 403 403 200 404 404"),
  },
  { route: "/api/tenants/[tenant]/policies", method: "GET", params: () => ({ tenant: "zhengzhou" }), expect: ex("401 403 403 403 200 404 404") },
  {
    route: "/api/tenants/[tenant]/policies",
    method: "POST",
    params: () => ({ tenant: "zhengzhou" }),
    body: () => ({ entry: blankEntry(unique("policy"), "新政策") }),
    expect: ex("401 403 403 403 201 404 404"),
  },
  {
    route: "/api/tenants/[tenant]/policies/[code]",
    method: "PATCH",
    params: () => ({ tenant: "zhengzhou", code: ids.policy }),
    body: { status: "retired" },
    expect: ex("401 403 403 403 200 404 404"),
  },
  { route: "/api/tenants/[tenant]/solutions", method: "GET", params: () => ({ tenant: "zhengzhou" }), expect: ex("401 403 403 403 200 404 404") },
  {
    route: "/api/tenants/[tenant]/solutions",
    method: "POST",
    params: () => ({ tenant: "zhengzhou" }),
    body: () => ({ entry: solutionEntry(unique("solution")) }),
    expect: ex("401 403 403 403 201 404 404"),
  },
  {
    route: "/api/tenants/[tenant]/solutions/[code]",
    method: "PATCH",
    params: () => ({ tenant: "zhengzhou", code: ids.solution }),
    body: { status: "retired" },
    expect: ex("401 403 403 403 200 404 404"),
  },
  { route: "/api/tenants/[tenant]/policy-documents", method: "GET", params: () => ({ tenant: "zhengzhou" }), expect: ex("401 403 403 403 200 404 404") },
  {
    route: "/api/tenants/[tenant]/policy-documents",
    method: "POST",
    params: () => ({ tenant: "zhengzhou" }),
    upload: () => ({ name: "政策.txt", bytes: Buffer.from(DOC_TEXT), fields: {} }),
    expect: ex("401 403 403 403 201 404 404"),
  },
  {
    route: "/api/tenants/[tenant]/policy-documents/[id]",
    method: "GET",
    params: () => ({ tenant: "zhengzhou", id: ids.document }),
    expect: ex("401 403 403 403 200 404 404"),
  },
  {
    route: "/api/tenants/[tenant]/policy-documents/[id]/apply",
    method: "POST",
    params: () => ({ tenant: "zhengzhou", id: ids.document }),
    body: () => ({ entry: blankEntry(unique("from-doc"), "矩阵测试市补助办法") }),
    expect: ex("401 403 403 403 201 404 404"),
  },
  { route: "/api/tenants/[tenant]/members", method: "GET", params: () => ({ tenant: "zhengzhou" }), expect: ex("401 403 403 403 200 404 404") },
  {
    route: "/api/tenants/[tenant]/members/[userId]",
    method: "PUT",
    params: () => ({ tenant: "zhengzhou", userId: ids.consultant2 }),
    body: { roles: ["consultant"] },
    expect: ex("401 403 403 403 200 404 404"),
  },
  {
    route: "/api/tenants/[tenant]/invitations",
    method: "POST",
    params: () => ({ tenant: "zhengzhou" }),
    body: () => ({ email: `${unique("invitee")}@matrix.test`, role: "consultant" }),
    expect: ex("401 403 403 403 201 404 404"),
  },
  {
    route: "/api/tenants/[tenant]/invitations/[id]",
    method: "DELETE",
    params: () => ({ tenant: "zhengzhou", id: ids.invitation }),
    expect: ex("401 403 403 403 204 404 404"),
  },
  // The pilot programme's projects: the client's (the consultant provides them), read by the portal.
  { route: "/api/tenants/[tenant]/projects", method: "GET", params: () => ({ tenant: "zhengzhou" }), expect: ex("401 200 200 200 200 404 404") },
  {
    route: "/api/tenants/[tenant]/projects",
    method: "POST",
    params: () => ({ tenant: "zhengzhou" }),
    body: () => projectBody(),
    expect: ex("401 404 201 404 403 404 404"),
  },
  {
    route: "/api/tenants/[tenant]/projects/[id]",
    method: "GET",
    params: () => ({ tenant: "zhengzhou", id: ids.projDraft }),
    expect: ex("401 404 200 404 200 404 404"),
  },
  {
    route: "/api/tenants/[tenant]/projects/[id]",
    method: "PATCH",
    params: () => ({ tenant: "zhengzhou", id: ids.projDraft }),
    body: () => {
      const { enterpriseId: _firm, ...terms } = projectBody();
      return { ...terms, title: "矩阵测试项目（修改）" };
    },
    expect: ex("401 404 200 404 403 404 404"),
  },
  {
    route: "/api/tenants/[tenant]/projects/[id]/forms/[key]",
    method: "GET",
    params: () => ({ tenant: "zhengzhou", id: ids.projDraft, key: "filing" }),
    expect: ex("401 404 200 404 200 404 404"),
  },
  {
    route: "/api/tenants/[tenant]/projects/[id]/forms/[key]",
    method: "PUT",
    params: () => ({ tenant: "zhengzhou", id: ids.projDraft, key: "filing" }),
    body: { values: { contact_name: "乙", contact_phone: "456", goals: "排程", chain_project: "chain" } },
    expect: ex("401 404 200 404 403 404 404"),
    note: "the firm's side fills the filing form",
  },
  { route: "/api/tenants/[tenant]/providers", method: "GET", params: () => ({ tenant: "zhengzhou" }), expect: ex("401 403 403 403 200 404 404") },
  { route: "/api/tenants/[tenant]/form-templates", method: "GET", params: () => ({ tenant: "zhengzhou" }), expect: ex("401 403 403 403 200 404 404") },
  {
    route: "/api/tenants/[tenant]/form-templates/[key]",
    method: "PUT",
    params: () => ({ tenant: "zhengzhou", key: "satisfaction" }),
    body: () => ({ title: { "zh-CN": "满意度" }, fields: [{ key: "overall", type: "rating", label: { "zh-CN": "总体" }, required: true }] }),
    expect: ex("401 403 403 403 200 404 404"),
  },
  {
    route: "/api/tenants/[tenant]/projects/[id]/transitions",
    method: "POST",
    params: () => ({ tenant: "zhengzhou", id: ids.projDraft }),
    body: { to: "filed" },
    expect: ex("401 404 200 404 409 404 404"),
    note: "the administrator has no move from draft",
  },
  {
    route: "/api/tenants/[tenant]/projects/[id]/milestones/[milestoneId]",
    method: "PATCH",
    params: () => ({ tenant: "zhengzhou", id: ids.projRunning, milestoneId: ids.milestone }),
    body: { done: true },
    expect: ex("401 404 200 404 403 404 404"),
  },
  {
    route: "/api/tenants/[tenant]/projects/[id]/documents",
    method: "GET",
    params: () => ({ tenant: "zhengzhou", id: ids.projDraft }),
    expect: ex("401 404 200 404 200 404 404"),
  },
  {
    route: "/api/tenants/[tenant]/projects/[id]/documents",
    method: "POST",
    params: () => ({ tenant: "zhengzhou", id: ids.projDraft }),
    upload: () => ({ name: "合同.png", bytes: PNG, fields: { slot: "contract" } }),
    expect: ex("401 404 201 404 403 404 404"),
  },
  {
    route: "/api/tenants/[tenant]/projects/[id]/documents/[documentId]",
    method: "GET",
    params: () => ({ tenant: "zhengzhou", id: ids.projDraft, documentId: ids.projDocument }),
    expect: ex("401 404 200 404 200 404 404"),
  },
  {
    route: "/api/tenants/[tenant]/projects/[id]/documents/[documentId]",
    method: "DELETE",
    params: () => ({ tenant: "zhengzhou", id: ids.projDraft, documentId: ids.projDocument }),
    expect: ex("401 404 204 404 403 404 404"),
    note: "a wrong upload, removed while the files are open; the portal does not remove them",
  },
  {
    route: "/api/tenants/[tenant]/projects/[id]/acceptance-pack",
    method: "GET",
    params: () => ({ tenant: "zhengzhou", id: ids.projDone }),
    expect: ex("401 404 200 404 200 404 404"),
  },
  {
    route: "/api/tenants/[tenant]/projects/[id]/after-assessment",
    method: "POST",
    params: () => ({ tenant: "zhengzhou", id: ids.projCompleted }),
    expect: ex("401 404 201 404 403 404 404"),
  },
  {
    route: "/api/tenants/[tenant]/projects/[id]/subsidy-applications",
    method: "GET",
    params: () => ({ tenant: "zhengzhou", id: ids.projRunning }),
    expect: ex("401 404 200 404 200 404 404"),
  },
  {
    route: "/api/tenants/[tenant]/projects/[id]/subsidy-applications",
    method: "POST",
    params: () => ({ tenant: "zhengzhou", id: ids.projDone }),
    body: { policyId: "zhengzhou-2024-10", batch: "矩阵第二批", amountYuan: 100 },
    expect: ex("401 404 201 404 403 404 404"),
    note: "the administrator reviews applications, it does not make them",
  },
  {
    route: "/api/tenants/[tenant]/projects/[id]/subsidy-applications/[applicationId]",
    method: "GET",
    params: () => ({ tenant: "zhengzhou", id: ids.projRunning, applicationId: ids.subsidy }),
    expect: ex("401 404 200 404 200 404 404"),
  },
  {
    route: "/api/tenants/[tenant]/projects/[id]/subsidy-applications/[applicationId]",
    method: "PATCH",
    params: () => ({ tenant: "zhengzhou", id: ids.projRunning, applicationId: ids.subsidy }),
    body: { batch: "矩阵批次（改）" },
    expect: ex("401 404 200 404 403 404 404"),
  },
  {
    route: "/api/tenants/[tenant]/projects/[id]/subsidy-applications/[applicationId]/materials/[material]",
    method: "POST",
    params: () => ({ tenant: "zhengzhou", id: ids.projRunning, applicationId: ids.subsidy, material: "0" }),
    upload: () => ({ name: "申请表.png", bytes: PNG, fields: {} }),
    expect: ex("401 404 201 404 403 404 404"),
  },
  {
    route: "/api/tenants/[tenant]/projects/[id]/subsidy-applications/[applicationId]/files/[fileId]",
    method: "GET",
    params: () => ({ tenant: "zhengzhou", id: ids.projRunning, applicationId: ids.subsidy, fileId: ids.subsidyFile }),
    expect: ex("401 404 200 404 200 404 404"),
  },
  {
    route: "/api/tenants/[tenant]/projects/[id]/subsidy-applications/[applicationId]/files/[fileId]",
    method: "DELETE",
    params: () => ({ tenant: "zhengzhou", id: ids.projRunning, applicationId: ids.subsidy, fileId: ids.subsidyFile }),
    expect: ex("401 404 204 404 403 404 404"),
  },
  {
    route: "/api/tenants/[tenant]/projects/[id]/subsidy-applications/[applicationId]/transitions",
    method: "POST",
    params: () => ({ tenant: "zhengzhou", id: ids.projRunning, applicationId: ids.subsidy }),
    body: { to: "withdrawn" },
    expect: ex("401 404 200 404 409 404 404"),
    note: "after the consultant's withdrawal the administrator has no move left",
  },
  { route: "/api/tenants/[tenant]/subsidy-applications", method: "GET", params: () => ({ tenant: "zhengzhou" }), expect: ex("401 200 200 200 200 404 404") },
  { route: "/api/tenants/[tenant]/assistant/tickets", method: "GET", params: () => ({ tenant: "zhengzhou" }), expect: ex("401 404 200 200 200 404 404") },
  {
    route: "/api/tenants/[tenant]/assistant/tickets/[id]",
    method: "GET",
    params: () => ({ tenant: "zhengzhou", id: ids.ticket }),
    expect: ex("401 404 200 404 200 404 404"),
    note: "the portal, and the consultant of the firm it is about",
  },
  {
    route: "/api/tenants/[tenant]/assistant/tickets/[id]",
    method: "PATCH",
    params: () => ({ tenant: "zhengzhou", id: ids.ticket }),
    body: { status: "open" },
    expect: ex("401 404 200 404 200 404 404"),
  },
  {
    route: "/api/tenants/[tenant]/assistant/tickets/[id]/messages",
    method: "POST",
    params: () => ({ tenant: "zhengzhou", id: ids.ticket }),
    body: { message: "已收到，我们会联系您。" },
    expect: ex("401 404 201 404 201 404 404"),
  },
  { route: "/api/tenants/[tenant]/api-keys", method: "GET", params: () => ({ tenant: "zhengzhou" }), expect: ex("401 403 200 200 200 404 404") },
  {
    route: "/api/tenants/[tenant]/api-keys",
    method: "POST",
    params: () => ({ tenant: "zhengzhou" }),
    body: { name: "矩阵密钥", scopes: ["firms:read"] },
    expect: ex("401 403 201 201 201 404 404"),
  },
  {
    route: "/api/tenants/[tenant]/api-keys/[id]",
    method: "DELETE",
    params: () => ({ tenant: "zhengzhou", id: ids.apiKey }),
    expect: ex("401 403 200 404 200 404 404"),
    note: "a consultant's key: revoked by the consultant or the portal, not by another consultant",
  },
  { route: "/api/tenants/[tenant]/webhooks", method: "GET", params: () => ({ tenant: "zhengzhou" }), expect: ex("401 403 200 200 200 404 404") },
  {
    route: "/api/tenants/[tenant]/webhooks",
    method: "POST",
    params: () => ({ tenant: "zhengzhou" }),
    body: { url: "https://hooks.example.cn/new", events: ["assessment.submitted"] },
    expect: ex("401 403 201 201 201 404 404"),
  },
  {
    route: "/api/tenants/[tenant]/webhooks/[id]",
    method: "PATCH",
    params: () => ({ tenant: "zhengzhou", id: ids.webhook }),
    body: { description: "矩阵测试" },
    expect: ex("401 403 200 404 200 404 404"),
    note: "a consultant's endpoint: its own and the portal's administrators', not another consultant's",
  },
  {
    route: "/api/tenants/[tenant]/webhooks/[id]",
    method: "DELETE",
    params: () => ({ tenant: "zhengzhou", id: ids.webhookGone }),
    expect: ex("401 403 204 404 204 404 404"),
    note: "its consultant's or the portal's; deleting twice is deleting once",
  },
  {
    route: "/api/tenants/[tenant]/webhooks/[id]/deliveries",
    method: "GET",
    params: () => ({ tenant: "zhengzhou", id: ids.webhook }),
    expect: ex("401 403 200 404 200 404 404"),
  },
  {
    route: "/api/tenants/[tenant]/webhooks/[id]/deliveries/[deliveryId]",
    method: "POST",
    params: () => ({ tenant: "zhengzhou", id: ids.webhook, deliveryId: ids.webhookDelivery }),
    expect: ex("401 403 202 404 202 404 404"),
  },
  {
    route: "/api/tenants/[tenant]/webhooks/[id]/rotate",
    method: "POST",
    params: () => ({ tenant: "zhengzhou", id: ids.webhook }),
    expect: ex("401 403 200 404 404 404 404"),
    note: "its maker only: the portal must not get a consultant's signing secret",
  },
  {
    route: "/api/tenants/[tenant]/webhooks/[id]/test",
    method: "POST",
    params: () => ({ tenant: "zhengzhou", id: ids.webhook }),
    expect: ex("401 403 202 404 202 404 404"),
  },
  { route: "/api/tenants/[tenant]/firms", method: "GET", params: () => ({ tenant: "zhengzhou" }), expect: ex("401 200 200 200 200 404 404") },
  {
    route: "/api/tenants/[tenant]/firms/[id]",
    method: "GET",
    params: () => ({ tenant: "zhengzhou", id: ids.client }),
    expect: ex("401 404 200 404 200 404 404"),
  },
  {
    route: "/api/tenants/[tenant]/firms/[id]",
    method: "GET",
    params: () => ({ tenant: "zhengzhou", id: ids.ownFirm }),
    expect: ex("401 200 404 404 200 404 404"),
    note: "the owner's own firm",
  },
  {
    route: "/api/tenants/[tenant]/firms/[id]",
    method: "PUT",
    params: () => ({ tenant: "zhengzhou", id: ids.client }),
    body: { contacts: [{ name: "王经理", role: "总经理", isPrimary: true }] },
    expect: ex("401 404 200 404 403 404 404"),
    note: "the portal reads a firm's file; the firm and its consultant keep it",
  },
  // The portal's firm list: imported from a spreadsheet, invited in bulk, exported (lib/firm-import).
  {
    route: "/api/tenants/[tenant]/firms/import",
    method: "POST",
    params: () => ({ tenant: "zhengzhou" }),
    upload: () => ({ name: "名单.csv", bytes: Buffer.from("企业名称,行业,人数,营收\n矩阵导入测试有限公司,34,10,100\n"), fields: {} }),
    expect: ex("401 403 403 403 200 404 404"),
    note: "a preview: nothing written",
  },
  {
    route: "/api/tenants/[tenant]/firms/invitations",
    method: "POST",
    params: () => ({ tenant: "zhengzhou" }),
    body: () => ({ enterpriseIds: [ids.client], sendMail: false }),
    expect: ex("401 403 403 403 200 404 404"),
  },
  { route: "/api/tenants/[tenant]/firms/export", method: "GET", params: () => ({ tenant: "zhengzhou" }), expect: ex("401 403 403 403 200 404 404") },
  { route: "/api/tenants/[tenant]/dashboard", method: "GET", params: () => ({ tenant: "zhengzhou" }), expect: ex("401 403 403 403 200 404 404") },
  { route: "/api/tenants/[tenant]/dashboard/export", method: "GET", params: () => ({ tenant: "zhengzhou" }), expect: ex("401 403 403 403 200 404 404") },
  { route: "/api/tenants/[tenant]/audit", method: "GET", params: () => ({ tenant: "zhengzhou" }), expect: ex("401 403 403 403 200 404 404") },
  // Platform.
  { route: "/api/platform/tenants", method: "GET", params: () => ({}), expect: ex("401 404 404 404 404 404 200") },
  {
    route: "/api/platform/tenants",
    method: "POST",
    params: () => ({}),
    body: () => ({ slug: unique("city"), nameZh: "新城市", nameEn: "New city" }),
    expect: ex("401 404 404 404 404 404 201"),
  },
  {
    route: "/api/platform/tenants/[id]",
    method: "PATCH",
    params: () => ({ id: ids.taiyuan }),
    body: { nameEn: "Taiyuan" },
    expect: ex("401 404 404 404 404 404 200"),
  },
  {
    route: "/api/platform/tenants/[id]/invitations",
    method: "POST",
    params: () => ({ id: ids.taiyuan }),
    body: () => ({ email: `${unique("first-admin")}@matrix.test` }),
    expect: ex("401 404 404 404 404 404 201"),
  },
  {
    route: "/api/invitations/[token]",
    method: "POST",
    params: () => ({ token: "not-a-real-invitation-token-000" }),
    body: {},
    expect: ex("404 404 404 404 404 404 404"),
  },
];

/** What our own pages send with a write: the browser's Origin (README, CSRF). */
const OWN_ORIGIN = new URL(appUrl()).origin;

async function callRoute(
  c: Case,
  who: Who,
  extraHeaders: Record<string, string> = c.method === "GET" ? {} : { origin: OWN_ORIGIN },
): Promise<{ status: number; text: string }> {
  const loader = ROUTES[`/app${c.route}/route.ts`];
  if (!loader) throw new Error(`no route file for ${c.route}`);
  const mod = (await loader()) as Record<string, (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>>;
  const handler = mod[c.method];
  if (!handler) throw new Error(`${c.route} has no ${c.method}`);
  const headers = new Headers(extraHeaders);
  if (cookies[who]) headers.set("cookie", cookies[who]!);
  let body: BodyInit | undefined;
  if (c.upload) {
    const u = c.upload(who);
    const form = new FormData();
    form.set("file", new File([new Uint8Array(u.bytes)], u.name));
    for (const [k, v] of Object.entries(u.fields)) form.set(k, v);
    body = form;
  } else if (c.body !== undefined) {
    headers.set("content-type", "application/json");
    body = JSON.stringify(typeof c.body === "function" ? await (c.body as (w: Who) => unknown)(who) : c.body);
  }
  const path = Object.entries(c.params()).reduce((p, [k, v]) => p.replace(`[${k}]`, v), c.route);
  const response = await handler(new Request(`http://localhost${path}`, { method: c.method, headers, body }), { params: Promise.resolve(c.params()) });
  const type = response.headers.get("content-type") ?? "";
  const text = type.includes("json") || type.startsWith("text/") ? await response.text() : `<${type} ${(await response.arrayBuffer()).byteLength} bytes>`;
  return { status: response.status, text };
}

describe("authorisation matrix", () => {
  it("covers every route and method (or says why one is outside it)", async () => {
    const covered = new Set(CASES.map((c) => `${c.method} ${c.route}`));
    const missing: string[] = [];
    for (const [file, load] of Object.entries(ROUTES)) {
      const route = file.replace(/^\/app/, "").replace(/\/route\.ts$/, "");
      if (EXEMPT[route]) continue;
      const mod = (await load()) as Record<string, unknown>;
      for (const m of METHODS) if (typeof mod[m] === "function" && !covered.has(`${m} ${route}`)) missing.push(`${m} ${route}`);
    }
    expect(missing).toEqual([]);
  });

  for (const c of CASES) {
    it(`${c.method} ${c.route}${c.note ? ` (${c.note})` : ""}`, async () => {
      // Refused callers first: an allowed call may change what a later one would find.
      const order = [...WHO].sort((x, y) => Number(c.expect[x] < 300) - Number(c.expect[y] < 300));
      const got = {} as Record<Who, number>;
      for (const who of order) {
        const { status, text } = await callRoute(c, who);
        got[who] = status;
        if (status >= 300 || who === "otherAdmin" || who === "platform") {
          for (const marker of MARKERS) expect(text, `${who} must not see ${marker}`).not.toContain(marker);
        }
      }
      expect(got).toEqual(c.expect);
    });
  }
});

describe("cross-site writes with the session cookie", () => {
  // A page on another site can make the browser send our cookie (a form, a no-cors fetch); every
  // write a signed-in caller may make must then be refused before anything happens.
  const FORGED: Record<string, string>[] = [
    { origin: "https://evil.example", "content-type": "text/plain" },
    { origin: "null" },
    { "sec-fetch-site": "cross-site" },
    { "sec-fetch-site": "same-site" },
    {},
  ];
  for (const c of CASES.filter((x) => x.method !== "GET")) {
    const who = WHO.find((w) => w !== "anon" && c.expect[w] < 300);
    if (!who) continue;
    it(`${c.method} ${c.route} as ${who} from another site is 403`, async () => {
      for (const forged of FORGED) {
        const { status, text } = await callRoute(c, who, forged);
        expect(status, JSON.stringify(forged)).toBe(403);
        for (const marker of MARKERS) expect(text).not.toContain(marker);
      }
      // Our own pages, also when a browser sends fetch metadata instead of Origin.
      expect((await callRoute(c, who, { "sec-fetch-site": "same-origin" })).status).toBeLessThan(500);
    });
  }
});

describe("fuzzed bodies on every write route", () => {
  // NUL, lone surrogates and invisible characters in every string, bodies that are not JSON or say
  // they are not, and an oversize body sent chunked (no length): a 4xx each, never a 5xx.
  const poison = (value: unknown): unknown =>
    typeof value === "string"
      ? `${value}\u0000\ud800\u200b`
      : Array.isArray(value)
        ? value.map(poison)
        : value !== null && typeof value === "object"
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v)]))
          : value;
  const chunked = () =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        const piece = new TextEncoder().encode(`{"x":"${"a".repeat(64 * 1024)}`);
        for (let i = 0; i < 200; i++) controller.enqueue(piece); // 13 MB, no content-length
        controller.close();
      },
    });
  const anonymousWrites: Case[] = [
    {
      route: "/api/assistant",
      method: "POST",
      params: () => ({}),
      body: { message: "等级怎么评定？", tenant: "zhengzhou" },
      expect: ex("200 200 200 200 200 200 200"),
    },
    {
      route: "/api/assistant/tickets",
      method: "POST",
      params: () => ({}),
      body: { message: "请联系我", tenant: "zhengzhou", contactEmail: "fuzz@example.test" },
      expect: ex("201 201 201 201 201 201 201"),
    },
    {
      route: "/api/assessments",
      method: "POST",
      params: () => ({}),
      body: { enterprise: { ...ZHENGZHOU_ENTERPRISE, name: "模糊测试企业" }, tenant: "zhengzhou" },
      expect: ex("201 201 201 201 201 201 201"),
    },
    {
      route: "/api/exports",
      method: "POST",
      params: () => ({}),
      body: { items: [{ id: "00000000-0000-4000-8000-000000000000", token: "t".repeat(43) }] },
      expect: ex("404 404 404 404 404 404 404"),
    },
  ];
  for (const c of [...anonymousWrites, ...CASES.filter((x) => x.method !== "GET")]) {
    const who = WHO.find((w) => c.expect[w] < 300) ?? "anon";
    it(`${c.method} ${c.route} as ${who}: no 5xx`, async () => {
      const loader = ROUTES[`/app${c.route}/route.ts`]!;
      const handler = ((await loader()) as Record<string, (r: Request, x: { params: Promise<Record<string, string>> }) => Promise<Response>>)[c.method]!;
      const path = Object.entries(c.params()).reduce((p, [k, v]) => p.replace(`[${k}]`, v), c.route);
      const send = async (body: BodyInit, type: string | null) => {
        const headers = new Headers({ origin: OWN_ORIGIN });
        if (cookies[who]) headers.set("cookie", cookies[who]!);
        if (type) headers.set("content-type", type);
        const init: RequestInit & { duplex?: "half" } = { method: c.method, headers, body, duplex: "half" };
        return (await handler(new Request(`http://localhost${path}`, init), { params: Promise.resolve(c.params()) })).status;
      };
      const statuses: Record<string, number> = {};
      if (c.upload) {
        const u = c.upload(who);
        const form = new FormData();
        form.set("file", new File([new Uint8Array(u.bytes)], `${u.name}\u0000\ud800`));
        for (const [k, v] of Object.entries(u.fields)) form.set(k, `${v}\u0000\ud800`);
        form.set("caption", "\u0000\udfff说明");
        statuses.poisonedForm = await send(form, null);
      } else {
        const valid = typeof c.body === "function" ? await (c.body as (w: Who) => unknown)(who) : (c.body ?? {});
        statuses.poisoned = await send(JSON.stringify(poison(valid)), "application/json");
        statuses.textPlain = await send(JSON.stringify(valid), "text/plain");
        statuses.notJson = await send('{"a": \u0000', "application/json");
      }
      statuses.chunkedOversize = await send(chunked(), c.upload ? "multipart/form-data; boundary=x" : "application/json");
      for (const [kind, status] of Object.entries(statuses)) expect(status, kind).toBeLessThan(500);
      // A route that reads a body stops at its limit; one that takes none never reads it.
      if (c.body !== undefined || c.upload) expect(statuses.chunkedOversize).toBe(413);
    });
  }

  // An upload is refused before its body is read when the caller may not make it.
  for (const c of CASES.filter((x) => x.upload)) {
    const who = WHO.find((w) => w !== "anon" && c.expect[w] >= 400)!;
    it(`${c.method} ${c.route} as ${who}: refused without reading the file`, async () => {
      const loader = ROUTES[`/app${c.route}/route.ts`]!;
      const handler = ((await loader()) as Record<string, (r: Request, x: { params: Promise<Record<string, string>> }) => Promise<Response>>)[c.method]!;
      let pulled = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (++pulled > 200) return controller.close();
          controller.enqueue(new Uint8Array(64 * 1024));
        },
      });
      const headers = new Headers({ origin: OWN_ORIGIN, cookie: cookies[who]!, "content-type": "multipart/form-data; boundary=x" });
      const path = Object.entries(c.params()).reduce((p, [k, v]) => p.replace(`[${k}]`, v), c.route);
      const init: RequestInit & { duplex?: "half" } = { method: c.method, headers, body, duplex: "half" };
      const response = await handler(new Request(`http://localhost${path}`, init), { params: Promise.resolve(c.params()) });
      expect(response.status).toBe(c.expect[who]);
      expect(pulled).toBeLessThan(3);
    });
  }
});
