import type { CompiledQuestion } from "./model/load";

/**
 * Whether buying a product or service can change a question's answer. The 成效 indicators (E.*) are
 * year-on-year results and 资金保障 (M.FUND) is the share of revenue the firm itself invests: a plan
 * may expect them to move, never buy them.
 */
export function purchasable(q: Pick<CompiledQuestion, "code" | "dimension">): boolean {
  return q.dimension !== "EFFECT" && q.code !== "M.FUND";
}
