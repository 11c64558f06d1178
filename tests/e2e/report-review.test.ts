import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/db/seed";
import { COMPLETE_MANUFACTURING, ZHENGZHOU_ENTERPRISE } from "../support/fixtures";
import { seriousViolations } from "./axe";
import { baseUrl, browserAvailable, launchBrowser, screenshot } from "./browser";

/**
 * A consultant reviews a client's report (edits one section, regenerates another, keeps the edit,
 * publishes), and the firm, through the visit's link, reads the published version with none of the
 * review: no editor, no regenerate buttons, no versions, no [[…]] tokens.
 */

async function signIn(page: Page, email: string) {
  await page.goto(`${baseUrl()}/signin?returnTo=${encodeURIComponent("/account")}`);
  await page.getByLabel("电子邮箱").fill(email);
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL("**/account");
}

/** A client visited and submitted through the API, with the consultant's session (the journey itself is in workspaces.test.ts). */
async function submittedVisit(page: Page): Promise<{ id: string; resumeToken: string }> {
  return page.evaluate(
    async ({ enterprise, answers }) => {
      const post = async (url: string, body: unknown, method = "POST") => {
        const r = await fetch(url, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
        if (r.status >= 300) throw new Error(`${method} ${url}: ${r.status} ${await r.text()}`);
        return r.json() as Promise<Record<string, string>>;
      };
      const { enterpriseId } = await post("/api/tenants/zhengzhou/clients", { enterprise });
      const visit = await post(`/api/tenants/zhengzhou/clients/${enterpriseId}/assessments`, {});
      await post(`/api/assessments/${visit.id}`, { answers }, "PATCH");
      await post(`/api/assessments/${visit.id}/submit`, { pledge: true });
      return { id: visit.id!, resumeToken: visit.resumeToken! };
    },
    { enterprise: { ...ZHENGZHOU_ENTERPRISE, name: "审阅测试精密机械有限公司" }, answers: COMPLETE_MANUFACTURING },
  );
}

const ready = (page: Page, version: number) =>
  page.locator(`[data-testid="report"][data-status="ready"] [data-testid="report-method"]:has-text("版本 ${version}")`).waitFor({ timeout: 60_000 });

describe.skipIf(!browserAvailable())("reviewing a report and reading it as the firm", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("the consultant's edit survives regenerating another section; the firm sees the published text only", async () => {
    const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, "consultant@demo.shuzhen.cn");
    const visit = await submittedVisit(page);
    await page.goto(`${baseUrl()}/assess/${visit.id}/report`);
    await ready(page, 1);

    // Any two sections: the first (the editor's default) is edited, another regenerated.
    const keys = await page.locator('[data-testid^="section-"]').evaluateAll((els) => els.map((e) => e.getAttribute("data-testid")!.slice("section-".length)));
    const [edited, other] = [keys[0]!, keys[1]!];
    const tools = page.getByTestId("review-tools");
    expect(await tools.getByTestId("regenerate-report").isVisible()).toBe(true);
    await tools.getByLabel("要点", { exact: true }).fill("顾问修订：先做设备联网，再上排产系统。");
    await tools.getByTestId("save-section").click();
    await ready(page, 2);
    expect(await tools.innerText()).toContain("人工修订过的 1 个章节保留不变");

    // Regenerating the edited section asks first; cancelled, nothing happens.
    await page.getByTestId(`regenerate-${edited}`).click();
    expect(await page.getByTestId(`section-${edited}`).innerText()).toContain("本节的人工修订将被放弃");
    await page.getByTestId(`section-${edited}`).getByRole("button", { name: "取消" }).click();

    // Another section regenerated: a new generated version, the edit kept.
    await page.getByTestId(`regenerate-${other}`).click();
    await ready(page, 3);
    const kept = page.getByTestId(`section-${edited}`);
    expect(await kept.getAttribute("data-writer")).toBe("edited");
    expect(await kept.innerText()).toContain("顾问修订：先做设备联网");
    expect(await page.getByTestId(`section-${other}`).getAttribute("data-writer")).not.toBe("edited");
    expect(await tools.innerText()).toContain("系统生成");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "report-review-regenerated");

    await page.getByTestId("publish-report").click();
    // Asked once more before the firm sees it.
    await page.getByTestId("confirm-publish").click();
    await page.locator('[data-testid="publish-state"]:has-text("发布第 3 版")').waitFor();
    await context.close();

    // The firm, with the visit's link: the published version, names instead of tokens, no review.
    const firm = await browser.newContext({ locale: "zh-CN", viewport: { width: 390, height: 844 } });
    const reader = await firm.newPage();
    await reader.goto(`${baseUrl()}/assess/${visit.id}/report#k=${visit.resumeToken}`);
    await ready(reader, 3);
    const text = await reader.getByTestId("report").innerText();
    expect(text).toContain("顾问修订：先做设备联网");
    expect(text).not.toContain("[[");
    expect(await reader.getByTestId("review-tools").count()).toBe(0);
    expect(await reader.locator('[data-testid^="regenerate-"]').count()).toBe(0);
    expect(await reader.getByRole("button", { name: "重新生成本节" }).count()).toBe(0);
    expect(text).not.toContain("恢复此版本");
    const json = await reader.evaluate(
      async ({ id, token }) => (await fetch(`/api/assessments/${id}/report`, { headers: { authorization: `Bearer ${token}` } })).text(),
      { id: visit.id, token: visit.resumeToken },
    );
    expect(json).not.toContain("[[");
    expect(await seriousViolations(reader)).toEqual([]);
    await screenshot(reader, "report-firm-view");
    await firm.close();
  });
});
