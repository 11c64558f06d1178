import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { jobs, projects, reports, tenants, users } from "@/db/schema";
import { DEMO_USERS } from "@/db/seed/demo-users";
import { uploadEvidence } from "@/lib/assessments/evidence-files";
import { patchAssessment, submitAssessment } from "@/lib/assessments/service";
import type { Actor } from "@/lib/auth/permissions";
import { actorFor } from "@/lib/auth/sign-in";
import { addClient, startClientAssessment } from "@/lib/consultants/clients";
import { isoDay } from "@/lib/i18n/figures";
import { reportJob } from "@/lib/jobs/definitions";
import { generateReport } from "@/lib/reports/generate";
import { PdfWriter } from "@/lib/pdf/writer";
import { DEMO_AFTER as AFTER, DEMO_BEFORE as BEFORE } from "./demo-answers";
import { uploadProjectDocument } from "./documents";
import { answerProjectForm } from "./form-service";
import { createProject, projectDetailWith, reportMilestone, startAfterAssessment, transitionProject } from "./service";
import type { ProjectState } from "./workflow";
import {
  createSubsidyApplication,
  subsidyApplicationDetail,
  transitionSubsidyApplication,
  updateSubsidyApplication,
  uploadSubsidyMaterial,
} from "@/lib/subsidies/service";
import type { SubsidyState } from "@/lib/subsidies/workflow";
import { updateFirmFile, updateFirmFileRequest } from "@/lib/firm-file/service";

/**
 * Demo transformation projects in the 郑州 and 太原 demo portals, one in every state, so that the
 * project pages, the dashboard's pipeline and the provider scorecards show something on a fresh start.
 * Made through the same services a consultant and a portal administrator use (real assessments, real
 * scoring, real forms and files), by the demo accounts; every firm, project and file says it is demo.
 * Once per database.
 */

interface CitySetup {
  slug: string;
  districts: { provinceCode: string; cityCode: string; districtCode: string }[];
  firms: string[];
  providers: string[];
}

const CITIES: CitySetup[] = [
  {
    slug: "zhengzhou",
    districts: [
      { provinceCode: "41", cityCode: "4101", districtCode: "410105" },
      { provinceCode: "41", cityCode: "4101", districtCode: "410122" },
      { provinceCode: "41", cityCode: "4101", districtCode: "410182" },
    ],
    firms: ["恒达汽车零部件", "中原精密铸造", "嵩山耐火材料", "金岱铝基新材", "郑东智能装备", "荥阳液压件", "中牟汽配", "管城机械", "新郑轴承"],
    providers: ["郑州智造数字科技有限公司（演示）", "中原工业互联网服务有限公司（演示）", "河南轻量化改造咨询有限公司（演示）"],
  },
  {
    slug: "taiyuan",
    districts: [
      { provinceCode: "14", cityCode: "1401", districtCode: "140105" },
      { provinceCode: "14", cityCode: "1401", districtCode: "140106" },
      { provinceCode: "14", cityCode: "1401", districtCode: "140121" },
    ],
    firms: ["晋阳重型机械", "汾河不锈钢制品", "龙城煤机配件", "清徐精工", "迎泽包装机械", "小店电气设备", "并州铸锻", "太行传动", "晋祠模具"],
    providers: ["太原数智工场科技有限公司（演示）", "三晋工业软件服务有限公司（演示）", "龙城设备联网服务有限公司（演示）"],
  },
];

/** The states the demo shows, in the order their projects are made. */
const STAGES: readonly ProjectState[] = ["draft", "filed", "contracted", "implementing", "completed", "acceptance_submitted", "accepted", "rejected", "paid"];

/** A one-page PDF saying what it stands for and that it is demo: the contract, invoices, evidence of the demo projects. */
async function demoPdf(title: string): Promise<Buffer> {
  const w = new PdfWriter({
    locale: "zh-CN",
    palette: { ink: "#0f172a", muted: "#475569", rule: "#cbd5e1", primary: "#b91c1c", accent: "#0f766e", zebra: "#f1f5f9" },
    info: { title, author: "数诊演示数据", subject: "演示文件", keywords: "演示" },
  });
  w.heading(title, 1);
  w.paragraph("演示文件：由数诊演示数据生成，不是真实的合同、票据或现场照片。", { weight: "bold", color: "#b91c1c" });
  return w.finish();
}

const days = (n: number) => isoDay(new Date(Date.now() + n * 86_400_000));

async function demoActor(db: Db, role: string, slug: string): Promise<Actor | null> {
  const email = DEMO_USERS.find((u) => u.role === role && u.tenantSlug === slug)?.email;
  if (!email) return null;
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return user ? actorFor(db, user.id) : null;
}

/**
 * The demo's reports are written here by the template writer, not queued for the configured model:
 * eighteen firms' reports would otherwise cost a first start its LLM budget (and crowd the queue).
 */
