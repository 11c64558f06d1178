import type { FakeReply, FakeRequest } from "./fake-llm";

/**
 * What a careful model would propose for a policy document: the title, the share paid and the level to
 * reach, each quoting the document's own words — plus one invented cap whose "quote" is not in the
 * document, which the server must drop.
 */
export function isPolicyRequest(request: FakeRequest): boolean {
  return request.toolName === "policy_proposal";
}

export function policyProposalReply(request: FakeRequest): FakeReply {
  const user = request.messages.find((m) => m.role === "user")?.content ?? "";
  const text = /<policy_document>\n([\s\S]*?)\n<\/policy_document>/.exec(user)?.[1] ?? "";
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const title = lines[0] ?? "政策";
  const percentLine = lines.find((l) => /\d+\s*%/.test(l)) ?? null;
  const percent = percentLine ? Number(/(\d+)\s*%/.exec(percentLine)![1]) : null;
  const levelLine = lines.find((l) => l.includes("二级")) ?? null;
  const none = { value: null, quote: null };
  return {
    args: {
      title,
      titleEn: "Policy proposed from the uploaded document",
      docNo: null,
      issuer: null,
      issuedOn: null,
      region: none,
      industries: none,
      sizeClasses: none,
      aboveScale: none,
      levelBefore: none,
      levelAfter: levelLine ? { value: { min: 2 }, quote: levelLine } : none,
      eligibleCosts: none,
      percent: percentLine && percent ? { value: percent, quote: percentLine } : none,
      cap: { value: { kind: "flat", yuan: 9_990_000 }, quote: "单户最高不超过999万元" },
      window: none,
      documents: none,
      exclusions: [],
    },
  };
}
