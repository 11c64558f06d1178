import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/db/seed";
import { AFTER_PROJECT_MANUFACTURING } from "../support/fixtures";
import { unzipEntries } from "../support/unzip";
import { textPdf } from "../support/test-pdfs";
import { seriousViolations } from "./axe";
import { ARTIFACTS, baseUrl, browserAvailable, launchBrowser, screenshot } from "./browser";
import { byId } from "./start-form";

/**
 * The pilot programme in Chromium, in Chinese: a consultant files a project for a client after its
 * diagnosis, the portal approves it, milestones are reported, the client is re-assessed with evidence,
 * the acceptance pack is built and read back, the portal accepts and records the payment, and the
 * provider's scorecard and the dashboard's pipeline show it.
 */

const PROVIDER = "浏览器测试服务商有限公司";
const FIRM = "郑州恒达汽车零部件有限公司（演示）";

async function signIn(page: Page, email: string, returnTo: string) {
  await page.goto(`${baseUrl()}/signin?returnTo=${encodeURIComponent(returnTo)}`);
  await page.getByLabel("电子邮箱").fill(email);
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
}

/** Moves the project with the button the caller sees, and waits for the page to say where it is now. */
async function move(page: Page, to: string, state: string) {
  await page.getByTestId(`move-${to}`).click();
  await page.getByTestId("project-state").filter({ hasText: state }).waitFor();
}

/** Waits for a form's confirmation; an error the page shows instead fails the test with its words. */
async function formSaved(form: Locator) {
  const outcome = form.getByText("表单已保存").or(form.getByTestId("api-error"));
  await outcome.first().waitFor();
  expect(await form.getByTestId("api-error").count(), await form.innerText()).toBe(0);
  // Once the page has refreshed (the summary says it is answered), the form and its confirmation stay open.
  await form.locator("xpath=ancestor::details[1]").locator("summary").getByText("已填写").waitFor();
  expect(await form.getByText("表单已保存").isVisible()).toBe(true);
}

async function paidCount(page: Page): Promise<number> {
  await page.goto(`${baseUrl()}/admin/zhengzhou/dashboard`);
  const row = page.locator("#programme").locator("xpath=../..").locator("tr", { hasText: "已拨付" }).first();
  return Number((await row.locator("td").first().innerText()).trim());
}

