import type { Browser } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousViolations } from "./axe";
import { baseUrl, browserAvailable, demoPortalUrl, fileBrowser, screenshot } from "./browser";

/**
 * 小镝客服 as a firm meets it, in Chinese: on a portal's home (desktop and phone), by keyboard, with
 * its sources, the hand-over to a person; and inside a city's page that embeds the assessment, where
 * the frame has no cookies.
 */

describe.skipIf(!browserAvailable())("小镝客服", () => {
  const browser: () => Browser = fileBrowser();

  for (const viewport of [
    { width: 1366, height: 900 },
    { width: 390, height: 844 },
  ])
    it(`answers on a portal's home with its sources, by keyboard (${viewport.width}×${viewport.height})`, async () => {
      const context = await browser().newContext({ locale: "zh-CN", viewport, isMobile: viewport.width < 500 });
      const page = await context.newPage();
      await page.goto(`${baseUrl()}/t/zhengzhou`);
      const open = page.getByRole("button", { name: "小镝客服" });
      await open.click();
      const dialog = page.getByRole("dialog", { name: "小镝客服" });
      await dialog.waitFor();
      // On a phone the conversation takes the screen.
      if (viewport.width < 500) expect((await dialog.boundingBox())!.width).toBeGreaterThanOrEqual(viewport.width - 1);
      const input = page.getByLabel("你的问题");
      expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
      await input.fill("填到一半关了网页，怎么接着填？");
      await input.press("Enter");
      const log = page.getByRole("log");
      await log.getByText("来源").waitFor();
      const text = await log.innerText();
      expect(text).toContain("常见问题");
      expect(text).toMatch(/续|链接/);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `assistant-${viewport.width}`);
      // A question on the portal's subsidy cites its policy.
      await input.fill("郑州的数字化转型补贴怎么申请？");
      await input.press("Enter");
      await page.waitForFunction(() => document.querySelectorAll('[role="log"] ol').length >= 2);
      expect(await log.innerText()).toContain("政策");
      // Escape closes and gives the focus back to the button.
      await page.keyboard.press("Escape");
      await dialog.waitFor({ state: "detached" });
      expect(await open.evaluate((el) => el === document.activeElement)).toBe(true);
      await context.close();
    });

  it("hands a question to a person, who is told of it", async () => {
    const context = await browser().newContext({ locale: "zh-CN", viewport: { width: 390, height: 844 }, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/t/zhengzhou`);
    await page.getByRole("button", { name: "小镝客服" }).click();
    const input = page.getByLabel("你的问题").first();
    await input.fill("我要转人工");
    await input.press("Enter");
    await page.getByRole("log").getByRole("button", { name: "转人工" }).click();
    // The form opens with the focus in it; "我要转人工" is not the question, so the firm writes it.
    const question = page.getByLabel("要转给工作人员的问题");
    expect(await question.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.getByRole("button", { name: "提交给工作人员" }).isDisabled()).toBe(true);
    await question.fill("补贴申报材料里的审计报告一定要吗？");
    await page.getByLabel("联系邮箱（选填，用于接收回复通知）").fill("xiaodi-e2e@example.test");
    await page.getByRole("button", { name: "提交给工作人员" }).click();
    await page.getByRole("status").getByText("已提交").waitFor();
    // The question is kept on this device with its key, and listed under 我的人工咨询 to show the reply.
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem("shuzhen:assistant-tickets") ?? "[]").length)).toBe(1);
    await page.getByText("补贴申报材料里的审计报告一定要吗？ · 待回复").waitFor();
    await context.close();
  });

  it("works inside a city's page that embeds the assessment, without cookies", async () => {
    const context = await browser().newContext({ locale: "zh-CN", viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${demoPortalUrl()}/?fresh=1`);
    const handle = await page.waitForSelector(`iframe[src^="${baseUrl()}/embed/"]`);
    const frame = (await handle.contentFrame())!;
    await frame.getByRole("button", { name: "小镝客服" }).click();
    const input = frame.getByLabel("你的问题").last();
    await input.fill("设备联网率怎么算？");
    await input.press("Enter");
    await frame.getByRole("log").getByText("来源").waitFor();
    expect(await frame.getByRole("log").innerText()).toContain("评测指标");
    expect(await frame.evaluate(() => document.cookie)).toBe("");
    await context.close();
  });
});
