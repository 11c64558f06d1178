import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatScore } from "@/lib/i18n/figures";
import { ANSWERS, expected, FIGURES, optionCodes, steps } from "./assessment-plan";
import { seriousViolations } from "./axe";
import { baseUrl, browserAvailable, launchBrowser, screenshot } from "./browser";
import { byId, fillStartForm } from "./start-form";

async function expectAccessible(page: Page, where: string) {
  expect(await seriousViolations(page), where).toEqual([]);
}

async function waitSaved(page: Page) {
  await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor({ timeout: 15_000 });
}

/** Fills the start form with the mouse (and typing) and lands on the questionnaire. */
async function startByMouse(page: Page) {
  await page.goto(`${baseUrl()}/assess`);
  await fillStartForm(page, { name: "郑州测试机械有限公司", employees: 80, revenueWan: 3500 });
  expect(await page.getByTestId("derived-facts").innerText()).toContain("小型企业");
}

async function answerStepByMouse(page: Page, items: string[]) {
  for (const code of items) {
    if (code in FIGURES) {
      const figures = FIGURES[code as keyof typeof FIGURES];
      await page.locator(`[id="q-${code}"] details:has([id="${code}-fig-digital"]) summary`).click();
      await byId(page, `${code}-fig-digital`).fill(String(figures.digital));
      await byId(page, `${code}-fig-total`).fill(String(figures.total));
      expect(await page.getByTestId(`derived-${code}`).innerText()).toContain("30%");
      continue;
    }
    const value = ANSWERS[code];
    const options = Array.isArray(value) ? value : [String(value)];
    for (const option of options) await byId(page, `${code}-${option}`).click();
  }
}

