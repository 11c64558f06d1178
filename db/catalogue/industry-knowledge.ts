import { z } from "zod";
import { parseEntries } from "./parse-entries";

/**
 * Industry knowledge for the diagnostic report, as data: for each 细分行业 common in the MIIT pilot cities,
 * its typical pain points, the scenes that matter most, what good looks like at 二级/三级 and the KPIs worth
 * recording as a baseline. The report says "for a firm like yours" from this, never from a model's memory.
 *
 * Every statement carries its source and how far it can be trusted: `official` (a law, regulation or a
 * ministry's plan says it), `published` (a published standard or industry text) or `est` (our own industry
 * experience, labelled "数诊整理（行业经验，非官方）" and never shown as official). Where an official text is
 * cited, the statement says no more than what it says; the rest is ours and marked so.
 *
 * Validated at module load: a malformed entry stops the process with its id and the field at fault. Scene
 * codes are checked against the manufacturing template by the test beside this file (db/ imports no engine).
 */

const text = z.object({ "zh-CN": z.string().min(1), en: z.string().min(1) });
const sceneCode = z.string().regex(/^S\.[A-Z_]+$/, "a scene code such as S.QUALITY");
const sceneCodes = z.array(sceneCode).min(1);

export const SOURCE_CONFIDENCE = ["official", "published", "est"] as const;
export type SourceConfidence = (typeof SOURCE_CONFIDENCE)[number];

/** How an estimate is labelled wherever it is shown. */
export const EST_SOURCE_TITLE = "数诊整理（行业经验，非官方）";
export const EST_SOURCE_ISSUER = "数诊";

export const knowledgeSource = z
  .object({
    title: z.string().min(1),
    issuer: z.string().min(1),
    year: z.number().int().min(1949).max(2100).optional(),
    url: z.url({ protocol: /^https?$/, error: "an http(s) address" }).optional(),
    confidence: z.enum(SOURCE_CONFIDENCE),
  })
  .superRefine((s, ctx) => {
    const ours = s.issuer === EST_SOURCE_ISSUER || s.title === EST_SOURCE_TITLE;
    if (s.confidence === "est" && (s.title !== EST_SOURCE_TITLE || s.issuer !== EST_SOURCE_ISSUER))
      ctx.addIssue({ code: "custom", message: `an estimate is labelled "${EST_SOURCE_TITLE}" by "${EST_SOURCE_ISSUER}"` });
    if (s.confidence !== "est" && ours) ctx.addIssue({ code: "custom", message: "our own experience is an estimate (est), never official or published" });
  });
export type KnowledgeSource = z.infer<typeof knowledgeSource>;

const pain = z.object({ text, scenes: sceneCodes, source: knowledgeSource });
const keyScene = z.object({ scene: sceneCode, why: text, source: knowledgeSource });
const goodLooksLike = z.object({ level: z.union([z.literal(2), z.literal(3)]), text, scenes: sceneCodes, source: knowledgeSource });
const kpi = z.object({
  id: z.string().regex(/^[a-z0-9-]{2,40}$/),
  name: text,
  /** Shown after the figure: "%", "天", "kgce/t"… (English may differ: "days"). */
  unit: text,
  /** Which way is better, so a baseline and a later figure can be compared. */
  better: z.enum(["higher", "lower"]),
  scenes: sceneCodes,
  source: knowledgeSource,
});

/** The entry for any firm outside the listed industries. */
export const GENERAL_ID = "general";

const twoDigits = /^\d{2}$/;
const threeDigits = /^\d{3}$/;

export const industryKnowledgeEntry = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{3,60}$/, "ids are lower-case letters, digits and hyphens"),
    name: text,
    match: z.object({
      /** GB/T 4754-2017 大类 the entry applies to. */
      divisions: z.array(z.string().regex(twoDigits, "a 大类 is two digits")),
      /** 中类 that identify the entry within its 大类 (empty: the whole 大类). */
      groups: z.array(z.string().regex(threeDigits, "a 中类 is three digits")),
      /** Words found in a pilot city's free-text 细分行业 name ("汽车零部件及配件" contains "汽车零部件"). */
      keywords: z.array(z.string().trim().min(1)),
    }),
    pains: z.array(pain).min(3).max(5),
    keyScenes: z.array(keyScene).min(4).max(6),
    goodLooksLike: z.array(goodLooksLike).min(3).max(4),
    kpis: z.array(kpi).min(3).max(5),
  })
  .superRefine((e, ctx) => {
    for (const [i, g] of e.match.groups.entries())
      if (!e.match.divisions.includes(g.slice(0, 2)))
        ctx.addIssue({ code: "custom", path: ["match", "groups", i], message: `中类 ${g} is not under any of the entry's 大类` });
    const general = e.id === GENERAL_ID;
    const matchesSomething = e.match.divisions.length > 0 || e.match.keywords.length > 0;
    if (general && matchesSomething) ctx.addIssue({ code: "custom", path: ["match"], message: "the general entry matches nothing (it is the fallback)" });
    if (!general && !matchesSomething) ctx.addIssue({ code: "custom", path: ["match"], message: "an industry entry names its 大类 or keywords" });
    const seen = new Set<string>();
    for (const [i, k] of e.keyScenes.entries()) {
      if (seen.has(k.scene)) ctx.addIssue({ code: "custom", path: ["keyScenes", i, "scene"], message: `scene ${k.scene} listed twice` });
      seen.add(k.scene);
    }
    const kpiIds = new Set<string>();
    for (const [i, k] of e.kpis.entries()) {
      if (kpiIds.has(k.id)) ctx.addIssue({ code: "custom", path: ["kpis", i, "id"], message: `kpi ${k.id} listed twice` });
      kpiIds.add(k.id);
    }
  });
export type IndustryKnowledge = z.infer<typeof industryKnowledgeEntry>;
export type IndustryPain = IndustryKnowledge["pains"][number];
export type IndustryKeyScene = IndustryKnowledge["keyScenes"][number];
export type IndustryGoodLooksLike = IndustryKnowledge["goodLooksLike"][number];
export type IndustryKpi = IndustryKnowledge["kpis"][number];

/**
 * Validates the whole list: each entry, unique ids, exactly one general entry, and no 中类 or keyword
 * claimed by two entries (the lookup would have to guess between them).
 */
export function parseIndustryKnowledge(raw: unknown): IndustryKnowledge[] {
  const entries = parseEntries(raw, industryKnowledgeEntry, "industry knowledge");
  if (entries.filter((e) => e.id === GENERAL_ID).length !== 1) throw new Error(`industry knowledge: exactly one "${GENERAL_ID}" entry is needed`);
  const owner = new Map<string, string>();
  for (const e of entries)
    for (const claim of [...e.match.groups.map((g) => `中类 ${g}`), ...e.match.keywords.map((k) => `keyword ${k}`)]) {
      const other = owner.get(claim);
      if (other && other !== e.id) throw new Error(`industry knowledge ${e.id}: ${claim} is also claimed by ${other}`);
      owner.set(claim, e.id);
    }
  return entries;
}

// ——— Sources ———————————————————————————————————————————————————————————————————————————————
// Official texts below were read in public copies (ministry releases and their reprints); each statement
// citing one stays within what that text says. Page addresses are given only for government sites.

const EST: KnowledgeSource = { title: EST_SOURCE_TITLE, issuer: EST_SOURCE_ISSUER, confidence: "est" };

const official = (title: string, issuer: string, year?: number, url?: string): KnowledgeSource => ({
  title,
  issuer,
  ...(year ? { year } : {}),
  ...(url ? { url } : {}),
  confidence: "official",
});

