import type { CompiledTemplate } from "@/scoring";

/**
 * The firm's own words mapped to the business scenes behind them, so that a plan can start from its
 * problems. A keyword map (data, below): every mapping keeps the words that triggered it, so the page
 * can show why a scene was picked. Pure.
 */

/** Scene → words that point to it (Chinese as firms write it; a few English for English forms). */
export const PAIN_KEYWORDS: Readonly<Record<string, readonly string[]>> = {
  "S.PRODUCT_DESIGN": ["产品设计", "研发", "图纸", "设计变更", "BOM", "新品开发", "product design", "drawings"],
  "S.PROCESS_DESIGN": ["工艺", "工序", "作业指导", "工艺参数", "process design"],
  "S.MARKETING": ["订单", "接单", "微信下单", "客户", "销售", "报价", "营销", "丢单", "漏单", "客户管理", "orders", "sales", "customers"],
  "S.AFTER_SALES": ["售后", "投诉", "退货", "维保", "客诉", "after-sales", "complaints"],
  "S.PLANNING": ["排产", "排程", "生产计划", "交期", "延期交货", "插单", "scheduling", "delivery dates"],
  "S.PRODUCTION": ["生产管理", "工单", "报工", "生产进度", "在制品", "车间管理", "work orders", "production progress"],
  "S.QUALITY": ["质量", "不良", "次品", "返工", "返修", "检验", "追溯", "良率", "合格率", "quality", "defects", "rework"],
  "S.EQUIPMENT": ["设备", "停机", "故障", "维修", "保养", "稼动", "OEE", "equipment", "downtime", "breakdowns"],
  "S.SAFETY": ["安全生产", "隐患", "事故", "危废", "安全检查", "safety", "hazards"],
  "S.ENERGY": ["能耗", "电费", "用电", "用水", "用气", "能源", "碳排", "energy", "power bills"],
  "S.PURCHASING": ["采购", "供应商", "询价", "比价", "来料", "purchasing", "suppliers"],
  "S.WAREHOUSING": ["库存", "盘点", "仓库", "仓储", "出入库", "物料", "账实不符", "积压", "发货", "物流", "stock", "inventory", "warehouse"],
  "S.FINANCE": ["财务", "对账", "应收", "应付", "回款", "成本核算", "发票", "记账", "finance", "invoices", "receivables"],
  "S.HR": ["招聘", "招工", "考勤", "工资", "薪酬", "绩效", "人员流失", "培训", "hiring", "payroll", "attendance"],
  "S.OFFICE": ["审批", "协同", "办公", "沟通", "文件流转", "approvals", "paperwork"],
  "S.DECISION": ["报表", "决策", "数据分析", "经营数据", "看板", "reports", "dashboards", "decisions"],
};

export interface PainPoint {
  scene: string;
  /** The words of the firm's text that point to this scene, as they appear there. */
  words: string[];
  /** Where they were found: 最想解决的问题 weighs more than the 主营业务 description. */
  field: "painPoints" | "description";
}

/**
 * Scenes named by the firm's stated problems (最想解决的问题) — or, when it stated none, by its business
 * description — in the template's scene order. A scene the template lacks is skipped.
 */
export function painPointScenes(t: CompiledTemplate, text: { description?: string; painPoints?: string }): PainPoint[] {
  const find = (field: PainPoint["field"]) => {
    const source = (text[field] ?? "").toLowerCase();
    if (source.trim() === "") return [];
    // Every occurrence of every word; English words whole ("sales" is not in "after-sales").
    const hits: { scene: string; word: string; from: number; to: number }[] = [];
    for (const s of t.scenes) {
      for (const word of PAIN_KEYWORDS[s.code] ?? []) {
        const w = word.toLowerCase();
        for (let at = source.indexOf(w); at >= 0; at = source.indexOf(w, at + 1)) {
          const ascii = /^[\x00-\x7f]+$/.test(w);
          if (ascii && (/[a-z-]/.test(source[at - 1] ?? "") || /[a-z-]/.test(source[at + w.length] ?? ""))) continue;
          hits.push({ scene: s.code, word, from: at, to: at + w.length });
        }
      }
    }
    // A word inside a longer one of another scene is that one's ("orders" in "work orders" is production's).
    const kept = hits.filter((h) => !hits.some((o) => o.scene !== h.scene && o.to - o.from > h.to - h.from && o.from <= h.from && o.to >= h.to));
    return t.scenes.flatMap((s) => {
      const words = [...new Set(kept.filter((h) => h.scene === s.code).map((h) => h.word))];
      return words.length > 0 ? [{ scene: s.code, words, field }] : [];
    });
  };
  const stated = find("painPoints");
  return stated.length > 0 ? stated : find("description");
}