describe.skipIf(!browserAvailable())("the self-assessment journey", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("by mouse on a phone: start, answer, reload midway, resume link elsewhere, submit, the engine's result", async () => {
    const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 360, height: 780 } });
    const page = await context.newPage();
    await startByMouse(page);
    await expectAccessible(page, "start");
    await screenshot(page, "assess-start-phone");
    await page.locator('[data-testid="start-form"] button[type="submit"]').click();
    await page.getByTestId("questionnaire").waitFor();
    expect(page.url()).not.toContain("#k="); // the key left the address bar

    const plan = steps();
    for (const [index, step] of plan.entries()) {
      await answerStepByMouse(page, step.items);
      await expectAccessible(page, `step ${step.key}`);
      if (index === 0) await screenshot(page, "assess-question-phone");
      await page.getByTestId("next-step").click();
      if (index === 1) {
        // Reload in the middle: same step, same answers.
        await waitSaved(page);
        const title = await page.getByTestId("step-title").innerText();
        await page.reload();
        await page.getByTestId("questionnaire").waitFor();
        expect(await page.getByTestId("step-title").innerText()).toBe(title);
        await page.getByRole("button", { name: /^2\./ }).click();
        expect(await byId(page, "M.PLAN-planned").isChecked()).toBe(true);
        await page.getByTestId("next-step").click();
      }
    }

    // The resume link opens the same answers in a fresh browser (another device).
    await waitSaved(page);
    const link = await page.getByTestId("resume-link").inputValue();
    expect(link).toMatch(/\/assess\/[0-9a-f-]+#k=[\w-]{40,}$/);
    const other = await browser.newContext({ locale: "zh-CN" });
    const otherPage = await other.newPage();
    await otherPage.goto(link);
    await otherPage.getByTestId("questionnaire").waitFor();
    await otherPage.getByRole("button", { name: /^1\./ }).click();
    expect(await byId(otherPage, "F.IS-several").isChecked()).toBe(true);
    await other.close();

    // Review, pledge, submit.
    await page.getByTestId("review").waitFor();
    await expectAccessible(page, "review");
    expect(await page.getByTestId("review").innerText()).toContain("全部题目均已作答");
    // Every answer before the pledge: open the summary, see an answer in words, go back to it and return.
    await page.getByTestId("answer-summary").locator("summary").click();
    const summary = await page.getByTestId("answer-summary").innerText();
    expect(summary).toContain("全部答案一览");
    expect(summary).toMatch(/两项及以上业务|未开展|级 · /);
    await expectAccessible(page, "review");
    await page.getByTestId("submit").click();
    expect(await page.locator('[data-testid="review"] [role="alert"]').innerText()).toContain("真实性承诺");
    await byId(page, "pledge").check();
    await page.getByTestId("submit").click();
    await page.getByTestId("result").waitFor({ timeout: 20_000 });

    const engine = expected();
    expect(Number(await page.getByTestId("level").getAttribute("data-level"))).toBe(engine.level);
    expect(await page.getByTestId("total").innerText()).toBe(formatScore(engine.total));
    await expectAccessible(page, "result");
    await screenshot(page, "assess-result-phone");

    // The funded plan and a policy's conditions with their source clauses.
    await page.getByTestId("plan-2").waitFor();
    expect(await page.getByTestId("plan-2").locator("h2").innerText()).toContain("到二级");
    expect(await page.getByTestId("net-cost").innerText()).toMatch(/企业净投入约 [\d.]+ 万元/);
    expect(await page.getByTestId("policy-matches").innerText()).toContain("郑州市中小企业数字化转型城市试点工作推进方案");
    // Under the portal the firm was filed with, the policy opens in the portal's pages too.
    const site = /\/t\/[a-z0-9-]+\//.test(page.url()) ? `/t/${new URL(page.url()).pathname.split("/")[2]}` : "";
    await page.locator(`[data-testid="policy-matches"] a[href="${site}/policies/zhengzhou-2024-10"]`).click();
    await page.waitForURL(/\/policies\/zhengzhou-2024-10$/);
    expect(await page.locator("h1").innerText()).toContain("郑州市");
    expect(await page.locator("main").innerText()).toContain("郑政办〔2024〕10号");
    await expectAccessible(page, "policy page");
    await context.close();
  });

  it("loses nothing when saving fails: local copy across a reload and the back button, saved once the network returns", async () => {
    const created = (await (
      await fetch(`${baseUrl()}/api/assessments`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          enterprise: { name: "断网测试企业", industryCode: "33", provinceCode: "41", cityCode: "4101", employees: 30, revenueWan: 900 },
        }),
      })
    ).json()) as { id: string; resumeToken: string; resumePath: string };
    const context = await browser.newContext({ locale: "zh-CN" });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}${created.resumePath}`);
    await page.getByTestId("questionnaire").waitFor();

    await page.route("**/api/assessments/*", (route) => (route.request().method() === "PATCH" ? route.abort("internetdisconnected") : route.continue()));
    await byId(page, "F.IS-most").click();
    await page.locator('[data-testid="save-status"][data-state="offline"]').waitFor();
    await page.reload();
    await page.getByTestId("questionnaire").waitFor();
    expect(await byId(page, "F.IS-most").isChecked()).toBe(true);
    await page.goto(`${baseUrl()}/`);
    await page.goBack();
    await page.getByTestId("questionnaire").waitFor();
    expect(await byId(page, "F.IS-most").isChecked()).toBe(true);

    await page.unroute("**/api/assessments/*");
    // The browser says the network is back: the kept answer goes out at once.
    await page.evaluate(() => window.dispatchEvent(new Event("online")));
    await waitSaved(page);
    const state = (await (
      await fetch(`${baseUrl()}/api/assessments/${created.id}`, { headers: { authorization: `Bearer ${created.resumeToken}` } })
    ).json()) as {
      answers: Record<string, unknown>;
    };
    expect(state.answers["F.IS"]).toBe("most");
    await context.close();
  });

  it("by keyboard only, in English, on a desktop", async () => {
    const context = await browser.newContext({ locale: "en-US", viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/assess`);

    const focus = async (id: string) => {
      for (let i = 0; i < 250; i++) {
        if ((await page.evaluate(() => document.activeElement?.id ?? "")) === id) return;
        await page.keyboard.press("Tab");
      }
      throw new Error(`Tab never reached #${id}`);
    };
    const chooseByArrows = async (id: string, value: string) => {
      await focus(id);
      const index = await page.evaluate(
        ([i, v]) => [...(document.getElementById(i!) as HTMLSelectElement).options].findIndex((o) => o.value === v),
        [id, value],
      );
      const current = await page.evaluate((i) => (document.getElementById(i) as HTMLSelectElement).selectedIndex, id);
      for (let k = current; k < index; k++) await page.keyboard.press("ArrowDown");
      expect(await page.evaluate((i) => (document.getElementById(i) as HTMLSelectElement).value, id)).toBe(value);
    };

    await focus("f-name");
    await page.keyboard.type("Keyboard Precision Parts Co.");
    await focus("f-industrySearch");
    await page.keyboard.type("34");
    await chooseByArrows("f-industryCode", "34");
    await chooseByArrows("f-provinceCode", "14");
    await page.waitForFunction(() => document.querySelectorAll("#f-cityCode option").length > 1);
    await chooseByArrows("f-cityCode", "1401");
    await focus("f-employees");
    await page.keyboard.type("45");
    await focus("f-revenueWan");
    await page.keyboard.type("1200");
    await screenshot(page, "assess-start-desktop");
    await page.keyboard.press("Tab"); // template
    await page.keyboard.press("Tab"); // portal
    await page.keyboard.press("Tab"); // submit
    await page.keyboard.press("Enter");
    await page.getByTestId("questionnaire").waitFor();

    const answers: Record<string, string | string[] | number> = { ...ANSWERS, "F.EQDIG": "p20_40" };
    for (const [index, step] of steps().entries()) {
      for (const code of step.items) {
        const value = answers[code];
        const options = optionCodes(code);
        if (Array.isArray(value)) {
          for (const option of value) {
            await focus(`${code}-${option}`);
            await page.keyboard.press("Space");
          }
        } else {
          // Tab enters a radio group at its first option; arrows move and select.
          await focus(`${code}-${options[0]}`);
          const target = options.indexOf(String(value));
          if (target === 0) await page.keyboard.press("Space");
          for (let k = 0; k < target; k++) await page.keyboard.press("ArrowDown");
        }
        const checked = await page.evaluate((c) => [...document.querySelectorAll<HTMLInputElement>(`[name="${c}"]:checked`)].map((i) => i.value), code);
        expect(checked.sort()).toEqual((Array.isArray(value) ? [...value] : [String(value)]).sort());
      }
      if (index === 0) await screenshot(page, "assess-question-desktop");
      await page.evaluate(() => (document.querySelector('[data-testid="next-step"]') as HTMLElement).scrollIntoView());
      await focus("next-step-button");
      await page.keyboard.press("Enter");
    }
    await page.getByTestId("review").waitFor();
    await focus("pledge");
    await page.keyboard.press("Space");
    await focus("submit-button");
    await page.keyboard.press("Enter");
    await page.getByTestId("result").waitFor({ timeout: 20_000 });
    const engine = expected(answers, {});
    expect(Number(await page.getByTestId("level").getAttribute("data-level"))).toBe(engine.level);
    expect(await page.getByTestId("total").innerText()).toBe(formatScore(engine.total));
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Your result");
    await screenshot(page, "assess-result-desktop");
    await context.close();
  });
});
