import { EVENT_LABELS } from "@/lib/webhooks/events";
import { EQUIPMENT_CATEGORIES, SYSTEM_CATEGORIES } from "@/lib/firm-file/inventory";
import type { Locale } from "@/lib/i18n/locales";
import { localize, type Localized } from "@/lib/i18n/localized";

/**
 * The audit log in words a city officer reads: each action as a verb phrase (登录, 添加成员 …), the
 * details as labelled values, roles and statuses by name. An action without words shows its code.
 * Pure.
 */

const L = (zh: string, en: string): Localized => ({ "zh-CN": zh, en });

const ACTIONS: Record<string, Localized> = {
  "auth.sign_in": L("登录", "signed in"),
  "auth.sign_in_failed": L("登录失败", "failed sign-in"),
  "auth.sign_up": L("注册账户", "signed up"),
  "auth.password_changed": L("修改密码", "changed the password"),
  "auth.password_reset": L("重置密码", "reset the password"),
  "membership.added": L("添加成员", "added a member"),
  "membership.changed": L("修改成员角色", "changed a member's role"),
  "user.invited": L("邀请用户", "invited a user"),
  "user.invitation_revoked": L("撤销邀请", "revoked an invitation"),
  "client.added": L("添加客户企业", "added a client firm"),
  "assessment.claimed": L("认领评测", "claimed an assessment"),
  "evidence.uploaded": L("上传佐证材料", "uploaded evidence"),
  "evidence.deleted": L("删除佐证材料", "deleted evidence"),
  "report.published": L("发布报告", "published a report"),
  "report.regenerated": L("重新生成报告", "regenerated a report"),
  "policy_document.uploaded": L("上传政策文件（文档解读）", "uploaded a policy document"),
  "scene_profile.created": L("新建约束性场景配置", "created a constrained-scene profile"),
  "scene_profile.updated": L("修改约束性场景配置", "changed a constrained-scene profile"),
  "tenant.created": L("新建门户", "created a portal"),
  "tenant.updated": L("修改门户", "changed a portal"),
  "tenant.branding_changed": L("修改门户品牌", "changed the portal's branding"),
  "tenant.logo_changed": L("更换门户标志", "changed the portal's logo"),
  "tenant.embed_origins_changed": L("修改允许嵌入的网站", "changed the sites allowed to embed"),
  "consultant.brand_changed": L("修改顾问品牌", "changed a consultant's brand"),
  "consultant.logo_changed": L("更换顾问标志", "changed a consultant's logo"),
  "project.created": L("新建改造项目", "created a transformation project"),
  "project.updated": L("修改改造项目", "edited a transformation project"),
  "project.transition": L("改造项目状态变更", "moved a transformation project"),
  "project.milestone": L("报告里程碑", "reported a milestone"),
  "project.after_assessment": L("开始改造后评测", "started the after-assessment"),
  "project.document": L("上传项目文件", "uploaded a project document"),
  "project.document_deleted": L("删除项目文件", "removed a project document"),
  "project.form": L("填写项目表单", "answered a project form"),
  "project.outcome_survey_sent": L("发送一年回访", "sent the one-year survey"),
  "project.outcome_survey_answered": L("收到一年回访", "received the one-year survey"),
  "form.saved": L("保存表单模版", "saved a form template"),
  "subsidy.create": L("新建补贴申报", "started a subsidy application"),
  "subsidy.update": L("修改补贴申报", "edited a subsidy application"),
  "subsidy.material": L("上传申报材料", "uploaded a subsidy material"),
  "subsidy.material_deleted": L("删除申报材料", "removed a subsidy material"),
  "subsidy.transition": L("补贴申报状态变更", "moved a subsidy application"),
  "firm_file.updated": L("修改企业档案", "edited a firm's file"),
  "firm_file.imported": L("导入企业名单", "imported a firm list"),
  "firm_file.invited": L("邀请企业自评", "invited a firm to self-assess"),
  "firm_file.exported": L("导出企业数据", "exported firm data"),
  "api_key.created": L("创建接口密钥", "created an API key"),
  "api_key.revoked": L("吊销接口密钥", "revoked an API key"),
  "webhook.created": L("添加事件推送地址", "added a webhook endpoint"),
  "webhook.updated": L("修改事件推送地址", "changed a webhook endpoint"),
  "webhook.rotated": L("更换事件推送签名密钥", "rotated a webhook secret"),
  "webhook.deleted": L("删除事件推送地址", "deleted a webhook endpoint"),
  "webhook.replayed": L("重新推送事件", "sent a webhook event again"),
};

const CATALOGUE_KIND: Record<string, Localized> = { policy: L("政策", "policy"), solution: L("解决方案", "solution") };
const CATALOGUE_VERB: Record<string, Localized> = {
  created: L("新增", "added a"),
  updated: L("修改", "changed a"),
  published: L("发布", "published a"),
  retired: L("停用", "retired a"),
  restored: L("恢复", "restored a"),
  draft: L("保存草稿：", "saved a draft"),
};

