import { describe, expect, it } from "vitest";
import { creditCodeCheckCharacter } from "@/lib/enterprise/credit-code";
import { seriousViolations } from "./axe";
import { DESKTOP, PHONE, signIn } from "./journey";
import { baseUrl, browserAvailable, fileBrowser, screenshot } from "./browser";

/**
 * A portal administrator brings a city office's list in: chooses the file, reads the preview with the
 * bad row named, imports the rest, invites the imported firms and gets the link sheet — on a desktop
 * and on a phone, in Chinese, with no serious accessibility violation.
 */

function list(tag: string, seed: number): string {
  const code = (n: number) => {
    const first = `91410100MA${String(seed * 100 + n).padStart(7, "0")}`;
    return first + creditCodeCheckCharacter(first);
  };
  return [
    "企业名称,统一社会信用代码,行业,区县,人数,营收（万元）,联系人,电话,邮箱",
    `${tag}甲机械有限公司,${code(1)},34,金水区,80,3000,王经理,0371-60000001,jia@import.test`,
    `${tag}乙食品有限公司,${code(2)},食品制造业,中原区,45,1200,李经理,0371-60000002,`,
    `${tag}丙电子有限公司,${code(3)},39,朝阳区,30,900,赵经理,0371-60000003,`,
  ].join("\r\n");
}

describe.skipIf(!browserAvailable())("importing a firm list in the browser", () => {
  const browser = fileBrowser();

  for (const [kind, options, seed] of [
    ["desktop", DESKTOP, 71],
    ["phone", PHONE, 72],
  ] as const) {
    it(`on a ${kind}: preview with the bad row named, import, invite, link sheet`, async () => {
      const context = await browser().newContext(options);
      const page = await context.newPage();
      await signIn(page, "admin.zhengzhou@demo.shuzhen.cn", "/firms/zhengzhou");
      const tag = kind === "phone" ? "手机导入" : "桌面导入";
      await page.getByLabel("名单文件").setInputFiles({ name: "名单.csv", mimeType: "text/csv", buffer: Buffer.from(list(tag, seed)) });
      await page.getByTestId("import-preview").click();
      const preview = page.getByTestId("import-preview-result");
      await preview.waitFor();
      expect(await page.getByTestId("count-create").innerText()).toBe("2");
      expect(await page.getByTestId("count-problems").innerText()).toBe("1");
      const problems = page.getByTestId("import-problems");
      expect(await problems.getByRole("columnheader").allInnerTexts()).toEqual(["行号", "企业名称", "统一社会信用代码", "问题"]);
      expect(await problems.getByRole("row").nth(1).innerText()).toMatch(/4[\s\S]*丙电子有限公司[\s\S]*区县“朝阳区”不在郑州市/);
      expect(await seriousViolations(page)).toEqual([]);
      if (kind === "phone") expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await screenshot(page, `firm-import-preview-${kind}`);

      await page.getByRole("button", { name: "确认导入 2 家企业" }).click();
      const done = page.getByTestId("import-done");
      await done.waitFor();
      expect(await done.innerText()).toMatch(/新增 2 家/);
      await page.getByRole("button", { name: "邀请 2 家企业自评" }).click();
      const invited = page.getByTestId("invite-done");
      await invited.waitFor();
      expect(await invited.innerText()).toMatch(/已邀请 2 家企业[\s\S]*未能发出 1 封/);
      const sheet = page.getByTestId("invite-sheet");
      expect(await sheet.getAttribute("download")).toMatch(/\.xlsx$/);
      expect(await seriousViolations(page)).toEqual([]);
      if (kind === "phone") expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await screenshot(page, `firm-import-invited-${kind}`);
      await context.close();
    });
  }

  it("the export links are there for the administrator", async () => {
    const context = await browser().newContext(DESKTOP);
    const page = await context.newPage();
    await signIn(page, "admin.zhengzhou@demo.shuzhen.cn", "/firms/zhengzhou");
    const exports = page.getByTestId("firm-exports");
    expect(await exports.getByRole("link").count()).toBe(5);
    const href = await exports.getByRole("link", { name: "按国家评测题目结构导出", exact: true }).getAttribute("href");
    const response = await page.request.get(`${baseUrl()}${href}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/spreadsheetml/);
    await context.close();
  });
});
