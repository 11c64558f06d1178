import { describe, expect, it } from "vitest";
import { COMPLETE_MANUFACTURING, ZHENGZHOU_ENTERPRISE } from "../support/fixtures";
import { seriousViolations } from "./axe";
import { PHONE, pageWidth, signIn } from "./journey";
import { baseUrl, browserAvailable, fileBrowser, screenshot } from "./browser";

/** A submitted assessment of a 郑州 firm, made through the API. */
async function zhengzhouResult() {
  const json = { "content-type": "application/json" };
  const created = await fetch(`${baseUrl()}/api/assessments`, {
    method: "POST",
    headers: json,
    body: JSON.stringify({ enterprise: { ...ZHENGZHOU_ENTERPRISE, name: "郑州手机测试机械有限公司" }, tenant: "zhengzhou", language: "zh-CN" }),
  });
  const a = (await created.json()) as { id: string; resumeToken: string };
  const auth = { ...json, authorization: `Bearer ${a.resumeToken}` };
  await fetch(`${baseUrl()}/api/assessments/${a.id}`, { method: "PATCH", headers: auth, body: JSON.stringify({ answers: COMPLETE_MANUFACTURING }) });
  const submitted = await fetch(`${baseUrl()}/api/assessments/${a.id}/submit`, { method: "POST", headers: auth, body: JSON.stringify({ pledge: true }) });
  expect(submitted.status).toBe(201);
  return a;
}

describe.skipIf(!browserAvailable())("the officers' forms on a phone", () => {
  const browser = fileBrowser();

  it("an officer enters a policy through the form on a phone, and a 郑州 firm's result lists it", async () => {
    const context = await browser().newContext(PHONE);
    const page = await context.newPage();
    await signIn(page, "admin.zhengzhou@demo.shuzhen.cn", "/admin/zhengzhou/catalogue");
    await page.getByText("新增政策", { exact: true }).click();
    const form = page.getByTestId("policy-form").last();
    await form.getByLabel("政策名称").fill("郑州市手机录入补助政策（浏览器测试）");
    await form.getByLabel("发文单位").fill("郑州市工业和信息化局");

    const region = form.getByTestId("condition-region");
    await region.getByLabel("未知 / 原文未说明").uncheck();
    await region.getByLabel("省份").selectOption("41");
    await region.getByLabel("郑州市").check();
    await region.getByLabel("原文依据").fill("注册在郑州市的中小企业");

    const percent = form.getByTestId("condition-percent");
    await percent.getByLabel("未知 / 原文未说明").uncheck();
    await percent.getByLabel("补贴比例（%）").fill("25");
    await percent.getByLabel("原文依据").fill("按改造投入的 25% 给予补助");

    const cap = form.getByTestId("condition-cap");
    await cap.getByLabel("未知 / 原文未说明").uncheck();
    await cap.getByLabel("上限（元）").fill("150000");
    await cap.getByLabel("原文依据").fill("每户最高 15 万元");

    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "phone-policy-form");
    await form.getByRole("button", { name: "新增" }).click();
    const list = page.getByTestId("catalogue-policies");
    await list.getByText("郑州市手机录入补助政策（浏览器测试）").waitFor();

    // The policy is in the catalogue the next result is matched against, with its share and cap.
    const a = await zhengzhouResult();
    await page.goto(`${baseUrl()}/assess/${a.id}/result#k=${a.resumeToken}`);
    const matches = page.getByTestId("policy-matches").first();
    await matches.waitFor();
    const mine = matches.getByRole("listitem").filter({ hasText: "郑州市手机录入补助政策（浏览器测试）" });
    expect(await mine.count()).toBe(1);
    expect(await mine.innerText()).toMatch(/15(\.0)? ?万/);
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    await context.close();
  }, 120_000);

  it("the platform operator opens a city portal on a phone, choosing its city by name", async () => {
    const context = await browser().newContext(PHONE);
    const page = await context.newPage();
    await signIn(page, "platform@demo.shuzhen.cn", "/platform");
    const form = page.getByTestId("new-portal");
    await form.getByLabel("标识（网址中使用）").fill("luoyang-phone");
    await form.getByLabel("中文名称").fill("洛阳市中小企业数字化服务平台（手机测试）");
    await form.getByLabel("英文名称").fill("Luoyang SME Portal (phone test)");
    await form.getByLabel("所在省份（选填）").selectOption({ label: "河南省" });
    await form.getByLabel(/^所在城市/).selectOption({ label: "洛阳市" });
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
    await form.getByRole("button", { name: "创建" }).click();
    await page.getByTestId("platform-done").waitFor();
    expect(await page.getByTestId("state-luoyang-phone").innerText()).toBe("启用");
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    await screenshot(page, "phone-platform");
    await context.close();
  }, 60_000);
});
