import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMPLETE_MANUFACTURING, ZHENGZHOU_ENTERPRISE } from "../support/fixtures";
import { seriousViolations } from "./axe";
import { baseUrl, browserAvailable, launchBrowser, screenshot } from "./browser";

/** A complete draft saved through the API with 设备联网率 above 设备数字化率, left at the review step. */
async function contradictoryDraft() {
  const json = { "content-type": "application/json" };
  const created = await fetch(`${baseUrl()}/api/assessments`, {
    method: "POST",
    headers: json,
    body: JSON.stringify({ enterprise: { ...ZHENGZHOU_ENTERPRISE, name: "郑州核对测试机械有限公司" } }),
  });
  const a = (await created.json()) as { id: string; resumeToken: string };
  const answers = { ...COMPLETE_MANUFACTURING, "F.EQDIG": "p10_20", "F.EQNET": "p60_100" };
  const patched = await fetch(`${baseUrl()}/api/assessments/${a.id}`, {
    method: "PATCH",
    headers: { ...json, authorization: `Bearer ${a.resumeToken}` },
    body: JSON.stringify({ answers, currentStep: "review" }),
  });
  expect(patched.status).toBe(200);
  return a;
}

describe.skipIf(!browserAvailable())("contradictory answers", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("the review step asks the firm to check them before the pledge, and the result page still shows them", async () => {
    const a = await contradictoryDraft();
    const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 360, height: 780 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/assess/${a.id}#k=${a.resumeToken}`);
    await page.getByTestId("review").waitFor();

    const warnings = page.getByTestId("answer-warnings");
    expect(await warnings.innerText()).toContain("设备联网率“60%以上”高于设备数字化率“10%以上至20%”");
    expect(await warnings.innerText()).toContain("请核对");
    // Shown before the pledge: earlier in the page, above it.
    const [warningBox, pledgeBox] = await Promise.all([warnings.boundingBox(), page.locator("#pledge").boundingBox()]);
    expect(warningBox!.y).toBeLessThan(pledgeBox!.y);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "review-warnings-phone");

    // Scored as given: the firm may confirm and submit; the result keeps the warning and the 6 points.
    await page.locator("#pledge").check();
    await page.getByTestId("submit").click();
    await page.waitForURL(`**/assess/${a.id}/result`);
    expect(await page.getByTestId("answer-warnings").innerText()).toContain("联网率不应高于数字化率");
    await context.close();
  });
});