async function writeDemoReports(db: Db, assessmentIds: readonly string[]): Promise<void> {
  if (assessmentIds.length === 0) return;
  const rows = await db
    .select({ id: reports.id })
    .from(reports)
    .where(inArray(reports.assessmentId, [...assessmentIds]));
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return;
  await db
    .update(jobs)
    .set({ status: "completed", finishedAt: new Date(), result: { writtenBy: "demo seed" } })
    .where(and(eq(jobs.kind, reportJob.kind), eq(jobs.status, "queued"), inArray(sql<string>`${jobs.payload} ->> 'reportId'`, ids)));
  for (const id of ids) await generateReport(db, id, null);
}

export async function seedDemoProjects(db: Db): Promise<{ projects: number }> {
  const cityRows = await db
    .select({ id: tenants.id, slug: tenants.slug })
    .from(tenants)
    .where(
      inArray(
        tenants.slug,
        CITIES.map((c) => c.slug),
      ),
    );
  if (cityRows.length === 0) return { projects: 0 };
  const existing = await db.$count(
    projects,
    inArray(
      projects.tenantId,
      cityRows.map((c) => c.id),
    ),
  );
  if (existing > 0) return { projects: 0 };
  let made = 0;
  const submitted: string[] = [];
  for (const city of CITIES) {
    const [consultant, admin] = await Promise.all([demoActor(db, "consultant", city.slug), demoActor(db, "tenant_admin", city.slug)]);
    if (!consultant || !admin) continue;
    for (const [i, stage] of STAGES.entries()) {
      submitted.push(...(await demoProject(db, { city, consultant, admin, index: i, stage })));
      made++;
    }
  }
  await writeDemoReports(db, submitted);
  return { projects: made };
}

