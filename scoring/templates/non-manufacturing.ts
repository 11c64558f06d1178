import type { TemplateInput } from "../model/schema";
import { bands, DIMENSIONS, L, LEVEL_DESCRIPTIONS, LEVEL_NAMES, LEVEL_RULE, SCENE_LEVEL_ZERO, SCENE_STEP_EFFORT, UP_WORDS, trend } from "./common";
import {
  dataCollectionQuestion,
  EFFECT_QUESTIONS,
  FOUNDATION_INDICATORS,
  INFOSYS_QUESTION,
  MANAGEMENT_QUESTIONS,
  OTHER_INDICATORS,
  SECURITY_QUESTIONS,
} from "./manufacturing";
import { MANUFACTURING_SCENES, SCENE_GROUPS, type SceneText } from "./scenes";

/**
 * miit-2024-services (生产性服务业) and miit-2024-other: our design [EST] on the frame of the official
 * model, since no 2024 text exists for them. Same dimensions, indicators, maxima, level rule and scene
 * codes; equipment questions become service equivalents and production scenes are worded for service
 * work. Their results are a 参考等级 (reference level).
 */

const l1 = (zh: string, en: string) =>
  L(`借助表格、共享盘、常用软件或手机应用辅助人工开展${zh}`, `Spreadsheets, shared drives, common software or apps assist manual ${en}`);

const SERVICE_SCENE_TEXT: Record<string, Omit<SceneText, "code" | "group">> = {
  "S.PRODUCT_DESIGN": {
    label: L("产品与服务设计", "Product and service design"),
    ladder: {
      1: l1("服务产品设计", "service design"),
      2: L("使用系统统一管理服务产品、套餐和标准，并有版本控制", "A system manages service offerings, packages and standards, with versions"),
      3: L("建立服务知识库，设计与交付、营销协同", "A service knowledge base; design works with delivery and marketing"),
      4: L(
        "基于客户数据和模型设计个性化服务，并与客户、合作方协同设计",
        "Personalised services designed from customer data and models, with customers and partners",
      ),
    },
  },
  "S.PROCESS_DESIGN": {
    label: L("业务流程设计", "Service process design"),
    ladder: {
      1: l1("业务流程和作业标准编制", "writing processes and work standards"),
      2: L("在系统中定义业务流程和作业标准", "Processes and work standards are defined in a system"),
      3: L("流程知识库，流程配置直接驱动交付系统", "A process knowledge base; process settings drive the delivery system"),
      4: L("基于流程挖掘和仿真持续优化流程", "Process mining and simulation keep improving the processes"),
    },
  },
  "S.AFTER_SALES": {
    label: L("客户服务", "Customer service"),
    ladder: {
      1: l1("客户咨询和投诉处理", "handling enquiries and complaints"),
      2: L("使用客服或工单系统，客户信息与销售、交付共享", "A service-desk or ticket system shares customer data with sales and delivery"),
      3: L("问题清单化管理、快速响应，反馈到服务设计并与财务、质量联动", "Issue lists and fast response; feedback to design, linked with finance and quality"),
      4: L("智能客服、主动服务，建立客户服务模型", "AI service agents, proactive service and service models"),
    },
  },
  "S.PLANNING": {
    label: L("计划调度", "Planning and dispatch"),
    ladder: {
      1: l1("人员、车辆或资源排班", "rostering of people, vehicles or resources"),
      2: L("由系统生成服务计划和排班，并检查资源是否就绪", "The system makes service plans and rosters and checks resource readiness"),
      3: L("在多约束条件下自动调度，计划下达并跟踪执行", "Automatic dispatch under several constraints, released and tracked"),
      4: L("基于人工智能调度，可实时动态调整", "AI dispatch with real-time re-planning"),
    },
  },
  "S.PRODUCTION": {
    label: L("业务交付管控", "Delivery control"),
    ladder: {
      1: l1("订单或项目的交付跟踪", "tracking of orders or projects"),
      2: L("订单、项目或服务单在系统中录入并跟踪进度", "Orders, projects or service tickets are entered and tracked in a system"),
      3: L("采集交付过程数据，与计划、质量、资源联动", "Delivery data is collected and linked with planning, quality and resources"),
      4: L("基于人工智能监控预警，实现闭环优化", "AI monitoring and warnings with closed-loop optimisation"),
    },
  },
  "S.QUALITY": {
    label: L("服务质量管理", "Service quality"),
    ladder: {
      1: l1("服务质量检查和客户评价记录", "quality checks and customer ratings"),
      2: L("服务质量数据以数字化方式采集和分析", "Service-quality data is captured and analysed digitally"),
      3: L("关键环节自动监测报警，或实现服务全过程追溯", "Automatic monitoring and alarms at key steps, or full traceability"),
      4: L("基于模型预测质量风险，质量数据与合作方共享", "Quality risks predicted by models; quality data shared with partners"),
    },
  },
  "S.EQUIPMENT": {
    label: L("设施设备管理", "Facilities and equipment"),
    ladder: {
      1: l1("设施设备台账和维修记录", "asset registers and repair records"),
      2: L("在系统中管理设施设备的保养计划和巡检", "Maintenance plans and inspections of facilities are managed in a system"),
      3: L("实时采集设施设备数据，故障分析、远程诊断", "Real-time facility data, fault analysis, remote diagnosis"),
      4: L("建立设施设备模型，实现预测性维护", "Facility models enable predictive maintenance"),
    },
  },
  "S.SAFETY": {
    label: L("安全与合规", "Safety and compliance"),
    ladder: {
      1: l1("安全检查和合规记录", "safety checks and compliance records"),
      2: L("安全与合规事项标准化管理，关键风险在线监测", "Standardised safety and compliance management with online monitoring of key risks"),
      3: L("风险全过程系统管理，实时报警，具备应急预案", "Full-process risk management system, real-time alarms and emergency plans"),
      4: L("基于模型预测安全与合规风险并提前处置", "Safety and compliance risks are predicted by models and handled in advance"),
    },
  },
};

