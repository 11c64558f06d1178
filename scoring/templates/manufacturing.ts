import type { TemplateInput } from "../model/schema";
import { bands, DIMENSIONS, DOWN_WORDS, L, LEVEL_DESCRIPTIONS, LEVEL_NAMES, LEVEL_RULE, SCENE_LEVEL_ZERO, SCENE_STEP_EFFORT, trend, UP_WORDS } from "./common";
import { DEFAULT_CONSTRAINED, MANUFACTURING_SCENES, SCENE_GROUPS } from "./scenes";

/**
 * miit-2024-manufacturing: the official model (工信厅企业〔2024〕56号) with the question and option codes
 * of maturity-model.md §2. Points are official [H]; labels, help texts and efforts are ours.
 */

const DATA_ACTIVITIES: readonly [string, string, string][] = [
  ["product_design", "产品设计", "product design"],
  ["process_design", "工艺设计", "process design"],
  ["marketing", "营销管理", "sales and marketing"],
  ["after_sales", "售后服务", "after-sales service"],
  ["planning", "计划排程", "planning and scheduling"],
  ["production_control", "生产管控", "production control"],
  ["quality", "质量管理", "quality"],
  ["equipment", "设备管理", "equipment"],
  ["safety", "安全生产", "work safety"],
  ["energy", "能耗管理", "energy"],
  ["purchasing", "采购管理", "purchasing"],
  ["warehousing", "仓储物流", "warehousing and logistics"],
  ["finance", "财务管理", "finance"],
];

export const FOUNDATION_INDICATORS = [
  { code: "F.SYSTEMS", dimension: "FOUNDATION" as const, label: L("设备系统", "Equipment and networks"), max: 20 },
  { code: "F.COLLECTION", dimension: "FOUNDATION" as const, label: L("数据采集", "Data collection"), max: 10 },
  { code: "F.INFOSYS", dimension: "FOUNDATION" as const, label: L("信息系统", "Information systems"), max: 10 },
  { code: "F.SECURITY", dimension: "FOUNDATION" as const, label: L("信息安全", "Information security"), max: 10 },
];
export const OTHER_INDICATORS = [
  { code: "M.PLANNING", dimension: "MANAGEMENT" as const, label: L("规划管理", "Planning and governance"), max: 15 },
  { code: "M.RESOURCES", dimension: "MANAGEMENT" as const, label: L("要素保障", "People and funding"), max: 15 },
  { code: "E.GREEN", dimension: "EFFECT" as const, label: L("绿色低碳", "Green and low-carbon"), max: 7 },
  { code: "E.QUALITY", dimension: "EFFECT" as const, label: L("产品质量", "Product quality"), max: 7 },
  { code: "E.MARKET", dimension: "EFFECT" as const, label: L("市场效益", "Market results"), max: 6 },
];

export function dataCollectionQuestion(activities: readonly [string, string, string][], hr: [string, string]) {
  return {
    code: "F.DATA",
    indicator: "F.COLLECTION",
    kind: "multi" as const,
    max: 10,
    none: "none",
    label: L("以下哪些业务环节的数据能够自动采集，无需人工重复录入？", "For which activities is data captured automatically, without re-typing?"),
    help: {
      meaning: L(
        "数据由设备、系统或扫码等方式自动进入信息系统，而不是手工抄录后再录入。",
        "Data reaches a system from machines, software or scanning, not copied by hand and typed again.",
      ),
      evidence: L("系统截图、数据采集清单、接口说明。", "System screenshots, a list of data sources, interface descriptions."),
    },
    options: [
      { code: "none", label: L("均不能自动采集", "None of them"), points: 0, effort: 0 },
      ...activities.map(([code, zh, en]) => ({ code, label: L(zh, en), points: 0.7, effort: 1 })),
      { code: "hr", label: L(hr[0], hr[1]), points: 0.9, effort: 1 },
    ],
  };
}

export const INFOSYS_QUESTION = {
  code: "F.IS",
  indicator: "F.INFOSYS",
  kind: "single" as const,
  max: 10,
  label: L("本地或云端信息系统覆盖了多少业务活动？", "How many business activities do local or cloud information systems cover?"),
  help: {
    meaning: L(
      "信息系统指ERP、MES、CRM、财务、OA等专门软件（本地部署或云服务），不含通用办公软件。",
      "Dedicated software such as ERP, MES, CRM, finance or office automation, on premises or in the cloud; not general office tools.",
    ),
    evidence: L("系统清单、合同或订阅记录、使用账号。", "A list of systems, contracts or subscriptions, user accounts."),
  },
  options: [
    { code: "none", label: L("没有", "None"), points: 0, effort: 0 },
    { code: "one", label: L("一项业务", "One activity"), points: 2.5, effort: 2 },
    { code: "several", label: L("两项及以上业务", "Two or more activities"), points: 5, effort: 5 },
    { code: "most", label: L("大部分业务（超过80%）", "Most activities (over 80%)"), points: 7.5, effort: 10 },
    { code: "all", label: L("全部业务", "All activities"), points: 10, effort: 16 },
  ],
};

