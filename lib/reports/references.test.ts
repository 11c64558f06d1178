import { describe, expect, it } from "vitest";
import type { SectionOutput } from "@/prompts/report";
import { resolveReferences, resolveSection, type ReferenceNames } from "./references";

const names: ReferenceNames = {
  solutions: { "mes-lite": { name: "轻量MES", provider: "郑州某软件", demo: false } },
  policies: {
    "zz-2024": { title: "郑州市数字化改造补助", href: "/policies/zz-2024", demo: false },
    "demo-x": { title: "演示政策", href: "/policies/demo-x", demo: true },
  },
};

describe("resolveReferences", () => {
  it("words solutions and policies as the PDF does, in each language", () => {
    expect(resolveReferences("建议采用[[solution:mes-lite]]，并申请[[policy:zz-2024]]。", names, "zh-CN")).toBe(
      "建议采用「轻量MES」（郑州某软件），并申请《郑州市数字化改造补助》。",
    );
    expect(resolveReferences("Use [[solution:mes-lite]].", names, "en")).toBe("Use “轻量MES” (郑州某软件).");
  });

  it("marks a demo policy and shows an unknown id bare", () => {
    expect(resolveReferences("[[policy:demo-x]] [[solution:gone]]", names, "zh-CN")).toBe("《演示政策》（演示） gone");
  });

  it("leaves no token anywhere in a section", () => {
    const section: SectionOutput = {
      headline: "[[solution:mes-lite]]",
      paragraphs: ["a [[policy:zz-2024]]", "b"],
      bullets: ["[[policy:demo-x]]"],
      statedLevel: 2,
      solutionIds: ["mes-lite"],
      policyIds: ["zz-2024", "demo-x"],
    };
    const resolved = resolveSection(section, names, "zh-CN");
    expect(JSON.stringify(resolved)).not.toContain("[[");
    expect(resolved.solutionIds).toEqual(["mes-lite"]);
  });
});
