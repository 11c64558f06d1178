import { sectionSchema, type SectionPrompt } from "./section";

export const dimensionsPrompt: SectionPrompt = {
  key: "dimensions",
  version: "dimensions/1",
  inputs: ["facts"],
  task: {
    "zh-CN": `请撰写“维度分析”章节：逐一分析三个维度（数字化基础、经营、管理）的得分、满分占比和与同类企业中位数的比较（facts.dimensions、facts.peers），指出得分最低的指标（facts.weakest）及其影响。bullets 每个维度一条结论。
<facts>
{{facts}}
</facts>`,
    en: `Write the "Dimension analysis" section: for each of the three dimensions (digital foundation, operations, management), analyse the score, its share of the maximum and the comparison with the peer median (facts.dimensions, facts.peers), and point out the weakest indicators (facts.weakest) and what they hold back. In bullets, one conclusion per dimension.
<facts>
{{facts}}
</facts>`,
  },
  schema: sectionSchema({
    headline: "One sentence naming the strongest and the weakest dimension.",
    paragraphs: "Analysis of each dimension against its maximum and the peers, and of the weakest indicators.",
    bullets: "One conclusion per dimension.",
  }),
};
