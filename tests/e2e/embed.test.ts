import { request } from "node:http";
import type { Browser, Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMPLETE_MANUFACTURING } from "../support/fixtures";
import { seriousViolations } from "./axe";
import { baseUrl, browserAvailable, demoPortalUrl, launchBrowser, screenshot } from "./browser";

/**
 * A city portal on another origin embeds the assessment with the documented loader: the iframe follows
 * its content's height, the host hears namespaced events (with the resume token) and the level at the
 * end; a page on a non-allowed origin cannot frame it; a frame told the wrong host sends nothing.
 */

interface HostEvent {
  type: string;
  detail: Record<string, unknown>;
}

const events = (page: Page): Promise<HostEvent[]> =>
  page.evaluate(() =>
    (window as unknown as { __shuzhenEvents: HostEvent[] }).__shuzhenEvents.map((e) => ({
      type: e.type,
      detail: { ...e.detail, iframe: undefined } as Record<string, unknown>,
    })),
  );

async function embedFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector(`iframe[src^="${baseUrl()}/embed/"]`);
  const frame = await handle.contentFrame();
  if (!frame) throw new Error("no embed frame");
  return frame;
}

/** The iframe's height as the host set it, and the height of the content inside. */
async function heights(page: Page, frame: Frame): Promise<{ iframe: number; content: number }> {
  const iframe = await page.evaluate(() => document.querySelector("iframe")!.getBoundingClientRect().height);
  const content = await frame.evaluate(() => document.body.getBoundingClientRect().height);
  return { iframe, content };
}

async function settledHeights(page: Page, frame: Frame) {
  let last = await heights(page, frame);
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(100);
    const now = await heights(page, frame);
    if (Math.abs(now.iframe - now.content) <= 2 && now.iframe === last.iframe) return now;
    last = now;
  }
  return last;
}

