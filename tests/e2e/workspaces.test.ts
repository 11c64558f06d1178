import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/db/seed";
import { COMPLETE_MANUFACTURING } from "../support/fixtures";
import { solidPng } from "../support/png";
import { scannedTextPdf, textPdf } from "../support/test-pdfs";
import { seriousViolations } from "./axe";
import { ARTIFACTS, baseUrl, browserAvailable, launchBrowser, screenshot } from "./browser";
import { byId, fillStartForm } from "./start-form";

/** The consultant's and the portal administrator's main journeys, in Chromium against the real server. */

async function signIn(page: Page, email: string, returnTo: string) {
  await page.goto(`${baseUrl()}/signin?returnTo=${encodeURIComponent(returnTo)}`);
  await page.getByLabel("电子邮箱").fill(email);
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
}

describe.skipIf(!browserAvailable())("workspaces", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("a consultant adds a client, assesses it on site with evidence, edits and publishes the report, and downloads the branded PDF", async () => {
    const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    await signIn(page, "consultant@demo.shuzhen.cn", "/account");
    await page.waitForURL("**/account");
    await page.getByTestId("workspace-consultant").click();
    await page.waitForURL("**/consultant/zhengzhou");
    expect(await seriousViolations(page)).toEqual([]);

    // A new client firm, with its contact.
    await page.getByTestId("add-client").click();
    await page.waitForURL("**/consultant/zhengzhou/clients/new");
    await fillStartForm(page, { name: "现场测试精密铸造有限公司", employees: 150, revenueWan: 9000 });
    await byId(page, "f-contactEmail").fill("client-e2e@example.cn");
    await page.getByRole("button", { name: "添加客户企业" }).click();
    await page.waitForURL(/\/consultant\/zhengzhou\/clients\/[0-9a-f-]{36}$/);
    const clientUrl = page.url();
    expect(await page.locator("h1").innerText()).toBe("现场测试精密铸造有限公司");
    expect(await seriousViolations(page)).toEqual([]);

    // On site: the questionnaire opens on this device; answers are saved (here through the API, with
    // the consultant's session), evidence attached on the client page, then reviewed and submitted.
    await page.getByTestId("start-visit").click();
    await page.waitForURL(/\/assess\/[0-9a-f-]{36}$/);
    const id = /\/assess\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    // Evidence where the question is asked: a photo with its caption, under 网络建设 (F.NET).
    const atQuestion = page.getByTestId("evidence-F.NET");
    await atQuestion.locator("summary").click();
    const cabinet = path.join(ARTIFACTS, "机柜照片.png");
    writeFileSync(cabinet, solidPng(48, 32));
    await atQuestion.locator('input[type="file"]').setInputFiles(cabinet);
    await atQuestion.locator('input[name="caption"]').fill("车间机柜与交换机");
    await atQuestion.getByRole("button", { name: "上传" }).click();
    await atQuestion.getByRole("button", { name: "机柜照片.png", exact: true }).waitFor();
    const saved = await page.evaluate(
      async ({ id, answers }) =>
        (
          await fetch(`/api/assessments/${id}`, {
            method: "PATCH",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ answers, currentStep: "review" }),
          })
        ).status,
      { id, answers: COMPLETE_MANUFACTURING },
    );
    expect(saved).toBe(200);
    await page.goto(clientUrl);
    const photo = path.join(ARTIFACTS, "车间网络.png");
    writeFileSync(photo, solidPng(64, 48));
    const panel = page.getByTestId(`evidence-${id}`);
    await panel.getByLabel("对应题目").selectOption("F.NET");
    await panel.getByLabel("说明（选填）").fill("车间交换机");
    await panel.getByLabel("文件").setInputFiles(photo);
    await panel.getByRole("button", { name: "上传" }).click();
    await panel.getByRole("button", { name: "车间网络.png", exact: true }).waitFor();
    await page.getByTestId("continue-visit").click();
    await page.getByTestId("review").waitFor();
    await byId(page, "pledge").check();
    await page.getByTestId("submit").click();
    await page.getByTestId("result").waitFor({ timeout: 20_000 });

    // Review: edit the summary (version 2), publish it, download the PDF.
    await page.goto(`${baseUrl()}/assess/${id}/report`);
    await page.locator('[data-testid="report"][data-status="ready"]').waitFor({ timeout: 30_000 });
    const tools = page.getByTestId("review-tools");
    expect(await tools.getByTestId("publish-state").innerText()).toContain("尚未发布");
    await tools.getByLabel("要点", { exact: true }).fill("经顾问现场核实：企业处于一级，网络基础较好。");
    await tools.getByTestId("save-section").click();
    await page.locator('[data-testid="report-method"]:has-text("版本 2")').waitFor();
    expect(await page.getByTestId("section-summary").innerText()).toContain("经顾问现场核实");
    await page.getByTestId("publish-report").click();
    // Publishing asks once more, inline (as in report-review.test.ts).
    await page.getByTestId("confirm-publish").click();
    await page.locator('[data-testid="publish-state"]:has-text("发布第 2 版")').waitFor();
    expect(await page.getByTestId("evidence-appendix").innerText()).toContain("车间网络.png");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "consultant-report-review");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-pdf").click()]);
    expect(download.suggestedFilename()).toBe("现场测试精密铸造有限公司-数字化诊断报告-v2.pdf");
    const pdf = path.join(ARTIFACTS, "consultant-report.pdf");
    await download.saveAs(pdf);
    const text = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" });
    expect(text).toContain("经顾问现场核实");
    expect(text).toContain("车间网络.png");
    // The caption written at the question is printed with its file in the appendix.
    expect(text.replace(/\s+/g, "")).toMatch(/机柜照片\.png[·•]车间机柜与交换机/);

    // The client's contact was mailed the report link with an invitation; the client page says published.
    await page.goto(`${baseUrl()}/dev/outbox`);
    expect(await page.getByTestId("outbox").innerText()).toContain("client-e2e@example.cn");
    await page.goto(clientUrl);
    expect(await page.getByTestId("client-assessments").innerText()).toContain("已发布第 2 版");

    // Not an administrator: the portal's settings are not there for a consultant.
    await page.goto(`${baseUrl()}/admin/zhengzhou`);
    expect(await page.locator("h1").innerText()).toBe("页面不存在");
    await context.close();
  });

  it("an administrator changes the portal's brand and adds a policy from an uploaded document", async () => {
    const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, "admin.zhengzhou@demo.shuzhen.cn", "/admin");
    await page.waitForURL("**/admin/zhengzhou");
    expect(await seriousViolations(page)).toEqual([]);
    // How to use it on the city's site: its own page and the embed snippet.
    expect(await page.getByTestId("portal-page-link").getAttribute("href")).toBe("/t/zhengzhou");
    expect(await page.getByTestId("embed-snippet").innerText()).toMatch(
      /^<script src="http:\/\/[^"]+\/embed\/v1\/embed\.js" data-tenant="zhengzhou" data-lang="zh-CN"><\/script>$/,
    );

    // A colour too light for white text is refused with the reason; a dark one is saved.
    await page.getByLabel("显示名称（中文）").fill("郑州市中小企业数字化服务平台");
    await page.locator('input[name="primaryColor"]').fill("#ffdd55");
    await page.getByTestId("save-branding").click();
    await page.getByTestId("api-error").waitFor();
    expect(await page.getByTestId("api-error").innerText()).toContain("颜色太浅"); // the reason in the page's language, with the field named
    await page.locator('input[name="primaryColor"]').fill("#7c2d12");
    await page.getByTestId("save-branding").click();
    await page.getByTestId("branding-saved").waitFor();
    const logo = path.join(ARTIFACTS, "logo.png");
    writeFileSync(logo, solidPng(96, 32, [124, 45, 18]));
    await page.getByLabel("标志图片").setInputFiles(logo);
    await page.getByTestId("upload-logo").click();
    await page.getByTestId("logo-preview").waitFor();
    await page.reload();
    expect(await page.getByLabel("显示名称（中文）").inputValue()).toBe("郑州市中小企业数字化服务平台");
    expect(await page.locator('input[name="primaryColor"]').inputValue()).toBe("#7c2d12");

    // 文档解读: the document's text beside the model's draft as a form, each quote marked in the text; the
    // officer corrects it through fields (no JSON), a bad value is answered in Chinese beside its field.
    await page.getByRole("link", { name: "文档解读" }).click();
    const file = path.join(ARTIFACTS, "郑州补助细则.pdf");
    writeFileSync(
      file,
      await textPdf([
        "郑州市中小企业数字化改造补助细则（浏览器测试）",
        "第一条 改造后数字化水平达到二级及以上的中小企业予以补助。",
        "第二条 按改造投入的 30% 给予补助。",
        "第三条 每户补助最高不超过 20 万元。",
      ]),
    );
    await page.getByLabel("政策文件", { exact: true }).setInputFiles(file);
    await page.getByTestId("upload-document").click();
    await page.waitForURL(/\/admin\/zhengzhou\/documents\/[0-9a-f-]{36}$/);
    await page.locator('[data-testid="document-status"][data-status="proposed"]').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId("document-text").innerText()).toContain("按改造投入的 30% 给予补助");
    const form = page.getByTestId("document-editor");
    expect(await form.getByLabel("政策名称").inputValue()).toBe("郑州市中小企业数字化改造补助细则（浏览器测试）");
    const percent = form.getByTestId("condition-percent");
    const cap = form.getByTestId("condition-cap");
    expect(await percent.getByLabel("补贴比例（%）").inputValue()).toBe("30");
    // The invented cap (its words are not in the document) was dropped: unknown.
    expect(await cap.getByLabel("未知 / 原文未说明").isChecked()).toBe(true);
    expect(await page.locator("mark#quote-percent").innerText()).toContain("30%");
    expect(await page.locator("mark#quote-levelAfter").innerText()).toContain("二级");
    // The JSON is there for developers, closed.
    expect(await form.getByTestId("entry-json").locator("textarea").isVisible()).toBe(false);

    // A share over 100%: the server's issue (entry.percent.value) in Chinese, beside the percentage.
    await percent.getByLabel("补贴比例（%）").fill("150");
    await page.getByRole("button", { name: "审核通过，加入政策目录" }).click();
    const percentError = form.getByTestId("error-percent.value");
    await percentError.waitFor();
    expect(await percentError.innerText()).toContain("不能大于 100");
    expect(await percent.getByLabel("补贴比例（%）").getAttribute("aria-describedby")).toBe(await percentError.getAttribute("id"));
    expect(await form.getByTestId("entry-error").innerText()).not.toContain("entry.");
    expect(await seriousViolations(page)).toEqual([]);

    // The cap through fields, with its words, which are then marked in the text and found from the form.
    await percent.getByLabel("补贴比例（%）").fill("30");
    await cap.getByLabel("未知 / 原文未说明").uncheck();
    await cap.getByLabel("上限（元）").fill("200000");
    await cap.getByLabel("原文依据").fill("每户补助最高不超过 20 万元");
    await page.locator("mark#quote-cap").waitFor();
    await cap.getByRole("button", { name: "在原文中定位" }).click();
    expect(await page.locator("mark#quote-cap").evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "admin-document-review");
    await page.getByRole("button", { name: "审核通过，加入政策目录" }).click();
    await page.getByTestId("document-applied").waitFor();

    // A scanned notice (pages that are pictures only): read by offline OCR into a draft, marked as OCR'd.
    await page.getByRole("link", { name: "文档解读" }).click();
    const scan = path.join(ARTIFACTS, "扫描件.pdf");
    writeFileSync(
      scan,
      await scannedTextPdf(["郑州市数字化改造补助通知（扫描件）", "第一条 按改造投入的 30% 给予补助。", "第二条 每户补助最高不超过 20 万元。"]),
    );
    await page.getByLabel("政策文件", { exact: true }).setInputFiles(scan);
    await page.getByTestId("upload-document").click();
    await page.waitForURL(/\/admin\/zhengzhou\/documents\/[0-9a-f-]{36}$/);
    expect(await page.getByTestId("document-status").getAttribute("data-status")).toBe("reading");
    expect(await page.getByTestId("document-status").innerText()).toContain("正在识别扫描件中的文字");
    await page.locator('[data-testid="document-status"][data-status="proposed"]').waitFor({ timeout: 90_000 });
    expect((await page.getByTestId("document-text").innerText()).replace(/\s/g, "")).toContain("按改造投入的30%给予补助");
    expect(await page.getByTestId("document-ocr").innerText()).toMatch(/文字识别（OCR）.*识别置信度 \d+%/);
    expect(await page.getByTestId("document-editor").getByTestId("condition-percent").getByLabel("补贴比例（%）").inputValue()).toBe("30");
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole("link", { name: "政策与方案" }).click();
    const policies = page.getByTestId("catalogue-policies");
    expect(await policies.innerText()).toContain("郑州市中小企业数字化改造补助细则（浏览器测试）");
    // Stored as entered: the policy opens in the same form with the share and the cap.
    await policies.getByRole("listitem").filter({ hasText: "郑州市中小企业数字化改造补助细则（浏览器测试）" }).getByRole("button", { name: "编辑" }).click();
    const edit = policies.getByTestId("policy-form");
    expect(await edit.getByTestId("condition-percent").getByLabel("补贴比例（%）").inputValue()).toBe("30");
    expect(await edit.getByTestId("condition-cap").getByLabel("上限（元）").inputValue()).toBe("200000");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("link", { name: "审计日志" }).click();
    const log = await page.getByTestId("audit-log").innerText();
    // Actions in words, the document and the policy by name, no codes.
    for (const words of ["修改门户品牌", "更换门户标志", "上传政策文件（文档解读）", "新增政策", "登录", "郑州市中小企业数字化改造补助细则（浏览器测试）"])
      expect(log).toContain(words);
    expect(log).not.toMatch(/tenant\.branding_changed|catalogue\.policy_created|auth\.sign_in/);
    expect(await seriousViolations(page)).toEqual([]);

    // The dashboard opens with its figures (or says there are too few firms), filters and the CSV.
    await page.getByRole("link", { name: "信息看板" }).click();
    await page.getByTestId("dashboard-summary").waitFor();
    expect(await page.getByTestId("dashboard-summary").innerText()).toContain("已评测企业");
    // The demo's synthetic firms (npm start adds them once) give every panel figures, subsidies included.
    expect(await page.getByTestId("subsidies-summary").innerText()).toContain("符合至少一项补贴的企业");
    expect(await page.getByTestId("chart-subsidies").innerText()).toContain("郑州市中小企业数字化改造补贴（演示政策）");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "dashboard-desktop");
    const csv = await page.evaluate(
      async (href) => {
        const r = await fetch(href);
        return { status: r.status, type: r.headers.get("content-type"), head: (await r.text()).slice(0, 40) };
      },
      (await page.getByTestId("dashboard-csv").getAttribute("href"))!,
    );
    expect(csv).toMatchObject({ status: 200, type: "text/csv; charset=utf-8" });
    expect(csv.head).toContain("提交时间（北京时间）,企业名称,统一社会信用代码");
    const xlsx = await page.evaluate(
      async (href) => {
        const r = await fetch(href);
        return { status: r.status, type: r.headers.get("content-type"), size: (await r.arrayBuffer()).byteLength };
      },
      (await page.getByTestId("dashboard-xlsx").getAttribute("href"))!,
    );
    expect(xlsx).toMatchObject({ status: 200, type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
    expect(xlsx.size).toBeGreaterThan(1000);
    await context.close();
  }, 180_000);
});