export function actionWords(action: string, locale: Locale): string {
  const known = ACTIONS[action];
  if (known) return localize(known, locale);
  const m = /^catalogue\.(policy|solution)_([a-z]+)$/.exec(action);
  if (m) {
    const verb = CATALOGUE_VERB[m[2]!];
    const kind = CATALOGUE_KIND[m[1]!]!;
    if (verb) return locale === "zh-CN" ? `${verb["zh-CN"]}${kind["zh-CN"]}` : `${verb.en} ${kind.en}`;
  }
  return action;
}

/** The filter's categories: an action prefix and its name. */
export const AUDIT_CATEGORIES: readonly { prefix: string; label: Localized }[] = [
  { prefix: "auth.", label: L("登录与账户", "Sign-in and accounts") },
  { prefix: "membership.", label: L("成员与角色", "Members and roles") },
  { prefix: "user.", label: L("邀请", "Invitations") },
  { prefix: "report.", label: L("报告", "Reports") },
  { prefix: "catalogue.", label: L("政策与方案目录", "Policies and solutions") },
  { prefix: "policy_document.", label: L("文档解读", "Policy documents") },
  { prefix: "tenant.", label: L("门户设置", "Portal settings") },
  { prefix: "client.", label: L("客户企业", "Client firms") },
  { prefix: "assessment.", label: L("评测", "Assessments") },
  { prefix: "evidence.", label: L("佐证材料", "Evidence") },
  { prefix: "scene_profile.", label: L("约束性场景", "Constrained scenes") },
  { prefix: "consultant.", label: L("顾问品牌", "Consultant brands") },
  { prefix: "project.", label: L("改造项目", "Transformation projects") },
  { prefix: "subsidy.", label: L("补贴申报", "Subsidy applications") },
  { prefix: "firm_file.", label: L("企业档案", "Firm files") },
  { prefix: "form.", label: L("表单模版", "Form templates") },
  { prefix: "api_key.", label: L("接口密钥", "API keys") },
  { prefix: "webhook.", label: L("事件推送", "Webhooks") },
];

