import "server-only";
import { and, asc, eq, ne, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assessmentResults, enterpriseContacts, enterprises, projects } from "@/db/schema";
import { tenantFor } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";
import { XLSX_MAX_ROWS } from "@/lib/dashboard/service";
import { industryByCode } from "@/lib/enterprise/industries";
import { divisionName } from "@/lib/enterprise/regions";
import { AppError } from "@/lib/errors";
import type { XlsxCell, XlsxSheet } from "@/lib/files/xlsx";
import { isoDay, isoMinute, truncateScore } from "@/lib/i18n/figures";
import type { Locale } from "@/lib/i18n/locales";
import { localize } from "@/lib/i18n/localized";
import { STATE_NAMES, type ProjectState } from "@/lib/projects/workflow";
import { audit } from "@/lib/shared/audit";
import type { TenantSummary } from "@/lib/tenants";
import { heavyWork } from "@/lib/workers/pool";
import { getTemplate, isTemplateId } from "@/scoring";
import { isNational, NATIONAL_COLUMNS, NATIONAL_FORMAT, NATIONAL_FORMAT_VERSION, NATIONAL_NOTE, nationalAssessment, type NationalAssessment } from "./national";

/**
 * A portal's tables as spreadsheets a city office works with: its firms (with the latest result), every
 * submitted result (level, total, dimensions), its projects (stage, dates, amounts), and the results in
 * the national evaluation's structure (.xlsx and JSON). Chinese headers by default; workbooks are
 * written in a heavy-work thread. Generated firms of the dashboard at scale (synthetic) are left out.
 */

export const EXPORT_TABLES = ["firms", "results", "projects", "national"] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

const LEVELS = getTemplate("miit-2024-manufacturing").def.levelNames;
const SIZE: Record<string, { "zh-CN": string; en: string }> = {
  micro: { "zh-CN": "微型企业", en: "micro" },
  small: { "zh-CN": "小型企业", en: "small" },
  medium: { "zh-CN": "中型企业", en: "medium" },
  large: { "zh-CN": "大型企业", en: "large" },
};
const localTime = (at: Date | null) => (at ? isoMinute(at) : null);
const score = (n: number | null) => (n === null ? null : truncateScore(Number(n)));
const yuan = (fen: number | null) => (fen === null ? null : Number(fen) / 100);

function words(locale: Locale) {
  const t = (zh: string, en: string) => localize({ "zh-CN": zh, en }, locale);
  return {
    t,
    level: (n: number | null) => (n === null ? null : localize(LEVELS[n as 0 | 1 | 2 | 3 | 4] ?? { "zh-CN": String(n) }, locale)),
    industry: (code: string | null) => {
      const i = code ? industryByCode(code) : undefined;
      return i ? `${i.code} ${locale === "en" ? i.en : i.zh}` : code;
    },
    district: (code: string | null) => (code ? (divisionName(code, locale) ?? code) : null),
    yesNo: (v: boolean | null) => (v === null ? null : t(v ? "是" : "否", v ? "yes" : "no")),
    /** The columns that name a firm, first in every sheet. */
    firmHeader: () => [t("企业名称", "Firm"), t("统一社会信用代码", "Credit code"), t("行业", "Industry"), t("区县", "District")],
  };
}

/** The rows of a sheet, refused with a 400 naming the table past what one workbook holds. */
function capped<T>(rows: T[]): T[] {
  if (rows.length > XLSX_MAX_ROWS) throw tooMany(rows.length);
  return rows;
}

function tooMany(n: number): AppError {
  return AppError.validation([
    {
      field: "table",
      message: {
        "zh-CN": `超过 ${XLSX_MAX_ROWS} 行，无法导出为一个 .xlsx 文件`,
        en: `more than ${XLSX_MAX_ROWS.toLocaleString("en-US")} rows (${n}): too many for one .xlsx`,
      },
    },
  ]);
}

