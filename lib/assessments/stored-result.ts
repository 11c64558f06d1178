import type { StoredResultDetail } from "@/db/schema";
import { AppError } from "@/lib/errors";
import type { Result } from "@/scoring";

/**
 * The explained result frozen at submission (assessment_results.detail), the one way it is read back.
 * Generated firms (dashboard at scale) store only their figures; nothing that explains a result may
 * read one, so that is an error here rather than a missing field further on.
 */
export function storedResult(detail: StoredResultDetail): Result {
  if ("synthetic" in detail)
    throw new AppError("internal", { "zh-CN": "生成的示例企业只存有得分数据，没有得分说明", en: "a generated firm's result has figures only, no explanation" });
  return detail;
}
