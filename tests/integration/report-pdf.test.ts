import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getPdf } from "@/app/api/assessments/[id]/report/pdf/route";
import { GET as getReport } from "@/app/api/assessments/[id]/report/route";
import { POST as submit } from "@/app/api/assessments/[id]/submit/route";
import { PATCH as patch } from "@/app/api/assessments/[id]/route";
import { POST as create } from "@/app/api/assessments/route";
import { database } from "@/lib/db";
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

async function submitted(language: "zh-CN" | "en") {
  const r = await call(create, { method: "POST", body: { enterprise: ZHENGZHOU_ENTERPRISE, tenant: "zhengzhou", language } });
  const a = r.body as { id: string; resumeToken: string };
  await call(patch, { method: "PATCH", id: a.id, token: a.resumeToken, body: { answers: COMPLETE_MANUFACTURING } });
  await call(submit, { method: "POST", id: a.id, token: a.resumeToken, body: { pledge: true } });
  return a;
}

async function downloadPdf(id: string, token: string, lang: "zh-CN" | "en") {
  const headers = { authorization: `Bearer ${token}` };
  const response = await getPdf(new Request(`http://localhost/api/x?lang=${lang}`, { headers }), { params: Promise.resolve({ id }) });
  const file = path.join(dir, `${id}-${lang}.pdf`);
  writeFileSync(file, Buffer.from(await response.arrayBuffer()));
  return { response, file };
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
  });
});
