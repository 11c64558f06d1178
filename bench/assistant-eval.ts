/**
 * Retrieval evaluation set for 小镝客服 (the assistant): questions as SME owners, consultants and city
 * officers type them on the Zhengzhou portal, each with the passages that genuinely answer it. A question
 * counts as found when ANY expected passage is among the top 5 retrieved. Questions that need the firm's
 * own result, and out-of-scope questions, are tested elsewhere.
 */

export interface EvalQuestion {
  /** The question as a real user types it. */
  q: string;
  lang: "zh-CN" | "en";
  /** Asked on this portal (all questions: "zhengzhou"). */
  tenant: "zhengzhou";
  /** Citations that answer it: the question counts as found when ANY of them is among the top 5 passages. */
  expect: { kind: "policy" | "indicator" | "scene" | "solution" | "faq"; id: string }[];
}

type Kind = EvalQuestion["expect"][number]["kind"];
type Ref = readonly [Kind, string];

const zh = (q: string, ...refs: Ref[]): EvalQuestion => ({
  q,
  lang: "zh-CN",
  tenant: "zhengzhou",
  expect: refs.map(([kind, id]) => ({ kind, id })),
});
const en = (q: string, ...refs: Ref[]): EvalQuestion => ({
  q,
  lang: "en",
  tenant: "zhengzhou",
  expect: refs.map(([kind, id]) => ({ kind, id })),
});

const faq = (id: string): Ref => ["faq", id];
const ind = (id: string): Ref => ["indicator", id];
const scene = (id: string): Ref => ["scene", id];
const pol = (id: string): Ref => ["policy", id];
const sol = (id: string): Ref => ["solution", id];

