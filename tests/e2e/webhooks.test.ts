import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { verifySignature } from "@/lib/webhooks/signature";
import { seriousViolations } from "./axe";
import { DESKTOP, PHONE, pageWidth, signIn } from "./journey";
import { browserAvailable, fileBrowser, screenshot } from "./browser";
import { latinWordsOn } from "./latin";

/**
 * 事件推送 as a portal administrator of 郑州 meets it, in Chinese, on a desktop and on a phone: from the
 * admin tabs, a wrong address refused with the field named, an endpoint on a receiver this test runs,
 * the secret shown once, a test event delivered and signed with that secret, 重新发送 with the same
 * event id, a new secret (both sign for a day), switched off and on again; with no serious axe
 * violation, no English word outside code, nothing wider than the phone.
 */

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A webhook receiver on loopback that keeps every request and answers 204. */
async function startReceiver(): Promise<{ url: string; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hook`, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function until<T>(what: string, check: () => Promise<T | undefined> | T | undefined, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** What every screen of the journey must be: accessible, in Chinese, and (on a phone) no wider than it. */
async function readable(page: Page, kind: "desktop" | "phone", name: string) {
  expect(await seriousViolations(page), name).toEqual([]);
  expect(await latinWordsOn(page), name).toEqual([]);
  if (kind === "phone") expect(await pageWidth(page), name).toBeLessThanOrEqual(PHONE.viewport.width);
  await screenshot(page, `webhooks-${name}-${kind}`);
}

const pings = (received: Received[]) => received.filter((r) => r.headers["shuzhen-event-type"] === "webhook.ping");

describe.skipIf(!browserAvailable())("事件推送 in the browser", () => {
  const browser = fileBrowser();

  for (const [kind, options] of [
    ["desktop", DESKTOP],
    ["phone", PHONE],
  ] as const) {
    it(`on a ${kind}: add an endpoint, test it, read the log, send again, rotate, switch off and on`, async () => {
      const receiver = await startReceiver();
      const context = await browser().newContext(options);
      const page = await context.newPage();
      try {
        await signIn(page, "admin.zhengzhou@demo.shuzhen.cn", "/admin/zhengzhou");
        const tab = page.getByRole("navigation", { name: "门户管理栏目" }).getByRole("link", { name: "事件推送" });
        await tab.click();
        await page.waitForURL("**/webhooks/zhengzhou");
        expect(await tab.getAttribute("aria-current")).toBe("page");

        // A plain-http address elsewhere is refused, and the error names the field as the form does.
        const address = page.getByLabel(/^接收地址/);
        await address.fill("http://example.com/x");
        await page.getByRole("button", { name: "添加", exact: true }).click();
        const alert = page.getByTestId("api-error");
        await alert.waitFor();
        expect(await alert.innerText()).toMatch(/^接收地址：须为 https 网址/);
        expect(await address.getAttribute("aria-invalid")).toBe("true");
        await readable(page, kind, "refused");

        // By keyboard: the address, a note, Enter.
        await address.fill(receiver.url);
        await page.getByLabel("备注（可选）").fill(`浏览器测试（${kind === "phone" ? "手机" : "电脑"}）`);
        await address.press("Enter");
        const shown = page.getByTestId("new-webhook-secret");
        await shown.waitFor();
        const secret = (await shown.locator("code").innerText()).trim();
        expect(secret).toMatch(/^whsec_[\w-]{40,}$/);
        expect(await alert.count()).toBe(0);
        expect(await address.getAttribute("aria-invalid")).toBeNull();

        const row: Locator = page.getByTestId("webhooks").getByRole("row").filter({ hasText: receiver.url });
        await row.waitFor();
        // Each endpoint's buttons are named by its address (every endpoint has the same ones).
        const actions = page.getByRole("group", { name: `${receiver.url} 的操作` });
        expect(await row.innerText()).toMatch(/评测已提交[\s\S]*报告已生成[\s\S]*启用中/);
        await readable(page, kind, "added");

        // A test event, then to its log through the link the confirmation gives.
        await actions.getByRole("button", { name: "发送测试事件" }).click();
        await actions.getByRole("status").getByText("测试事件已加入发送队列。").waitFor();
        await actions.getByRole("link", { name: "查看投递记录" }).click();
        await page.waitForURL(/\/webhooks\/zhengzhou\/[0-9a-f-]{36}$/);

        // The receiver hears it, signed with the secret shown once.
        const first = await until("the test event at the receiver", () => pings(receiver.received)[0]);
        expect(verifySignature(String(first.headers["shuzhen-signature"]), first.body, secret)).toBe(true);
        expect(verifySignature(String(first.headers["shuzhen-signature"]), first.body, "whsec_not-the-secret")).toBe(false);
        const event = JSON.parse(first.body) as { id: string; type: string; portal: string };
        expect(event).toMatchObject({ type: "webhook.ping", portal: "zhengzhou" });
        expect(first.headers["shuzhen-event-id"]).toBe(event.id);

        // The log shows it delivered: while it is being sent the page draws itself again, no reload needed.
        const log = page.getByTestId("deliveries");
        const delivered = log.getByRole("row").filter({ hasText: event.id });
        await delivered.filter({ hasText: "已送达（204）" }).waitFor({ timeout: 20_000 });
        expect(await delivered.innerText()).toMatch(/^测试事件/);
        expect(await delivered.innerText()).toMatch(/毫秒/);
        await readable(page, kind, "log");

        // 重新发送: the same event id again.
        await delivered.getByRole("button", { name: "重新发送" }).click();
        await delivered.getByRole("status").getByText("已重新加入发送队列。").waitFor();
        const again = await until("the event sent again", () => pings(receiver.received)[1]);
        expect(again.headers["shuzhen-event-id"]).toBe(event.id);
        expect((JSON.parse(again.body) as { id: string }).id).toBe(event.id);
        expect(verifySignature(String(again.headers["shuzhen-signature"]), again.body, secret)).toBe(true);
        await delivered.getByText(/手动/).waitFor({ timeout: 20_000 });
        expect(await delivered.getByRole("listitem").count()).toBe(2);

        // Back to the list; a new secret, asked first and confirmed by keyboard.
        await page.getByRole("link", { name: "返回事件推送" }).click();
        await page.waitForURL("**/webhooks/zhengzhou");
        await actions.getByRole("button", { name: "更换签名密钥" }).click();
        const confirm = actions.getByRole("button", { name: "确定更换" });
        await confirm.focus();
        await page.keyboard.press("Enter");
        const rotated = actions.getByTestId("rotated-webhook-secret");
        await rotated.waitFor();
        // The confirmation is gone; the focus is back on the button that asked, not lost to the page.
        expect(await actions.getByRole("button", { name: "更换签名密钥" }).evaluate((el) => el === document.activeElement)).toBe(true);
        const newSecret = (await rotated.locator("code").innerText()).trim();
        expect(newSecret).toMatch(/^whsec_/);
        expect(newSecret).not.toBe(secret);
        await row.getByText(/旧密钥仍同时签名，至/).waitFor();
        await readable(page, kind, "rotated");

        // For a day both secrets sign.
        await actions.getByRole("button", { name: "发送测试事件" }).click();
        const third = await until("a test event after the rotation", () => pings(receiver.received)[2]);
        expect(verifySignature(String(third.headers["shuzhen-signature"]), third.body, newSecret)).toBe(true);
        expect(verifySignature(String(third.headers["shuzhen-signature"]), third.body, secret)).toBe(true);

        // Switched off: nothing to test; switched on again.
        await actions.getByRole("button", { name: "停用", exact: true }).click();
        await row.getByText("已停用", { exact: true }).waitFor();
        expect(await actions.getByRole("button", { name: "发送测试事件" }).isDisabled()).toBe(true);
        await actions.getByRole("button", { name: "启用", exact: true }).click();
        await row.getByText("启用中", { exact: true }).waitFor();
        expect(await actions.getByRole("button", { name: "发送测试事件" }).isEnabled()).toBe(true);
        await readable(page, kind, "on-again");
      } finally {
        await context.close();
        await receiver.close();
      }
    }, 120_000);
  }
});
