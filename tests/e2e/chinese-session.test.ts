import type { BrowserContext } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/db/seed";
import { baseUrl, browserAvailable, fileBrowser } from "./browser";
import { latinWords, latinWordsOn } from "./latin";

/**
 * A Chinese session reads Chinese. Each demo account walks every page it can reach by following the
 * links of its pages (same site, no downloads), and a few bad requests are sent to the API; any Latin
 * word on a page or in an error message that is not a name, a code, a unit or a brand term fails the
 * test, naming the page and the words.
 */

const ACCOUNTS = [
  { email: "owner@demo.shuzhen.cn", start: "/account" },
  { email: "consultant@demo.shuzhen.cn", start: "/consultant" },
  { email: "admin.zhengzhou@demo.shuzhen.cn", start: "/admin/zhengzhou" },
  { email: "platform@demo.shuzhen.cn", start: "/platform" },
] as const;

/** Passwords other browser tests on the same server set (accounts.test.ts resets the owner's). */
const RESET_PASSWORDS: Record<string, string> = { "owner@demo.shuzhen.cn": "owner-new-password" };

const SKIP = /\/(api|dev|embed)\/|\/signout|\/pdf|\.(pdf|zip|csv|xlsx)(\?|$)|[?&](download|format)=|^mailto:/;
const MAX_PAGES = 40;

async function walk(context: BrowserContext, start: string): Promise<Map<string, string[]>> {
  const page = await context.newPage();
  const found = new Map<string, string[]>();
  const queue = [start];
  const seen = new Set(queue);
  while (queue.length > 0 && seen.size <= MAX_PAGES) {
    const path = queue.shift()!;
    const response = await page.goto(`${baseUrl()}${path}`);
    if (process.env.E2E_TRACE) console.log("walk", path);
    if (!response || response.status() >= 400) continue;
    // The words are the server's (goto waits for "load"); waiting for the network to idle cost 0.5 s a page.
    const words = await latinWordsOn(page);
    if (words.length > 0) found.set(path, words);
    const hrefs = await page.$$eval("a[href]", (as) => as.map((a) => a.getAttribute("href") ?? ""));
    for (const href of hrefs) {
      if (!href.startsWith("/") || href.startsWith("//") || SKIP.test(href)) continue;
      const clean = href.split("#")[0]!;
      // One page of each shape: ids vary, the words do not.
      const shape = clean.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ":id");
      if ([...seen].some((s) => s.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ":id") === shape)) continue;
      seen.add(clean);
      queue.push(clean);
    }
  }
  await page.close();
  return found;
}

describe.skipIf(!browserAvailable())("a Chinese session reads Chinese", () => {
  const browser = fileBrowser();

  it("names the words it allows, and finds the others", () => {
    expect(latinWords("企业 ERP 与 MES 已上线，问题 F.IS，文件 报告.pdf，联系 a.b@demo.cn")).toEqual([]);
    expect(latinWords("提交 Submit 报告 draft")).toEqual(["Submit", "draft"]);
  });

  for (const account of ACCOUNTS)
    it(`every page ${account.email} reaches`, async () => {
      const context = await browser().newContext({ locale: "zh-CN", viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${baseUrl()}/signin?returnTo=${encodeURIComponent(account.start)}`);
      await page.locator("input[type=email]").fill(account.email);
      await page.locator("input[type=password]").fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "登录" }).click();
      await page.waitForURL((url) => url.pathname === account.start || url.searchParams.has("error"));
      if (new URL(page.url()).searchParams.has("error")) {
        // accounts.test.ts resets the owner's password through the outbox on the same server.
        await page.locator("input[type=email]").fill(account.email);
        await page.locator("input[type=password]").fill(RESET_PASSWORDS[account.email] ?? DEMO_PASSWORD);
        await page.getByRole("button", { name: "登录" }).click();
        await page.waitForURL(`**${account.start}`, { timeout: 60_000 });
      }
      const found = await walk(context, account.start);
      // The public pages too, in the same session.
      for (const [path, words] of await walk(context, "/")) found.set(path, words);
      await context.close();
      expect(Object.fromEntries(found)).toEqual({});
    }, 300_000);

  it("every error the API gives a Chinese reader is in Chinese", async () => {
    const headers = { "content-type": "application/json", "accept-language": "zh-CN" };
    const requests: [string, string, unknown][] = [
      ["POST", "/api/assessments", { enterprise: { name: "" }, extra: 1 }],
      ["POST", "/api/assessments", "not json"],
      ["GET", "/api/assessments/00000000-0000-4000-8000-000000000000", undefined],
      ["PATCH", "/api/assessments/00000000-0000-4000-8000-000000000000", { answers: {} }],
      ["GET", "/api/tenants/zhengzhou/dashboard?from=2024-13-45", undefined],
      ["POST", "/api/tenants/zhengzhou/policy-documents", {}],
    ];
    const english: Record<string, string[]> = {};
    for (const [method, path, body] of requests) {
      const response = await fetch(`${baseUrl()}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
      });
      expect(response.status).toBeGreaterThanOrEqual(400);
      const json = (await response.json()) as { error?: { message?: string; issues?: { field: string; message: string }[] } };
      const texts = [json.error?.message ?? "", ...(json.error?.issues ?? []).map((i) => i.message.replace(i.field, ""))];
      // Field names are codes the developer reads; the words around them are the reader's.
      const words = texts.flatMap((t) =>
        latinWords(
          t
            .replace(/Authorization: Bearer <\w+>/g, " ")
            .replace(/\b[a-z][A-Za-z]*(\.[A-Za-z0-9]+)+\b|\b[a-z]+[A-Z][A-Za-z]*\b|\b[A-Za-z][\w.]*(?=[：:])/g, " "),
        ),
      );
      if (words.length > 0) english[`${method} ${path}`] = [...new Set(words)];
    }
    expect(english).toEqual({});
  });
});