export const SECURITY_QUESTIONS = [
  {
    code: "F.NETSEC",
    indicator: "F.SECURITY",
    kind: "multi" as const,
    max: 5,
    none: "none",
    label: L("企业在网络安全方面做了哪些工作？", "What has the firm done for network security?"),
    shortLabel: L("网络安全", "network security"),
    help: {
      meaning: L(
        "包括制度、产品或服务、风险评估和关键节点的访问控制与入侵检测。",
        "Policy, products or services, risk assessment, and access control with intrusion detection at key network nodes.",
      ),
      evidence: L(
        "安全管理制度文件、防火墙等采购记录、评估报告。",
        "Security policy documents, purchase records of firewalls and the like, assessment reports.",
      ),
    },
    options: [
      { code: "none", label: L("均未开展", "None of these"), points: 0, effort: 0 },
      { code: "policy", label: L("制定网络安全管理制度", "A network-security policy"), points: 1.25, effort: 0.5 },
      {
        code: "products",
        label: L(
          "部署防火墙、网络隔离、入侵检测、身份认证等安全产品或服务",
          "Security products or services: firewall, segmentation, intrusion detection, authentication",
        ),
        points: 1.25,
        effort: 2,
      },
      { code: "risk_assessment", label: L("自行或委托第三方开展网络安全风险评估", "Own or third-party network risk assessment"), points: 1.25, effort: 1 },
      {
        code: "perimeter_detection",
        label: L("在关键网络节点实施访问控制并检测入侵和恶意代码", "Access control with intrusion and malware detection at key nodes"),
        points: 1.25,
        effort: 2,
      },
    ],
  },
  {
    code: "F.DATASEC",
    indicator: "F.SECURITY",
    kind: "multi" as const,
    max: 5,
    none: "none",
    label: L("企业在数据安全方面做了哪些工作？", "What has the firm done for data security?"),
    shortLabel: L("数据安全", "data security"),
    help: {
      meaning: L(
        "包括数据安全制度、加密备份等产品、风险评估，以及数据资产清单和定期能力检查。",
        "A data-security policy, products such as encryption and backup, risk assessment, and a data inventory with periodic checks.",
      ),
      evidence: L("数据安全制度、备份记录、数据资产清单。", "Data-security policy, backup logs, data inventory."),
    },
    options: [
      { code: "none", label: L("均未开展", "None of these"), points: 0, effort: 0 },
      { code: "policy", label: L("制定数据安全管理制度", "A data-security policy"), points: 1.25, effort: 0.5 },
      {
        code: "products",
        label: L("使用加密、备份、脱敏、分类分级等数据安全产品", "Data-security products: encryption, backup, masking, classification"),
        points: 1.25,
        effort: 2,
      },
      { code: "risk_assessment", label: L("开展数据安全风险评估", "Data-security risk assessment"), points: 1.25, effort: 1 },
      {
        code: "inventory_checks",
        label: L("建立数据资产清单并定期检查防护能力", "A data inventory with periodic capability checks"),
        points: 1.25,
        effort: 1.5,
      },
    ],
  },
];