const DETAIL_LABELS: Record<string, Localized> = {
  email: L("邮箱", "email"),
  role: L("角色", "role"),
  before: L("修改前", "before"),
  after: L("修改后", "after"),
  via: L("方式", "via"),
  fileName: L("文件", "file"),
  pages: L("页数", "pages"),
  chars: L("字数", "characters"),
  status: L("状态", "status"),
  statusBefore: L("原状态", "status before"),
  entryChanged: L("内容已修改", "content changed"),
  name: L("名称", "name"),
  slug: L("门户标识", "portal id"),
  questionCode: L("题目", "question"),
  scenes: L("约束性场景", "constrained scenes"),
  scan: L("扫描件", "scan"),
  primaryColor: L("主色", "primary colour"),
  accentColor: L("辅助色", "accent colour"),
  displayName: L("显示名称", "display name"),
  nameZh: L("中文名称", "Chinese name"),
  nameEn: L("英文名称", "English name"),
  version: L("版本", "version"),
  language: L("语言", "language"),
  logo: L("标志", "logo"),
  from: L("原状态", "from"),
  to: L("新状态", "to"),
  note: L("说明", "note"),
  milestone: L("里程碑", "milestone"),
  done: L("已完成", "done"),
  doneOn: L("完成日期", "done on"),
  slot: L("文件类别", "kind"),
  key: L("表单", "form"),
  as: L("身份", "as"),
  paidAmountYuan: L("拨付金额（元）", "amount paid (yuan)"),
  rating: L("评分", "rating"),
  assessmentId: L("评测编号", "assessment"),
  enterpriseId: L("企业编号", "firm"),
  policy: L("政策", "policy"),
  batch: L("批次", "batch"),
  requestedYuan: L("申请金额（元）", "amount applied for (yuan)"),
  amountYuan: L("金额（元）", "amount (yuan)"),
  material: L("材料", "material"),
  // 一企一档 edits keep the lists they replaced (lib/firm-file).
  phone: L("电话", "phone"),
  isPrimary: L("主要联系人", "primary contact"),
  kind: L("类型", "kind"),
  category: L("类别", "category"),
  vendor: L("厂商", "vendor"),
  model: L("型号", "model"),
  quantity: L("数量", "quantity"),
  networked: L("联网台数", "networked"),
  sinceYear: L("启用年份", "in use since"),
  creditCode: L("统一社会信用代码", "credit code"),
  employees: L("从业人员", "employees"),
  revenueWan: L("营业收入（万元）", "revenue (万元)"),
  assetsWan: L("资产总额（万元）", "assets (万元)"),
  aboveScale: L("规上", "above designated size"),
  sections: L("修改部分", "parts changed"),
  contacts: L("联系人", "contacts"),
  inventory: L("台账", "inventory"),
  profile: L("基本信息", "profile"),
  prefix: L("密钥前缀", "key prefix"),
  scopes: L("权限范围", "scopes"),
  ownerKind: L("代表", "acts for"),
  // Firm-list imports, invitations and exports (lib/firm-import).
  rows: L("行数", "rows"),
  created: L("新增", "added"),
  updated: L("更新", "updated"),
  unchanged: L("未变化", "unchanged"),
  problems: L("有问题的行", "rows with problems"),
  contactsAdded: L("新增联系人", "contacts added"),
  reused: L("沿用未提交的评测", "kept the open assessment"),
  table: L("导出内容", "table"),
  format: L("格式", "format"),
  // Webhooks (lib/webhooks).
  url: L("接收地址", "URL"),
  events: L("事件", "events"),
  event: L("事件编号", "event"),
  active: L("启用", "on"),
};
const VALUES: Record<string, Localized> = {
  tenant_admin: L("门户管理员", "portal administrator"),
  consultant: L("顾问", "consultant"),
  sme_owner: L("企业用户", "firm user"),
  portal: L("门户", "the portal"),
  "zh-CN": L("中文", "Chinese"),
  en: L("英文", "English"),
  firm_owner: L("企业用户", "firm user"),
  platform_admin: L("平台运营方", "platform operator"),
  invitation: L("邀请", "invitation"),
  draft: L("草稿", "draft"),
  filed: L("已提交备案", "filed"),
  contracted: L("备案通过", "filing approved"),
  implementing: L("实施中", "implementing"),
  completed: L("已完工", "completed"),
  acceptance_submitted: L("验收审核中", "acceptance under review"),
  accepted: L("验收通过", "accepted"),
  rejected: L("验收不通过", "rejected"),
  paid: L("已拨付", "paid"),
  firm: L("企业", "firm"),
  provider: L("服务商", "provider"),
  admin: L("门户", "portal"),
  filing: L("项目备案表", "filing form"),
  contract: L("合同", "contract"),
  invoice: L("发票及付款凭证", "invoices"),
  delivery: L("交付及上线证明", "delivery records"),
  statement: L("服务商声明", "provider's statement"),
  other: L("其他材料", "other documents"),
  acceptance: L("验收申请表", "acceptance form"),
  satisfaction: L("满意度评价", "satisfaction survey"),
  contacts: L("联系人", "contacts"),
  inventory: L("设备与信息系统台账", "equipment and systems inventory"),
  firms: L("企业", "firms"),
  results: L("评测结果", "results"),
  projects: L("改造项目", "projects"),
  national: L("按国家评测题目结构", "national evaluation structure"),
  profile: L("基本信息", "profile"),
  published: L("已发布", "published"),
  retired: L("已停用", "retired"),
  active: L("启用", "active"),
  true: L("是", "yes"),
  false: L("否", "no"),
  equipment: L("设备", "equipment"),
  system: L("信息系统", "information system"),
  // Webhook events by their names (assessment.submitted…).
  ...Object.fromEntries(Object.entries(EVENT_LABELS).map(([k, v]) => [k, L(v["zh-CN"], v.en)])),
  // The inventory's categories by their codes (cnc, erp…), as the firm file names them.
  ...EQUIPMENT_CATEGORIES,
  ...SYSTEM_CATEGORIES,
};
/** Keys that help no reader (hashes, internal ids). */
const HIDDEN = new Set(["sha256", "invitedBy", "application"]);

function valueWords(value: unknown, locale: Locale): string {
  if (value === null || value === undefined) return "—";
  if (Array.isArray(value)) return value.map((v) => valueWords(v, locale)).join(locale === "zh-CN" ? "、" : ", ");
  if (typeof value === "object") {
    const o = value as Record<string, unknown>;
    // A text in both languages ({zh-CN, en}) is read in the reader's.
    const keys = Object.keys(o);
    if (keys.length === 2 && "zh-CN" in o && "en" in o) return valueWords(o[locale], locale);
    return Object.entries(o)
      .map(([k, v]) => `${DETAIL_LABELS[k] ? localize(DETAIL_LABELS[k]!, locale) : k} ${valueWords(v, locale)}`)
      .join(locale === "zh-CN" ? "，" : ", ");
  }
  const text = String(value);
  return VALUES[text] ? localize(VALUES[text]!, locale) : text;
}

/** The details as "标签：值" lines a reader scans; nested objects flattened, hashes left out. */
export function detailWords(details: Record<string, unknown>, locale: Locale): string[] {
  return Object.entries(details)
    .filter(([k]) => !HIDDEN.has(k))
    .map(([k, v]) => `${DETAIL_LABELS[k] ? localize(DETAIL_LABELS[k]!, locale) : k}${locale === "zh-CN" ? "：" : ": "}${valueWords(v, locale)}`.slice(0, 300));
}
