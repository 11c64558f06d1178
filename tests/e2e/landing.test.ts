import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEnv } from "../support/test-env";
import { baseUrl, browserAvailable, launchBrowser, screenshot } from "./browser";

describe.skipIf(!browserAvailable())("landing page in both languages", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("serves a healthy app on the expected database", async () => {
    const health = (await (await fetch(`${baseUrl()}/api/health`)).json()) as { status: string; database: { driver: string } };
    expect(health.status).toBe("ok");
    expect(health.database.driver).toBe(testEnv.TEST_DATABASE_URL ? "postgres" : "pglite");
  });

  it("shows Chinese first, switches to English and back, and remembers the choice", async () => {
    const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(baseUrl());
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
    expect(await page.locator("h1").innerText()).toContain("数字化等级");
    const start = page.getByRole("link", { name: "开始评测" });
    expect(await start.getAttribute("href")).toBe("/assess");
    await screenshot(page, "landing-zh-phone");

    await page.getByTestId("language-switch").click();
    await page.waitForFunction(() => document.documentElement.lang === "en");
    expect(await page.locator("h1").innerText()).toContain("digital level");
    expect(await page.getByRole("link", { name: "Start the assessment" }).isVisible()).toBe(true);
    await page.reload();
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await screenshot(page, "landing-en-phone");

    await page.getByTestId("language-switch").click();
    await page.waitForFunction(() => document.documentElement.lang === "zh-CN");
    expect(await page.locator("h1").innerText()).toContain("数字化等级");
    await context.close();
  });

  it("follows an English browser on the first visit and works from the keyboard", async () => {
    const context = await browser.newContext({ locale: "en-US", viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(baseUrl());
    expect(await page.getAttribute("html", "lang")).toBe("en");
    // The first Tab reaches the skip link, which leads to the main content.
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? "");
    expect(focused).toBe("Skip to main content");
    await screenshot(page, "landing-en-desktop");
    await context.close();
  });

  it("refuses to be framed", async () => {
    const response = await fetch(baseUrl());
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
  });
});