describe.skipIf(!browserAvailable())("transformation projects", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("runs from filing to payment, and the scorecard and pipeline follow", async () => {
    const consultant = await (await browser.newContext({ locale: "zh-CN", viewport: { width: 1280, height: 900 }, acceptDownloads: true })).newPage();
    const admin = await (await browser.newContext({ locale: "zh-CN", viewport: { width: 1280, height: 900 } })).newPage();
    await signIn(admin, "admin.zhengzhou@demo.shuzhen.cn", "/admin/zhengzhou");
    const paidBefore = await paidCount(admin);

    // Filing: the consultant's projects list, the form with a running sum, saved as a draft.
    await signIn(consultant, "consultant@demo.shuzhen.cn", "/consultant/zhengzhou");
    await consultant.getByTestId("projects-link").click();
    await consultant.getByTestId("new-project").click();
    await consultant.getByTestId("new-project-form").waitFor();
    await consultant.getByLabel("企业").selectOption({ label: FIRM });
    await consultant.getByLabel("服务商名称").fill(PROVIDER);
    await consultant.getByLabel("合同金额（元）").fill("80000");
    await consultant.getByLabel("明细名称 1").fill("设备联网网关");
    const items = consultant.getByTestId("contract-item");
    await items.nth(0).getByLabel("类别").selectOption("hardware");
    await items.nth(0).getByLabel("金额（元）").fill("50000");
    await consultant.getByRole("button", { name: "添加一项" }).click();
    await items.nth(1).getByLabel("明细名称 2").fill("排产软件一年");
    await items.nth(1).getByLabel("类别").selectOption("software");
    await items.nth(1).getByLabel("金额（元）").fill("30000");
    expect(await consultant.getByTestId("contract-sum").innerText()).toContain("一致");
    await consultant.getByLabel("里程碑名称 1").fill("设备联网上线");
    await consultant.getByLabel("计划完成日期").fill("2026-10-31");
    expect(await seriousViolations(consultant)).toEqual([]);
    await consultant.getByTestId("save-project").click();
    await consultant.waitForURL(/\/projects\/zhengzhou\/[0-9a-f-]{36}$/);
    const projectUrl = consultant.url();
    expect(await consultant.getByTestId("project-state").innerText()).toBe("草稿");
    expect(await seriousViolations(consultant)).toEqual([]);

    // The filing form, then filing.
    const filing = consultant.getByTestId("form-filing");
    await filing.getByLabel("项目联系人 *").fill("王经理");
    await filing.getByLabel("联系电话 *").fill("0371-55550123");
    await filing.getByLabel("改造目标和主要内容 *").fill("设备联网和生产排程数字化");
    await filing.getByLabel("项目类型 *").selectOption("single");
    await filing.getByTestId("save-form-filing").click();
    await formSaved(filing);
    await move(consultant, "filed", "已提交备案");

    // The portal approves.
    await admin.goto(projectUrl);
    await move(admin, "contracted", "备案通过");

    // The contract's scan and form, implementation, the milestone, completion.
    await consultant.reload();
    const scan = path.join(ARTIFACTS, "合同扫描件.pdf");
    writeFileSync(scan, await textPdf(["合同扫描件（测试）"]));
    await consultant.getByLabel("文件类别").selectOption("contract");
    await consultant.getByLabel("选择文件").setInputFiles(scan);
    await consultant.getByTestId("upload-document").click();
    await consultant.getByTestId("documents").getByText("合同扫描件.pdf").waitFor();
    const contract = consultant.getByTestId("form-contract");
    await contract.getByLabel("合同编号 *").fill("ZZ-E2E-001");
    await contract.getByLabel("实施开始日期 *").fill("2026-09-01");
    await contract.getByTestId("save-form-contract").click();
    await formSaved(contract);
    await move(consultant, "implementing", "实施中");
    await consultant.getByTestId("milestone-toggle").click();
    await consultant.getByTestId("milestones").getByText("已完成").waitFor();
    await move(consultant, "completed", "已完工");

    // The re-assessment: prefilled, evidence attached where a question is asked, answers saved, submitted.
    await consultant.getByTestId("start-after-assessment").click();
    await consultant.waitForURL(/\/assess\/[0-9a-f-]{36}$/);
    const afterId = /\/assess\/([0-9a-f-]{36})/.exec(consultant.url())![1]!;
    const atQuestion = consultant.getByTestId("evidence-F.EQNET");
    await atQuestion.locator("summary").click();
    const ledger = path.join(ARTIFACTS, "设备联网台账.pdf");
    writeFileSync(ledger, await textPdf(["设备联网台账（测试）"]));
    await atQuestion.locator('input[type="file"]').setInputFiles(ledger);
    await atQuestion.getByRole("button", { name: "上传" }).click();
    await atQuestion.getByRole("button", { name: "设备联网台账.pdf", exact: true }).waitFor();
    const saved = await consultant.evaluate(
      async ({ id, answers }) =>
        (
          await fetch(`/api/assessments/${id}`, {
            method: "PATCH",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ answers, currentStep: "review" }),
          })
        ).status,
      { id: afterId, answers: AFTER_PROJECT_MANUFACTURING },
    );
    expect(saved).toBe(200);
    await consultant.goto(`${baseUrl()}/assess/${afterId}`);
    await consultant.getByTestId("review").waitFor();
    await byId(consultant, "pledge").check();
    await consultant.getByTestId("submit").click();
    await consultant.getByTestId("result").waitFor({ timeout: 20_000 });

    // Invoices and the application form; the pack lists every item as present, and is read back.
    await consultant.goto(projectUrl);
    const invoice = path.join(ARTIFACTS, "发票.pdf");
    writeFileSync(invoice, await textPdf(["发票（测试）"]));
    await consultant.getByLabel("文件类别").selectOption("invoice");
    await consultant.getByLabel("选择文件").setInputFiles(invoice);
    await consultant.getByTestId("upload-document").click();
    await consultant.getByTestId("documents").getByText("发票.pdf").waitFor();
    const application = consultant.getByTestId("form-acceptance");
    await application.getByLabel("实际完工日期 *").fill("2026-11-20");
    await application.getByLabel("实际投入金额（元） *").fill("80000");
    await application.getByLabel("改造成效说明 *").fill("设备联网率提高到 20%–40%，排产由系统完成。");
    await application.getByLabel("申请材料真实、准确、完整 *").check();
    await application.getByTestId("save-form-acceptance").click();
    await formSaved(application);
    await consultant.reload();
    const packItems = await consultant.getByTestId("pack-items").innerText();
    expect(packItems).not.toContain("缺少");
    const [download] = await Promise.all([consultant.waitForEvent("download"), consultant.getByTestId("download-pack").click()]);
    const zipFile = path.join(ARTIFACTS, "acceptance-pack.zip");
    await download.saveAs(zipFile);
    const entries = unzipEntries(readFileSync(zipFile));
    expect(entries.map((e) => e.name)).toEqual(expect.arrayContaining(["acceptance.pdf", "manifest.json", "evidence/F.EQNET-设备联网台账.pdf"]));
    const pdf = path.join(ARTIFACTS, "acceptance.pdf");
    writeFileSync(pdf, entries.find((e) => e.name === "acceptance.pdf")!.data);
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    for (const words of [
      "验收申请表",
      "改造前后对比报告",
      "改造后自评估及佐证清单",
      "合同及明细",
      "发票及付款凭证",
      "项目实施情况",
      "企业真实性承诺",
      "服务商声明",
      "现场核验预测",
      "一级",
      "二级",
      PROVIDER,
    ])
      expect(text, words).toContain(words);
    await move(consultant, "acceptance_submitted", "验收审核中");
    await screenshot(consultant, "project-submitted");

    // The portal accepts, records the firm's satisfaction and the payment.
    await admin.goto(projectUrl);
    await admin.getByLabel("说明（退回或不通过时必填）").fill("现场核验通过");
    await move(admin, "accepted", "验收通过");
    const survey = admin.getByTestId("form-satisfaction");
    for (const [legend, n] of [
      ["总体满意度（1–5） *", "5"],
      ["按期交付（1–5） *", "4"],
      ["交付质量（1–5） *", "5"],
    ] as const)
      await survey.getByRole("group", { name: legend }).getByLabel(n, { exact: true }).check();
    await survey.getByTestId("save-form-satisfaction").click();
    await formSaved(survey);

    // The subsidy: the consultant applies under the city's policy (30 % of the items: 24 000), the checklist handed in on paper.
    await consultant.goto(projectUrl);
    const subsidies = consultant.locator("section[aria-labelledby=subsidies]");
    await subsidies.getByLabel("政策", { exact: true }).selectOption("demo-zhengzhou-transformation");
    expect(await subsidies.getByTestId("subsidy-option").innerText()).toContain("24,000.00");
    await subsidies.getByLabel("申报批次").fill("2026年第二批");
    await subsidies.getByTestId("create-subsidy").click();
    const claim = subsidies.getByTestId("subsidy-application");
    await claim.waitFor();
    const states = claim.getByTestId("material-state");
    const materials = await states.count();
    expect(materials).toBe(5);
    for (let n = 0; n < materials; n++) {
      await claim.getByTestId("material-offline").nth(n).check();
      await states.nth(n).getByText("线下提交").waitFor();
    }
    expect(await seriousViolations(consultant)).toEqual([]);
    await claim.getByTestId("subsidy-move-applied").click();
    await claim.getByTestId("subsidy-state").filter({ hasText: "已申报" }).waitFor();

    // The portal reviews, approves the amount and records the payment: the project is paid.
    await admin.goto(projectUrl);
    const review = admin.getByTestId("subsidy-application");
    await review.getByTestId("subsidy-move-reviewing").click();
    await review.getByTestId("subsidy-state").filter({ hasText: "审核中" }).waitFor();
    await review.getByLabel("核定金额（元）").fill("24000");
    await review.getByTestId("subsidy-move-publicized").click();
    await review.getByTestId("subsidy-state").filter({ hasText: "公示中" }).waitFor();
    await review.getByLabel("拨付金额（元）").fill("24000");
    await review.getByTestId("subsidy-move-paid").click();
    await admin.getByTestId("project-state").filter({ hasText: "已拨付" }).waitFor();
    expect(await admin.locator("section[aria-labelledby=summary]").getByText("已拨付 24,000.00 元").count()).toBe(1);
    expect(await seriousViolations(admin)).toEqual([]);
    await admin.goto(`${baseUrl()}/projects/zhengzhou/subsidies?status=paid`);
    expect(await admin.getByTestId("subsidy-list").innerText()).toContain(FIRM);

    // The scorecard has the new provider; the pipeline counts one more payment.
    await admin.goto(`${baseUrl()}/admin/zhengzhou/providers`);
    const row = admin.getByTestId("scorecards").locator("tr", { hasText: PROVIDER });
    expect(await row.locator("td").first().innerText()).toMatch(/^\d+(\.\d)?$/);
    expect(await seriousViolations(admin)).toEqual([]);
    expect(await paidCount(admin)).toBe(paidBefore + 1);

    // 一企一档: the consultant records a contact in the firm's file; the portal reads it, without the editors.
    await consultant.goto(projectUrl);
    await consultant.getByTestId("firm-file-link").click();
    const contacts = consultant.getByTestId("contacts-editor");
    await contacts.waitFor();
    const before = await contacts.getByTestId("contact-row").count();
    await contacts.getByRole("button", { name: "添加联系人" }).click();
    await consultant.locator(`#ff-contact-${before}-name`).fill("浏览器测试联系人");
    await consultant.locator(`#ff-contact-${before}-email`).fill("contact@e2e.test");
    await contacts.getByTestId("save-contacts").click();
    await contacts.getByText("已保存。").waitFor();
    expect(await seriousViolations(consultant)).toEqual([]);
    const firmUrl = consultant.url();
    await admin.goto(firmUrl);
    expect(await admin.getByTestId("contacts").innerText()).toContain("浏览器测试联系人 · contact@e2e.test");
    expect(await admin.getByTestId("contacts-editor").count()).toBe(0);
    expect(await admin.getByTestId("equipment-totals").innerText()).toMatch(/设备共 \d+ 台/);
    expect(await seriousViolations(admin)).toEqual([]);

    // On a phone the project page and the firm's file do not scroll sideways.
    const phone = await (await browser.newContext({ locale: "zh-CN", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })).newPage();
    await signIn(phone, "admin.zhengzhou@demo.shuzhen.cn", new URL(projectUrl).pathname);
    await phone.getByTestId("project-state").waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    await phone.goto(firmUrl);
    await phone.getByTestId("firm-profile").waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
  }, 180_000);
});
