import { searchTerms } from "./text";

/**
 * Words people use for the same thing, as data: a question with one of a group is also searched for
 * the others (at a lower weight), so that 补助 finds a policy that says 补贴 and "grant" one that says
 * "subsidy". Groups are of this product's domain only; add to them when the evaluation set misses.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ["补贴", "补助", "资助", "奖补", "扶持资金", "奖励资金", "资金支持"],
  ["等级", "级别", "水平", "档次", "评级"],
  ["证据", "佐证", "附件", "证明材料", "凭证", "上传文件"],
  ["材料", "资料", "申报材料"],
  ["续答", "继续填写", "接着填", "恢复填写", "断点续填", "续填"],
  ["链接", "网址", "地址", "令牌"],
  ["过期", "失效", "到期"],
  ["验收", "核验", "验收材料"],
  ["申请", "申报"],
  ["到账", "拨付", "发放", "兑付", "打款"],
  ["报告", "诊断报告", "评测报告"],
  ["方案", "路径", "改造计划", "提升路径"],
  ["最省", "最便宜", "成本最低", "花钱最少", "省钱"],
  ["隐私", "个人信息", "保密", "数据保护"],
  ["顾问", "咨询师", "咨询顾问"],
  ["服务商", "供应商", "厂商"],
  ["门户", "服务平台"],
  ["评测", "测评", "评估", "诊断", "自评", "自测"],
  ["分数", "得分", "分值", "总分"],
  ["联网", "接入网络", "上网", "互联"],
  ["设备", "机器", "机床", "装备"],
  ["人工", "人工客服", "真人", "工作人员"],
  ["删除", "注销", "清除"],
  ["导出", "下载"],
  ["嵌入", "嵌进", "内嵌", "接入", "挂到"],
  ["密码", "口令"],
  ["行业", "所属行业", "产业"],
  ["专精特新", "小巨人"],
  ["成效", "效益", "效果"],
  ["场景", "业务场景"],
  ["二级", "2级", "第二级"],
  ["三级", "3级", "第三级"],
  ["一级", "1级", "第一级"],
  ["四级", "4级", "第四级"],
  ["subsidy", "grant", "funding", "money", "reimbursement"],
  ["level", "grade", "rating", "tier"],
  ["evidence", "proof", "attachment", "upload"],
  ["resume", "continue", "later", "unfinished"],
  ["link", "token", "url"],
  ["acceptance", "inspection", "sign-off"],
  ["plan", "roadmap", "path"],
  ["cheapest", "least-cost", "lowest", "cheap"],
  ["privacy", "personal", "confidential"],
  ["consultant", "advisor", "adviser"],
  ["score", "points", "mark"],
  ["human", "person", "agent", "staff"],
  ["delete", "remove", "erase"],
  ["apply", "application", "claim"],
  ["hr", "payroll", "attendance", "personnel"],
  ["embed", "iframe", "integrate"],
];

/** Each term's group partners, as search terms (built once). */
const partners: Map<string, Set<string>> = (() => {
  const map = new Map<string, Set<string>>();
  for (const group of SYNONYM_GROUPS) {
    const termsOfGroup = group.map((w) => searchTerms(w));
    group.forEach((_, i) => {
      const own = termsOfGroup[i]!;
      // Keyed by the word's own terms: a question that contains all of them contains the word.
      const key = own.join(" ");
      const set = map.get(key) ?? new Set<string>();
      termsOfGroup.forEach((other, j) => {
        if (j !== i) other.forEach((t) => set.add(t));
      });
      map.set(key, set);
    });
  }
  return map;
})();

/** Terms a question's terms imply through the synonym groups, without the question's own. */
export function synonymTerms(questionTerms: readonly string[]): string[] {
  const have = new Set(questionTerms);
  const out = new Set<string>();
  for (const [key, set] of partners) {
    const needed = key.split(" ");
    if (needed.length > 0 && needed.every((t) => have.has(t))) set.forEach((t) => !have.has(t) && out.add(t));
  }
  return [...out];
}