/** Makes one demo project as far as `stage`; returns the assessments it submitted. */
async function demoProject(db: Db, o: { city: CitySetup; consultant: Actor; admin: Actor; index: number; stage: ProjectState }): Promise<string[]> {
  const { city, consultant, admin, index, stage } = o;
  const slug = city.slug;
  const place = city.districts[index % city.districts.length]!;
  const name = `${city.slug === "zhengzhou" ? "郑州" : "太原"}${city.firms[index]}有限公司（演示）`;
  const { enterpriseId } = await addClient(db, consultant, slug, {
    enterprise: { name, creditCode: undefined, industryCode: "34", ...place, employees: 80 + index * 15, revenueWan: 3000 + index * 700 },
    contactName: "演示联系人",
    note: "演示企业（非真实）",
  });
  // 一企一档: a contact and a small inventory, as a consultant records them on a first visit.
  await updateFirmFile(
    db,
    consultant,
    slug,
    enterpriseId,
    updateFirmFileRequest.parse({
      contacts: [{ name: "演示联系人", role: "总经理（演示）", phone: "0000-0000000", isPrimary: true }],
      inventory: [
        { kind: "equipment", category: "cnc", name: "数控加工中心（演示）", quantity: 6 + index, networked: index % 3 === 0 ? 0 : 3 + index, sinceYear: 2018 },
        { kind: "equipment", category: "inspection", name: "三坐标测量机（演示）", quantity: 1, networked: index % 2 },
        { kind: "system", category: "finance", name: "财务软件（演示）", quantity: 1, sinceYear: 2016 },
        ...(index % 2 === 0 ? [{ kind: "system" as const, category: "erp", name: "ERP（演示）", quantity: 1, sinceYear: 2021 }] : []),
      ],
    }),
  );
  const visit = await startClientAssessment(db, consultant, slug, enterpriseId, { mode: "consultant_onsite", language: "zh-CN" });
  await patchAssessment(db, visit.id, { actor: consultant }, { answers: BEFORE });
  await submitAssessment(db, visit.id, { actor: consultant });

  const amount = 120_000 + index * 18_500;
  const { id } = await createProject(db, consultant, slug, {
    enterpriseId,
    baselineAssessmentId: visit.id,
    title: `${name.replace("有限公司（演示）", "")}设备联网与生产管理改造（演示）`,
    provider: { name: city.providers[index % city.providers.length]! },
    targetLevel: 2,
    targetScenes: ["S.PRODUCTION", "S.EQUIPMENT"],
    contract: {
      amountYuan: amount,
      lightweight: index % 2 === 0,
      signedOn: days(-150),
      items: [
        { name: "设备联网网关及传感器（演示）", category: "hardware", amountYuan: 40_000 },
        { name: "生产执行系统订阅一年（演示）", category: "software", amountYuan: amount - 60_000 },
        { name: "实施与培训（演示）", category: "service", amountYuan: 20_000 },
      ],
    },
    // Milestones in the past for the projects past implementation; one project overdue.
    milestones: [
      { name: "设备联网上线", due: days(-120) },
      { name: "生产执行系统试运行", due: stage === "implementing" ? days(-10) : days(-60) },
    ],
  });
  // How far along the main path the project goes; a rejected one goes as far as the application.
  const path: readonly ProjectState[] = ["draft", "filed", "contracted", "implementing", "completed", "acceptance_submitted", "accepted", "paid"];
  const last = path.indexOf(stage === "rejected" ? "acceptance_submitted" : stage);
  const at = (s: ProjectState) => last >= path.indexOf(s);
  const move = (who: Actor, to: ProjectState, extra: { note?: string; amountYuan?: number } = {}) => transitionProject(db, who, slug, id, { to, ...extra });
  const upload = async (slot: string, title: string) =>
    uploadProjectDocument(db, consultant, slug, id, { name: `${title}-演示.pdf`, bytes: await demoPdf(`${title}（演示）`), fields: { slot } });

  const submitted = [visit.id];
  if (!at("filed")) return submitted;
  await answerProjectForm(db, consultant, slug, id, "filing", {
    values: { contact_name: "演示联系人", contact_phone: "0000-0000000", goals: "设备联网、生产排程和设备管理数字化（演示数据）。", chain_project: "single" },
  });
  await move(consultant, "filed");
  if (!at("contracted")) return submitted;
  await move(admin, "contracted");
  if (!at("implementing")) return submitted;
  await upload("contract", "合同扫描件");
  await answerProjectForm(db, consultant, slug, id, "contract", { values: { contract_no: `DEMO-${slug}-${index + 1}`, start_date: days(-140) } });
  await move(consultant, "implementing");
  const milestones = (await projectDetailWith(db, consultant, slug, id)).detail.milestones;
  // The second provider is late with its first milestone; the implementing project's second one is overdue.
  await reportMilestone(db, consultant, slug, id, milestones[0]!.id, { done: true, doneOn: index % 3 === 1 ? days(-100) : days(-125) });
  if (!at("completed")) return submitted;
  await reportMilestone(db, consultant, slug, id, milestones[1]!.id, { done: true, doneOn: days(-62) });
  await move(consultant, "completed");
  if (!at("acceptance_submitted")) return submitted;

  const after = await startAfterAssessment(db, consultant, slug, id);
  await patchAssessment(db, after.assessmentId, { actor: consultant }, { answers: AFTER });
  for (const [code, title] of [
    ["F.EQNET", "设备联网台账"],
    ["S.PRODUCTION", "生产看板截图"],
  ] as const)
    await uploadEvidence(
      db,
      after.assessmentId,
      { actor: consultant },
      { name: `${title}-演示.pdf`, bytes: await demoPdf(`${title}（演示）`), fields: { questionCode: code } },
    );
  await submitAssessment(db, after.assessmentId, { actor: consultant });
  submitted.push(after.assessmentId);
  await upload("invoice", "发票及付款凭证");
  await answerProjectForm(db, consultant, slug, id, "acceptance", {
    values: { completion_date: days(-60), actual_amount: amount, results: "设备联网率提高，生产排程由系统完成（演示数据）。", truthful: true },
  });
  await move(consultant, "acceptance_submitted");
  if (stage === "rejected") {
    await move(admin, "rejected", { note: "部分提高的回答缺少佐证（演示）" });
    return submitted;
  }
  if (!at("accepted")) return submitted;
  await move(admin, "accepted", { note: "现场核验通过（演示）" });
  await answerProjectForm(db, admin, slug, id, "satisfaction", {
    values: { overall: 4 + (index % 2), on_time: index % 3 === 1 ? 3 : 5, quality: 4, comment: "演示评价" },
  });
  // The subsidy: applied for under the city's demo policy, under review (accepted) or paid (paid: the payment marks the project paid).
  const application = await createSubsidyApplication(db, consultant, slug, id, {
    policyId: city.slug === "zhengzhou" ? "demo-zhengzhou-transformation" : "demo-taiyuan-xkqz",
    batch: "2026年第一批（演示）",
  });
  const detail = await subsidyApplicationDetail(db, consultant, slug, id, application.id);
  await uploadSubsidyMaterial(db, consultant, slug, id, application.id, 0, { name: "申请表-演示.pdf", bytes: await demoPdf("补贴申请表（演示）"), fields: {} });
  await updateSubsidyApplication(db, consultant, slug, id, application.id, {
    materials: detail.materials.map((_, n) => ({ offline: n > 0, ...(n > 0 ? { note: "窗口提交纸质件（演示）" } : {}) })),
  });
  const subsidy = (to: SubsidyState, extra: { amountYuan?: number; note?: string } = {}) =>
    transitionSubsidyApplication(db, to === "applied" ? consultant : admin, slug, id, application.id, { to, ...extra });
  await subsidy("applied");
  await subsidy("reviewing");
  if (stage === "paid") {
    await subsidy("publicized", { amountYuan: detail.requestedYuan });
    await subsidy("paid", { amountYuan: detail.requestedYuan });
  }
  return submitted;
}
