import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/db/seed";
import { baseUrl, browserAvailable, launchBrowser } from "./browser";

/**
 * The portal administrator's pages load without a script error: no hydration mismatch (React error
 * #418 on the users page came from dates the server and the browser wrote differently), no uncaught
 * exception, in Chinese and in English.
 */

const PAGES = ["/admin/zhengzhou/users", "/admin/zhengzhou/audit", "/admin/zhengzhou/dashboard", "/admin/zhengzhou/catalogue", "/admin/zhengzhou"];

describe.skipIf(!browserAvailable())("a portal administrator's pages", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const locale of ["zh-CN", "en-US"] as const)
    it(`load without a script error (${locale})`, async () => {
      const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 }, timezoneId: "Europe/Berlin" });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(`${page.url()}: ${e.message}`));
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(`${page.url()}: ${m.text()}`);
      });
      await page.goto(`${baseUrl()}/signin?returnTo=${encodeURIComponent("/admin/zhengzhou")}`);
      await page.locator("input[type=email]").fill("admin.zhengzhou@demo.shuzhen.cn");
      await page.locator("input[type=password]").fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: /^(登录|Sign in)$/ }).click();
      await page.waitForURL("**/admin/zhengzhou");
      for (const path of PAGES) {
        await page.goto(`${baseUrl()}${path}`);
        await page.waitForLoadState("networkidle");
      }
      expect(errors).toEqual([]);
      await context.close();
    });
});
