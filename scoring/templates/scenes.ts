import type { Localized } from "../model/schema";

/** Scene groups and ladders of 数字化经营 (maturity-model.md §3 and §6), in our own wording. */

export const SCENE_GROUPS = [
  { code: "LIFECYCLE", label: { "zh-CN": "产品生命周期", en: "Product lifecycle" } },
  { code: "PRODUCTION", label: { "zh-CN": "生产执行", en: "Production" } },
  { code: "SUPPLY_CHAIN", label: { "zh-CN": "供应链", en: "Supply chain" } },
  { code: "MANAGEMENT", label: { "zh-CN": "管理决策", en: "Management and decisions" } },
];

export interface SceneText {
  code: string;
  group: string;
  label: Localized;
  ladder: { 1: Localized; 2: Localized; 3: Localized; 4: Localized };
}

const L = (zh: string, en: string): Localized => ({ "zh-CN": zh, en });

/** Level 1 is the same pattern in almost every scene: office tools assist manual work. */
const l1 = (zhWhat: string, enWhat: string): Localized =>
  L(`借助表格、共享盘、常用软件或手机应用辅助人工开展${zhWhat}`, `Spreadsheets, shared drives, common software or apps assist manual ${enWhat}`);

export const MANUFACTURING_SCENES: readonly SceneText[] = [
  {
    code: "S.PRODUCT_DESIGN",
    group: "LIFECYCLE",
    label: L("产品设计", "Product design"),
    ladder: {
      1: L("使用二维或三维CAD等工具辅助设计，设计资料分散保存", "CAD tools assist design; design files are kept in scattered places"),
      2: L("使用设计管理系统，设计数据（BOM、变更）统一管理并有版本控制", "A design management system keeps design data (BOM, changes) under version control"),
      3: L("建立标准件库和设计知识库，设计与工艺协同开展", "Standard-part and design knowledge bases; design and process planning work together"),
      4: L("基于仿真验证设计，并与供应商、客户协同设计", "Designs are verified by simulation and co-developed with suppliers and customers"),
    },
  },
  {
    code: "S.PROCESS_DESIGN",
    group: "LIFECYCLE",
    label: L("工艺设计", "Process design"),
    ladder: {
      1: l1("工艺编制", "process planning"),
      2: L("使用工艺设计系统，工艺数据有统一标准", "A process-planning system with standard process data"),
      3: L("建立工艺知识库，工艺数据下发到生产环节", "A process knowledge base; process data flows to production"),
      4: L("利用数据模型和三维仿真优化工艺", "Data models and 3D simulation optimise the process"),
    },
  },
  {
    code: "S.MARKETING",
    group: "LIFECYCLE",
    label: L("营销管理", "Sales and marketing"),
    ladder: {
      1: l1("销售计划、订单和客户管理", "sales planning, orders and customer records"),
      2: L("使用销售管理系统管理销售计划、订单和客户", "A sales system manages plans, orders and customers"),
      3: L("营销数据实时管控，并与生产、库存、财务联动", "Sales are controlled in real time, linked with production, stock and finance"),
      4: L("基于人工智能的销售预测驱动采购、生产和物流", "AI sales forecasts drive purchasing, production and logistics"),
    },
  },
  {
    code: "S.AFTER_SALES",
    group: "LIFECYCLE",
    label: L("售后服务", "After-sales service"),
    ladder: {
      1: l1("售后服务记录与跟踪", "service records and follow-up"),
      2: L("使用售后服务系统，服务信息与设计、生产、销售共享", "A service system shares service data with design, production and sales"),
      3: L(
        "问题清单化管理、快速响应，问题反馈到设计，并与财务、质量联动",
        "Issue lists and fast response; feedback to design, linked with finance and quality",
      ),
      4: L("远程运维、主动服务，建立服务模型", "Remote operation, proactive service and service models"),
    },
  },
  {
    code: "S.PLANNING",
    group: "PRODUCTION",
    label: L("计划排程", "Planning and scheduling"),
    ladder: {
      1: l1("生产计划编制", "production planning"),
      2: L("由系统生成生产计划，并检查物料、设备等齐套情况", "The system makes production plans and checks material and machine readiness"),
      3: L("在多约束条件下自动排产，计划下达并跟踪执行", "Automatic scheduling under several constraints, released and tracked"),
      4: L("基于人工智能排程，可实时动态调整", "AI scheduling with real-time rescheduling"),
    },
  },
  {
    code: "S.PRODUCTION",
    group: "PRODUCTION",
    label: L("生产管控", "Production control"),
    ladder: {
      1: l1("工单派发和生产报工", "work orders and progress reporting"),
      2: L("工单在系统中录入并跟踪进度", "Work orders are entered and tracked in a system"),
      3: L("采集工单和工艺参数，与计划、质量、设备联动", "Work-order and process parameters are collected and linked to planning, quality and equipment"),
      4: L("基于人工智能监控预警，实现闭环优化", "AI monitoring and warnings with closed-loop optimisation"),
    },
  },
  {
    code: "S.QUALITY",
    group: "PRODUCTION",
    label: L("质量管理", "Quality management"),
    ladder: {
      1: l1("质量检验记录", "inspection records"),
      2: L("质量数据以数字化方式采集和分析", "Quality data is captured and analysed digitally"),
      3: L("关键工序自动检测报警，或实现质量全程追溯", "Automatic inspection and alarms at key steps, or full traceability"),
      4: L("机器视觉检测、缺陷预测，质量数据在产业链上共享", "Vision inspection, defect prediction, quality data shared along the chain"),
    },
  },
  {
    code: "S.EQUIPMENT",
    group: "PRODUCTION",
    label: L("设备管理", "Equipment management"),
    ladder: {
      1: l1("设备台账和维修记录", "equipment registers and repair records"),
      2: L("在系统中管理设备保养计划和点检", "Maintenance plans and inspections are managed in a system"),
      3: L("实时采集设备数据，故障分析、远程诊断，计算设备综合效率（OEE）", "Real-time equipment data, fault analysis, remote diagnosis, OEE"),
      4: L("建立设备模型和故障知识库，实现预测性维护", "Equipment models and a fault knowledge base enable predictive maintenance"),
    },
  },
  {
    code: "S.SAFETY",
    group: "PRODUCTION",
    label: L("安全生产", "Work safety"),
    ladder: {
      1: l1("安全检查和隐患记录", "safety checks and hazard records"),
      2: L("安全作业标准化管理，在线监测危险源", "Standardised safe-work management with online hazard monitoring"),
      3: L("危险废物全过程系统管理，实时报警，具备应急预案", "Full-process hazardous-waste system, real-time alarms and emergency plans"),
      4: L("基于模型预测安全风险并提前处置", "Hazards are predicted by models and handled in advance"),
    },
  },
  {
    code: "S.ENERGY",
    group: "PRODUCTION",
    label: L("能耗管理", "Energy management"),
    ladder: {
      1: l1("水、电、气用量统计", "water, power and gas accounting"),
      2: L("使用系统采集和管理水、电、气等能耗数据", "A system collects and manages water, power and gas data"),
      3: L("按设备实时采集能耗数据，协同优化用能", "Real-time energy data per machine; coordinated optimisation"),
      4: L("建立能耗模型，实现用能预测和优化调度", "Energy models forecast use and dispatch it optimally"),
    },
  },
  {
    code: "S.PURCHASING",
    group: "SUPPLY_CHAIN",
    label: L("采购管理", "Purchasing"),
    ladder: {
      1: l1("采购需求、订单和供应商记录", "purchase requests, orders and supplier records"),
      2: L("使用采购系统管理需求、订单和供应商", "A purchasing system manages needs, orders and suppliers"),
      3: L("供应商管理、询比价，并与生产、库存、财务联动", "Supplier management and quotations, linked with production, stock and finance"),
      4: L("基于人工智能预警供应风险，动态调整采购策略", "AI warns of supply risks and adapts the purchasing strategy"),
    },
  },
  {
    code: "S.WAREHOUSING",
    group: "SUPPLY_CHAIN",
    label: L("仓储物流", "Warehousing and logistics"),
    ladder: {
      1: l1("出入库和库存记录", "stock movements and inventory"),
      2: L("使用仓储管理系统管理各类库存", "A warehouse system manages all kinds of stock"),
      3: L("仓储与生产、采购、财务联动", "Warehousing is linked with production, purchasing and finance"),
      4: L("与供应商库存、客户计划共享，建设智能仓储", "Shared with suppliers' stock and customers' plans; a smart warehouse"),
    },
  },
  {
    code: "S.FINANCE",
    group: "MANAGEMENT",
    label: L("财务管理", "Finance"),
    ladder: {
      1: L("使用财务软件或表格记账", "Bookkeeping with accounting software or spreadsheets"),
      2: L("总账、应收应付、存货和资产一体化管理", "Ledger, payables and receivables, stock and assets are integrated"),
      3: L("业财一体化，开展管理会计", "Business and finance are integrated; management accounting"),
      4: L("预测性财务分析和风险评估", "Predictive financial analysis and risk assessment"),
    },
  },
  {
    code: "S.HR",
    group: "MANAGEMENT",
    label: L("人力资源", "Human resources"),
    ladder: {
      1: l1("考勤、薪酬和人事记录", "attendance, payroll and staff records"),
      2: L("考勤和薪酬在系统中管理", "Attendance and payroll are managed in a system"),
      3: L("基于人力资源数据分析开展人力规划", "HR analytics drive HR planning"),
      4: L("在绩效、招聘和人才画像中应用人工智能", "AI in performance, recruiting and talent profiles"),
    },
  },
  {
    code: "S.OFFICE",
    group: "MANAGEMENT",
    label: L("协同办公", "Collaboration"),
    ladder: {
      1: l1("通知、审批和文档流转", "notices, approvals and documents"),
      2: L("使用办公平台处理审批和通知", "An office platform handles approvals and notices"),
      3: L("办公平台与财务、采购、生产系统集成，支持移动办公", "The office platform is integrated with finance, purchasing and production, and mobile"),
      4: L("智能助手、智能推荐和自适应流程", "AI assistant, recommendations and adaptive workflows"),
    },
  },
  {
    code: "S.DECISION",
    group: "MANAGEMENT",
    label: L("决策支持", "Decision support"),
    ladder: {
      1: l1("经营数据汇总和报表", "reporting of business figures"),
      2: L("关键数据集成，开展可视化分析", "Key data is integrated and analysed visually"),
      3: L("建设数据平台，支持情景模拟", "A data platform supports scenario simulation"),
      4: L("基于内外部数据的人工智能预测和决策模型", "AI prediction and decision models on internal and external data"),
    },
  },
];

/** The 10 constrained scenes of the default profile (maturity-model.md §3). */
export const DEFAULT_CONSTRAINED = [
  "S.PRODUCT_DESIGN",
  "S.MARKETING",
  "S.PRODUCTION",
  "S.QUALITY",
  "S.EQUIPMENT",
  "S.SAFETY",
  "S.ENERGY",
  "S.PURCHASING",
  "S.WAREHOUSING",
  "S.FINANCE",
];
