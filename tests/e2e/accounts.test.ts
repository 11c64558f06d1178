import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/db/seed";
import { COMPLETE_MANUFACTURING, ZHENGZHOU_ENTERPRISE } from "../support/fixtures";
import { seriousViolations } from "./axe";
import { baseUrl, browserAvailable, launchBrowser, screenshot } from "./browser";

describe.skipIf(!browserAvailable())("signing in", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("a consultant signs in, sees their role and portal, and signs out; a wrong password is refused", async () => {
    const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/account`);
    await page.waitForURL(/\/signin\?returnTo=\/account$/);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel("电子邮箱").fill("consultant@demo.shuzhen.cn");
    await page.getByLabel("密码").fill("not-the-password");
    await page.getByRole("button", { name: "登录" }).click();
    await page.getByTestId("signin-error").waitFor();
    expect(await page.getByTestId("signin-error").innerText()).toContain("邮箱或密码不正确");

    await page.getByLabel("电子邮箱").fill("consultant@demo.shuzhen.cn");
    await page.getByLabel("密码").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    await page.waitForURL("**/account");
    expect(await page.getByTestId("account-email").innerText()).toBe("consultant@demo.shuzhen.cn");
    expect(await page.getByTestId("account-roles").innerText()).toContain("顾问 · 郑州");
    expect(await page.getByTestId("account-link").innerText()).toBe("consultant@demo.shuzhen.cn");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "account-phone");

    await page.getByTestId("sign-out").click();
    await page.waitForURL(`${baseUrl()}/`);
    expect(await page.getByTestId("account-link").innerText()).toBe("登录");
    await page.goto(`${baseUrl()}/account`);
    await page.waitForURL(/\/signin\?returnTo=\/account$/);
    await context.close();
  });

  it("a forgotten password is reset through the development outbox", async () => {
    const context = await browser.newContext({ locale: "zh-CN" });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/signin`);
    await page.getByRole("link", { name: "忘记密码？" }).click();
    await page.getByLabel("电子邮箱").fill("owner@demo.shuzhen.cn");
    await page.getByRole("button", { name: "发送重设邮件" }).click();
    await page.getByTestId("reset-sent").waitFor();
    await page.goto(`${baseUrl()}/dev/outbox`);
    const link = await page.locator('[data-testid="outbox"] a[href*="/reset/"]').first().getAttribute("href");
    expect(link).toMatch(/\/reset\/[A-Za-z0-9_-]{40,}$/);
    await page.goto(link!);
    await page.getByLabel("新密码（至少 10 位）").fill("owner-new-password");
    await page.getByRole("button", { name: "保存新密码" }).click();
    await page.getByTestId("reset-done").waitFor();
    await page.getByLabel("电子邮箱").fill("owner@demo.shuzhen.cn");
    await page.getByLabel("密码").fill("owner-new-password");
    await page.getByRole("button", { name: "登录" }).click();
    await page.waitForURL("**/account");
    expect(await page.getByTestId("account-roles").innerText()).toContain("企业用户");
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  /** From the sign-up form on screen: the mailed link (read in the development outbox), then sign-in, landing on `landing`. */
  async function signUpThroughOutbox(page: Page, email: string, password: string, landing = "**/account"): Promise<void> {
    await page.getByLabel("电子邮箱").fill(email);
    await page.getByLabel("新密码（至少 10 位）").fill(password);
    await page.getByRole("button", { name: "注册", exact: true }).click();
    await page.getByTestId("signup-sent").waitFor();
    await page.goto(`${baseUrl()}/dev/outbox`);
    const link = await page.locator('[data-testid="outbox"] li', { hasText: email }).first().locator('a[href*="/signup/confirm/"]').getAttribute("href");
    await page.goto(link!);
    await page.getByRole("button", { name: "确认并开通账号" }).click();
    await page.getByTestId("signup-done").waitFor();
    await page.getByLabel("电子邮箱").fill(email);
    await page.getByLabel("密码").fill(password);
    await page.getByRole("button", { name: "登录" }).click();
    await page.waitForURL(landing);
  }

  it("a firm user signs up in a city portal and lands on their account", async () => {
    const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/signup?tenant=zhengzhou`);
    await signUpThroughOutbox(page, "signup-e2e@example.cn", "signup-password-1");
    expect(await page.getByTestId("account-roles").innerText()).toContain("企业用户 · 郑州");
    await page.getByTestId("sign-out").click();
    await page.waitForURL(`${baseUrl()}/`);
    await page.goto(`${baseUrl()}/signup`);
    await page.getByLabel("电子邮箱").fill("signup-e2e@example.cn");
    await page.getByLabel("新密码（至少 10 位）").fill("signup-password-2");
    await page.getByRole("button", { name: "注册", exact: true }).click();
    // The same answer as for a new address; the account's owner is told by mail instead.
    await page.getByTestId("signup-sent").waitFor();
    await page.goto(`${baseUrl()}/dev/outbox`);
    expect(await page.getByTestId("outbox").innerText()).toContain("有人尝试用您的邮箱注册数诊");
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it("a firm user who assessed anonymously signs up and keeps the assessment in their account", async () => {
    const json = { "content-type": "application/json" };
    const created = await fetch(`${baseUrl()}/api/assessments`, {
      method: "POST",
      headers: json,
      body: JSON.stringify({ enterprise: { ...ZHENGZHOU_ENTERPRISE, name: "认领测试有限公司" }, tenant: "zhengzhou" }),
    });
    const a = (await created.json()) as { id: string; resumeToken: string };
    const auth = { ...json, authorization: `Bearer ${a.resumeToken}` };
    await fetch(`${baseUrl()}/api/assessments/${a.id}`, { method: "PATCH", headers: auth, body: JSON.stringify({ answers: COMPLETE_MANUFACTURING }) });
    await fetch(`${baseUrl()}/api/assessments/${a.id}/submit`, { method: "POST", headers: auth, body: JSON.stringify({ pledge: true }) });

    const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/assess/${a.id}/result#k=${a.resumeToken}`);
    await page.getByTestId("claim-card").waitFor();
    await page.getByRole("link", { name: "登录或注册后保存" }).click();
    await page.getByRole("link", { name: "还没有账号？注册企业账号" }).click();
    // returnTo survives sign-up and the mailed confirmation: the firm lands back on its result.
    expect(new URL(page.url()).searchParams.get("returnTo")).toBe(`/assess/${a.id}/result`);
    await signUpThroughOutbox(page, "claim-e2e@example.cn", "claim-password-1", `**/assess/${a.id}/result`);
    await page.getByTestId("claim").click();
    await page.getByTestId("claim-done").waitFor();
    await page.goto(`${baseUrl()}/account`);
    expect(await page.getByTestId("owned-assessments").innerText()).toContain("认领测试有限公司");
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it("the platform operator creates a portal inviting its administrator, who accepts from the mail and lands signed in on the portal's admin page", async () => {
    const desktop = await browser.newContext({ locale: "zh-CN", viewport: { width: 1366, height: 900 } });
    const operator = await desktop.newPage();
    await operator.goto(`${baseUrl()}/signin?returnTo=/platform`);
    await operator.getByLabel("电子邮箱").fill("platform@demo.shuzhen.cn");
    await operator.getByLabel("密码").fill(DEMO_PASSWORD);
    await operator.getByRole("button", { name: "登录" }).click();
    await operator.waitForURL("**/platform");

    const form = operator.getByTestId("new-portal");
    await form.getByLabel("标识（网址中使用）").fill("xuchang");
    await form.getByLabel("中文名称").fill("许昌");
    await form.getByLabel("英文名称").fill("Xuchang");
    await form.getByLabel("第一位门户管理员的邮箱（选填，将发送邀请）").fill("admin.xuchang@example.cn");
    await form.getByRole("button", { name: "创建" }).click();
    await operator.getByTestId("platform-done").waitFor();
    await operator.getByTestId("portal-xuchang").waitFor();
    expect(await operator.getByTestId("state-xuchang").innerText()).toBe("启用");
    expect(await operator.getByTestId("portal-xuchang").innerText()).toContain("还没有成员");
    expect(await seriousViolations(operator)).toEqual([]);
    await screenshot(operator, "platform-desktop");

    // The administrator opens the mailed link on a phone, signed out, and chooses a password.
    const phone = await browser.newContext({ locale: "zh-CN", viewport: { width: 390, height: 844 } });
    const admin = await phone.newPage();
    await admin.goto(`${baseUrl()}/dev/outbox`);
    const mail = admin.locator('[data-testid="outbox"] li', { hasText: "admin.xuchang@example.cn" }).first();
    expect(await mail.innerText()).toContain("门户管理员");
    const link = await mail.locator('a[href*="/invite/"]').getAttribute("href");
    await admin.goto(link!);
    expect(await admin.getByRole("main").innerText()).toContain("许昌");
    expect(await seriousViolations(admin)).toEqual([]);
    await admin.getByLabel("姓名（选填）").fill("许昌管理员");
    await admin.getByLabel("设置密码（至少 10 位）").fill("xuchang-admin-2026");
    await admin.getByRole("button", { name: "接受邀请" }).click();
    await admin.waitForURL("**/admin/xuchang");
    expect(await admin.getByTestId("account-link").innerText()).toBe("admin.xuchang@example.cn");
    expect(await admin.locator("h1").first().innerText()).toContain("许昌");
    expect(await seriousViolations(admin)).toEqual([]);
    await screenshot(admin, "invited-admin-phone");

    // The operator sees the new member, then retires the portal only with its name typed.
    await operator.reload();
    expect(await operator.getByTestId("portal-xuchang").innerText()).toContain("admin.xuchang@example.cn");
    expect(await operator.getByTestId("portal-xuchang").innerText()).toContain("门户管理员");
    const retire = operator.getByTestId("retire-xuchang");
    await retire.locator("summary").click();
    await retire.getByLabel("请输入门户名称「许昌」以确认").fill("许");
    await retire.getByRole("button", { name: "确认停用" }).click();
    await operator.getByTestId("api-error").waitFor();
    expect(await operator.getByTestId("api-error").innerText()).toContain("confirmName");
    await retire.getByLabel("请输入门户名称「许昌」以确认").fill("许昌");
    await retire.getByRole("button", { name: "确认停用" }).click();
    await operator.getByTestId("platform-done").waitFor();
    await operator.getByText("「许昌」已停用。").waitFor();
    await operator.waitForFunction(() => document.querySelector('[data-testid="state-xuchang"]')?.textContent === "停用");
    expect(await seriousViolations(operator)).toEqual([]);
    await phone.close();
    await desktop.close();
  });

  it("a mailed report link opened signed out offers sign-in that comes back to it", async () => {
    const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const path = "/assess/00000000-0000-4000-8000-000000000000/report";
    await page.goto(`${baseUrl()}${path}`);
    await page.getByTestId("load-failure").waitFor();
    expect(await page.getByTestId("load-failure").innerText()).toContain("请先登录");
    expect(await page.getByTestId("load-sign-up").getAttribute("href")).toBe(`/signup?returnTo=${encodeURIComponent(path)}`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId("load-sign-in").click();
    await page.waitForURL(`**/signin?returnTo=${encodeURIComponent(path)}`);
    await context.close();
  });
});