export const EVAL_SET: readonly EvalQuestion[] = [
  // ── FAQ (zh) ──────────────────────────────────────────────────────────────
  zh("整个问卷做下来大概得花多长时间", faq("answering-steps-and-duration")),
  zh("设备数字化率正好40%，选哪一档？", faq("answering-band-questions"), ind("F.EQDIG")),
  zh("多选题里的几项我们一个都没做到，要咋勾", faq("answering-none-option"), faq("answering-single-and-multi")),
  zh("数字化率选了10%以下，联网率那题怎么变成不用答了", faq("answering-skip-rule")),
  zh("检查页那个“最想解决的问题”不填行不行，影响分数吗", faq("answering-context-pain-points")),
  zh("交上去才发现有两题选错了，能撤回来改吗", faq("answering-change-after-submit")),
  zh("我们自己在网上测，还得上传照片证明吗？", faq("evidence-who-uploads")),
  zh("佐证能传excel表格吗", faq("evidence-file-limits")),
  zh("设备那几道题拿什么当证明材料比较好", faq("evidence-what-to-prepare"), ind("F.EQDIG"), ind("F.EQNET")),
  zh("填到一半电脑死机了，之前填的还在不在", faq("resume-closed-browser")),
  zh("续填链接能不能转给财务，让她把资金那部分填了", faq("resume-link-security")),
  zh("隔了好几个月再打开，说续答链接过期了咋整", faq("resume-link-expired")),
  zh("我们是做软件服务的，为啥结果写的是参考等级", faq("levels-reference-level"), faq("levels-template-by-industry")),
  zh("这里测出来的级别能拿去当正式认定用吗", faq("levels-official-or-self")),
  zh("哪些业务场景是约束性的？", faq("levels-constrained-scenes")),
  zh("提交完报告半天没出来，正常要等多久", faq("report-how-long")),
  zh("报告里那些数字会不会是大模型瞎编的", faq("report-ai-written")),
  zh("同行对比到底是拿我们跟哪些企业比", faq("report-peer-benchmark")),
  zh("报告有几句写得不对，我能自己改吗", faq("report-edit-versions")),
  zh("升到二级最省钱的那个方案是怎么挑出来的", faq("plan-least-cost")),
  zh("方案里推荐的服务商和报价是真的吗", faq("plan-demo-catalogue")),
  zh("扣掉补贴以后我们自己要掏多少，怎么算的", faq("plan-net-cost")),
  zh("补贴钱啥时候能到账", faq("subsidies-when-paid")),
  zh("同一笔设备款能同时报两个补贴吗", faq("subsidies-no-double-claim"), faq("plan-net-cost")),
  zh("补贴匹配显示需确认，那到底能不能报", faq("subsidies-possibly-eligible")),
  zh("补贴是企业自己报，还是服务商帮着报？", faq("subsidies-how-to-apply")),
  zh("有的材料是盖章原件，没电子版怎么交", faq("materials-paper-submission")),
  zh("申报被打回来让补材料，下一步咋弄", faq("materials-returned-for-correction")),
  zh("验收的时候要交的材料包里都有些啥", faq("acceptance-pack-contents")),
  zh("验收没通过，整改完还能再申请吗", faq("acceptance-rejected")),
  zh("改造项目从备案到拨款要走哪几步", faq("projects-stages")),
  zh("项目验收都一年了，又收到邮件让填效果回访，干啥用的", faq("projects-outcome-survey")),
  zh("我们是咨询公司，怎么在平台上当顾问", faq("consultant-how-to-join")),
  zh("顾问上门测和远程发链接让企业自己测有啥区别", faq("consultant-onsite-vs-remote")),
  zh("我们区政务服务网想挂个评测入口，怎么嵌进去", faq("portal-embed-assessment")),
  zh("看板上能看到全市二级以上企业占多少吗", faq("portal-dashboard")),
  zh("机器人答不上来，能找个真人问问吗", faq("portal-handover-to-person")),
  zh("不注册账号能直接测吗", faq("account-do-i-need-one")),
  zh("密码连着输错好多次，现在登不上了", faq("account-failed-sign-ins")),
  zh("市里工信局能看到我们厂填的答案不", faq("privacy-portal-admins"), faq("privacy-who-sees-what")),
  zh("我们填的经营情况会不会被拿去喂AI", faq("privacy-llm-data")),

  // ── FAQ (en) ──────────────────────────────────────────────────────────────
  en("Can I start on my phone and finish on the office PC?", faq("resume-other-device")),
  en("wifi dropped while I was answering, did I lose everything?", faq("resume-offline-saving")),
  en("max size for evidence uploads?", faq("evidence-file-limits")),
  en("Is this level recognised by the government or is it just a self-check?", faq("levels-official-or-self")),
  en("how do I get a PDF copy of our report", faq("report-pdf-download")),
  en(
    "Do we have to pay for the retrofit up front and only get the subsidy after acceptance?",
    faq("subsidies-build-first"),
    pol("demo-zhengzhou-transformation"),
  ),
  en("Can our consultancy's logo go on the PDF cover instead of the portal's?", faq("consultant-branded-pdf")),
  en("who else can see our scores", faq("privacy-who-sees-what")),
  en("I can't remember my password, how do I reset it?", faq("account-forgot-password")),
  en("what chapters are in the diagnosis report", faq("report-contents")),
  en("Does our data get sent to some AI model?", faq("privacy-llm-data")),

  // ── Indicators, level rule, dimensions (zh) ──────────────────────────────
  zh("我们厂的机器联网了一半算多少分", ind("F.EQNET")),
  zh("车间没拉网线，只有办公室有wifi，网络那题咋勾", ind("F.NET")),
  zh("跟移动租了个5G专网，网络建设能加分不", ind("F.NET")),
  zh("数控机床和机器人算数字化设备吧？", ind("F.EQDIG")),
  zh("老机床后来加装了PLC，算不算数字化的", ind("F.EQDIG")),
  zh("联网设备到底指啥样的设备", ind("F.EQNET")),
  zh("联网率填得比数字化率高行不行", ind("F.EQNET"), faq("answering-contradiction-warning")),
  zh("扫码枪扫进系统的数据算自动采集吗", ind("F.DATA")),
  zh("员工考勤数据能自动采集，这个也算分吗", ind("F.DATA")),
  zh("我们就用Excel和微信，算有信息系统吗", ind("F.IS")),
  zh("ERP基本把八成以上业务都管了，信息系统那题选哪个", ind("F.IS")),
  zh("装了防火墙和入侵检测，网络安全那题能勾几项", ind("F.NETSEC")),
  zh("数据加密备份、脱敏这些算在哪道题里", ind("F.DATASEC")),
  zh("老板说还在学习了解数字化，规划那题该选什么", ind("M.PLAN")),
  zh("数字化相关的管理制度一般要建哪几种", ind("M.RULES")),
  zh("厂里就一个网管，没有IT部门，人才那题怎么答", ind("M.TALENT")),
  zh("数字化投入里IT人员的工资能算进去吗", ind("M.FUND")),
  zh("今年产值涨了，单位产值电耗降了，能耗那题算改善吧", ind("E.ENERGY"), faq("answering-trend-questions")),
  zh("每百元收入里的成本比去年高了，选啥", ind("E.COST"), faq("answering-trend-questions")),
  zh("三级门槛是多少分，要几个场景", ind("level-rule"), faq("levels-thresholds")),
  zh("分数都过40了，为啥还评不上二级", ind("level-rule"), faq("levels-how-computed"), faq("levels-thresholds"), faq("levels-constrained-scenes")),
  zh("数字化基础、管理、成效各占多少分", ind("dimensions"), faq("levels-how-computed")),

  // ── Indicators, level rule, dimensions (en) ──────────────────────────────
  en("Do robots count as digital equipment?", ind("F.EQDIG")),
  en("We only use Excel and WeChat, is that an information system?", ind("F.IS")),
  en("our pass rate went from 96% to 98% vs last year, is that better?", ind("E.QUALITY"), faq("answering-trend-questions")),
  en("Revenue per employee fell this year compared with last year. Which option do I pick?", ind("E.REVENUE"), faq("answering-trend-questions")),
  en("what counts as digital investment in the funding question", ind("M.FUND")),
  en("How many points and scenes do I need for level 3?", ind("level-rule"), faq("levels-thresholds")),
  en("how are the 100 points split across dimensions", ind("dimensions"), faq("levels-how-computed")),

  // ── Scenes (zh) ───────────────────────────────────────────────────────────
  zh("我们用钉钉走审批发通知，协同办公能选几级", scene("S.OFFICE")),
  zh("仓库出入库还是手工记本子再录Excel，选几级", scene("S.WAREHOUSING"), faq("answering-scene-levels")),
  zh("关键工序有自动检测报警，质量这块能算三级吗", scene("S.QUALITY")),
  zh("用财务软件记账，财务那个场景算几级", scene("S.FINANCE")),
  zh("生产计划系统自动排，会考虑设备和物料约束，这算几级", scene("S.PLANNING")),
  zh("图纸都是CAD画的，散在各个设计员电脑里，算几级", scene("S.PRODUCT_DESIGN")),
  zh("工艺卡片还是用Word编的", scene("S.PROCESS_DESIGN")),
  zh("给客户设备做远程运维、主动服务，售后能到几级", scene("S.AFTER_SALES")),
  zh("危险源装了在线监测，安全生产算几级", scene("S.SAFETY")),
  zh("每台设备的用电都实时采集了，能耗算第几级", scene("S.ENERGY")),
  zh("采购能询比价，还跟库存、财务打通了", scene("S.PURCHASING")),
  zh("工单在系统里录入、能跟踪进度，生产这块几级", scene("S.PRODUCTION")),
  zh("客户和订单都放在CRM里管，营销这块几级", scene("S.MARKETING")),
  zh("设备保养计划和点检都在系统里做了", scene("S.EQUIPMENT")),
  zh("建了数据平台，能做情景模拟，决策支持算几级", scene("S.DECISION")),
  zh("招聘筛简历、人才画像都用上AI了，人力资源几级", scene("S.HR")),
  zh("仓库跟供应商库存、客户计划都共享了，能到四级吗", scene("S.WAREHOUSING")),

  // ── Scenes (en) ───────────────────────────────────────────────────────────
  en("Attendance and payroll run in a system now, what HR level is that?", scene("S.HR")),
  en("We use AI sales forecasts to drive purchasing and production. Which sales level?", scene("S.MARKETING")),
  en("what level is predictive maintenance for equipment", scene("S.EQUIPMENT")),
  en("we have dashboards with integrated key data for the boss, which decision support level", scene("S.DECISION")),

  // ── Policies (zh) ─────────────────────────────────────────────────────────
  zh("郑州试点都包括哪几个细分行业", pol("zhengzhou-2024-10"), pol("demo-zhengzhou-transformation")),
  zh("我们是做耐火材料的，在郑州算试点行业吗", pol("zhengzhou-2024-10"), pol("demo-zhengzhou-transformation")),
  zh("铝材加工厂在不在郑州试点的细分行业里", pol("zhengzhou-2024-10"), pol("demo-zhengzhou-transformation")),
  zh("郑政办2024年10号文是讲啥的", pol("zhengzhou-2024-10")),
  zh("郑州试点推进方案是哪个部门印发的", pol("zhengzhou-2024-10")),
  zh("郑州试点方案里写了补贴给多少吗", pol("zhengzhou-2024-10")),
  zh("郑州数字化改造补贴按投入的百分之几补", pol("demo-zhengzhou-transformation")),
  zh("改造完到了三级，最多能补多少万", pol("demo-zhengzhou-transformation")),
  zh("郑州改造补贴申报截止到啥时候", pol("demo-zhengzhou-transformation")),
  zh("我们是规下小企业，能报郑州的改造补贴不", pol("demo-zhengzhou-transformation")),
  zh("现在已经二级了，还能申请郑州改造补贴吗", pol("demo-zhengzhou-transformation")),
  zh("买网络设备和咨询服务的钱能算进补贴范围吗", pol("demo-zhengzhou-transformation")),
  zh("郑州改造补贴申报要准备哪些材料", pol("demo-zhengzhou-transformation"), faq("materials-checklist")),
  zh("郑州这个改造补贴是不是得自己先垫钱，验收完才给", pol("demo-zhengzhou-transformation"), faq("subsidies-build-first")),
  zh("郑州那个改造补贴是真实政策吗", pol("demo-zhengzhou-transformation"), faq("subsidies-policy-source")),
  zh("评专精特新时数字化水平那项，二级能得几分", pol("national-zjtx-digital-level"), faq("levels-specialized-sme-points")),
  zh("专精特新的数字化指标要求必须是规上企业吗", pol("national-zjtx-digital-level")),
  zh("数字化只有一级，对申报专精特新有加分吗", pol("national-zjtx-digital-level"), faq("levels-specialized-sme-points")),

  // ── Policies (en) ─────────────────────────────────────────────────────────
  en("How many points does level 3 give toward zhuanjingtexin certification?", pol("national-zjtx-digital-level"), faq("levels-specialized-sme-points")),

  // ── Solutions (zh) ────────────────────────────────────────────────────────
  zh("有没有给老设备加装传感器和PLC的服务", sol("equip-retrofit")),
  zh("想把数控设备连上网实时采数据，有啥方案", sol("equip-gateway")),
  zh("头一回上系统，有没有便宜点的云ERP", sol("erp-cloud")),
  zh("车间要布工业以太网，谁能做", sol("net-plant")),
  zh("数据加密备份有没有打包的服务", sol("sec-data")),
  zh("能找人帮我们做个三年数字化规划吗", sol("consult-plan")),
  zh("做改造有融资租赁或者贷款贴息的渠道吗", sol("fund-matchmaking"), sol("equip-cnc")),
  zh("想上MES，有哪些可以选", sol("production-system"), sol("production-pro")),
  zh("电费太高，想请人做个节能诊断", sol("energy-audit")),
  zh("一线工人想配手持终端现场录单", sol("mobile-terminals")),
  zh("防火墙、入侵检测这些能不能找人托管", sol("sec-managed")),

  // ── Solutions (en) ────────────────────────────────────────────────────────
  en("any SaaS app for handling after-sales tickets?", sol("after-sales-lite"), sol("after-sales-system"), sol("after-sales-pro")),
  en("Who can run digital skills training for our staff?", sol("talent-training")),
];
