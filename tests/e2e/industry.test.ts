import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe";
import { baseUrl, browserAvailable, launchBrowser, screenshot } from "./browser";
import { byId } from "./start-form";

describe.skipIf(!browserAvailable())("the start form's industry and portal", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("finds 汽车零部件 and 冲压, records the class and the 郑州 segment, and files the firm under 郑州", async () => {
    const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/assess`);
    await byId(page, "f-name").fill("郑州冲压件测试有限公司");
    await byId(page, "f-provinceCode").selectOption("41");
    await page.waitForFunction(() => document.querySelectorAll("#f-cityCode option").length > 1);
    await byId(page, "f-cityCode").selectOption("4101");

    // By the standard's name.
    await byId(page, "f-industrySearch").fill("汽车零部件");
    const hits = page.getByTestId("industry-hits");
    await hits.locator("button", { hasText: "3670" }).first().waitFor();
    expect(await hits.locator("button").first().innerText()).toContain("3670 汽车零部件及配件制造");

    // By a word firms use: 冲压 leads to the same class, and says how.
    await byId(page, "f-industrySearch").fill("冲压");
    const stamping = hits.locator("button", { hasText: "3670" }).first();
    await stamping.waitFor();
    expect(await stamping.innerText()).toContain("冲压");
    await stamping.click();
    expect(await byId(page, "f-industryCode").inputValue()).toBe("36");
    expect(await byId(page, "f-industrySubCode").inputValue()).toBe("3670");

    // 郑州's pilot segments, the class's own preselected.
    const segments = page.getByTestId("segment-picker");
    expect(await segments.innerText()).toContain("新型耐火材料");
    expect(await segments.locator('input[value="汽车零部件及配件"]').isChecked()).toBe(true);
    expect(await page.getByTestId("portal-note").innerText()).toContain("郑州");

    await byId(page, "f-employees").fill("80");
    await byId(page, "f-revenueWan").fill("3500");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "start-industry-segment");
    await page.locator('[data-testid="start-form"] button[type="submit"]').click();
    await page.getByTestId("questionnaire").waitFor();

    const id = /\/assess\/([0-9a-f-]{36})/.exec(page.url())?.[1];
    expect(id).toBeDefined();
    const token = await page.evaluate((key) => localStorage.getItem(key), `shuzhen:token:${id}`);
    const state = (await (await fetch(`${baseUrl()}/api/assessments/${id}`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
      enterprise: { industryCode: string; industrySubCode: string | null; industrySegment: string | null };
    };
    expect(state.enterprise).toMatchObject({ industryCode: "36", industrySubCode: "3670", industrySegment: "汽车零部件及配件" });
    await context.close();
  });
});
