import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMPLETE_MANUFACTURING, ZHENGZHOU_ENTERPRISE } from "../support/fixtures";
import { unzipEntries } from "../support/unzip";
import { seriousViolations } from "./axe";
import { ARTIFACTS, baseUrl, browserAvailable, E2E_MODEL, launchBrowser, screenshot } from "./browser";
import { testEnv } from "../support/test-env";

/** A submitted assessment made through the API (the browser journey to get there is tested elsewhere). */
async function submittedAssessment(language: "zh-CN" | "en") {
  const json = { "content-type": "application/json" };
  const created = await fetch(`${baseUrl()}/api/assessments`, {
    method: "POST",
    headers: json,
    body: JSON.stringify({ enterprise: { ...ZHENGZHOU_ENTERPRISE, name: "郑州报告测试机械有限公司" }, tenant: "zhengzhou", language }),
  });
  const a = (await created.json()) as { id: string; resumeToken: string };
  const auth = { ...json, authorization: `Bearer ${a.resumeToken}` };
  const patched = await fetch(`${baseUrl()}/api/assessments/${a.id}`, {
    method: "PATCH",
    headers: auth,
    body: JSON.stringify({ answers: COMPLETE_MANUFACTURING, context: { painPoints: "交期延误" } }),
  });
  expect(patched.status).toBe(200);
  const submitted = await fetch(`${baseUrl()}/api/assessments/${a.id}/submit`, { method: "POST", headers: auth, body: JSON.stringify({ pledge: true }) });
  expect(submitted.status).toBe(201);
  return a;
}

