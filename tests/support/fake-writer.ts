import type { FakeReply, FakeRequest } from "./fake-llm";

/**
 * What a well-behaved model would answer to a section prompt, built from the facts in the request:
 * a different wording from the deterministic writer, so tests can tell the writers apart.
 */

export interface SectionRequest {
  section: string;
  facts: Record<string, unknown>;
  language: "zh-CN" | "en";
  firmText: string | null;
  /** 0 for the first request of this section, 1 for the repair, and so on. */
  attempt: number;
}

export function sectionRequest(request: FakeRequest): SectionRequest {
  const section = /^write_(\w+)_section$/.exec(request.toolName ?? "")?.[1] ?? "unknown";
  const user = request.messages.find((m) => m.role === "user")?.content ?? "";
  const facts = JSON.parse(/<facts>\n([\s\S]*?)\n<\/facts>/.exec(user)?.[1] ?? "{}") as Record<string, unknown>;
  const system = request.messages.find((m) => m.role === "system")?.content ?? "";
  const attempt = request.messages.filter((m) => m.role === "assistant").length;
  const firmText = /<firm_text>[\s\S]*?<\/firm_text>/.exec(user)?.[0] ?? null;
  return { section, facts, language: system.includes("简体中文") ? "zh-CN" : "en", firmText, attempt };
}

function firstId(facts: unknown, kind: "solutions" | "policies"): string | null {
  let found: string | null = null;
  const walk = (v: unknown, within: boolean) => {
    if (found) return;
    if (Array.isArray(v)) return v.forEach((x) => walk(x, within));
    if (!v || typeof v !== "object") return;
    for (const [k, x] of Object.entries(v)) {
      if (within && k === "id" && typeof x === "string") found = x;
      else if (kind === "solutions" && k === "solutionIds" && Array.isArray(x) && typeof x[0] === "string") found = x[0];
      else if (kind === "policies" && k === "policyId" && typeof x === "string") found = x;
      else walk(x, k === kind || (kind === "policies" && k === "policiesToConfirm") || within);
    }
  };
  walk(facts, false);
  return found;
}

export function groundedReply(r: SectionRequest): FakeReply {
  const level = r.facts.level as { current: number; name: string; total: number };
  const solution = firstId(r.facts, "solutions");
  const policy = firstId(r.facts, "policies");
  const zh = r.language === "zh-CN";
  const paragraphs = [
    zh
      ? `【模型撰写】贵企业当前${level.current === 0 ? "尚未达到一级" : `为${level.name}`}，总分${level.total}分。`
      : `[model] The firm is ${level.current === 0 ? "below level 1" : `at ${level.name}`} with ${level.total} points.`,
  ];
  if (solution) paragraphs.push(zh ? `建议优先了解 [[solution:${solution}]]。` : `Look at [[solution:${solution}]] first.`);
  if (policy) paragraphs.push(zh ? `可关注 [[policy:${policy}]] 的申报要求。` : `Check the requirements of [[policy:${policy}]].`);
  return {
    args: {
      headline: zh ? `本节要点：${level.name}` : `${r.section}: ${level.name}`,
      paragraphs,
      bullets: [zh ? "按计划推进" : "Follow the plan"],
      statedLevel: level.current,
      solutionIds: solution ? [solution] : [],
      policyIds: policy ? [policy] : [],
    },
  };
}
