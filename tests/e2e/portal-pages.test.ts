import { request } from "node:http";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe";
import { baseUrl, browserAvailable, launchBrowser, screenshot } from "./browser";
import { byId, fillStartForm } from "./start-form";

/**
 * A city's public pages on our site (/t/<portal>/…): its name, colours and local policies; a firm that
 * starts there stays under the portal through the questionnaire, and an assessment's own pages always
 * show its portal's brand, whatever link led there.
 */

/** The status and Location of a request, redirects not followed; optional extra headers. */
function head(path: string, headers: Record<string, string> = {}): Promise<{ status: number; location: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${baseUrl()}${path}`, { headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, location: res.headers.location, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

async function startAssessment(page: Page, name: string) {
  await fillStartForm(page, { name, employees: 80, revenueWan: 3500 });
  await page.getByRole("button", { name: "下一步：开始答题" }).click();
}

describe.skipIf(!browserAvailable())("a city portal's public pages", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("the portal's home carries its name, colours and local policies, and starts under it", async () => {
    const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    // The portal's brand as it is now (the administrator's browser test may have changed it).
    const portal = (await (await fetch(`${baseUrl()}/api/embed/zhengzhou`)).json()) as { name: { "zh-CN": string }; brand: { primaryColor: string } };
    const response = await page.goto(`${baseUrl()}/t/zhengzhou`);
    expect(response?.status()).toBe(200);
    expect(await page.getByTestId("portal-home").innerText()).toContain(portal.name["zh-CN"]);
    expect(await page.title()).toContain(portal.name["zh-CN"]);
    expect(await page.evaluate(() => getComputedStyle(document.body).getPropertyValue("--brand").trim())).toBe(portal.brand.primaryColor);
    const policies = await page.getByTestId("portal-policies").innerText();
    expect(policies).toContain("郑州市");
    expect(policies).toContain("演示数据");
    expect(policies).not.toContain("中山");
    expect(await page.getByTestId("portal-footer").innerText()).toContain(portal.name["zh-CN"]);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "portal-home-phone");

    await page.getByTestId("start-assessment").click();
    await page.waitForURL(`${baseUrl()}/t/zhengzhou/assess`);
    // The portal is fixed: no choosing another one.
    expect(await byId(page, "f-tenant").isVisible()).toBe(false);
    await startAssessment(page, "门户页面测试机械有限公司");
    await page.waitForURL(/\/t\/zhengzhou\/assess\/[0-9a-f-]{36}(#.*)?$/);
    await page.getByTestId("save-status").waitFor();
    const url = new URL(page.url());
    const id = url.pathname.split("/").at(-1)!;

    // The same assessment reached by its plain link (as a resume mail gives it) goes back under the portal, key kept.
    const other = await context.newPage();
    await other.goto(`${baseUrl()}/assess/${id}${url.hash}`);
    await other.waitForURL(`${baseUrl()}/t/zhengzhou/assess/${id}${url.hash}`);
    await other.getByTestId("save-status").waitFor();
    expect(await other.evaluate(() => document.body.dataset.portal)).toBe("zhengzhou");
    // …and under another portal's prefix, to its own.
    expect(await head(`/t/taiyuan/assess/${id}/result?lang=zh-CN`)).toMatchObject({ status: 307, location: `/t/zhengzhou/assess/${id}/result?lang=zh-CN` });
    await context.close();
  });

  it("an unknown portal is a 404, the platform's prefix is its plain site, and only public pages live under a portal", async () => {
    expect((await head("/t/no-such-portal")).status).toBe(404);
    expect((await head("/t/no-such-portal/assess")).status).toBe(404);
    expect(await head("/t/platform/assess?x=1")).toMatchObject({ status: 308, location: "/assess?x=1" });
    expect((await head("/t/zhengzhou/admin")).status).toBe(404);
    expect((await head("/t/zhengzhou/api/health")).status).toBe(404);
    const policy = await head("/t/zhengzhou/policies/zhengzhou-2024-10");
    expect(policy.status).toBe(200);
    expect(policy.body).toContain('data-portal="zhengzhou"');
  });

  it("shows every policy to a Chinese reader in Chinese: 原文 in 「」 only for the source's words, 摘要 and 我们的解读 labelled", async () => {
    const seeded = (await import("@/db/seed/data/policies.json")).default as { id: string; note: string | null }[];
    const hasChinese = /[\u3400-\u9fff]/;
    for (const policy of seeded) {
      const raw = await head(`/policies/${policy.id}`);
      expect(raw.status, policy.id).toBe(200);
      // React separates adjacent text with <!-- -->: read the text as a reader does.
      const page = { body: raw.body.replaceAll("<!-- -->", "") };
      const clauses = [...page.body.matchAll(/<span data-clause-kind="(quote|summary|reading|demo)">(.*?)<\/span><\/span>/g)];
      expect(clauses.length, policy.id).toBeGreaterThan(0);
      for (const [, kind, html] of clauses) {
        const text = html!.replace(/<[^>]+>/g, "");
        expect(text, `${policy.id}: ${text}`).toMatch(hasChinese);
        expect(text, `${policy.id}: ${text}`).not.toMatch(/[A-Za-z]{3,}[\s:;,()]+[A-Za-z]{2,}/);
        expect(text.startsWith({ quote: "原文", summary: "摘要", reading: "我们的解读", demo: "演示条款" }[kind as "quote"]), `${policy.id}: ${text}`).toBe(
          true,
        );
        expect(text.includes("「"), `${policy.id}: ${text}`).toBe(kind === "quote");
      }
      if (policy.note) expect(page.body).toContain(policy.note);
    }
    // The English paraphrases the pages used to show as if quoted.
    // The page's text, tags and React's <!-- --> separators removed.
    const xiaoshan = { body: (await head("/policies/hz-xiaoshan-2024-pilot-projects")).body.replace(/<[^>]*>/g, "") };
    expect(xiaoshan.body).not.toContain("subsidy: 40% of eligible costs");
    expect(xiaoshan.body).toContain("摘要：按符合条件费用的40%给予补助");
  });

  it("a request cannot dress our own pages in a portal's brand by sending the header itself", async () => {
    const forged = await head("/", { "x-shuzhen-site": "zhengzhou", "x-shuzhen-embed": "zhengzhou" });
    expect(forged.status).toBe(200);
    expect(forged.body).not.toContain("data-portal=");
    expect(forged.body).not.toContain("portal-home");
    expect(forged.body).toContain('href="#main"'); // our chrome, not the chromeless embed layout
  });
});
