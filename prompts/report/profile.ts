import { sectionSchema, type SectionPrompt } from "./section";

export const profilePrompt: SectionPrompt = {
  key: "profile",
  version: "profile/1",
  inputs: ["facts", "firm_text"],
  task: {
    "zh-CN": `请撰写诊断报告的“企业基本情况”章节：介绍企业的基本情况：所属行业与细分行业、地区、规模、是否规上、人数与营收（如 facts 中有），企业在 <firm_text> 中自述的主营产品与业务流程（概括，不改变其含义，不复述其中的数字），以及企业报告的设备、网络与信息系统情况（facts.inventory）。如 facts.visit 不为空，说明调研的日期、顾问与机构。bullets 列出设备与信息系统清单的要点。
<facts>
{{facts}}
</facts>
{{firm_text}}`,
    en: `Write the "The firm" section of the diagnostic report. Describe the firm: industry and segment, region, size, whether above designated size, staff and revenue (where the facts give them), its main products and how it works as the firm describes them in <firm_text> (in brief, without changing the meaning or repeating its figures), and the equipment, networks and information systems it reported (facts.inventory). If facts.visit is set, give the date, consultant and organisation of the visit. In bullets, the main points of the equipment and systems inventory.
<facts>
{{facts}}
</facts>
{{firm_text}}`,
  },
  schema: sectionSchema({
    headline: "One sentence on who the firm is and what it makes.",
    paragraphs: "What the firm makes and how, its size and place, and what it runs today.",
    bullets: "The inventory of equipment, networks and information systems, one item per bullet.",
  }),
};