describe.skipIf(!browserAvailable())("embedding in a city portal", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("a forged Host header does not decide who may frame a portal", async () => {
    // The first request for this portal: its origins are read from the server itself, not from the Host.
    const csp = await new Promise<string | undefined>((resolve, reject) => {
      const req = request(`${baseUrl()}/embed/taiyuan`, { headers: { host: "evil.example.cn" } }, (res) => {
        res.resume();
        resolve(res.headers["content-security-policy"] as string | undefined);
      });
      req.on("error", reject);
      req.end();
    });
    expect(csp).toBe(`frame-ancestors ${demoPortalUrl()}`);
  });

  it("the embed route may be framed only by the portal's allowed origins; other routes by none", async () => {
    const embed = await fetch(`${baseUrl()}/embed/zhengzhou`);
    expect(embed.status).toBe(200);
    expect(embed.headers.get("content-security-policy")).toBe(`frame-ancestors ${demoPortalUrl()}`);
    expect(embed.headers.get("x-frame-options")).toBeNull();
    const other = await fetch(`${baseUrl()}/assess`);
    expect(other.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(other.headers.get("x-frame-options")).toBe("DENY");
    const unknown = await fetch(`${baseUrl()}/embed/no-such-portal`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get("content-security-policy")).toBe("frame-ancestors 'none'");
    const loader = await fetch(`${baseUrl()}/embed/v1/embed.js`);
    expect(loader.status).toBe(200);
    expect(loader.headers.get("content-type")).toContain("javascript");
  });

  // A desktop and a phone: on a desktop the host page scrolled to the submit button left the shrinking
  // frame off-screen, where it was not rendered and stayed 56 px high.
  for (const viewport of [
    { width: 1366, height: 900 },
    { width: 390, height: 844 },
  ])
    it(`a portal page embeds the assessment (${viewport.width}×${viewport.height}): the frame follows its content, the host keeps the token and hears the level`, async () => {
      const context = await browser.newContext({ locale: "zh-CN", viewport, isMobile: viewport.width < 500 });
      const page = await context.newPage();
      await page.goto(`${demoPortalUrl()}/?fresh=1`);
      let frame = await embedFrame(page);
      await frame.getByTestId("start-form").waitFor();
      // Prefilled from the loader's data-* attributes (industry 34, region 410105).
      expect(await frame.locator('[id="f-industryCode"]').inputValue()).toBe("34");
      expect(await frame.locator('[id="f-provinceCode"]').inputValue()).toBe("41");
      const start = await settledHeights(page, frame);
      expect(Math.abs(start.iframe - start.content)).toBeLessThanOrEqual(2);
      expect(await seriousViolations(page)).toEqual([]);

      await frame.locator('[id="f-name"]').fill("嵌入测试精密机械有限公司");
      await frame.waitForFunction(() => document.querySelectorAll("#f-cityCode option").length > 1);
      await frame.locator('[id="f-cityCode"]').selectOption("4101");
      await frame.locator('[id="f-employees"]').fill("120");
      await frame.locator('[id="f-revenueWan"]').fill("8000");
      await frame.getByRole("button", { name: "下一步：开始答题" }).click();
      await page.waitForFunction(() =>
        (window as unknown as { __shuzhenEvents: HostEvent[] }).__shuzhenEvents.some((e) => e.type === "shuzhen:step" && e.detail.step !== "start"),
      );
      frame = await embedFrame(page);
      const steps = (await events(page)).filter((e) => e.type === "shuzhen:step");
      const id = String(steps[0]!.detail.assessmentId);
      const token = String(steps[0]!.detail.resumeToken);
      expect(token).toMatch(/^[A-Za-z0-9_-]{20,}$/);
      expect(steps.at(-1)!.detail).toMatchObject({ assessmentId: id, index: 0, resumeToken: token });

      // The frame grows and shrinks with what it shows.
      const question = await settledHeights(page, frame);
      expect(Math.abs(question.iframe - question.content)).toBeLessThanOrEqual(2);
      expect(question.iframe).not.toBe(start.iframe);

      // Answer through the API with the token the host kept, then reopen at the review (as a host resuming would).
      const saved = await fetch(`${baseUrl()}/api/assessments/${id}`, {
        method: "PATCH",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ answers: COMPLETE_MANUFACTURING, currentStep: "review" }),
      });
      expect(saved.status).toBe(200);
      // The demo portal kept {id, token} from the events and resumes with data-assessment / data-resume-token.
      await page.goto(`${demoPortalUrl()}/`);
      frame = await embedFrame(page);
      expect(await frame.evaluate(() => window.location.pathname)).toBe(`/embed/zhengzhou/a/${id}`);
      await frame.getByTestId("review").waitFor();
      const review = await settledHeights(page, frame);
      expect(Math.abs(review.iframe - review.content)).toBeLessThanOrEqual(2);
      expect([question.iframe, review.iframe].some((h) => h > start.iframe) || [question.iframe, review.iframe].some((h) => h < start.iframe)).toBe(true);
      await frame.locator('[id="pledge"]').check();
      await frame.getByTestId("submit").scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await frame.getByTestId("submit").click();
      await frame.getByTestId("result").waitFor({ timeout: 20_000 });
      await page.waitForFunction(() => (window as unknown as { __shuzhenEvents: HostEvent[] }).__shuzhenEvents.some((e) => e.type === "shuzhen:completed"));
      const completed = (await events(page)).find((e) => e.type === "shuzhen:completed")!;
      expect(completed.detail).toMatchObject({ tenant: "zhengzhou", assessmentId: id, level: 1, levelName: "一级", total: 37.225, resumeToken: token });
      const result = await settledHeights(page, frame);
      expect(Math.abs(result.iframe - result.content)).toBeLessThanOrEqual(2);
      // The result is in a frame of its size, and its top is on screen.
      expect(result.iframe).toBeGreaterThan(300);
      expect(await page.evaluate(() => document.querySelector("iframe")!.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
      const all = [start.iframe, question.iframe, review.iframe, result.iframe];
      // Both directions happened over the journey.
      expect(all.some((h, i) => i > 0 && h > all[i - 1]!)).toBe(true);
      expect(all.some((h, i) => i > 0 && h < all[i - 1]!)).toBe(true);
      await screenshot(page, `embed-demo-portal-${viewport.width}`);
      await context.close();
    });

  it("a page on an origin the portal does not allow cannot frame it, and hears nothing", async () => {
    const context = await browser.newContext({ locale: "zh-CN" });
    const page = await context.newPage();
    await page.goto(`${demoPortalUrl("127.0.0.1")}/?fresh=1`);
    const handle = await page.waitForSelector("iframe");
    await page.waitForTimeout(1500);
    const frame = await handle.contentFrame();
    // Chromium replaces a refused frame with its error page: none of our content is there.
    expect(await frame?.locator('[data-testid="start-form"]').count()).toBe(0);
    expect(await events(page)).toEqual([]);
    await context.close();
  });

  it("a frame told a host origin that is not allowed sends nothing, even to the page that frames it", async () => {
    const context = await browser.newContext({ locale: "zh-CN" });
    const page = await context.newPage();
    await page.goto(`${demoPortalUrl()}/wrong-origin`);
    const frame = await embedFrame(page);
    await frame.getByTestId("start-form").waitFor();
    await frame.locator('[id="f-name"]').fill("无消息测试");
    await page.waitForTimeout(1000);
    expect(await events(page)).toEqual([]);
    await context.close();
  });
});