async function firmsSheet(db: Db, tenant: TenantSummary, locale: Locale): Promise<XlsxSheet> {
  const w = words(locale);
  const latest = sql<string | null>`(select json_build_object('level', r.level, 'total', r.total, 'ref', r.is_reference, 'at', r.submitted_at)::text
    from ${assessmentResults} r where r.enterprise_id = "enterprises"."id" and r.is_latest and r.origin <> 'synthetic' limit 1)`;
  const submitted = sql<number>`(select count(*)::int from ${assessmentResults} r where r.enterprise_id = "enterprises"."id" and r.origin <> 'synthetic')`;
  const contact = sql<string | null>`(select json_build_object('name', c.name, 'phone', c.phone, 'email', c.email)::text from ${enterpriseContacts} c
    where c.enterprise_id = "enterprises"."id" order by c.is_primary desc, c.position limit 1)`;
  const rows = capped(
    await db
      .select({ f: enterprises, latest, submitted, contact })
      .from(enterprises)
      .where(
        and(
          eq(enterprises.tenantId, tenant.id),
          eq(enterprises.status, "active"),
          sql`not exists (select 1 from ${assessmentResults} r where r.enterprise_id = "enterprises"."id" and r.origin = 'synthetic')`,
        ),
      )
      .orderBy(asc(enterprises.createdAt), asc(enterprises.id))
      .limit(XLSX_MAX_ROWS + 1),
  );
  return {
    name: w.t("企业", "Firms"),
    header: [
      ...w.firmHeader(),
      w.t("从业人员（人）", "Employees"),
      w.t("营业收入（万元）", "Revenue (万元)"),
      w.t("企业规模", "Size"),
      w.t("是否规上", "Above designated size"),
      w.t("联系人", "Contact"),
      w.t("电话", "Phone"),
      w.t("邮箱", "E-mail"),
      w.t("已提交评测", "Assessments submitted"),
      w.t("最新等级", "Latest level"),
      w.t("参考等级（非官方评定）", "Reference level (not official)"),
      w.t("最新总分", "Latest total"),
      w.t("最新评测时间（北京时间）", "Latest submitted (China time)"),
      w.t("建档时间（北京时间）", "Filed (China time)"),
    ],
    rows: rows.map(({ f, latest: l, submitted: n, contact: c }) => {
      const last = l ? (JSON.parse(l) as { level: number; total: number; ref: boolean; at: string }) : null;
      const who = c ? (JSON.parse(c) as { name: string; phone: string | null; email: string | null }) : null;
      return [
        f.name,
        f.creditCode,
        w.industry(f.industryCode),
        w.district(f.districtCode),
        f.employees,
        f.revenueWan === null ? null : Number(f.revenueWan),
        f.sizeClass ? localize(SIZE[f.sizeClass] ?? { "zh-CN": f.sizeClass }, locale) : null,
        w.yesNo(f.aboveScale),
        who?.name ?? null,
        who?.phone ?? null,
        who?.email ?? null,
        Number(n),
        w.level(last?.level ?? null),
        last ? w.yesNo(last.ref) : null,
        last ? score(last.total) : null,
        last ? localTime(new Date(last.at)) : null,
        localTime(f.createdAt),
      ];
    }),
    widths: [30, 22, 26, 12, 10, 12, 10, 8, 10, 16, 26, 8, 10, 8, 8, 18, 18],
  };
}

/** The portal's submitted results, generated firms left out, oldest first. */
const portalResults = (tenantId: string) => and(eq(assessmentResults.tenantId, tenantId), ne(assessmentResults.origin, "synthetic"));
const RESULT_ORDER = [asc(assessmentResults.submittedAt), asc(assessmentResults.assessmentId)] as const;

async function resultsSheet(db: Db, tenant: TenantSummary, locale: Locale): Promise<XlsxSheet> {
  const w = words(locale);
  const r = assessmentResults;
  const rows = capped(
    await db
      .select({
        id: r.assessmentId,
        at: r.submittedAt,
        firm: enterprises.name,
        creditCode: enterprises.creditCode,
        industry: r.industryCode,
        district: r.districtCode,
        templateId: r.templateId,
        level: r.level,
        reference: r.isReference,
        total: r.total,
        dims: r.dimensionScores,
        latest: r.isLatest,
      })
      .from(r)
      .innerJoin(enterprises, eq(enterprises.id, r.enterpriseId))
      .where(portalResults(tenant.id))
      .orderBy(...RESULT_ORDER)
      .limit(XLSX_MAX_ROWS + 1),
  );
  return {
    name: w.t("评测结果", "Results"),
    header: [
      w.t("提交时间（北京时间）", "Submitted (China time)"),
      ...w.firmHeader(),
      w.t("评测模型", "Model"),
      w.t("数字化水平等级", "Level"),
      w.t("参考等级（非官方评定）", "Reference level (not official)"),
      w.t("总分", "Total"),
      w.t("数字化基础", "Digital foundation"),
      w.t("数字化管理", "Digital management"),
      w.t("数字化成效", "Digital results"),
      w.t("是否最新一次", "Latest of the firm"),
      w.t("评测编号", "Assessment id"),
    ],
    rows: rows.map((x) => [
      localTime(x.at),
      x.firm,
      x.creditCode,
      w.industry(x.industry),
      w.district(x.district),
      isTemplateId(x.templateId) ? localize(getTemplate(x.templateId).def.label, locale) : x.templateId,
      w.level(x.level),
      w.yesNo(x.reference),
      score(x.total),
      score(x.dims.FOUNDATION ?? null),
      score(x.dims.MANAGEMENT ?? null),
      score(x.dims.EFFECT ?? null),
      w.yesNo(x.latest),
      x.id,
    ]),
    widths: [18, 30, 22, 26, 12, 24, 10, 8, 8, 10, 10, 10, 8, 38],
  };
}