const AUTO_PLAN = official("《汽车行业数字化转型实施方案》", "工业和信息化部、教育部、市场监管总局、国家数据局", 2025);
const MACHINERY_PLAN = official("《机械工业数字化转型实施方案（2025—2030年）》", "工业和信息化部等八部门", 2025);
const TEXTILE_PLAN = official("《纺织工业数字化转型实施方案》", "工业和信息化部等六部门", 2025);
const FOOD_PLAN = official("《食品工业数字化转型实施方案》", "工业和信息化部等七部门", 2025);
const FOOD_LAW = official("《中华人民共和国食品安全法》第四十二条（食品安全全程追溯制度）", "全国人民代表大会常务委员会");
const PHARMA_GMP = official("《药品生产质量管理规范（2010年修订）》", "卫生部", 2011);
const PHARMA_PLAN = official("《医药工业数智化转型实施方案（2025—2030年）》", "工业和信息化部等七部门", 2025);
const LIGHT_PLAN = official("《轻工业数字化转型实施方案》", "工业和信息化部、教育部、市场监管总局", 2025);
const LIGHT_PLAN_DRAFT = official("《轻工业数字化转型实施方案（征求意见稿）》", "工业和信息化部", 2024);
const ELECTRONICS_PLAN = official("《电子信息制造业数字化转型实施方案》", "工业和信息化部、国家发展改革委、国家数据局", 2025);
const EQUIPMENT_RENEWAL = official("《推动工业领域设备更新实施方案》", "工业和信息化部等七部门", 2024);
const RAW_MATERIALS_PLAN = official("《原材料工业数字化转型工作方案（2024—2026年）》", "工业和信息化部等九部门", 2024);
const GREEN_BUILDING_MATERIALS = official("《绿色建材产业高质量发展实施方案》", "工业和信息化部等十部门", 2024);
const ALUMINIUM_PLAN = official("《铝产业高质量发展实施方案（2025—2027年）》", "工业和信息化部等十部门", 2025);
const SAFETY_PLAN = official("《“工业互联网+安全生产”行动计划（2021—2023年）》（工信部联信发〔2020〕157号）", "工业和信息化部、应急管理部", 2020);
const IATF_16949: KnowledgeSource = {
  title: "IATF 16949:2016《汽车生产件及相关服务件组织的质量管理体系要求》8.5.2.1 标识和可追溯性",
  issuer: "国际汽车工作组（IATF）",
  year: 2016,
  confidence: "published",
};

const L = (zh: string, en: string) => ({ "zh-CN": zh, en });
const PCT = L("%", "%");
const DAYS = L("天", "days");

// ——— Entries ———————————————————————————————————————————————————————————————————————————————