const NON_MANUFACTURING_SCENES = MANUFACTURING_SCENES.map((scene) => ({ ...scene, ...(SERVICE_SCENE_TEXT[scene.code] ?? {}) }));

/** Default constrained set for service firms [EST]: the scenes that carry the service itself. */
const SERVICE_CONSTRAINED = [
  "S.MARKETING",
  "S.AFTER_SALES",
  "S.PLANNING",
  "S.PRODUCTION",
  "S.QUALITY",
  "S.EQUIPMENT",
  "S.SAFETY",
  "S.PURCHASING",
  "S.FINANCE",
  "S.HR",
];

const SERVICE_ACTIVITIES: readonly [string, string, string][] = [
  ["service_design", "产品与服务设计", "product and service design"],
  ["process_design", "业务流程设计", "process design"],
  ["marketing", "营销管理", "sales and marketing"],
  ["customer_service", "客户服务", "customer service"],
  ["planning", "计划调度", "planning and dispatch"],
  ["delivery", "业务交付", "delivery"],
  ["quality", "服务质量", "service quality"],
  ["facilities", "设施设备", "facilities and equipment"],
  ["safety", "安全与合规", "safety and compliance"],
  ["energy", "能耗管理", "energy"],
  ["purchasing", "采购管理", "purchasing"],
  ["warehousing", "仓储物流", "warehousing and logistics"],
  ["finance", "财务管理", "finance"],
];