export const MANAGEMENT_QUESTIONS = [
  {
    code: "M.PLAN",
    indicator: "M.PLANNING",
    kind: "single" as const,
    max: 7.5,
    label: L("企业数字化转型规划推进到了哪一步？", "How far has the firm's digital-transformation plan come?"),
    help: {
      meaning: L(
        "从尚未开展、学习了解，到有规划和预算、项目启动、模式已转变，再到成为可供参观对标的标杆。",
        "From not started and learning, to a plan with budget, first projects, a changed business model, and a recognised benchmark others visit.",
      ),
      evidence: L("规划文件、预算、项目验收材料、获评示范的证明。", "Plan documents, budgets, project acceptance records, awards."),
    },
    options: [
      { code: "none", label: L("尚未开展", "Not started"), points: 0, effort: 0 },
      { code: "learning", label: L("正在学习了解", "Learning about it"), points: 1.5, effort: 0.5 },
      { code: "planned", label: L("已制定规划，有预算和保障措施", "A plan with budget and safeguards"), points: 3, effort: 1.5 },
      { code: "started", label: L("首批项目已启动实施", "First projects running"), points: 4.5, effort: 4 },
      {
        code: "transformed",
        label: L("业务或决策模式已转变并取得可衡量成效", "Business or decision model changed, with measured results"),
        points: 6,
        effort: 10,
      },
      { code: "exemplary", label: L("成为行业标杆，供他人参观对标", "A recognised example others visit"), points: 7.5, effort: 20 },
    ],
  },
  {
    code: "M.RULES",
    indicator: "M.PLANNING",
    kind: "multi" as const,
    max: 7.5,
    none: "none",
    label: L("企业建立了哪些数字化管理机制？", "Which governance rules for digital work does the firm have?"),
    help: {
      meaning: L(
        "为转型工作流程、系统建设运维、数据资源管理和创新激励制定的制度。",
        "Rules for the transformation workflow, building and running systems, managing data, and rewarding innovation.",
      ),
      evidence: L("制度文件及发布记录。", "Rule documents and their publication records."),
    },
    options: [
      { code: "none", label: L("均未建立", "None of these"), points: 0, effort: 0 },
      { code: "workflow", label: L("数字化转型工作流程制度", "Rules for the transformation workflow"), points: 1.875, effort: 0.5 },
      { code: "system_operation", label: L("信息系统建设与运维制度", "Rules for building and running systems"), points: 1.875, effort: 0.5 },
      { code: "data_management", label: L("数据资源管理制度", "Rules for data resources"), points: 1.875, effort: 1 },
      { code: "incentives", label: L("与数字化相关的创新激励机制", "Innovation incentives tied to digital work"), points: 1.875, effort: 1 },
    ],
  },
  {
    code: "M.TALENT",
    indicator: "M.RESOURCES",
    kind: "multi" as const,
    max: 7.5,
    none: "none",
    label: L("企业在数字化人才方面有哪些安排？", "What does the firm have for digital talent?"),
    help: {
      meaning: L(
        "数字化人员、专门岗位或部门、定期培训、薪酬绩效激励和分级成长通道。",
        "Digital staff, a dedicated post or unit, regular training, pay and performance incentives, a tiered career path.",
      ),
      evidence: L("组织架构图、岗位说明、培训记录、薪酬制度。", "Organisation chart, job descriptions, training records, pay rules."),
    },
    options: [
      { code: "none", label: L("均没有", "None of these"), points: 0, effort: 0 },
      { code: "staff", label: L("有数字化相关人员", "Digital staff"), points: 1.5, effort: 2 },
      { code: "dedicated_unit", label: L("设立专门岗位或部门", "A dedicated post or unit"), points: 1.5, effort: 2 },
      { code: "training", label: L("定期开展数字化培训", "Regular digital training"), points: 1.5, effort: 1 },
      { code: "incentives", label: L("有针对数字化人才的薪酬绩效机制", "Pay and performance scheme for digital talent"), points: 1.5, effort: 1 },
      { code: "career_path", label: L("有分级的人才发展通道", "A tiered development path"), points: 1.5, effort: 1 },
    ],
  },
  {
    code: "M.FUND",
    indicator: "M.RESOURCES",
    kind: "band" as const,
    max: 7.5,
    label: L("近三年年均数字化投入占营业收入的比例是多少？", "What share of revenue went to digital investment, on average over the last three years?"),
    help: {
      meaning: L("数字化投入包括软硬件、云服务、咨询和人员等费用。", "Digital investment covers hardware, software, cloud, consulting and staff."),
      evidence: L("财务账簿中的数字化投入明细与营业收入。", "The books: digital spending and revenue."),
      note: "The bands are the official data as given; they look high for a share of revenue but are kept as they are (maturity-model.md §2).",
    },
    options: bands([0, 1.875, 3.75, 5.625, 7.5], [0, 4, 8, 14, 22]),
    evidence: {
      numerator: { key: "investment", label: L("近三年年均数字化投入（万元）", "Average yearly digital investment, last three years (10k yuan)") },
      denominator: { key: "revenue", label: L("近三年年均营业收入（万元）", "Average yearly revenue, last three years (10k yuan)") },
      allowAbove100: true,
    },
  },
];

