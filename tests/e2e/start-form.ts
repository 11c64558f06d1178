import type { Page } from "playwright-core";

export const byId = (page: Page, id: string) => page.locator(`[id="${id}"]`);

/** Fills the start form for a Zhengzhou firm of 大类 34 (typing the industry search first). */
export async function fillStartForm(page: Page, firm: { name: string; employees: number; revenueWan: number }) {
  await byId(page, "f-name").fill(firm.name);
  await byId(page, "f-industrySearch").fill("通用设备");
  await byId(page, "f-industryCode").selectOption("34");
  await byId(page, "f-provinceCode").selectOption("41");
  await page.waitForFunction(() => document.querySelectorAll("#f-cityCode option").length > 1);
  await byId(page, "f-cityCode").selectOption("4101");
  await byId(page, "f-employees").fill(String(firm.employees));
  await byId(page, "f-revenueWan").fill(String(firm.revenueWan));
}