/** The facts tables under their chapters, in Chinese: the inventory, and each plan's phases as a timeline with words; nothing wider than the screen. */
async function expectFactsTables(page: Page) {
  const inventory = page.getByTestId("section-profile").getByTestId("facts-inventory");
  expect(await inventory.isVisible()).toBe(true);
  expect(await inventory.locator("caption").innerText()).toBe("信息化基础：设备、网络与系统");
  expect(await inventory.locator("thead th").allInnerTexts()).toEqual(["项目", "现状"]);
  expect(await inventory.locator("tbody tr").count()).toBeGreaterThan(0);
  const timeline = page.getByTestId("section-schedule").getByTestId("facts-timeline").first();
  await timeline.scrollIntoViewIfNeeded();
  expect(await timeline.isVisible()).toBe(true);
  expect(await timeline.locator("figcaption").innerText()).toMatch(/实施时间轴（共\d+周）/);
  // Each bar's row says in words what the bar shows.
  expect(await timeline.locator("li").first().innerText()).toMatch(/^第1阶段，第1–\d+周$/);
  expect(await page.getByTestId("section-result").getByTestId("facts-dimensions").innerText()).not.toContain("百分位");
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

describe.skipIf(!browserAvailable())("the diagnostic report", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("opens from the result page, fills in section by section, and shows who wrote what with sources", async () => {
    const a = await submittedAssessment("zh-CN");
    const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 360, height: 780 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/assess/${a.id}/result#k=${a.resumeToken}`);
    await page.getByTestId("open-report").click();
    await page.waitForURL(`**/assess/${a.id}/report`);
    await page.locator('[data-testid="report"][data-status="ready"]').waitFor({ timeout: 30_000 });

    for (const key of ["summary", "profile", "result", "diagnosis", "targets", "plan", "schedule", "effects", "risks"]) {
      const section = page.getByTestId(`section-${key}`);
      expect(await section.getAttribute("data-writer"), key).toBe("llm");
      expect(await section.innerText()).toContain("数据来源");
    }
    const body = await page.getByTestId("report").innerText();
    expect(body).toContain("【模型撰写】");
    // Scores read as everywhere else: two decimals, cut (37.225 → 37.22).
    expect(body).toContain("37.22");
    expect(body).not.toContain("37.225");
    expect(body).not.toContain("[[");
    expect(await page.getByTestId("report-method").innerText()).toContain(E2E_MODEL);
    expect(await page.getByTestId("report-level").innerText()).toBe("一级");
    expect(await page.locator("svg[role=img]").count()).toBeGreaterThan(0);
    await expectFactsTables(page);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "report-phone");

    // The PDF downloads from the page; its cover and chart page are kept as images.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-pdf").click()]);
    expect(download.suggestedFilename()).toBe("郑州报告测试机械有限公司-数字化诊断报告-v1.pdf");
    mkdirSync(ARTIFACTS, { recursive: true });
    const pdf = path.join(ARTIFACTS, "report.pdf");
    await download.saveAs(pdf);
    expect(execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" })).toContain("郑州报告测试机械有限公司");
    execFileSync("pdftoppm", ["-r", "70", "-png", "-f", "1", "-l", "1", pdf, path.join(ARTIFACTS, "report-pdf-cover")]);
    execFileSync("pdftoppm", ["-r", "70", "-png", "-f", "3", "-l", "3", pdf, path.join(ARTIFACTS, "report-pdf-charts")]);

    // Printed, the page drops the site's navigation and the buttons.
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("body > header").isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "打印 / 另存为 PDF" }).isVisible()).toBe(false);
    await context.close();
  });

  it("in Chinese on a desktop, with the facts tables under their chapters", async () => {
    const a = await submittedAssessment("zh-CN");
    const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/assess/${a.id}/report#k=${a.resumeToken}`);
    await page.locator('[data-testid="report"][data-status="ready"]').waitFor({ timeout: 30_000 });
    await expectFactsTables(page);
    await page.getByTestId("section-schedule").scrollIntoViewIfNeeded();
    await screenshot(page, "report-desktop-schedule");
    await context.close();
  });

  it("in English on a desktop", async () => {
    const a = await submittedAssessment("en");
    const context = await browser.newContext({ locale: "en-GB", viewport: { width: 1280, height: 900 } });
    await context.addCookies([{ name: "shuzhen_lang", value: "en", url: baseUrl() }]);
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/assess/${a.id}/report#k=${a.resumeToken}`);
    await page.locator('[data-testid="report"][data-status="ready"]').waitFor({ timeout: 30_000 });
    expect(await page.getByRole("heading", { level: 2, name: "Summary" }).isVisible()).toBe(true);
    expect(await page.getByTestId("report").innerText()).toContain("[model]");
    await screenshot(page, "report-desktop");
    await context.close();
  });

  it("exports the reports kept on this device as one zip, with progress", async () => {
    const first = await submittedAssessment("zh-CN");
    const second = await submittedAssessment("zh-CN");
    const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1024, height: 800 }, acceptDownloads: true });
    await context.addInitScript(
      (keys: { id: string; resumeToken: string }[]) => {
        for (const k of keys) window.localStorage.setItem(`shuzhen:token:${k.id}`, k.resumeToken);
      },
      [first, second],
    );
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/assess/mine`);
    await page.getByTestId("start-export").waitFor();
    expect(await page.locator('[data-testid="batch-export"] input[type=checkbox]:checked').count()).toBe(2);
    await page.getByTestId("start-export").click();
    await page.locator('[data-testid="export-status"][data-state="completed"]').waitFor({ timeout: 60_000 });
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("save-export").click()]);
    const file = path.join(ARTIFACTS, "reports.zip");
    await download.saveAs(file);
    const names = unzipEntries(readFileSync(file)).map((e) => e.name);
    expect(names).toHaveLength(2);
    expect(names.every((n) => n.endsWith(".pdf"))).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "batch-export");
    await context.close();
  });

  it("the server runs one job worker, however many of its routes kick it", () => {
    // Each route bundle loads the job runtime module anew; a second worker would run the same jobs again.
    // The global setup writes the server's output there, fresh for each run.
    const started = readFileSync(path.join(testEnv.TEST_RESULTS_DIR, "e2e-server.log"), "utf8")
      .split("\n")
      .filter((line) => line.includes('"job.worker_started"'));
    expect(started).toHaveLength(1);
  });
});