function nonManufacturing(id: string, label: { zh: string; en: string }): TemplateInput {
  const effects = EFFECT_QUESTIONS.map((q) =>
    q.code === "E.QUALITY"
      ? {
          ...q,
          label: L(
            "与上一年（或转型前）相比，客户满意度如何变化？",
            "Compared with last year (or before the transformation), how did customer satisfaction change?",
          ),
          help: {
            meaning: L("客户满意度（或一次交付合格率）上升即为改善。", "Higher customer satisfaction (or first-time-right delivery) is an improvement."),
            evidence: L("两期的客户满意度调查或交付质量统计。", "Satisfaction surveys or delivery-quality statistics for both periods."),
          },
          options: trend(7, [3, 8], UP_WORDS),
          evidence: { measure: L("客户满意度（%）", "Customer satisfaction (%)"), better: "higher" as const },
        }
      : q,
  );
  return {
    id,
    version: "2024.1",
    label: L(label.zh, label.en),
    isReference: true,
    source: L(
      "数诊按《中小企业数字化水平评测指标（2024年版）》框架设计的参考模板：保留维度、分值和等级规则，设备类题目替换为服务业等价题目。结果为参考等级。",
      "Shuzhen's reference template on the frame of the MIIT 2024 indicators: same dimensions, points and level rule, with equipment questions replaced by service equivalents. Results are a reference level.",
    ),
    dimensions: DIMENSIONS,
    indicators: [
      ...FOUNDATION_INDICATORS.map((i) => (i.code === "F.SYSTEMS" ? { ...i, label: L("网络与终端", "Networks and devices") } : i)),
      ...OTHER_INDICATORS.map((i) => (i.code === "E.QUALITY" ? { ...i, label: L("服务质量", "Service quality") } : i)),
    ],
    questions: [
      {
        code: "F.NET",
        indicator: "F.SYSTEMS",
        kind: "multi",
        max: 8,
        none: "none",
        label: L("企业已建设哪些网络？", "Which networks has the firm built?"),
        help: {
          meaning: L(
            "营业和办公场所网络、连接人员终端和系统的企业网络、5G或专线等高质量接入，以及覆盖全部经营场所且可扩展的网络。",
            "Networks at business and office sites; an enterprise network linking people, devices and systems; 5G or dedicated lines; a network covering all sites that can grow.",
          ),
          evidence: L("网络拓扑图、运营商合同。", "Network diagram, carrier contracts."),
        },
        options: [
          { code: "none", label: L("均未建设", "None of these"), points: 0, effort: 0 },
          { code: "site_network", label: L("营业和办公场所网络", "Networks at business and office sites"), points: 2, effort: 1 },
          {
            code: "enterprise_network",
            label: L("连接人员、终端和系统的企业网络", "Enterprise network linking people, devices and systems"),
            points: 2,
            effort: 2,
          },
          { code: "dedicated_access", label: L("5G、专线或SD-WAN等高质量接入", "5G, dedicated lines or SD-WAN"), points: 2, effort: 3 },
          { code: "full_coverage", label: L("网络覆盖全部经营场所并可扩展", "Network covers all sites and can grow"), points: 2, effort: 3 },
        ],
      },
      {
        code: "F.TERMDIG",
        indicator: "F.SYSTEMS",
        kind: "band",
        max: 6,
        label: L("配备数字化工作终端的一线业务人员占比是多少？", "What share of frontline staff work with digital devices?"),
        help: {
          meaning: L(
            "数字化终端包括电脑、平板、手持终端和智能设备等，用于业务处理而非仅日常通讯。",
            "Computers, tablets, handheld terminals or smart devices used for the work itself, not only for messaging.",
          ),
          evidence: L("终端台账和一线人员名册。", "Device register and frontline staff list."),
        },
        options: bands([0, 1.5, 3, 4.5, 6], [0, 2, 4, 7, 11]),
        evidence: {
          numerator: { key: "equipped", label: L("配备数字化终端的一线人员数", "Frontline staff with digital devices") },
          denominator: { key: "frontline", label: L("一线业务人员总数", "Frontline staff in all") },
          allowAbove100: false,
        },
      },
      {
        code: "F.ONLINE",
        indicator: "F.SYSTEMS",
        kind: "band",
        max: 6,
        label: L("通过线上渠道受理或交付的业务量占比是多少？", "What share of business is taken or delivered through online channels?"),
        help: {
          meaning: L(
            "线上渠道包括网站、小程序、电商或行业平台、业务系统接口等。",
            "Websites, mini-programs, e-commerce or industry platforms, system interfaces.",
          ),
          evidence: L("近一年订单或服务单的渠道统计。", "Orders or service tickets of the last year by channel."),
        },
        options: bands([0, 1.5, 3, 4.5, 6], [0, 2, 5, 9, 15]),
        evidence: {
          numerator: { key: "online", label: L("线上受理或交付的业务量（单）", "Orders taken or delivered online") },
          denominator: { key: "total", label: L("全部业务量（单）", "All orders") },
          allowAbove100: false,
        },
      },
      dataCollectionQuestion(SERVICE_ACTIVITIES, ["人力资源", "human resources"]),
      INFOSYS_QUESTION,
      ...SECURITY_QUESTIONS,
      ...MANAGEMENT_QUESTIONS,
      ...effects,
    ],
    sceneGroups: SCENE_GROUPS.map((g) => (g.code === "PRODUCTION" ? { ...g, label: L("业务运营", "Operations") } : g)),
    scenes: NON_MANUFACTURING_SCENES,
    sceneLevelZero: SCENE_LEVEL_ZERO,
    sceneStepEffort: SCENE_STEP_EFFORT,
    levelRule: LEVEL_RULE,
    levelNames: LEVEL_NAMES,
    levelDescriptions: LEVEL_DESCRIPTIONS,
    profiles: [
      { code: "services-default", label: L("服务业约束性场景（10个，参考）", "Service constrained scenes (10, reference)"), scenes: SERVICE_CONSTRAINED },
    ],
    defaultProfile: "services-default",
    consistency: [],
    trendFlatPercent: 1,
  };
}

export const SERVICES = nonManufacturing("miit-2024-services", { zh: "生产性服务业（参考）", en: "Producer services (reference)" });
export const OTHER = nonManufacturing("miit-2024-other", { zh: "其他行业（参考）", en: "Other industries (reference)" });
