import type { Page } from "playwright-core";
import { DEMO_PASSWORD } from "@/db/seed";
import { baseUrl } from "./browser";

/** What the journeys in Chinese share: the two screens they are walked on, signing in as a demo account, the page's width. */

export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: "zh-CN" } as const;
export const DESKTOP = { viewport: { width: 1280, height: 900 }, locale: "zh-CN" } as const;

/** Signs a demo account in on the Chinese sign-in page and waits for the page it returns to. */
export async function signIn(page: Page, email: string, returnTo: string): Promise<void> {
  await page.goto(`${baseUrl()}/signin?returnTo=${encodeURIComponent(returnTo)}`);
  await page.getByLabel("电子邮箱").fill(email);
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL(`**${returnTo}`);
}

/** Nothing on the page is wider than the phone (tables scroll inside their own box). */
export const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);
