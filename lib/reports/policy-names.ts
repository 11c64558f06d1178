/**
 * Phrases that read as the name of a policy or official document, whether in book-title marks, in
 * quotes or in none: 关于…的通知, a name with a place or year (郑州市…办法, 2025年…方案), a formal
 * ending (…专项资金管理办法, …若干措施), a quoted phrase ending in 办法/政策/…, and English title-case
 * names (… Subsidy Measures, Notice on …). Ordinary words (补贴政策, 解决方案, 保障措施, 专家意见)
 * are not names. Expects normalised text.
 */

const SUFFIX = "办法|政策|通知|细则|方案|意见|措施|规定|条例|指南|计划|规划|决定|公告|通告";
const FORMAL =
  /(?:实施细则|管理细则|管理办法|暂行办法|试行办法|实施办法|若干措施|若干意见|指导意见|实施意见|工作方案|行动方案|推进方案|行动计划|管理规定|暂行规定)$/;
/** A place or an issuer in the name (not 市场, 节省). */
const ISSUER = /(?<!节)省(?![钱时力去])|市(?!场)|县|自治区|国务院|工信部|工业和信息化部|财政部|发改委|人民政府|办公厅|委员会/;
const YEAR = /\d{4}年/;

const ABOUT = new RegExp(`关于[^，。；：！？、\\s“”"「」《》〈〉『』]{2,60}?(?:${SUFFIX})`, "g");
const ENDING = new RegExp(`[\\u4e00-\\u9fff\\d（）()]+?(?:${SUFFIX})`, "g");
/** Words that end a name's run from the left: function words, and verbs a sentence puts before a name. */
const LEAD =
  /.*(?:[的了和与及或等在为是对把被向从按据请需要并以其该此各有无不也都还可将应就让使给跟同至而但若如]|申请|制定|编制|参照|依据|根据|按照|符合|对照|享受|关注|了解|查阅|执行|印发|结合|使用|采用|选择|确认|准备|提交|联系|咨询|落实|听取|参考|查看|适用|满足)/;
const QUOTED = /“([^”]{2,80})”|"([^"]{2,80})"|‘([^’]{2,80})’|『([^』]{2,80})』|【([^】]{2,80})】/g;
const QUOTED_NAME = new RegExp(
  `(?:${SUFFIX})$|\\b(?:Measures|Policy|Policies|Notice|Rules|Regulations|Guidelines|Opinions|Plan|Programme|Program|Scheme|Provisions|Circular)\\b`,
);

const EN_DOC = "Measures|Policy|Policies|Notice|Rules|Regulations|Guidelines|Opinions|Plan|Programme|Program|Scheme|Provisions|Circular";
const EN_TITLE = new RegExp(`\\b(?:[A-Z][\\w'-]*\\s+(?:(?:of|for|on|the|and|to|in)\\s+)*){1,12}(?:${EN_DOC})\\b`, "g");
const EN_LEADING = new RegExp(`\\b(?:${EN_DOC})\\s+(?:on|for|of|about)\\s+(?:the\\s+)?(?:[A-Z][\\w'-]*(?:\\s+(?:of|for|on|the|and|to|in))*\\s*){2,}`, "g");
const DETERMINERS = /^(?:(?:The|A|An|This|That|These|Those|Our|Your|Its|Their|Each|Every|Any|Some|Other|Under|See|Apply|For)\s+)+/;

function namelike(stem: string, phrase: string): boolean {
  return ISSUER.test(stem) || YEAR.test(stem) || (FORMAL.test(phrase) && phrase.replace(FORMAL, "").length >= 4);
}

export function policyLikeNames(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(ABOUT)) found.add(m[0]);
  for (const m of text.matchAll(ENDING)) {
    const phrase = m[0].replace(LEAD, "");
    const stem = phrase.replace(new RegExp(`(?:${SUFFIX})$`), "");
    if (stem.length >= 2 && namelike(stem, phrase)) found.add(phrase);
  }
  for (const m of text.matchAll(QUOTED)) {
    const inner = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]!).trim();
    if (QUOTED_NAME.test(inner)) found.add(inner);
  }
  for (const re of [EN_TITLE, EN_LEADING]) {
    for (const m of text.matchAll(re)) {
      const name = m[0].trim().replace(DETERMINERS, "");
      // One capitalised word before the document word at least ("Policies the firm…" is a sentence).
      if (/\s/.test(name)) found.add(name);
    }
  }
  return [...found];
}