const STAGES: ProjectState[] = ["filed", "contracted", "implementing", "completed", "acceptance_submitted", "accepted", "paid"];

async function projectsSheet(db: Db, tenant: TenantSummary, locale: Locale): Promise<XlsxSheet> {
  const w = words(locale);
  const rows = capped(
    await db
      .select({ p: projects, firm: enterprises.name, creditCode: enterprises.creditCode })
      .from(projects)
      .innerJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
      .where(
        and(
          eq(projects.tenantId, tenant.id),
          sql`not exists (select 1 from ${assessmentResults} r where r.enterprise_id = ${projects.enterpriseId} and r.origin = 'synthetic')`,
        ),
      )
      .orderBy(asc(projects.createdAt), asc(projects.id))
      .limit(XLSX_MAX_ROWS + 1),
  );
  const day = (iso: string | undefined) => (iso ? isoDay(new Date(iso)) : null);
  return {
    name: w.t("改造项目", "Projects"),
    header: [
      w.t("项目名称", "Project"),
      w.t("企业名称", "Firm"),
      w.t("统一社会信用代码", "Credit code"),
      w.t("服务商", "Provider"),
      w.t("当前阶段", "Stage"),
      w.t("进入当前阶段（北京时间）", "In this stage since (China time)"),
      w.t("目标等级", "Target level"),
      w.t("合同金额（元）", "Contract amount (yuan)"),
      w.t("轻量化改造", "Lightweight"),
      w.t("合同签订日期", "Contract signed"),
      w.t("拨付金额（元）", "Amount paid (yuan)"),
      ...STAGES.map((s) => `${localize(STATE_NAMES[s], locale)}${w.t("日期", " on")}`),
      w.t("创建时间（北京时间）", "Created (China time)"),
    ],
    rows: rows.map(({ p, firm, creditCode }) => [
      p.title,
      firm,
      creditCode,
      p.providerName,
      localize(STATE_NAMES[p.status as ProjectState] ?? { "zh-CN": p.status }, locale),
      localTime(p.stateSince),
      w.level(p.targetLevel),
      yuan(p.contractAmountFen),
      w.yesNo(p.lightweight),
      p.contractSignedOn,
      yuan(p.paidAmountFen),
      ...STAGES.map((s) => day(p.reachedAt[s])),
      localTime(p.createdAt),
    ]),
    widths: [30, 30, 22, 24, 14, 18, 8, 14, 8, 12, 14, ...STAGES.map(() => 12), 18],
  };
}

/** Every submitted result of the official template in the national structure, and how many were left out as reference results. */
export async function nationalResults(db: Db, tenant: TenantSummary): Promise<{ assessments: NationalAssessment[]; leftOut: number }> {
  const r = assessmentResults;
  // Counted first, and only the official results' details read: a portal's every result is not loaded to be filtered here.
  const [counts] = await db
    .select({ all: sql<number>`count(*)::int`, official: sql<number>`(count(*) filter (where not ${r.isReference}))::int` })
    .from(r)
    .where(portalResults(tenant.id));
  // Each assessment is some 40 rows of the sheet.
  if (Number(counts?.official ?? 0) * 40 > XLSX_MAX_ROWS * 10) throw tooMany(Number(counts?.official ?? 0) * 40);
  const rows = await db
    .select({
      assessmentId: r.assessmentId,
      firm: enterprises.name,
      creditCode: enterprises.creditCode,
      submittedAt: r.submittedAt,
      templateId: r.templateId,
      templateVersion: r.templateVersion,
      total: r.total,
      level: r.level,
      isReference: r.isReference,
      detail: r.detail,
    })
    .from(r)
    .innerJoin(enterprises, eq(enterprises.id, r.enterpriseId))
    .where(and(portalResults(tenant.id), eq(r.isReference, false)))
    .orderBy(...RESULT_ORDER);
  const national = rows.filter(isNational);
  return { assessments: national.map(nationalAssessment), leftOut: Number(counts?.all ?? 0) - national.length };
}