export const EFFECT_QUESTIONS = [
  {
    code: "E.ENERGY",
    indicator: "E.GREEN",
    kind: "trend" as const,
    max: 7,
    label: L(
      "与上一年（或转型前）相比，每百元营业收入的综合能耗如何变化？",
      "Compared with last year (or before the transformation), how did energy use per ¥100 of revenue change?",
    ),
    help: {
      meaning: L("单位营业收入能耗下降即为改善。", "A fall in energy per revenue is an improvement."),
      evidence: L("两期的能耗（吨标准煤或千瓦时）与营业收入。", "Energy use (tce or kWh) and revenue for both periods."),
    },
    options: trend(7, [3, 8], DOWN_WORDS),
    evidence: { measure: L("每百元营业收入综合能耗", "Energy per ¥100 of revenue"), better: "lower" as const },
  },
  {
    code: "E.QUALITY",
    indicator: "E.QUALITY",
    kind: "trend" as const,
    max: 7,
    label: L(
      "与上一年（或转型前）相比，产品月度合格率如何变化？",
      "Compared with last year (or before the transformation), how did the monthly pass rate change?",
    ),
    help: {
      meaning: L("合格率上升即为改善。", "A higher pass rate is an improvement."),
      evidence: L("两期的质量检验统计。", "Inspection statistics for both periods."),
    },
    options: trend(7, [3, 8], UP_WORDS),
    evidence: { measure: L("产品月度合格率（%）", "Monthly pass rate (%)"), better: "higher" as const },
  },
  {
    code: "E.REVENUE",
    indicator: "E.MARKET",
    kind: "trend" as const,
    max: 3,
    label: L(
      "与上一年（或转型前）相比，人均营业收入如何变化？",
      "Compared with last year (or before the transformation), how did revenue per employee change?",
    ),
    help: {
      meaning: L("人均营业收入上升即为改善。", "Higher revenue per employee is an improvement."),
      evidence: L("两期的营业收入和平均从业人数。", "Revenue and average headcount for both periods."),
    },
    options: trend(3, [4, 10], UP_WORDS),
    evidence: { measure: L("人均营业收入（万元）", "Revenue per employee (10k yuan)"), better: "higher" as const },
  },
  {
    code: "E.COST",
    indicator: "E.MARKET",
    kind: "trend" as const,
    max: 3,
    label: L(
      "与上一年（或转型前）相比，每百元营业收入的成本如何变化？",
      "Compared with last year (or before the transformation), how did cost per ¥100 of revenue change?",
    ),
    help: {
      meaning: L("每百元营业收入中的成本下降即为改善。", "A fall in cost per ¥100 of revenue is an improvement."),
      evidence: L("两期的营业成本与营业收入。", "Operating cost and revenue for both periods."),
    },
    options: trend(3, [3, 8], DOWN_WORDS),
    evidence: { measure: L("每百元营业收入中的成本（元）", "Cost per ¥100 of revenue (yuan)"), better: "lower" as const },
  },
];

const EQUIPMENT_EVIDENCE_TOTAL = { key: "total", label: L("生产设备总台（套）数", "Production equipment in all (units)") };

