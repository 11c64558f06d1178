import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getPlan } from "@/app/api/assessments/[id]/plan/route";
import { POST as submit } from "@/app/api/assessments/[id]/submit/route";
import { PATCH as patch } from "@/app/api/assessments/[id]/route";
import { POST as create } from "@/app/api/assessments/route";
import { call, fields } from "../support/api";
import { useAppDatabase } from "../support/app-database";
import { COMPLETE_MANUFACTURING, ZHENGZHOU_ENTERPRISE } from "../support/fixtures";

/**
 * 郑州's pilot names four 细分行业 (汽车零部件及配件, 新型高端装备, 新型耐火材料, 铝基新材料): its
 * industry condition is checked strictly on the firm's stored facts, through the plan a firm sees.
 */

let cleanup: () => Promise<void>;
beforeAll(async () => {
  cleanup = await useAppDatabase({ demo: true });
});
afterAll(async () => {
  await cleanup();
});

type Check = { condition: string; status: string; reason: { "zh-CN": string } };
type Match = { policyId: string; verdict: string; checks: Check[] };

async function zhengzhouMatch(name: string, firm: Record<string, unknown>) {
  const r = await call(create, {
    method: "POST",
    body: { enterprise: { ...ZHENGZHOU_ENTERPRISE, name, ...firm }, template: "miit-2024-manufacturing", language: "zh-CN" },
  });
  expect(r.status).toBe(201);
  const a = r.body as { id: string; resumeToken: string; portal: { slug: string } };
  expect(a.portal.slug).toBe("zhengzhou");
  await call(patch, { method: "PATCH", id: a.id, token: a.resumeToken, body: { answers: COMPLETE_MANUFACTURING } });
  await call(submit, { method: "POST", id: a.id, token: a.resumeToken, body: { pledge: true } });
  const plan = (await call(getPlan, { id: a.id, token: a.resumeToken })).body as { next: { policies: Match[] } };
  const match = plan.next.policies.find((p) => p.policyId === "zhengzhou-2024-10");
  expect(match, name).toBeDefined();
  return { match: match!, industry: match!.checks.find((c) => c.condition === "industries")! };
}

describe("strict pilot-segment checks (郑州)", () => {
  it("in a named segment: the industry is met, and the verdict rests on the other terms (eligible or to confirm)", async () => {
    const { match, industry } = await zhengzhouMatch("郑州汽车冲压件有限公司", {
      industryCode: "36",
      industrySubCode: "3670",
      industrySegment: "汽车零部件及配件",
    });
    expect(industry.status).toBe("met");
    expect(industry.reason["zh-CN"]).toContain("汽车零部件及配件");
    expect(["eligible", "possibly_eligible"]).toContain(match.verdict);
  });

  it("outside every named segment: not eligible, with the reason", async () => {
    const software = await zhengzhouMatch("郑州软件开发有限公司", { industryCode: "65" });
    expect(software.match.verdict).toBe("not_eligible");
    expect(software.industry.status).toBe("unmet");
    expect(software.industry.reason["zh-CN"]).toContain("不属于政策列明的试点细分行业（汽车零部件及配件、新型高端装备、新型耐火材料、铝基新材料）");
    const food = await zhengzhouMatch("郑州面粉加工有限公司", { industryCode: "13", industrySubCode: "1312" });
    expect([food.match.verdict, food.industry.status]).toEqual(["not_eligible", "unmet"]);
  });

  it("possibly in one and not said: to confirm, naming the segments", async () => {
    const { match, industry } = await zhengzhouMatch("郑州数控机床有限公司", { industryCode: "34", industrySubCode: "3421" });
    expect(industry.status).toBe("unknown");
    expect(industry.reason["zh-CN"]).toContain("新型高端装备");
    expect(match.verdict).not.toBe("eligible");
  });

  it("refuses a segment no pilot names and a class outside the chosen division", async () => {
    const bad = await call(create, { method: "POST", body: { enterprise: { ...ZHENGZHOU_ENTERPRISE, industrySegment: "元宇宙" }, language: "zh-CN" } });
    expect([bad.status, fields(bad.body)]).toEqual([400, ["enterprise.industrySegment"]]);
    const wrong = await call(create, {
      method: "POST",
      body: { enterprise: { ...ZHENGZHOU_ENTERPRISE, industryCode: "34", industrySubCode: "3670" }, language: "zh-CN" },
    });
    expect([wrong.status, fields(wrong.body)]).toEqual([400, ["enterprise.industrySubCode"]]);
  });
});
