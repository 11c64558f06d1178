import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getPdf } from "@/app/api/assessments/[id]/report/pdf/route";
import { GET as getReport } from "@/app/api/assessments/[id]/report/route";
import { POST as submit } from "@/app/api/assessments/[id]/submit/route";
import { PATCH as patch } from "@/app/api/assessments/[id]/route";
import { POST as create } from "@/app/api/assessments/route";
import { eq } from "drizzle-orm";
import { assessments } from "@/db/schema";
import { database } from "@/lib/db";
import { renderReportPdf } from "@/lib/pdf/report-document";
import { PAGE, type PageMetrics } from "@/lib/pdf/writer";
import { isDemoPortal, reportPdfInput } from "@/lib/reports/pdf";
import { REPORT_JOB } from "@/lib/jobs/kinds";
import { startWorker, type Worker } from "@/lib/jobs/worker";
import { reportJobHandler } from "@/lib/reports/job";
import type { ReportView } from "@/lib/reports/service";
import { call } from "../support/api";
import { useAppDatabase } from "../support/app-database";
import { COMPLETE_MANUFACTURING, ZHENGZHOU_ENTERPRISE } from "../support/fixtures";

const dir = mkdtempSync(path.join(tmpdir(), "shuzhen-pdf-"));
const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: "utf8" });

let cleanup: () => Promise<void>;
let worker: Worker | undefined;
beforeAll(async () => {
  cleanup = await useAppDatabase({ demo: true });
});
afterAll(async () => {
  await worker?.stop();
  await cleanup();
});

/** The shared fixture with every scene at 0 but three at 1: the same 37.22 points, 未达一级 (too few scenes). */
const BELOW_LEVEL_ONE: Record<string, string | string[] | number> = Object.fromEntries(
  Object.entries(COMPLETE_MANUFACTURING).map(([code, value]) => [
    code,
    code.startsWith("S.") ? (["S.FINANCE", "S.OFFICE", "S.MARKETING"].includes(code) ? 1 : 0) : value,
  ]),
);

async function submitted(language: "zh-CN" | "en", answers: Readonly<Record<string, string | string[] | number>> = COMPLETE_MANUFACTURING) {
  const r = await call(create, { method: "POST", body: { enterprise: ZHENGZHOU_ENTERPRISE, tenant: "zhengzhou", language } });
  const a = r.body as { id: string; resumeToken: string };
  await call(patch, { method: "PATCH", id: a.id, token: a.resumeToken, body: { answers } });
  await call(submit, { method: "POST", id: a.id, token: a.resumeToken, body: { pledge: true } });
  return a;
}

async function downloadPdf(id: string, token: string, lang: "zh-CN" | "en", query = "") {
  const headers = { authorization: `Bearer ${token}` };
  const response = await getPdf(new Request(`http://localhost/api/x?lang=${lang}${query}`, { headers }), { params: Promise.resolve({ id }) });
  const file = path.join(dir, `${id}-${lang}${query.replace(/\W+/g, "-")}.pdf`);
  writeFileSync(file, Buffer.from(await response.arrayBuffer()));
  return { response, file };
}

const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(poppler("pdfinfo", file))?.[1]);

/**
 * Each page's ink extent, measured apart from the writer: rendered in grey at 30 dpi, the lowest row
 * with a dark pixel between the top and bottom margins (running header and footer excluded), as a
 * share of the content height.
 */
function inkFills(file: string): number[] {
  const prefix = `${path.basename(file, ".pdf")}-ink`;
  execFileSync("pdftoppm", ["-r", "30", "-gray", file, path.join(dir, prefix)]);
  const images = readdirSync(dir)
    .filter((f) => f.startsWith(`${prefix}-`) && f.endsWith(".pgm"))
    .sort();
  return images.map((name) => {
    const bytes = readFileSync(path.join(dir, name));
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 40).toString("latin1"))!;
    const [width, height] = [Number(header[1]), Number(header[2])];
    const pixels = bytes.subarray(header[0].length);
    const scale = height / PAGE.height;
    const top = Math.ceil(PAGE.top * scale);
    const bottom = Math.floor((PAGE.height - PAGE.bottom) * scale);
    let lowest = top;
    for (let row = top; row < bottom; row++) if (pixels.subarray(row * width, (row + 1) * width).some((v) => v < 200)) lowest = row + 1;
    return (lowest - top) / (bottom - top);
  });
}