function nationalSheets(tenant: TenantSummary, data: { assessments: NationalAssessment[]; leftOut: number }): XlsxSheet[] {
  const rows: XlsxCell[][] = [];
  for (const a of data.assessments) {
    const head = [a.firm.name, a.firm.creditCode, a.assessmentId, localTime(new Date(a.submittedAt))];
    const tail = [score(a.total), a.levelName];
    for (const item of a.items) {
      const chosen = item.chosen.length > 0 ? item.chosen : [{ code: "", label: "", points: 0 }];
      for (const o of chosen)
        rows.push([
          ...head,
          item.dimension.label,
          item.indicator.label,
          item.code,
          item.question,
          o.label || null,
          o.code ? o.points : null,
          item.points,
          item.max,
          SOURCE[item.source] ?? item.source,
          ...tail,
        ]);
    }
    for (const s of a.scenes) rows.push([...head, "数字化经营", s.group, s.code, s.label, s.levelLabel, null, null, null, null, ...tail]);
  }
  return [
    { name: "评测结果", header: NATIONAL_COLUMNS.map(([h]) => h), rows, widths: [30, 22, 38, 18, 12, 14, 18, 40, 30, 8, 8, 8, 12, 8, 10] },
    {
      name: "说明",
      header: ["项目", "内容"],
      rows: [
        ["导出方式", "按国家评测题目结构导出"],
        ["说明", NATIONAL_NOTE],
        ["平台", tenant.nameZh],
        ["评测数", data.assessments.length],
        ["未导出的参考等级评测", data.leftOut],
        ["导出时间（北京时间）", localTime(new Date())],
        ...NATIONAL_COLUMNS.map(([h, what]): XlsxCell[] => [`列：${h}`, what]),
      ],
      widths: [24, 100],
    },
  ];
}

const SOURCE: Record<string, string> = { answer: "企业作答", evidence: "由填报数据推算", skipped: "按跳题规则推定", missing: "未作答" };

/** The national structure as JSON: the same content as the sheet, with what every field means. */
export async function nationalJson(db: Db, actor: Actor, slug: string) {
  const tenant = await tenantFor(db, actor, slug, "firm.export");
  const data = await nationalResults(db, tenant);
  await exported(db, actor, tenant, "national", "json", data.assessments.length);
  return {
    format: NATIONAL_FORMAT,
    formatVersion: NATIONAL_FORMAT_VERSION,
    title: "按国家评测题目结构导出",
    note: NATIONAL_NOTE,
    portal: { slug: tenant.slug, name: tenant.nameZh },
    exportedAt: new Date().toISOString(),
    leftOutReferenceResults: data.leftOut,
    columns: Object.fromEntries(NATIONAL_COLUMNS),
    assessments: data.assessments,
  };
}

async function exported(db: Db, actor: Actor, tenant: TenantSummary, table: ExportTable, format: string, rows: number) {
  await audit(db, {
    tenantId: tenant.id,
    actorUserId: actor.userId,
    action: "firm_file.exported",
    targetType: "tenant",
    targetId: tenant.id,
    details: { table, format, rows },
  });
}

/** One of the portal's tables as an .xlsx workbook, written off the event loop. */
export async function exportXlsx(db: Db, actor: Actor, slug: string, table: ExportTable, locale: Locale): Promise<{ bytes: Uint8Array; fileName: string }> {
  const tenant = await tenantFor(db, actor, slug, "firm.export");
  let sheets: XlsxSheet[];
  if (table === "national") sheets = nationalSheets(tenant, await nationalResults(db, tenant));
  else
    sheets = [
      table === "firms"
        ? await firmsSheet(db, tenant, locale)
        : table === "results"
          ? await resultsSheet(db, tenant, locale)
          : await projectsSheet(db, tenant, locale),
    ];
  await exported(db, actor, tenant, table, "xlsx", sheets[0]!.rows.length);
  const bytes = await heavyWork().run("xlsx.write", { sheets }, { timeoutMs: 120_000 });
  return { bytes, fileName: `${tenant.slug}-${table}-${isoDay()}.xlsx` };
}