export const MANUFACTURING: TemplateInput = {
  id: "miit-2024-manufacturing",
  version: "2024.1",
  label: L("制造业（工信部2024年版）", "Manufacturing (MIIT 2024)"),
  isReference: false,
  source: L(
    "《中小企业数字化水平评测指标（2024年版）》，工信厅企业〔2024〕56号；分值取自官方评测问卷数据。",
    "SME Digital Level Evaluation Indicators (2024 edition), 工信厅企业〔2024〕56号; points from the official questionnaire data.",
  ),
  dimensions: DIMENSIONS,
  indicators: [...FOUNDATION_INDICATORS, ...OTHER_INDICATORS],
  questions: [
    {
      code: "F.NET",
      indicator: "F.SYSTEMS",
      kind: "multi",
      max: 8,
      none: "none",
      label: L("企业已建设哪些网络？", "Which networks has the firm built?"),
      shortLabel: L("网络建设", "networks"),
      help: {
        meaning: L(
          "车间工业控制网络、连接设备人员和系统的企业网络、自建或租用的5G工业网络，以及覆盖全部生产场所且可扩展的网络。",
          "A shop-floor control network; an enterprise network linking machines, people and systems; an own or leased industrial 5G network; a network covering all production sites that can grow.",
        ),
        evidence: L("网络拓扑图、运营商合同、设备清单。", "Network diagram, carrier contracts, device lists."),
      },
      options: [
        { code: "none", label: L("均未建设", "None of these"), points: 0, effort: 0 },
        { code: "plant_control_network", label: L("车间工业控制网络", "Shop-floor industrial control network"), points: 2, effort: 3 },
        {
          code: "enterprise_network",
          label: L("连接设备、人员和系统的企业网络", "Enterprise network linking machines, people and systems"),
          points: 2,
          effort: 2,
        },
        { code: "industrial_5g", label: L("自建或租用5G工业网络", "Own or leased industrial 5G network"), points: 2, effort: 4 },
        { code: "full_coverage", label: L("网络覆盖全部生产场所并可扩展", "Network covers all production sites and can grow"), points: 2, effort: 3 },
      ],
    },
    {
      code: "F.EQDIG",
      indicator: "F.SYSTEMS",
      kind: "band",
      max: 6,
      label: L("数字化生产设备占全部生产设备的比例是多少？", "What share of production equipment is digital?"),
      shortLabel: L("设备数字化率", "digital equipment share"),
      help: {
        meaning: L(
          "数字化设备包括数控机床、机器人、加装PLC改造的设备和数字化仪器仪表等。",
          "Digital equipment: CNC machines, robots, machines retrofitted with PLCs, digital instruments.",
        ),
        evidence: L("设备台账：设备总数和数字化设备数。", "Equipment register: total and digital units."),
      },
      options: bands([0, 1.5, 3, 4.5, 6], [0, 3, 7, 12, 20]),
      evidence: {
        numerator: { key: "digital", label: L("数字化生产设备台（套）数", "Digital production equipment (units)") },
        denominator: EQUIPMENT_EVIDENCE_TOTAL,
        allowAbove100: false,
      },
    },
    {
      code: "F.EQNET",
      indicator: "F.SYSTEMS",
      kind: "band",
      max: 6,
      label: L("联网的生产设备占全部生产设备的比例是多少？", "What share of production equipment is networked?"),
      shortLabel: L("设备联网率", "networked equipment share"),
      help: {
        meaning: L(
          "联网设备指能与网络或系统实时交换数据的生产设备。联网设备应为数字化设备，所以联网率不应高于数字化率。",
          "Networked equipment exchanges data with a network or system in real time. It is digital by nature, so this share should not exceed the digital share.",
        ),
        evidence: L("设备台账：设备总数和联网设备数。", "Equipment register: total and networked units."),
      },
      options: bands([0, 1.5, 3, 4.5, 6], [0, 2, 5, 9, 15]),
      evidence: {
        numerator: { key: "networked", label: L("联网生产设备台（套）数", "Networked production equipment (units)") },
        denominator: EQUIPMENT_EVIDENCE_TOTAL,
        allowAbove100: false,
      },
    },
    dataCollectionQuestion(DATA_ACTIVITIES, ["人力资源", "human resources"]),
    INFOSYS_QUESTION,
    ...SECURITY_QUESTIONS,
    ...MANAGEMENT_QUESTIONS,
    ...EFFECT_QUESTIONS,
  ],
  sceneGroups: SCENE_GROUPS,
  scenes: [...MANUFACTURING_SCENES],
  sceneLevelZero: SCENE_LEVEL_ZERO,
  sceneStepEffort: SCENE_STEP_EFFORT,
  levelRule: LEVEL_RULE,
  levelNames: LEVEL_NAMES,
  levelDescriptions: LEVEL_DESCRIPTIONS,
  profiles: [
    { code: "miit-default", label: L("默认约束性场景（10个）", "Default constrained scenes (10)"), scenes: DEFAULT_CONSTRAINED },
    {
      code: "pilot-9-no-warehousing",
      label: L("试点城市示例（9个，不含仓储物流）", "Pilot-city example (9, without warehousing)"),
      scenes: DEFAULT_CONSTRAINED.filter((s) => s !== "S.WAREHOUSING"),
    },
  ],
  defaultProfile: "miit-default",
  consistency: [
    {
      question: "F.EQNET",
      notAbove: "F.EQDIG",
      message: L("联网设备应为数字化设备，联网率不应高于数字化率。", "Networked equipment is digital, so the networked share cannot exceed the digital share."),
    },
  ],
  skipRules: [
    {
      question: "F.EQNET",
      when: { question: "F.EQDIG", in: ["p0_10"] },
      implies: "p0_10",
      reason: L(
        "数字化设备不超过10%时，联网设备（均为数字化设备）也不超过10%，本题无需作答。",
        "With at most 10% digital equipment, networked equipment (which is digital) is at most 10% too, so this question is skipped.",
      ),
    },
  ],
  trendFlatPercent: 1,
};