/** The PDF rendered in this process from the same input the route renders, with the writer's page metrics. */
async function measured(id: string, language: "zh-CN" | "en", variant: "full" | "summary" = "full", as: { mode?: "self" | "consultant_onsite" } = {}) {
  const { db } = await database();
  const [row] = await db.select({ tenantId: assessments.tenantId }).from(assessments).where(eq(assessments.id, id));
  const key = { id, tenantId: row!.tenantId, relation: as.mode ? ("admin" as const) : ("token" as const), mode: as.mode ?? ("self" as const) };
  const { input } = await reportPdfInput(db, key, language, variant);
  const metrics: PageMetrics[] = [];
  const pdf = await renderReportPdf(input, { metrics });
  const file = path.join(dir, `${id}-${language}-${variant}-${as.mode ?? "self"}.pdf`);
  writeFileSync(file, pdf);
  return { input, metrics, file };
}

/** The text between the second occurrence of one title and of the next (the first ones are in the contents). */
function chapterText(flat: string, title: string, next: string): string {
  const from = flat.indexOf(title, flat.indexOf(title) + 1);
  const to = flat.indexOf(next, flat.indexOf(next) + 1);
  return flat.slice(from, to);
}

describe("GET /api/assessments/:id/report/pdf", () => {
  it("is refused while the report is being written, and for a wrong token", async () => {
    // No worker runs yet: the report is still queued.
    const a = await submitted("zh-CN");
    const early = await call(getPdf, { id: a.id, token: a.resumeToken });
    expect(early.status).toBe(409);
    expect(early.body.error?.issues?.[0]).toEqual({ field: "status", message: "queued" });
    expect((await call(getPdf, { id: a.id, token: "y".repeat(43) })).status).toBe(404);
    expect((await call(getPdf, { id: a.id })).status).toBe(401);
  });

  describe("once the report is written", () => {
    beforeAll(async () => {
      worker = startWorker((await database()).db, { [REPORT_JOB]: reportJobHandler(() => null) }, { soleWorker: true, pollMs: 50 });
    });

    it("reads back in Chinese: firm, level, scores, every section, the appendix; fonts embedded as subsets", async () => {
      const a = await submitted("zh-CN");
      await worker!.idle();
      const report = (await call(getReport, { id: a.id, token: a.resumeToken })).body as unknown as ReportView;
      expect(report.status).toBe("ready");
      const { response, file } = await downloadPdf(a.id, a.resumeToken, "zh-CN");
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      expect(response.headers.get("content-disposition")).toContain(`filename*=UTF-8''${encodeURIComponent("郑州精工机械有限公司")}`);

      const info = poppler("pdfinfo", file);
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      expect(info).toMatch(/Title:\s+郑州精工机械有限公司 · 数字化水平诊断报告/);
      expect(info).toMatch(/Author:\s+郑州数转服务/);
      expect(info).toMatch(/Page size:\s+595.28 x 841.89 pts \(A4\)/);

      const fonts = poppler("pdffonts", file);
      const fontLines = fonts.split("\n").filter((l) => /NotoSansSC/.test(l));
      expect(fontLines.some((l) => /^[A-Z]{6}\+NotoSansSC-Regular\s/.test(l))).toBe(true);
      expect(fontLines.some((l) => /^[A-Z]{6}\+NotoSansSC-Bold\s/.test(l))).toBe(true);
      for (const l of fontLines) expect(l).toMatch(/\byes\s+yes\s+yes\b/); // embedded, subset, ToUnicode
      expect(
        fonts
          .split("\n")
          .slice(2)
          .filter((l) => l.trim() && !/NotoSansSC/.test(l)),
      ).toEqual([]);

      const text = poppler("pdftotext", "-layout", file, "-");
      const flat = text.replace(/\s+/g, "");
      for (const needle of ["郑州精工机械有限公司", "郑州数转服务", "一级", "37.22", "目录", "附录：全部答案与依据", "F.EQDIG", "S.QUALITY", "第2页/共"])
        expect(flat, needle).toContain(needle.replace(/\s+/g, ""));
      for (const s of report.sections) {
        expect(flat, s.title).toContain(s.title.replace(/\s+/g, ""));
        const before = s.content!.headline.split("[[")[0]!.replace(/\s+/g, "");
        expect(flat, `${s.key} headline`).toContain(before.slice(0, 12));
      }
      expect(text).not.toContain("[[");
      // The contents list every chapter with its page, and the numbering ends on the last page.
      const contents = poppler("pdftotext", "-f", "2", "-l", "2", "-layout", file, "-");
      const listed = [...contents.matchAll(/(\d+)\s*$/gm)].map((m) => Number(m[1]));
      expect(listed.length).toBeGreaterThanOrEqual(report.sections.length + 1);
      expect(Math.max(...listed)).toBeLessThanOrEqual(pages);
      expect(flat).toContain(`第${pages}页/共${pages}页`);
      expect(pages).toBeGreaterThanOrEqual(12);
    });

    it("in English", async () => {
      const a = await submitted("en");
      await worker!.idle();
      const { response, file } = await downloadPdf(a.id, a.resumeToken, "en");
      expect(response.status).toBe(200);
      const text = poppler("pdftotext", file, "-").replace(/\s+/g, " ");
      for (const needle of [
        "SME digital level diagnostic report",
        "Level 1",
        "37.22",
        "Appendix: every answer and its evidence",
        "Summary",
        "8. Risks and recommendations",
        "Page 2 of",
      ])
        expect(text, needle).toContain(needle);
    });
    it.each([
      ["a firm at 一级, in Chinese", "zh-CN", COMPLETE_MANUFACTURING],
      ["a firm below 一级 (plans to 一级 and 二级)", "zh-CN", BELOW_LEVEL_ONE],
      ["a firm at level 1, in English", "en", COMPLETE_MANUFACTURING],
    ] as const)("no page is less than half full but the cover and a chapter's last page: %s", async (_, language, answers) => {
      const a = await submitted(language, answers);
      await worker!.idle();
      const { input, metrics, file } = await measured(a.id, language);
      if (answers === BELOW_LEVEL_ONE) {
        expect(input.level.name).toBe("未达一级");
        expect(input.plans.map((p) => p.kind).slice(0, 2)).toEqual(["next", "level2"]);
      }
      const ink = inkFills(file);
      expect(pageCount(file)).toBe(metrics.length);
      expect(ink).toHaveLength(metrics.length);
      const table = metrics.map((m) => `${m.page}${m.cover ? "c" : m.chapterEnd ? "e" : ""}:${m.fill.toFixed(2)}/${ink[m.page - 1]!.toFixed(2)}`).join(" ");
      const held = metrics.filter((m) => !m.cover && !m.chapterEnd);
      console.log(
        `page fill (writer/ink) ${language} ${input.level.name}: ${table}; min of pages held to it ${Math.min(...held.map((m) => Math.min(m.fill, ink[m.page - 1]!))).toFixed(2)}`,
      );
      // Chapters flow: a chapter ends a page only when less than a quarter was left for the next one,
      // so the short pages are at most two: the one before the appendix (its own page) and the last.
      const exempt = metrics.filter((m) => !m.cover && m.chapterEnd);
      expect(exempt.filter((m) => m.fill < 0.7).length, table).toBeLessThanOrEqual(2);
      expect(held.length, table).toBeGreaterThanOrEqual(metrics.length / 3);
      for (const m of held) {
        expect(m.fill, `page ${m.page} (writer): ${table}`).toBeGreaterThanOrEqual(0.5);
        expect(ink[m.page - 1], `page ${m.page} (rendered): ${table}`).toBeGreaterThanOrEqual(0.5);
      }
      // The writer's measure and the rendered ink agree (trailing gaps and the cover's band aside).
      for (const m of metrics.filter((x) => !x.cover)) expect(Math.abs(m.fill - ink[m.page - 1]!), `page ${m.page}: ${table}`).toBeLessThan(0.08);

      // The summary of the same report: one page whatever the plans.
      const summary = await measured(a.id, language, "summary");
      expect(summary.metrics).toHaveLength(1);
      expect(pageCount(summary.file)).toBe(1);
    });

    it("?variant=summary: one page with the level and total, named 摘要; a bad variant is a 400 naming it in the reader's language", async () => {
      const a = await submitted("zh-CN");
      await worker!.idle();
      const { response, file } = await downloadPdf(a.id, a.resumeToken, "zh-CN", "&variant=summary");
      expect(response.status).toBe(200);
      expect(response.headers.get("content-disposition")).toContain(encodeURIComponent("诊断报告摘要"));
      expect(pageCount(file)).toBe(1);
      const flat = poppler("pdftotext", file, "-").replace(/\s+/g, "");
      for (const needle of [
        "郑州精工机械有限公司",
        "诊断报告摘要",
        "一级",
        "37.22/100",
        "数字化基础",
        "到二级的方案",
        "三年总成本",
        "各章要点",
        "一、企业基本情况",
      ])
        expect(flat, needle).toContain(needle);
      const headers = { authorization: `Bearer ${a.resumeToken}` };
      for (const [lang, script] of [
        ["zh-CN", /[\u4e00-\u9fff]/],
        ["en", /^[\x20-\x7e]+$/],
      ] as const) {
        const bad = await getPdf(new Request(`http://localhost/api/x?lang=${lang}&variant=short`, { headers }), { params: Promise.resolve({ id: a.id }) });
        expect(bad.status).toBe(400);
        const issue = ((await bad.json()) as { error: { issues: { field: string; message: string }[] } }).error.issues[0]!;
        expect(issue.field).toBe("variant");
        expect(issue.message).toMatch(script);
      }
    });

    it("places the facts' tables and the timeline in their chapters; a demo portal's cover and every footer say 演示; money in 万元", async () => {
      const a = await submitted("zh-CN", BELOW_LEVEL_ONE);
      await worker!.idle();
      const { file } = await downloadPdf(a.id, a.resumeToken, "zh-CN");
      const pages = pageCount(file);
      const flat = poppler("pdftotext", file, "-").replace(/\s+/g, "");
      const cover = poppler("pdftotext", "-f", "1", "-l", "1", file, "-").replace(/\s+/g, "");
      expect(cover).toContain("演示报告·数据为演示");
      expect(flat.split("演示报告·数据为演示，不可据此申报").length - 1).toBe(pages);
      expect(isDemoPortal({ nameZh: "数诊平台", nameEn: "Shuzhen platform" })).toBe(false);

      expect(chapterText(flat, "一、企业基本情况", "二、评测结果")).toContain("设备、网络与信息系统");
      const result = chapterText(flat, "二、评测结果", "三、问题诊断");
      for (const needle of ["维度得分", "本企业得分", "雷达图", "本企业得分率", "业务场景等级"]) expect(result, needle).toContain(needle);
      expect(chapterText(flat, "三、问题诊断", "四、改造目标")).toContain("企业原话");
      const targets = chapterText(flat, "四、改造目标", "五、改造方案");
      for (const needle of ["场景目标（一级）", "未开展", "基线值（请填写）"]) expect(targets, needle).toContain(needle);
      const plan = chapterText(flat, "五、改造方案", "六、实施计划");
      for (const needle of ["到一级的方案", "到二级的方案（长期目标）", "一次性", "年费", "三年合计"]) expect(plan, needle).toContain(needle);
      const schedule = chapterText(flat, "六、实施计划", "七、预期成效与补贴申报");
      for (const needle of ["到一级的方案：实施时间线", "第1阶段", "数据采集", "预计工期（最短）", "可能延至（最长）", "里程碑"])
        expect(schedule, needle).toContain(needle);
      const effects = chapterText(flat, "七、预期成效与补贴申报", "八、风险与建议");
      for (const needle of ["补贴政策匹配", "待确认", "各方案的补贴与净成本", "首年净成本"]) expect(effects, needle).toContain(needle);
      // A self-assessment has nothing to sign.
      expect(flat).not.toContain("签字确认");

      expect(flat).toMatch(/\d万元/);
      expect(flat).not.toMatch(/\d\.\d{3,}万元|\d万\s元|百分位/);
    });

    it("a consultant-made report ends 风险与建议 with a 签字确认 block for both parties", async () => {
      const a = await submitted("zh-CN");
      await worker!.idle();
      const { input, file } = await measured(a.id, "zh-CN", "full", { mode: "consultant_onsite" });
      expect(input.signature).toBe(true);
      const flat = poppler("pdftotext", file, "-").replace(/\s+/g, "");
      const risks = chapterText(flat, "八、风险与建议", "附录：全部答案与依据");
      for (const needle of ["签字确认", "服务商/诊断机构", "企业", "签字（盖章）：", "日期："]) expect(risks, needle).toContain(needle);
    });
  });
});