const RAW: unknown = [
  {
    id: "auto-parts",
    name: L("汽车零部件", "Auto parts"),
    match: { divisions: ["36"], groups: ["367"], keywords: ["汽车零部件", "汽车配件", "汽车零件", "汽配", "汽车"] },
    pains: [
      {
        text: L(
          "汽车质量体系要求按风险制定追溯计划，实现标识和可追溯；客户指定时须追溯到单件（序列号）",
          "The automotive quality standard requires a risk-based traceability plan, identification and traceability, down to serial numbers where the customer asks",
        ),
        scenes: ["S.QUALITY", "S.PRODUCTION"],
        source: IATF_16949,
      },
      {
        text: L(
          "行业方案指出零部件中小企业数字化转型较慢，并专门部署汽车零部件中小企业数字化转型赋能行动",
          "The industry plan finds small parts makers slow to digitalise and sets out a dedicated action to help them",
        ),
        scenes: ["S.PLANNING", "S.PURCHASING", "S.WAREHOUSING"],
        source: AUTO_PLAN,
      },
      {
        text: L(
          "多品种小批量，主机厂要货计划频繁调整，排产和换模靠经验，交付波动大",
          "Many part numbers in small lots and frequently revised call-offs: scheduling and die changes rely on experience and delivery varies",
        ),
        scenes: ["S.PLANNING", "S.PRODUCTION"],
        source: EST,
      },
      {
        text: L(
          "冲压、注塑、压铸设备和模具多为事后维修，停机原因和设备综合效率不透明",
          "Presses, moulding and die-casting machines and their dies are repaired after failure; downtime causes and OEE are unknown",
        ),
        scenes: ["S.EQUIPMENT"],
        source: EST,
      },
    ],
    keyScenes: [
      {
        scene: "S.QUALITY",
        why: L(
          "客户质量体系要求标识和可追溯，出问题时要能查到批次、工序和原材料",
          "The customer's quality system requires identification and traceability down to lot, step and material",
        ),
        source: IATF_16949,
      },
      {
        scene: "S.PLANNING",
        why: L(
          "行业方案将“柔性敏捷生产”列为典型场景：以数据驱动排产，应对多品种、定制化订单",
          "The industry plan names flexible, agile production (data-driven scheduling for varied and custom orders) a typical scene",
        ),
        source: AUTO_PLAN,
      },
      {
        scene: "S.PRODUCTION",
        why: L(
          "工单、报工和在制品透明是按时交付和追溯的基础",
          "Visible work orders, reporting and work in progress underpin on-time delivery and traceability",
        ),
        source: EST,
      },
      {
        scene: "S.EQUIPMENT",
        why: L("设备和模具可用率直接决定产能和交付", "Machine and die availability decides capacity and delivery"),
        source: EST,
      },
      {
        scene: "S.WAREHOUSING",
        why: L("按主机厂要货准时配送、先进先出，库存占用资金大", "Call-off deliveries, first-in-first-out and stock tying up cash"),
        source: EST,
      },
    ],
    goodLooksLike: [
      {
        level: 2,
        text: L(
          "检验数据在系统中记录，成品按批次标识，可从成品批次查到原材料批号和检验记录",
          "Inspection data is kept in a system; finished goods carry lot labels that lead back to material lots and inspection records",
        ),
        scenes: ["S.QUALITY"],
        source: IATF_16949,
      },
      {
        level: 2,
        text: L(
          "主机厂要货计划进入系统，自动生成生产计划并检查物料齐套",
          "Customer call-offs enter the system, which drafts the production plan and checks material readiness",
        ),
        scenes: ["S.PLANNING"],
        source: EST,
      },
      {
        level: 3,
        text: L(
          "关键工序参数自动采集并与工单、批次关联，可正向、反向追溯",
          "Key process parameters are captured automatically and tied to work orders and lots, traceable forwards and backwards",
        ),
        scenes: ["S.PRODUCTION", "S.QUALITY"],
        source: EST,
      },
      {
        level: 3,
        text: L(
          "模具和关键设备联网，统计设备综合效率与停机原因，按冲次/模次安排保养",
          "Dies and key machines are networked: OEE and downtime causes are measured, maintenance follows stroke or shot counts",
        ),
        scenes: ["S.EQUIPMENT"],
        source: EST,
      },
    ],
    kpis: [
      { id: "first-pass-yield", name: L("一次交检合格率", "First-pass yield"), unit: PCT, better: "higher", scenes: ["S.QUALITY"], source: EST },
      {
        id: "customer-ppm",
        name: L("客户退货百万分率（PPM）", "Customer reject rate (PPM)"),
        unit: L("PPM", "PPM"),
        better: "lower",
        scenes: ["S.QUALITY"],
        source: EST,
      },
      { id: "oee", name: L("设备综合效率（OEE）", "Overall equipment effectiveness (OEE)"), unit: PCT, better: "higher", scenes: ["S.EQUIPMENT"], source: EST },
      {
        id: "on-time-delivery",
        name: L("订单准时交付率", "On-time delivery"),
        unit: PCT,
        better: "higher",
        scenes: ["S.PLANNING", "S.WAREHOUSING"],
        source: EST,
      },
      {
        id: "key-process-nc-rate",
        name: L("关键工序数控化率", "Share of key processes under numerical control"),
        unit: PCT,
        better: "higher",
        scenes: ["S.PRODUCTION", "S.EQUIPMENT"],
        source: AUTO_PLAN,
      },
    ],
  },
  {
    id: "machinery",
    name: L("通用/专用设备", "General and special-purpose machinery"),
    match: {
      divisions: ["34", "35"],
      groups: [],
      keywords: ["通用设备", "专用设备", "装备", "机械", "机床", "泵阀", "农机", "轴承", "减速机", "传动"],
    },
    pains: [
      {
        text: L(
          "大批量生产与小批量定制并存，产品结构复杂、产业链长",
          "Volume production and small custom batches side by side, with complex products and a long supply chain",
        ),
        scenes: ["S.PLANNING", "S.PRODUCT_DESIGN", "S.PROCESS_DESIGN"],
        source: MACHINERY_PLAN,
      },
      {
        text: L(
          "非标订单多，设计BOM与工艺、制造BOM不一致，设计变更传不到车间",
          "Many engineered-to-order jobs: design, process and manufacturing BOMs disagree and design changes do not reach the shop floor",
        ),
        scenes: ["S.PRODUCT_DESIGN", "S.PROCESS_DESIGN", "S.PRODUCTION"],
        source: EST,
      },
      {
        text: L(
          "项目型订单周期长、在制品多，进度靠人追，物料齐套难",
          "Long project-type orders with much work in progress: progress is chased by hand and material kits are rarely complete",
        ),
        scenes: ["S.PLANNING", "S.PURCHASING", "S.WAREHOUSING"],
        source: EST,
      },
      {
        text: L(
          "售出设备的故障和使用信息回不来，服务靠电话，备件无计划",
          "Field failures and usage of delivered machines do not come back: service runs by phone and spare parts are unplanned",
        ),
        scenes: ["S.AFTER_SALES"],
        source: EST,
      },
    ],
    keyScenes: [
      {
        scene: "S.PRODUCT_DESIGN",
        why: L(
          "非标设计多，图纸、BOM和变更的版本管理决定后续各环节是否出错",
          "Much custom design: version control of drawings, BOMs and changes decides whether later steps go wrong",
        ),
        source: EST,
      },
      {
        scene: "S.PROCESS_DESIGN",
        why: L("工艺路线和工时是报价、排产和成本核算的依据", "Routings and standard times are the basis of quotes, schedules and costing"),
        source: EST,
      },
      {
        scene: "S.PLANNING",
        why: L(
          "行业方案指出大批量生产与小批量定制并存，计划排程要兼顾两种模式",
          "The industry plan notes volume and small custom batches side by side; scheduling must serve both",
        ),
        source: MACHINERY_PLAN,
      },
      {
        scene: "S.PRODUCTION",
        why: L("工序进度和在制品透明，交期才能承诺得准", "Visible step progress and work in progress make delivery promises reliable"),
        source: EST,
      },
      {
        scene: "S.AFTER_SALES",
        why: L(
          "行业方案把智慧服务列为与智能装备、智能制造并列的三大领域之一",
          "The industry plan makes smart services one of its three fields, beside smart equipment and smart manufacturing",
        ),
        source: MACHINERY_PLAN,
      },
    ],
    goodLooksLike: [
      {
        level: 2,
        text: L("图纸、BOM和设计变更在设计管理系统中统一版本管理", "Drawings, BOMs and design changes are version-controlled in one design system"),
        scenes: ["S.PRODUCT_DESIGN"],
        source: EST,
      },
      {
        level: 3,
        text: L(
          "设计BOM转换为工艺和制造BOM，工艺路线随工单下发到车间",
          "The design BOM becomes process and manufacturing BOMs; routings reach the shop with each work order",
        ),
        scenes: ["S.PROCESS_DESIGN", "S.PRODUCTION"],
        source: EST,
      },
      {
        level: 3,
        text: L(
          "按订单/项目自动排产，并跟踪工序进度与物料齐套",
          "Orders and projects are scheduled by the system, which tracks step progress and material readiness",
        ),
        scenes: ["S.PLANNING", "S.PURCHASING"],
        source: EST,
      },
      {
        level: 3,
        text: L("售后工单在系统中闭环，故障信息反馈到设计和质量", "Service tickets are closed in a system and failures are fed back to design and quality"),
        scenes: ["S.AFTER_SALES", "S.QUALITY"],
        source: EST,
      },
    ],
    kpis: [
      { id: "on-time-delivery", name: L("订单准时交付率", "On-time delivery"), unit: PCT, better: "higher", scenes: ["S.PLANNING"], source: EST },
      { id: "lead-time", name: L("订单生产周期", "Order lead time"), unit: DAYS, better: "lower", scenes: ["S.PLANNING", "S.PRODUCTION"], source: EST },
      {
        id: "first-pass-assembly",
        name: L("一次装配调试合格率", "First-pass assembly and test yield"),
        unit: PCT,
        better: "higher",
        scenes: ["S.QUALITY"],
        source: EST,
      },
      { id: "inventory-days", name: L("库存周转天数", "Days of inventory"), unit: DAYS, better: "lower", scenes: ["S.WAREHOUSING"], source: EST },
    ],
  },
  {
    id: "textiles-apparel",
    name: L("纺织服装", "Textiles and apparel"),
    match: { divisions: ["17", "18"], groups: [], keywords: ["纺织", "服装", "服饰", "针织", "印染", "面料", "家纺", "织造"] },
    pains: [
      {
        text: L(
          "行业方案将坯布瑕疵检验、染化料测配色列为需要突破的技术瓶颈",
          "The industry plan lists grey-fabric defect inspection and dye colour matching as technical bottlenecks to overcome",
        ),
        scenes: ["S.QUALITY", "S.PROCESS_DESIGN"],
        source: TEXTILE_PLAN,
      },
      {
        text: L(
          "小批量、快返单增多，排产和面辅料齐套靠人工",
          "More small and quick-repeat orders; scheduling and fabric and trim readiness are handled by hand",
        ),
        scenes: ["S.PLANNING", "S.PURCHASING"],
        source: EST,
      },
      {
        text: L(
          "印染等工序水、电、汽消耗大，只按车间总表计量，看不清单耗",
          "Dyeing uses much water, power and steam, metered only per workshop, so unit consumption is unknown",
        ),
        scenes: ["S.ENERGY"],
        source: EST,
      },
      {
        text: L("工序进度和计件工资靠手工统计，出错多、滞后", "Step progress and piece-rate pay are counted by hand, late and error-prone"),
        scenes: ["S.PRODUCTION", "S.HR"],
        source: EST,
      },
    ],
    keyScenes: [
      {
        scene: "S.QUALITY",
        why: L(
          "行业方案推广在线检测设备，攻关坯布瑕疵检验",
          "The industry plan promotes on-line inspection equipment and work on grey-fabric defect inspection",
        ),
        source: TEXTILE_PLAN,
      },
      {
        scene: "S.PRODUCTION",
        why: L("行业方案要求推进服装家纺生产过程自动化、智能化", "The industry plan calls for automated, intelligent apparel and home-textile production"),
        source: TEXTILE_PLAN,
      },
      {
        scene: "S.PLANNING",
        why: L("小单快反要求按订单和交期快速排产", "Small, fast-turn orders need quick scheduling by order and due date"),
        source: EST,
      },
      {
        scene: "S.ENERGY",
        why: L("印染、定型等工序能耗和水耗占成本比重高", "Dyeing and stentering make energy and water a large share of cost"),
        source: EST,
      },
      {
        scene: "S.WAREHOUSING",
        why: L("面辅料和成衣规格多（色、码），库存容易积压", "Fabrics, trims and garments come in many colours and sizes and stock piles up easily"),
        source: EST,
      },
    ],
    goodLooksLike: [
      {
        level: 2,
        text: L(
          "验布和成品检验数据进系统，按批/卷/色号统计疵点",
          "Fabric and garment inspection data is in a system, with defects counted by lot, roll and colour",
        ),
        scenes: ["S.QUALITY"],
        source: EST,
      },
      {
        level: 3,
        text: L("坯布瑕疵由在线检测设备识别，疵点与机台、批次关联", "On-line inspection finds grey-fabric defects and ties them to machine and lot"),
        scenes: ["S.QUALITY", "S.PRODUCTION"],
        source: TEXTILE_PLAN,
      },
      {
        level: 3,
        text: L("扫码报工自动统计工序进度和计件工资", "Scan-based reporting counts step progress and piece-rate pay automatically"),
        scenes: ["S.PRODUCTION", "S.HR"],
        source: EST,
      },
      {
        level: 2,
        text: L(
          "印染车间水、电、汽按机台或工序计量并进入系统",
          "Water, power and steam in the dyehouse are metered per machine or step and recorded in a system",
        ),
        scenes: ["S.ENERGY"],
        source: EST,
      },
    ],
    kpis: [
      { id: "first-pass-yield", name: L("一次交检合格率", "First-pass yield"), unit: PCT, better: "higher", scenes: ["S.QUALITY"], source: EST },
      { id: "on-time-delivery", name: L("订单准时交付率", "On-time delivery"), unit: PCT, better: "higher", scenes: ["S.PLANNING"], source: EST },
      {
        id: "water-per-tonne",
        name: L("吨布（吨产品）取水量", "Water used per tonne of fabric"),
        unit: L("吨/吨", "t/t"),
        better: "lower",
        scenes: ["S.ENERGY"],
        source: EST,
      },
      { id: "inventory-days", name: L("库存周转天数", "Days of inventory"), unit: DAYS, better: "lower", scenes: ["S.WAREHOUSING"], source: EST },
    ],
  },
  {
    id: "food",
    name: L("食品加工", "Food processing"),
    match: {
      divisions: ["13", "14", "15"],
      groups: [],
      keywords: ["食品", "农副食品", "粮油", "乳制品", "肉制品", "调味品", "饮料", "酿酒", "白酒", "精制茶"],
    },
    pains: [
      {
        text: L(
          "法律要求食品生产经营者建立食品安全追溯体系、保证食品可追溯，并鼓励用信息化手段采集、留存生产经营信息",
          "The law requires food businesses to keep a traceability system so that food can be traced, and encourages capturing and keeping records by IT",
        ),
        scenes: ["S.QUALITY", "S.PURCHASING", "S.WAREHOUSING"],
        source: FOOD_LAW,
      },
      {
        text: L(
          "原料季节性强、保质期短，采购、库存和效期管理靠人工",
          "Seasonal raw materials and short shelf lives; purchasing, stock and expiry dates are managed by hand",
        ),
        scenes: ["S.PURCHASING", "S.WAREHOUSING"],
        source: EST,
      },
      {
        text: L(
          "杀菌、发酵等关键控制点的温度、时间靠人工记录，超限发现晚",
          "Temperatures and times at critical control points (sterilising, fermenting) are logged by hand and excursions found late",
        ),
        scenes: ["S.PRODUCTION", "S.QUALITY"],
        source: EST,
      },
      {
        text: L("各环节系统互不相通，一个批次的数据分散在多处", "Systems of different steps do not talk to each other; one lot's data sits in many places"),
        scenes: ["S.QUALITY", "S.DECISION"],
        source: EST,
      },
    ],
    keyScenes: [
      {
        scene: "S.QUALITY",
        why: L("行业方案将质量安全追溯作为单独任务", "The industry plan makes quality and safety traceability a task of its own"),
        source: FOOD_PLAN,
      },
      {
        scene: "S.PRODUCTION",
        why: L("行业方案提出开发食品生产智能监控溯源方案", "The industry plan calls for smart monitoring and traceability of food production"),
        source: FOOD_PLAN,
      },
      {
        scene: "S.PURCHASING",
        why: L("行业方案提出原料生产供应智慧管理", "The industry plan calls for smart management of raw-material supply"),
        source: FOOD_PLAN,
      },
      {
        scene: "S.WAREHOUSING",
        why: L("效期短，按批次和效期先进先出决定损耗", "Short shelf lives: first-expiry-first-out by lot decides losses"),
        source: EST,
      },
      {
        scene: "S.ENERGY",
        why: L("蒸汽、制冷和冷链用能占成本比重高", "Steam, refrigeration and cold chain are a large share of cost"),
        source: EST,
      },
    ],
    goodLooksLike: [
      {
        level: 2,
        text: L(
          "原料、生产和成品批次在系统中关联，从成品批号可查到原料来源和产品去向",
          "Material, production and product lots are linked in a system: a product lot leads to its material sources and its customers",
        ),
        scenes: ["S.QUALITY", "S.WAREHOUSING"],
        source: FOOD_LAW,
      },
      {
        level: 3,
        text: L(
          "关键控制点温度、时间自动采集，超限报警并记入批次记录",
          "Critical-control-point temperatures and times are captured automatically, alarmed and kept with the lot record",
        ),
        scenes: ["S.PRODUCTION", "S.QUALITY"],
        source: EST,
      },
      {
        level: 3,
        text: L("仓储按批次和效期管理、先进先出，临期自动预警", "Stock is managed by lot and expiry, first-expiry-first-out, with warnings before expiry"),
        scenes: ["S.WAREHOUSING"],
        source: EST,
      },
    ],
    kpis: [
      { id: "first-pass-yield", name: L("产品一次合格率", "First-pass yield"), unit: PCT, better: "higher", scenes: ["S.QUALITY"], source: EST },
      {
        id: "trace-time",
        name: L("追溯响应时间（由成品批号查清原料和去向）", "Time to trace a product lot to materials and customers"),
        unit: L("小时", "hours"),
        better: "lower",
        scenes: ["S.QUALITY"],
        source: EST,
      },
      { id: "inventory-days", name: L("库存周转天数", "Days of inventory"), unit: DAYS, better: "lower", scenes: ["S.WAREHOUSING"], source: EST },
      { id: "material-loss", name: L("原料损耗率", "Raw-material loss"), unit: PCT, better: "lower", scenes: ["S.PRODUCTION", "S.WAREHOUSING"], source: EST },
    ],
  },
  {
    id: "chemicals",
    name: L("化工", "Chemicals"),
    match: { divisions: ["26"], groups: [], keywords: ["化工", "化学", "涂料", "农药", "化肥", "日化"] },
    pains: [
      {
        text: L(
          "国家行动计划要求工业安全生产从静态分析转向动态感知、从事后应急转向事前预防",
          "The national plan asks industrial safety to move from static analysis to live sensing, and from response after the event to prevention",
        ),
        scenes: ["S.SAFETY"],
        source: SAFETY_PLAN,
      },
      {
        text: L(
          "间歇（釜式）生产的配方和工艺参数靠人工记录，批次间质量波动",
          "Batch recipes and process parameters are written by hand; quality varies from batch to batch",
        ),
        scenes: ["S.PROCESS_DESIGN", "S.PRODUCTION", "S.QUALITY"],
        source: EST,
      },
      {
        text: L("能耗和三废处理成本高，计量到不了装置和工序", "Energy and waste treatment are costly, and metering does not reach units and steps"),
        scenes: ["S.ENERGY", "S.SAFETY"],
        source: EST,
      },
      {
        text: L("危险化学品原料和产品的储存、出入库管理要求严", "Storage and movements of hazardous raw materials and products are strictly regulated"),
        scenes: ["S.WAREHOUSING", "S.SAFETY"],
        source: EST,
      },
    ],
    keyScenes: [
      {
        scene: "S.SAFETY",
        why: L(
          "国家行动计划要求增强安全生产的感知、监测、预警、处置和评估能力",
          "The national plan calls for sensing, monitoring, warning, response and assessment in work safety",
        ),
        source: SAFETY_PLAN,
      },
      {
        scene: "S.PRODUCTION",
        why: L("配方和工艺参数的执行记录决定批次质量和安全", "Recorded execution of recipes and parameters decides batch quality and safety"),
        source: EST,
      },
      {
        scene: "S.EQUIPMENT",
        why: L(
          "反应釜、泵、压力容器的完好直接关系安全和连续生产",
          "Reactors, pumps and pressure vessels in good order mean safety and uninterrupted production",
        ),
        source: EST,
      },
      {
        scene: "S.ENERGY",
        why: L("蒸汽、电和冷却水用量大，单耗是成本和减排的关键", "Large use of steam, power and cooling water: unit consumption drives cost and emissions"),
        source: EST,
      },
      {
        scene: "S.QUALITY",
        why: L("批次检验数据是放行和客户投诉处理的依据", "Batch test data is the basis of release and of handling complaints"),
        source: EST,
      },
    ],
    goodLooksLike: [
      {
        level: 2,
        text: L("重点装置的温度、压力、液位等在线监测，数据在系统中留存", "Temperatures, pressures and levels of key units are monitored on line and stored"),
        scenes: ["S.SAFETY", "S.PRODUCTION"],
        source: EST,
      },
      {
        level: 3,
        text: L("安全监测数据实时报警，并关联应急处置和评估记录", "Safety monitoring raises alarms in real time, linked to response and review records"),
        scenes: ["S.SAFETY"],
        source: SAFETY_PLAN,
      },
      {
        level: 3,
        text: L(
          "批次配方和工艺参数由系统下发并自动记录，形成电子批记录",
          "Recipes and parameters are issued by the system and recorded automatically as an electronic batch record",
        ),
        scenes: ["S.PRODUCTION", "S.QUALITY"],
        source: EST,
      },
      {
        level: 2,
        text: L("水、电、汽按装置计量，单耗按批次或产品统计", "Water, power and steam are metered per unit, with consumption per batch or product"),
        scenes: ["S.ENERGY"],
        source: EST,
      },
    ],
    kpis: [
      { id: "first-pass-yield", name: L("产品一次合格率", "First-pass yield"), unit: PCT, better: "higher", scenes: ["S.QUALITY"], source: EST },
      {
        id: "energy-per-tonne",
        name: L("单位产品综合能耗", "Energy per tonne of product"),
        unit: L("千克标准煤/吨", "kgce/t"),
        better: "lower",
        scenes: ["S.ENERGY"],
        source: EST,
      },
      {
        id: "unplanned-shutdowns",
        name: L("非计划停车次数", "Unplanned shutdowns"),
        unit: L("次/年", "per year"),
        better: "lower",
        scenes: ["S.EQUIPMENT", "S.SAFETY"],
        source: EST,
      },
      {
        id: "hazard-fix-rate",
        name: L("隐患按期整改率", "Hazards fixed on time"),
        unit: PCT,
        better: "higher",
        scenes: ["S.SAFETY"],
        source: EST,
      },
    ],
  },
  {
    id: "electronic-components",
    name: L("电子元器件", "Electronic components"),
    match: { divisions: ["39"], groups: ["397", "398"], keywords: ["电子元器件", "电子元件", "电子器件", "元器件", "电子", "通信设备", "电路板", "半导体"] },
    pains: [
      {
        text: L(
          "型号多、换线频繁，卷盘料和湿敏器件管控复杂，容易错料",
          "Many part numbers and frequent changeovers; reels and moisture-sensitive parts are hard to control and mix-ups happen",
        ),
        scenes: ["S.WAREHOUSING", "S.PRODUCTION"],
        source: EST,
      },
      {
        text: L(
          "良率波动，测试数据分散在各台测试设备里，难以及时分析",
          "Yield varies and test data sits in separate testers, too scattered to analyse in time",
        ),
        scenes: ["S.QUALITY"],
        source: EST,
      },
      {
        text: L("客户要求批次追溯和短交期，计划常被插单打乱", "Customers want lot traceability and short lead times; rush orders upset the plan"),
        scenes: ["S.PLANNING", "S.QUALITY"],
        source: EST,
      },
    ],
    keyScenes: [
      {
        scene: "S.PRODUCTION",
        why: L(
          "国家设备更新方案要求电子信息制造业推进专用智能制造装备与自动化装配线集成应用",
          "The national equipment-renewal plan asks electronics makers to integrate dedicated smart equipment with automated assembly lines",
        ),
        source: EQUIPMENT_RENEWAL,
      },
      {
        scene: "S.QUALITY",
        why: L("良率是电子元器件成本和客户评价的核心", "Yield is the core of cost and of the customer's rating"),
        source: EST,
      },
      {
        scene: "S.EQUIPMENT",
        why: L("贴装、测试等设备稼动率决定产能", "Utilisation of placement and test equipment decides capacity"),
        source: EST,
      },
      {
        scene: "S.WAREHOUSING",
        why: L("物料种类多、价值高，需要按批次和卷盘管理", "Many high-value materials need lot and reel control"),
        source: EST,
      },
      {
        scene: "S.PLANNING",
        why: L("插单多、交期短，需要按物料和产能快速重排", "Rush orders and short lead times need quick rescheduling against materials and capacity"),
        source: EST,
      },
    ],
    goodLooksLike: [
      {
        level: 2,
        text: L("来料和成品按批次、卷盘标识，扫码出入库", "Incoming material and products carry lot and reel labels and move in and out by scan"),
        scenes: ["S.WAREHOUSING"],
        source: EST,
      },
      {
        level: 3,
        text: L("测试设备数据自动采集，按工序统计良率并自动报警", "Tester data is captured automatically, with yield per step and automatic alarms"),
        scenes: ["S.QUALITY"],
        source: EST,
      },
      {
        level: 3,
        text: L("关键设备联网，统计设备综合效率和停机原因", "Key equipment is networked, with OEE and downtime causes measured"),
        scenes: ["S.EQUIPMENT"],
        source: EST,
      },
    ],
    kpis: [
      { id: "first-pass-yield", name: L("直通率（一次通过率）", "First-pass yield"), unit: PCT, better: "higher", scenes: ["S.QUALITY"], source: EST },
      { id: "oee", name: L("设备综合效率（OEE）", "Overall equipment effectiveness (OEE)"), unit: PCT, better: "higher", scenes: ["S.EQUIPMENT"], source: EST },
      { id: "on-time-delivery", name: L("订单准时交付率", "On-time delivery"), unit: PCT, better: "higher", scenes: ["S.PLANNING"], source: EST },
      {
        id: "key-process-nc-rate",
        name: L("关键工序数控化率", "Share of key processes under numerical control"),
        unit: PCT,
        better: "higher",
        scenes: ["S.PRODUCTION", "S.EQUIPMENT"],
        source: ELECTRONICS_PLAN,
      },
    ],
  },
  {
    id: "furniture",
    name: L("家具", "Furniture"),
    match: { divisions: ["21"], groups: [], keywords: ["家具", "家居", "橱柜", "衣柜"] },
    pains: [
      {
        text: L("定制订单增多，拆单和下料清单靠人工，容易出错", "More custom orders; order breakdown and cutting lists are made by hand and go wrong"),
        scenes: ["S.PRODUCT_DESIGN", "S.PROCESS_DESIGN"],
        source: EST,
      },
      {
        text: L("板材利用率低，余料管理粗放", "Low board yield and loose control of offcuts"),
        scenes: ["S.PRODUCTION", "S.WAREHOUSING"],
        source: EST,
      },
      {
        text: L("一单多件，齐套、分拣和发货容易漏件错件", "Many parts per order: kitting, sorting and shipping miss or mix parts"),
        scenes: ["S.WAREHOUSING"],
        source: EST,
      },
      {
        text: L("喷涂工序的粉尘、VOCs带来安全环保压力", "Dust and VOCs from finishing bring safety and environmental pressure"),
        scenes: ["S.SAFETY"],
        source: EST,
      },
    ],
    keyScenes: [
      {
        scene: "S.PLANNING",
        why: L(
          "轻工业方案对家具等细分领域分类指导，以场景牵引“数字化车间—智能工厂—智慧供应链”梯次转型",
          "The light-industry plan guides furniture among its sub-sectors, moving step by step from digital workshop to smart factory to smart supply chain",
        ),
        source: LIGHT_PLAN,
      },
      {
        scene: "S.PRODUCT_DESIGN",
        why: L("设计、报价、拆单一体化是定制家具的起点", "Design, quote and order breakdown in one flow is where custom furniture starts"),
        source: EST,
      },
      {
        scene: "S.PRODUCTION",
        why: L("开料、封边、打孔按板件条码流转，减少错漏", "Cutting, edging and drilling follow each part's barcode, cutting errors"),
        source: EST,
      },
      {
        scene: "S.WAREHOUSING",
        why: L("按订单齐套分拣和配送直接影响安装和客户满意", "Kitting and delivery by order decide installation and customer satisfaction"),
        source: EST,
      },
      {
        scene: "S.MARKETING",
        why: L("门店或经销商订单直接进入工厂系统，减少二次录入", "Store and dealer orders go straight into the factory's system without re-typing"),
        source: EST,
      },
    ],
    goodLooksLike: [
      {
        level: 2,
        text: L("订单设计数据自动拆单，生成BOM和下料清单", "Order designs are broken down automatically into BOMs and cutting lists"),
        scenes: ["S.PRODUCT_DESIGN", "S.PROCESS_DESIGN"],
        source: EST,
      },
      {
        level: 3,
        text: L(
          "拆单、排版优化与开料设备联动，板件贴码、全程扫码报工",
          "Breakdown and nesting drive the cutting machines; every part is labelled and reported by scan",
        ),
        scenes: ["S.PRODUCTION", "S.PLANNING"],
        source: EST,
      },
      {
        level: 3,
        text: L("按订单齐套分拣入库，发货前系统自动校验", "Parts are kitted by order, and the system checks each shipment before it leaves"),
        scenes: ["S.WAREHOUSING"],
        source: EST,
      },
    ],
    kpis: [
      { id: "on-time-delivery", name: L("订单准时交付率", "On-time delivery"), unit: PCT, better: "higher", scenes: ["S.PLANNING"], source: EST },
      { id: "board-yield", name: L("板材利用率", "Board yield"), unit: PCT, better: "higher", scenes: ["S.PRODUCTION"], source: EST },
      { id: "reorder-rate", name: L("补件率", "Replacement-part rate"), unit: PCT, better: "lower", scenes: ["S.QUALITY", "S.WAREHOUSING"], source: EST },
      { id: "lead-time", name: L("订单交付周期", "Order lead time"), unit: DAYS, better: "lower", scenes: ["S.PLANNING"], source: EST },
    ],
  },
  {
    id: "building-materials",
    name: L("建材", "Building materials"),
    match: { divisions: ["30"], groups: ["301", "302", "303", "304"], keywords: ["建材", "水泥", "混凝土", "砂浆", "玻璃", "陶瓷", "石材"] },
    pains: [
      {
        text: L(
          "原材料行业数字化基础差异大、建模仿真难度高",
          "Raw-material industries start from very different digital bases, and modelling and simulation are hard",
        ),
        scenes: ["S.PRODUCTION", "S.DECISION"],
        source: RAW_MATERIALS_PLAN,
      },
      {
        text: L("窑炉、磨机等高耗能设备多，能耗计量粗，优化靠经验", "Many energy-hungry kilns and mills; metering is coarse and tuning relies on experience"),
        scenes: ["S.ENERGY", "S.EQUIPMENT"],
        source: EST,
      },
      {
        text: L("原料成分波动，配料和质量检验靠人工取样化验", "Raw-material composition varies; batching and testing depend on manual sampling"),
        scenes: ["S.QUALITY", "S.PRODUCTION"],
        source: EST,
      },
      {
        text: L("大宗原料和产品的运输、过磅、发货管理粗放", "Weighing, transport and dispatch of bulk materials and products are loosely controlled"),
        scenes: ["S.WAREHOUSING", "S.MARKETING"],
        source: EST,
      },
    ],
    keyScenes: [
      {
        scene: "S.ENERGY",
        why: L(
          "绿色建材方案要求通过工艺升级、能源替代、节能降耗实现污染物和碳排放双下降",
          "The green building-materials plan asks for lower pollution and carbon through process upgrades, fuel switching and energy saving",
        ),
        source: GREEN_BUILDING_MATERIALS,
      },
      {
        scene: "S.QUALITY",
        why: L("配料和在线检测决定产品稳定性", "Batching and on-line testing decide product consistency"),
        source: EST,
      },
      {
        scene: "S.EQUIPMENT",
        why: L("窑炉和磨机停机代价大", "Kiln and mill stoppages are costly"),
        source: EST,
      },
      {
        scene: "S.WAREHOUSING",
        why: L("过磅、装车和发货是大宗产品的主要管理环节", "Weighing, loading and dispatch are the main control points for bulk products"),
        source: EST,
      },
      {
        scene: "S.SAFETY",
        why: L("粉尘、高温和矿山作业安全风险高", "Dust, heat and quarrying bring high safety risks"),
        source: EST,
      },
    ],
    goodLooksLike: [
      {
        level: 2,
        text: L("主要耗能设备分项计量，能耗按班次和产品统计", "Main energy users are sub-metered, with energy per shift and per product"),
        scenes: ["S.ENERGY"],
        source: EST,
      },
      {
        level: 3,
        text: L("配料与在线检测联动，成分偏差自动调整", "Batching follows on-line analysis and corrects composition automatically"),
        scenes: ["S.PRODUCTION", "S.QUALITY"],
        source: EST,
      },
      {
        level: 2,
        text: L("过磅、装车、发货在一套系统中，车辆与订单自动匹配", "Weighing, loading and dispatch run in one system that matches trucks to orders"),
        scenes: ["S.WAREHOUSING", "S.MARKETING"],
        source: EST,
      },
    ],
    kpis: [
      {
        id: "energy-per-tonne",
        name: L("单位产品综合能耗", "Energy per tonne of product"),
        unit: L("千克标准煤/吨", "kgce/t"),
        better: "lower",
        scenes: ["S.ENERGY"],
        source: EST,
      },
      {
        id: "power-per-tonne",
        name: L("吨产品电耗", "Electricity per tonne"),
        unit: L("千瓦时/吨", "kWh/t"),
        better: "lower",
        scenes: ["S.ENERGY"],
        source: EST,
      },
      { id: "first-pass-yield", name: L("产品合格率", "Pass rate"), unit: PCT, better: "higher", scenes: ["S.QUALITY"], source: EST },
      { id: "equipment-uptime", name: L("主机设备运转率", "Main-equipment uptime"), unit: PCT, better: "higher", scenes: ["S.EQUIPMENT"], source: EST },
    ],
  },
  {
    id: "refractories",
    name: L("耐火材料", "Refractories"),
    match: { divisions: ["30"], groups: ["308"], keywords: ["耐火", "耐材"] },
    pains: [
      {
        text: L("品种和配方多，配料称量靠人工，批次性能波动", "Many grades and recipes, weighed by hand; properties vary from batch to batch"),
        scenes: ["S.PROCESS_DESIGN", "S.PRODUCTION", "S.QUALITY"],
        source: EST,
      },
      {
        text: L("隧道窑、梭式窑烧成曲线靠经验控制，燃气和电耗高", "Tunnel and shuttle kiln firing curves are run by experience; gas and power use is high"),
        scenes: ["S.ENERGY", "S.PRODUCTION"],
        source: EST,
      },
      {
        text: L(
          "钢铁等下游客户要求按批次提供理化指标，质检报告手工整理",
          "Steel and other customers want test data per lot, and certificates are compiled by hand",
        ),
        scenes: ["S.QUALITY", "S.AFTER_SALES"],
        source: EST,
      },
      {
        text: L("粉尘和高温作业带来安全和职业健康压力", "Dust and heat bring safety and occupational-health pressure"),
        scenes: ["S.SAFETY"],
        source: EST,
      },
      {
        text: L(
          "原材料行业（含耐火材料所属的建材行业）数字化基础差异大、建模仿真难度高",
          "Raw-material industries, building materials and refractories among them, start from very different digital bases, and modelling is hard",
        ),
        scenes: ["S.PROCESS_DESIGN", "S.DECISION"],
        source: RAW_MATERIALS_PLAN,
      },
    ],
    keyScenes: [
      {
        scene: "S.PROCESS_DESIGN",
        why: L("配方和工艺是耐火材料性能的核心知识，需要沉淀", "Recipes and processes are the core know-how of refractory performance and should be kept"),
        source: EST,
      },
      {
        scene: "S.PRODUCTION",
        why: L("配料、成型、烧成的参数记录决定批次一致性", "Records of batching, forming and firing decide lot consistency"),
        source: EST,
      },
      {
        scene: "S.QUALITY",
        why: L("按批次的理化检验是交付和客户结算的依据", "Lot test results are the basis of delivery and of the customer's acceptance"),
        source: EST,
      },
      {
        scene: "S.ENERGY",
        why: L("窑炉燃料和电力是主要成本", "Kiln fuel and power are the main costs"),
        source: EST,
      },
      {
        scene: "S.SAFETY",
        why: L("粉尘、高温和窑炉作业风险", "Risks of dust, heat and kiln work"),
        source: EST,
      },
    ],
    goodLooksLike: [
      {
        level: 2,
        text: L("配方和配料称量数据进系统，按批次留存", "Recipes and weighing data are recorded in a system and kept per lot"),
        scenes: ["S.PRODUCTION", "S.PROCESS_DESIGN"],
        source: EST,
      },
      {
        level: 3,
        text: L("窑炉温度曲线自动采集并报警，烧成记录与批次关联", "Kiln temperature curves are captured and alarmed automatically and tied to the lot"),
        scenes: ["S.PRODUCTION", "S.ENERGY"],
        source: EST,
      },
      {
        level: 3,
        text: L("批次理化检验数据自动生成质检报告并随货提供", "Lot test data produces the certificate that ships with the goods"),
        scenes: ["S.QUALITY"],
        source: EST,
      },
    ],
    kpis: [
      { id: "first-pass-yield", name: L("产品合格率", "Pass rate"), unit: PCT, better: "higher", scenes: ["S.QUALITY"], source: EST },
      {
        id: "energy-per-tonne",
        name: L("单位产品综合能耗", "Energy per tonne of product"),
        unit: L("千克标准煤/吨", "kgce/t"),
        better: "lower",
        scenes: ["S.ENERGY"],
        source: EST,
      },
      { id: "on-time-delivery", name: L("订单准时交付率", "On-time delivery"), unit: PCT, better: "higher", scenes: ["S.PLANNING"], source: EST },
      { id: "inventory-days", name: L("库存周转天数", "Days of inventory"), unit: DAYS, better: "lower", scenes: ["S.WAREHOUSING"], source: EST },
    ],
  },
  {
    id: "nonferrous",
    name: L("铝及有色金属加工", "Aluminium and non-ferrous metal processing"),
    match: {
      divisions: ["32"],
      groups: [],
      keywords: ["有色金属", "有色", "铝加工", "铝材", "铝型材", "铝板带", "铝箔", "铝合金", "铝基", "铜加工", "铜材"],
    },
    pains: [
      {
        text: L(
          "熔铸、挤压、轧制等工序参数依赖操作经验，成材率波动",
          "Casting, extrusion and rolling parameters rely on operators' experience and yield varies",
        ),
        scenes: ["S.PRODUCTION", "S.QUALITY"],
        source: EST,
      },
      {
        text: L("熔炼炉、加热炉能耗高，计量到不了工序", "Melting and reheating furnaces use much energy and metering does not reach each step"),
        scenes: ["S.ENERGY"],
        source: EST,
      },
      {
        text: L(
          "铝产业方案要求加快安全生产风险监测预警系统等应用，提升铝行业安全管控水平",
          "The aluminium plan calls for safety-risk monitoring and warning systems to raise the industry's safety control",
        ),
        scenes: ["S.SAFETY"],
        source: ALUMINIUM_PLAN,
      },
      {
        text: L("坯料和在制品规格多，库存与订单难匹配", "Many billet and work-in-progress sizes make stock hard to match to orders"),
        scenes: ["S.WAREHOUSING", "S.PLANNING"],
        source: EST,
      },
    ],
    keyScenes: [
      {
        scene: "S.PRODUCTION",
        why: L("铝产业方案要求加快在线监测设备、先进控制系统应用", "The aluminium plan calls for on-line monitoring equipment and advanced process control"),
        source: ALUMINIUM_PLAN,
      },
      {
        scene: "S.QUALITY",
        why: L("铝产业方案提出打造质量监测等行业人工智能模型", "The aluminium plan calls for industry AI models, among them quality monitoring"),
        source: ALUMINIUM_PLAN,
      },
      {
        scene: "S.EQUIPMENT",
        why: L("铝产业方案提出面向关键设备故障解决的人工智能模型", "The aluminium plan calls for AI models that resolve faults of key equipment"),
        source: ALUMINIUM_PLAN,
      },
      {
        scene: "S.SAFETY",
        why: L("铝产业方案要求提升铝行业安全管控水平", "The aluminium plan asks the industry to raise its level of safety control"),
        source: ALUMINIUM_PLAN,
      },
      {
        scene: "S.ENERGY",
        why: L("熔炼和加热是主要能耗环节", "Melting and reheating are where most energy goes"),
        source: EST,
      },
    ],
    goodLooksLike: [
      {
        level: 2,
        text: L(
          "熔铸、挤压关键参数（温度、速度）自动采集并按批次留存",
          "Key casting and extrusion parameters (temperature, speed) are captured automatically and kept per lot",
        ),
        scenes: ["S.PRODUCTION", "S.QUALITY"],
        source: EST,
      },
      {
        level: 3,
        text: L(
          "关键工序在线监测、先进控制，工艺超限自动报警",
          "Key steps are monitored on line under advanced control, with automatic alarms when limits are passed",
        ),
        scenes: ["S.PRODUCTION"],
        source: ALUMINIUM_PLAN,
      },
      {
        level: 3,
        text: L(
          "熔炼炉、挤压机等关键设备状态实时监测，并做故障分析",
          "Furnaces, presses and other key equipment are monitored in real time with fault analysis",
        ),
        scenes: ["S.EQUIPMENT"],
        source: EST,
      },
    ],
    kpis: [
      { id: "material-yield", name: L("成材率", "Material yield"), unit: PCT, better: "higher", scenes: ["S.PRODUCTION", "S.QUALITY"], source: EST },
      {
        id: "energy-per-tonne",
        name: L("吨材综合能耗", "Energy per tonne of product"),
        unit: L("千克标准煤/吨", "kgce/t"),
        better: "lower",
        scenes: ["S.ENERGY"],
        source: EST,
      },
      { id: "oee", name: L("设备综合效率（OEE）", "Overall equipment effectiveness (OEE)"), unit: PCT, better: "higher", scenes: ["S.EQUIPMENT"], source: EST },
      { id: "on-time-delivery", name: L("订单准时交付率", "On-time delivery"), unit: PCT, better: "higher", scenes: ["S.PLANNING"], source: EST },
    ],
  },
  {
    id: "plastics",
    name: L("塑料制品", "Plastic products"),
    match: { divisions: ["29"], groups: ["292"], keywords: ["塑料", "塑胶", "注塑", "吹塑", "挤塑"] },
    pains: [
      {
        text: L("注塑机和模具多，换模和停机时间不透明", "Many moulding machines and moulds; changeover and downtime are not visible"),
        scenes: ["S.EQUIPMENT", "S.PLANNING"],
        source: EST,
      },
      {
        text: L("工艺参数靠师傅调机，不良品与参数无法对应", "Settings depend on the setter; rejects cannot be tied to parameters"),
        scenes: ["S.PROCESS_DESIGN", "S.QUALITY"],
        source: EST,
      },
      {
        text: L("加热和电机用电占成本比重高", "Heating and motors make power a large share of cost"),
        scenes: ["S.ENERGY"],
        source: EST,
      },
      {
        text: L("原料、色母配比和回料使用记录不全", "Records of resin, masterbatch ratios and regrind use are incomplete"),
        scenes: ["S.PRODUCTION", "S.WAREHOUSING"],
        source: EST,
      },
    ],
    keyScenes: [
      {
        scene: "S.EQUIPMENT",
        why: L(
          "轻工业方案征求意见稿提出推动塑料制品等行业研发、生产、检测等关键设备和工艺数字化改造升级",
          "The light-industry plan's consultation draft calls for digital upgrades of key R&D, production and test equipment in plastics and other trades",
        ),
        source: LIGHT_PLAN_DRAFT,
      },
      {
        scene: "S.PRODUCTION",
        why: L("机台产量、模次和报工是排产和成本的基础", "Machine output, shot counts and reporting underpin scheduling and costing"),
        source: EST,
      },
      {
        scene: "S.QUALITY",
        why: L("不良率直接影响材料和电力浪费", "Reject rates waste material and power"),
        source: EST,
      },
      {
        scene: "S.ENERGY",
        why: L("电耗是仅次于原料的成本", "Power is the largest cost after resin"),
        source: EST,
      },
      {
        scene: "S.PLANNING",
        why: L("按模具和机台约束排产可减少换模", "Scheduling by mould and machine constraints cuts changeovers"),
        source: EST,
      },
    ],
    goodLooksLike: [
      {
        level: 2,
        text: L(
          "注塑机开停机和模次数据采集，按机台统计产量与停机",
          "Machine run/stop states and shot counts are captured, with output and downtime per machine",
        ),
        scenes: ["S.EQUIPMENT", "S.PRODUCTION"],
        source: EST,
      },
      {
        level: 3,
        text: L("工艺参数自动采集并与工单、批次关联，超限报警", "Process parameters are captured, tied to work order and lot, and alarmed when out of limits"),
        scenes: ["S.PRODUCTION", "S.QUALITY"],
        source: EST,
      },
      {
        level: 3,
        text: L("机台电耗分项计量，按产品核算单耗", "Power is metered per machine and costed per product"),
        scenes: ["S.ENERGY"],
        source: EST,
      },
    ],
    kpis: [
      { id: "oee", name: L("设备综合效率（OEE）", "Overall equipment effectiveness (OEE)"), unit: PCT, better: "higher", scenes: ["S.EQUIPMENT"], source: EST },
      { id: "reject-rate", name: L("不良率", "Reject rate"), unit: PCT, better: "lower", scenes: ["S.QUALITY"], source: EST },
      {
        id: "power-per-kg",
        name: L("单位产品电耗", "Electricity per kilogram of product"),
        unit: L("千瓦时/千克", "kWh/kg"),
        better: "lower",
        scenes: ["S.ENERGY"],
        source: EST,
      },
      {
        id: "changeover-time",
        name: L("平均换模时间", "Average mould changeover time"),
        unit: L("分钟", "minutes"),
        better: "lower",
        scenes: ["S.EQUIPMENT", "S.PLANNING"],
        source: EST,
      },
    ],
  },
  {
    id: "metal-products",
    name: L("金属制品", "Metal products"),
    match: { divisions: ["33"], groups: [], keywords: ["金属制品", "五金", "钢结构", "金属结构", "铸造", "锻造", "金属门窗"] },
    pains: [
      {
        text: L("订单多为非标、小批量，报价和工艺编制靠经验", "Mostly custom, small orders; quotes and routings depend on experience"),
        scenes: ["S.MARKETING", "S.PROCESS_DESIGN"],
        source: EST,
      },
      {
        text: L("下料、焊接、表面处理等工序进度和在制品不透明", "Progress and work in progress across cutting, welding and finishing are not visible"),
        scenes: ["S.PRODUCTION", "S.PLANNING"],
        source: EST,
      },
      {
        text: L("钢材等原材料占成本比重高，余料和损耗管理粗放", "Steel is a large share of cost, and offcuts and losses are loosely controlled"),
        scenes: ["S.PURCHASING", "S.WAREHOUSING"],
        source: EST,
      },
      {
        text: L("焊接、喷涂、电镀等工序安全环保要求高", "Welding, painting and plating bring strict safety and environmental rules"),
        scenes: ["S.SAFETY"],
        source: EST,
      },
    ],
    keyScenes: [
      {
        scene: "S.PRODUCTION",
        why: L(
          "轻工业方案对五金制品等细分领域分类指导，以数字化车间为转型第一步",
          "The light-industry plan guides hardware among its sub-sectors, with the digital workshop as the first step",
        ),
        source: LIGHT_PLAN,
      },
      {
        scene: "S.PLANNING",
        why: L("非标小批量订单需要按工序能力排产并跟踪交期", "Custom small orders need scheduling by step capacity and due-date tracking"),
        source: EST,
      },
      {
        scene: "S.QUALITY",
        why: L("焊缝、尺寸等检验记录是结构件验收的依据", "Weld and dimension records are the basis of acceptance for structural parts"),
        source: EST,
      },
      {
        scene: "S.WAREHOUSING",
        why: L("钢材和余料管理决定材料成本", "Control of steel and offcuts decides material cost"),
        source: EST,
      },
      {
        scene: "S.SAFETY",
        why: L("焊接、喷涂、电镀工序的安全环保风险", "Safety and environmental risks of welding, painting and plating"),
        source: EST,
      },
    ],
    goodLooksLike: [
      {
        level: 2,
        text: L("工单进系统，扫码报工跟踪工序进度", "Work orders are in a system and progress is reported by scan"),
        scenes: ["S.PRODUCTION"],
        source: EST,
      },
      {
        level: 3,
        text: L("套料下料优化与切割设备联动，余料入库可再利用", "Nesting drives the cutting machines and offcuts are stocked for reuse"),
        scenes: ["S.PRODUCTION", "S.WAREHOUSING"],
        source: EST,
      },
      {
        level: 2,
        text: L("焊接等关键工序检验记录进系统，可按工单追溯", "Inspection records of welding and other key steps are in a system and traceable by work order"),
        scenes: ["S.QUALITY"],
        source: EST,
      },
    ],
    kpis: [
      { id: "on-time-delivery", name: L("订单准时交付率", "On-time delivery"), unit: PCT, better: "higher", scenes: ["S.PLANNING"], source: EST },
      { id: "material-yield", name: L("材料利用率", "Material yield"), unit: PCT, better: "higher", scenes: ["S.PRODUCTION", "S.WAREHOUSING"], source: EST },
      { id: "first-pass-yield", name: L("一次交检合格率", "First-pass yield"), unit: PCT, better: "higher", scenes: ["S.QUALITY"], source: EST },
      { id: "lead-time", name: L("订单生产周期", "Order lead time"), unit: DAYS, better: "lower", scenes: ["S.PLANNING", "S.PRODUCTION"], source: EST },
    ],
  },
  {
    id: "pharma",
    name: L("医药", "Pharmaceuticals"),
    match: { divisions: ["27"], groups: [], keywords: ["医药", "制药", "药业", "中药", "化学药", "生物药", "原料药", "疫苗"] },
    pains: [
      {
        text: L(
          "GMP要求每批产品有批记录，可追溯与成品质量有关的全部历史和信息",
          "GMP requires a batch record for every batch, tracing all history and information bearing on product quality",
        ),
        scenes: ["S.QUALITY", "S.PRODUCTION"],
        source: PHARMA_GMP,
      },
      {
        text: L("洁净区环境监测和设备清洁、维护记录工作量大", "Clean-room monitoring and equipment cleaning and maintenance records take much work"),
        scenes: ["S.EQUIPMENT", "S.QUALITY"],
        source: EST,
      },
      {
        text: L("上线计算机化系统需要验证，中小企业门槛高", "Computerised systems must be validated, a high bar for small firms"),
        scenes: ["S.PRODUCTION", "S.QUALITY"],
        source: EST,
      },
    ],
    keyScenes: [
      {
        scene: "S.QUALITY",
        why: L(
          "行业方案以全生命周期质量管理水平显著提升为2027年目标之一",
          "The industry plan sets a marked rise in whole-lifecycle quality management as a 2027 goal",
        ),
        source: PHARMA_PLAN,
      },
      {
        scene: "S.PRODUCTION",
        why: L("GMP要求按批准的工艺规程和操作规程生产并有相关记录", "GMP requires production to follow approved master and operating procedures, with records"),
        source: PHARMA_GMP,
      },
      {
        scene: "S.WAREHOUSING",
        why: L(
          "行业方案的典型场景覆盖研发、生产、质量安全和流通追溯全链条",
          "The plan's typical scenes cover R&D, production, quality and safety, and traceability through distribution",
        ),
        source: PHARMA_PLAN,
      },
      {
        scene: "S.EQUIPMENT",
        why: L("设备确认、清洁和维护记录是GMP检查的重点", "Equipment qualification, cleaning and maintenance records are a focus of GMP inspections"),
        source: EST,
      },
      {
        scene: "S.SAFETY",
        why: L("原料药等化学合成工序的安全风险高", "Chemical synthesis of active ingredients carries high safety risk"),
        source: EST,
      },
    ],
    goodLooksLike: [
      {
        level: 2,
        text: L(
          "物料、中间产品和成品按批号管理，批记录可从成品追到原辅料和检验结果",
          "Materials, intermediates and products are managed by batch number; the batch record leads from product to materials and test results",
        ),
        scenes: ["S.QUALITY", "S.WAREHOUSING"],
        source: PHARMA_GMP,
      },
      {
        level: 3,
        text: L(
          "电子批记录：关键工艺参数自动采集，偏差自动提示",
          "Electronic batch records: key process parameters captured automatically, deviations flagged",
        ),
        scenes: ["S.PRODUCTION", "S.QUALITY"],
        source: EST,
      },
      {
        level: 3,
        text: L("洁净区温湿度、压差在线监测并报警", "Clean-room temperature, humidity and pressure differences are monitored on line with alarms"),
        scenes: ["S.EQUIPMENT", "S.QUALITY"],
        source: EST,
      },
    ],
    kpis: [
      { id: "batch-pass-rate", name: L("批次一次合格率", "Right-first-time batches"), unit: PCT, better: "higher", scenes: ["S.QUALITY"], source: EST },
      {
        id: "deviations-per-batch",
        name: L("每批偏差数", "Deviations per batch"),
        unit: L("个/批", "per batch"),
        better: "lower",
        scenes: ["S.QUALITY", "S.PRODUCTION"],
        source: EST,
      },
      {
        id: "batch-review-days",
        name: L("批记录审核放行周期", "Batch record review and release time"),
        unit: DAYS,
        better: "lower",
        scenes: ["S.QUALITY"],
        source: EST,
      },
      { id: "inventory-days", name: L("库存周转天数", "Days of inventory"), unit: DAYS, better: "lower", scenes: ["S.WAREHOUSING"], source: EST },
    ],
  },
  {
    id: GENERAL_ID,
    name: L("通用（其他行业）", "General (other industries)"),
    match: { divisions: [], groups: [], keywords: [] },
    pains: [
      {
        text: L("数据靠手工录入，多张表格口径不一致", "Data is typed by hand and spreadsheets disagree"),
        scenes: ["S.OFFICE", "S.DECISION"],
        source: EST,
      },
      {
        text: L("订单、生产和库存信息不通，计划靠经验", "Orders, production and stock are not connected; planning relies on experience"),
        scenes: ["S.MARKETING", "S.PLANNING", "S.WAREHOUSING"],
        source: EST,
      },
      {
        text: L("质量问题难以追溯到原因和批次", "Quality problems are hard to trace to causes and lots"),
        scenes: ["S.QUALITY"],
        source: EST,
      },
      {
        text: L("成本只能按月粗算，算不到订单和产品", "Costs are estimated monthly and cannot be assigned to orders or products"),
        scenes: ["S.FINANCE"],
        source: EST,
      },
    ],
    keyScenes: [
      {
        scene: "S.MARKETING",
        why: L("订单是各环节数据的起点", "The order is where every other step's data starts"),
        source: EST,
      },
      {
        scene: "S.PLANNING",
        why: L("计划把订单、产能和物料连起来", "The plan ties orders, capacity and materials together"),
        source: EST,
      },
      {
        scene: "S.QUALITY",
        why: L("质量数据进系统是追溯和改进的前提", "Quality data in a system is the precondition for traceability and improvement"),
        source: EST,
      },
      {
        scene: "S.WAREHOUSING",
        why: L("库存准确是交付和资金占用的基础", "Accurate stock underpins delivery and working capital"),
        source: EST,
      },
      {
        scene: "S.FINANCE",
        why: L("业务数据进入财务才能按订单、产品核算", "Business data flowing into finance allows costing by order and product"),
        source: EST,
      },
    ],
    goodLooksLike: [
      {
        level: 2,
        text: L(
          "销售订单、生产工单、出入库和财务单据在系统中流转，不再重复录入",
          "Sales orders, work orders, stock movements and finance documents flow through systems without re-typing",
        ),
        scenes: ["S.MARKETING", "S.PRODUCTION", "S.WAREHOUSING", "S.FINANCE"],
        source: EST,
      },
      {
        level: 2,
        text: L("检验数据在系统中记录并可按批次查询", "Inspection data is recorded in a system and can be queried by lot"),
        scenes: ["S.QUALITY"],
        source: EST,
      },
      {
        level: 3,
        text: L("生产、库存与财务数据打通，按订单和产品核算成本", "Production, stock and finance data are joined, with costs per order and product"),
        scenes: ["S.FINANCE", "S.PRODUCTION", "S.WAREHOUSING"],
        source: EST,
      },
    ],
    kpis: [
      { id: "on-time-delivery", name: L("订单准时交付率", "On-time delivery"), unit: PCT, better: "higher", scenes: ["S.PLANNING"], source: EST },
      { id: "first-pass-yield", name: L("一次交检合格率", "First-pass yield"), unit: PCT, better: "higher", scenes: ["S.QUALITY"], source: EST },
      { id: "inventory-days", name: L("库存周转天数", "Days of inventory"), unit: DAYS, better: "lower", scenes: ["S.WAREHOUSING"], source: EST },
      {
        id: "energy-per-output",
        name: L("单位产值能耗", "Energy per unit of output value"),
        unit: L("吨标准煤/万元", "tce per ¥10,000"),
        better: "lower",
        scenes: ["S.ENERGY"],
        source: EST,
      },
    ],
  },
];

/** The shipped industry knowledge, validated once at load. */
export const INDUSTRY_KNOWLEDGE: readonly IndustryKnowledge[] = parseIndustryKnowledge(RAW);

/** The raw list, for tests that break an entry on purpose. */
export const INDUSTRY_KNOWLEDGE_RAW: unknown = RAW;
