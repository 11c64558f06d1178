import type { FaqEntry } from "./faq-types";

/**
 * The FAQ and how-to set the assistant (小镝客服) retrieves from. Every statement is true of the
 * product as built; figures are those of the code and the model data (limits, link lifetimes, level
 * rule), never a city's amounts (policies are cited from the catalogue separately).
 */
export const FAQ: readonly FaqEntry[] = [
  // ── answering ─────────────────────────────────────────────────────────────
  {
    id: "answering-steps-and-duration",
    topic: "answering",
    question: { "zh-CN": "评测要多长时间？一共分几步？", en: "How long does the assessment take, and what are its steps?" },
    answer: {
      "zh-CN":
        "先填写企业基本信息（约 2 分钟），系统自动判断企业规模、是否规上，并按行业选定评测模板；然后按维度和业务场景分组逐步作答；最后在检查页核对全部答案、勾选真实性承诺后提交。首页显示预计用时：提交的评测足够多时显示实测中位用时，此前显示估计的约 15–25 分钟。",
      en: "First the firm's basic facts (about 2 minutes): the size class and 规上 status are derived and the template is chosen from the industry. Then one step per dimension and per group of business scenes, and finally a review page where you check every answer and tick the truthfulness pledge before submitting. The home page shows the expected time: the measured median once enough assessments are submitted, until then an estimate of about 15–25 minutes.",
    },
    alt: {
      "zh-CN": ["做一次评测大概要多久", "评测流程是怎样的", "题目多不多，要填多久"],
      en: ["how many minutes does it take", "what are the steps of the questionnaire", "is the assessment long"],
    },
  },
  {
    id: "answering-single-and-multi",
    topic: "answering",
    question: { "zh-CN": "单选题和多选题怎么答？", en: "How do I answer single-choice and multiple-choice questions?" },
    answer: {
      "zh-CN":
        "单选题选一个最符合企业实际的选项。多选题把符合的都勾上，每勾一项加相应分值，合计不超过该题满分；如果一项都没有，请勾选“均未建设”“均没有”这类选项，它与其他选项互斥。多选题一项都不勾算作未作答，提交前必须补上。",
      en: "For a single-choice question pick the one option that fits the firm best. For a multiple-choice question tick every option that applies: each adds its points, up to the question's maximum. If none applies, tick the option such as “none of these”, which excludes the others. A multiple-choice question with nothing ticked counts as unanswered and must be answered before submitting.",
    },
    alt: {
      "zh-CN": ["多选题能选几个", "多选题全部勾上会超分吗", "不知道是单选还是多选"],
      en: ["can I tick several options", "is there a cap on a multi-select question", "how is a multiple choice scored"],
    },
  },
  {
    id: "answering-none-option",
    topic: "answering",
    question: { "zh-CN": "我们这方面什么都没做，选“没有/均未开展”会怎样？", en: "We have done nothing here. What happens if I choose “none”?" },
    answer: {
      "zh-CN":
        "如实选择即可。“没有”“均未开展”等是一个明确的回答，得 0 分，但算作已作答；不作答则不能提交。多选题中的这类选项是排他的，选了它就不能再勾其他项。如实回答，差距分析和升级方案才准确。",
      en: "Just choose it truthfully. “None” or “not started” is an explicit answer worth 0 points, but it counts as answered; an unanswered question blocks submission. In a multiple-choice question this option is exclusive: with it ticked, no other option can be ticked. Truthful answers make the gap analysis and the upgrade plan accurate.",
    },
    alt: {
      "zh-CN": ["都没有的话这题怎么填", "选没有会不会影响等级", "可以跳过不答吗"],
      en: ["what if none of the options apply", "can I leave a question blank", "does choosing none count as an answer"],
    },
  },
  {
    id: "answering-band-questions",
    topic: "answering",
    question: { "zh-CN": "比例档位题（如设备数字化率）怎么选？", en: "How do I choose a percentage band (e.g. the digital-equipment share)?" },
    answer: {
      "zh-CN":
        "档位题选一个比例区间：10%及以下、10%以上至20%、20%以上至40%、40%以上至60%、60%以上。每档含上限、不含下限，例如正好 10% 属于“10%及以下”，正好 20% 属于“10%以上至20%”。拿不准时可展开“用实际数据填写”，输入台数等数据，由系统换算档位。",
      en: "A band question takes one range: 10% or less, over 10% to 20%, over 20% to 40%, over 40% to 60%, over 60%. Each band includes its upper edge but not its lower one: exactly 10% is “10% or less”, exactly 20% is “over 10% to 20%”. If unsure, open “answer with actual figures” and type the counts; the system works out the band.",
    },
    alt: {
      "zh-CN": ["正好20%算哪一档", "设备数字化率不知道怎么算", "比例题选哪个区间"],
      en: ["which band is exactly 20 percent", "how do I pick the share band", "band edges"],
    },
  },
  {
    id: "answering-figures-derive-band",
    topic: "answering",
    question: {
      "zh-CN": "可以直接填设备台数、投入金额，让系统算档位吗？",
      en: "Can I enter equipment counts or amounts and let the system work out the band?",
    },
    answer: {
      "zh-CN":
        "可以。设备数字化率、联网率可填生产设备总台（套）数和数字化、联网台数；资金保障可填近三年年均数字化投入和年均营业收入（万元）。系统按所填数字精确换算档位，并显示计算过程；数据作为依据保存，PDF 报告附录会列出算式。数字化或联网台数不能大于总数。",
      en: "Yes. For the digital and networked equipment shares, enter the total number of production units and the digital or networked units; for funding, the average yearly digital investment and average yearly revenue over the last three years (10k yuan). The system derives the band exactly from the figures as typed and shows the calculation; the figures are kept as evidence and the PDF appendix shows the arithmetic. Digital or networked units cannot exceed the total.",
    },
    alt: {
      "zh-CN": ["不会算百分比怎么办", "填实际数据有什么用", "资金保障那题怎么填"],
      en: ["can I type numbers instead of choosing", "how is the band derived from figures", "I don't know the percentage"],
    },
  },
  {
    id: "answering-trend-questions",
    topic: "answering",
    question: { "zh-CN": "成效题的“变差 / 持平 / 改善”怎么判断？", en: "How do I judge “worse / flat / better” in the results questions?" },
    answer: {
      "zh-CN":
        "成效题比较本年与上一年（或改造后与改造前）：每百元营收能耗、产品合格率（服务业模板为客户满意度）、人均营业收入、每百元营收成本。可以直接选，也可以填两期数据由系统判断，变化在 ±1% 以内算持平。注意方向：能耗和成本下降才算改善，合格率和人均营收上升才算改善。",
      en: "These questions compare this year with last year (or after with before the transformation): energy per ¥100 of revenue, the pass rate (customer satisfaction in the service templates), revenue per employee, and cost per ¥100 of revenue. Choose directly, or enter both figures and the system decides; a change within ±1% counts as flat. Mind the direction: lower energy and cost are better, a higher pass rate and revenue per employee are better.",
    },
    alt: {
      "zh-CN": ["能耗下降算变好还是变差", "跟去年差不多选什么", "成效指标怎么填"],
      en: ["is a fall in energy use better", "what counts as flat", "how do the trend questions work"],
    },
  },
  {
    id: "answering-skip-rule",
    topic: "answering",
    question: { "zh-CN": "为什么设备联网率那题显示“本题无需作答”？", en: "Why does the networked-equipment question say it needs no answer?" },
    answer: {
      "zh-CN":
        "制造业模板中，设备数字化率选了“10%及以下”时，联网设备（都是数字化设备）也不会超过 10%，所以联网率这题显示“本题无需作答”，按“10%及以下”计分，结果中标注为“规则跳过”。如果您已自己作答，系统按您的答案计分；与规则矛盾时会提示核对。",
      en: "In the manufacturing template, when the digital-equipment share is “10% or less”, networked equipment (which is all digital) cannot exceed 10% either, so the networked share question says it needs no answer, is scored as “10% or less” and marked “skipped by rule” in the result. If you answered it yourself, your answer is scored as given; if it contradicts the rule, you are asked to check it.",
    },
    alt: {
      "zh-CN": ["联网率那题怎么没有选项了", "为什么有一题不用答", "规则跳过是什么意思"],
      en: ["a question disappeared", "what does skipped by rule mean", "why no options for networked equipment"],
    },
  },
  {
    id: "answering-scene-levels",
    topic: "answering",
    question: { "zh-CN": "业务场景的 0–4 级怎么选？", en: "How do I choose a business scene's level 0–4?" },
    answer: {
      "zh-CN":
        "数字化经营有 16 个业务场景，每个选最符合当前实际的等级：0 为未开展；1 级是用表格、共享盘、常用软件辅助人工；2 级是用专门的信息系统管理；3 级是与其他系统集成或在多约束下自动运行；4 级是用模型或人工智能预测、优化，并与上下游协同。每个场景每一级的具体描述都列在题目中。",
      en: "Digital operations has 16 business scenes; for each choose the level that fits today: 0 is not done; level 1, spreadsheets, shared drives and common software assist manual work; level 2, a dedicated information system manages it; level 3, that system is integrated with others or automates under several constraints; level 4, models or AI predict and optimise, with collaboration along the chain. Each scene's wording for every level is shown in the question.",
    },
    alt: {
      "zh-CN": ["场景等级选几级合适", "我们只用Excel算几级", "未开展要不要选"],
      en: ["which scene level should I pick", "we only use spreadsheets, what level", "what does level 0 mean"],
    },
  },
  {
    id: "answering-contradiction-warning",
    topic: "answering",
    question: { "zh-CN": "检查页提示“需要核对的答案”是什么意思？", en: "What does “answers to check” on the review page mean?" },
    answer: {
      "zh-CN":
        "表示有答案相互矛盾或与所填数据不符，例如联网率高于数字化率，或所选档位与填写的数据不一致。请点“前往核对”修改；如确属实，也可以照常提交，系统按所填计分，并在结果页列出这些提示。",
      en: "Some answers contradict each other or the figures entered, for example a networked share above the digital share, or a band that does not match the figures. Use “check it” to correct them; if they are true, you can still submit: they are scored as given and listed on the result page.",
    },
    alt: {
      "zh-CN": ["提示答案矛盾怎么办", "不改能提交吗", "为什么说联网率不能高于数字化率"],
      en: ["the review says my answers contradict", "can I submit with warnings", "inconsistent answers"],
    },
  },
  {
    id: "answering-change-after-submit",
    topic: "answering",
    question: { "zh-CN": "提交后发现答错了，还能改吗？", en: "I found a mistake after submitting. Can I change it?" },
    answer: {
      "zh-CN":
        "已提交的评测不能再修改，结果和报告保持提交时的内容。可以在结果页点“再次评测（沿用本次答案）”，系统新建一份预填本次回答的评测，只改有变化的部分再提交；结果页的“历次评测”会显示前后对比。",
      en: "A submitted assessment cannot change; its result and report stay as submitted. On the result page choose “assess again (keeping these answers)”: a new assessment prefilled with these answers is created; change what differs and submit. “Past assessments” on the result page shows the comparison.",
    },
    alt: {
      "zh-CN": ["提交错了怎么办", "可以重新评测吗", "怎么复评"],
      en: ["how do I reassess", "edit a submitted assessment", "start over with my previous answers"],
    },
  },
  {
    id: "answering-context-pain-points",
    topic: "answering",
    question: {
      "zh-CN": "检查页的“主营业务与产品”“目前最想解决的问题”要填吗？",
      en: "Should I fill in “main business” and “problems to solve” on the review page?",
    },
    answer: {
      "zh-CN":
        "选填，不影响评分。填写后，诊断报告会结合您的业务和问题来写；系统还会把“目前最想解决的问题”（或主营业务介绍）中的关键词对应到业务场景，另给一个“从痛点出发”的升级方案。每项最多 1000 字。",
      en: "Optional, and they do not affect the score. With them the report speaks to your business and problems, and the system maps keywords in “problems to solve” (or the business description) to business scenes for a second, problem-led upgrade plan. At most 1000 characters each.",
    },
    alt: {
      "zh-CN": ["痛点那栏必须填吗", "企业情况填了有什么用", "最想解决的问题写什么"],
      en: ["is the pain points box required", "what is the business description for", "does the optional text change my score"],
    },
  },
  {
    id: "answering-truthfulness-pledge",
    topic: "answering",
    question: { "zh-CN": "提交时为什么要勾选真实性承诺？", en: "Why must I tick the truthfulness pledge to submit?" },
    answer: {
      "zh-CN":
        "提交前须勾选真实性承诺：本企业承诺所填信息真实、准确、完整，并可提供相应佐证材料。不勾选无法提交。改造项目的改造后评测提交时确认的承诺，会作为“企业真实性承诺”一项列入验收材料包。",
      en: "Before submitting, the firm pledges that the information is true, accurate and complete and that it can provide evidence for it; without the tick there is no submission. For a transformation project, the pledge confirmed when submitting the after-assessment becomes the “firm's truthfulness pledge” item of the acceptance pack.",
    },
    alt: {
      "zh-CN": ["真实性承诺是什么", "不勾承诺能提交吗", "提交按钮点不了"],
      en: ["what is the pledge", "submit button does not work", "do I have to confirm the answers are true"],
    },
  },
  // ── evidence ──────────────────────────────────────────────────────────────
  {
    id: "evidence-who-uploads",
    topic: "evidence",
    question: { "zh-CN": "自己评测时需要上传佐证材料吗？", en: "Do I need to upload evidence when assessing my own firm?" },
    answer: {
      "zh-CN":
        "企业自助评测不需要上传，如实作答即可，各题“说明”里写了可准备的佐证。上传佐证用于两种情况：顾问为企业开展评测（现场评测可在各题旁直接上传），以及改造项目完工后的改造后评测，由企业或顾问为提高的回答上传佐证，供验收使用。",
      en: "A self-assessment needs no uploads: answer truthfully; each question's help says what evidence could back it. Evidence is uploaded in two cases: a consultant's assessment of the firm (on site, next to each question), and the after-assessment of a transformation project, where the firm or its consultant backs the improved answers for acceptance.",
    },
    alt: {
      "zh-CN": ["为什么我这里没有上传按钮", "一定要传证明材料吗", "自评要不要拍照"],
      en: ["I can't find the upload button", "is evidence required", "do I need photos for a self-assessment"],
    },
  },
  {
    id: "evidence-file-limits",
    topic: "evidence",
    question: { "zh-CN": "佐证材料支持哪些文件？有大小限制吗？", en: "Which files are accepted as evidence, and how large?" },
    answer: {
      "zh-CN":
        "支持 PDF、PNG、JPEG 和 WebP，系统按文件内容识别类型，改扩展名无效。单个文件不超过 10 MB，每份评测最多 30 个文件、合计不超过 100 MB。每个文件对应一道题或一个业务场景，可附说明（最多 200 字），说明会写入报告附录。",
      en: "PDF, PNG, JPEG and WebP, recognised by their content (renaming the extension does not help). At most 10 MB a file, 30 files and 100 MB in total per assessment. Each file belongs to one question or business scene and may carry a caption (at most 200 characters), which goes into the report's appendix.",
    },
    alt: {
      "zh-CN": ["上传文件最大多少", "能传Word或Excel吗", "佐证最多传几个", "文件太大传不上去"],
      en: ["maximum file size for evidence", "can I upload Word files", "how many files per assessment"],
    },
  },
  {
    id: "evidence-after-submit",
    topic: "evidence",
    question: { "zh-CN": "评测提交后还能补传或删除佐证吗？", en: "Can evidence be added or removed after submission?" },
    answer: {
      "zh-CN":
        "不能。佐证材料只能在评测提交前上传或删除；提交后保持提交时的内容，与报告附录一致。如需补充，请发起新的评测（复评）；改造项目验收不通过时，可重新进行改造后评测，从上次的回答和佐证开始补充。",
      en: "No. Evidence can be uploaded or removed only before the assessment is submitted; afterwards it stays as it was, matching the report's appendix. To add more, start a new assessment (a reassessment); after a project's acceptance is rejected, the after-assessment can be redone, starting from the last answers and evidence.",
    },
    alt: {
      "zh-CN": ["提交后忘了传照片", "传错的佐证能删吗", "已提交还能加材料吗"],
      en: ["forgot to upload before submitting", "delete a wrong evidence file", "add evidence later"],
    },
  },
  {
    id: "evidence-where-shown",
    topic: "evidence",
    question: { "zh-CN": "上传的佐证材料在哪里显示？谁能看到？", en: "Where does uploaded evidence appear, and who can see it?" },
    answer: {
      "zh-CN":
        "佐证文件按题目列在诊断报告的附录和 PDF 报告中。能查看的有：企业本身、为企业服务的顾问、企业所在门户的管理员（只读）。文件只以下载方式打开，不会在网页中直接运行。",
      en: "Evidence files are listed by question in the report's appendix and in the PDF. They can be seen by the firm itself, the consultant serving it, and the administrators of its portal (read only). Files open only as downloads, never run inside the web page.",
    },
    alt: {
      "zh-CN": ["佐证材料别人看得到吗", "报告里会显示照片吗", "门户能看我们的佐证吗"],
      en: ["who sees our evidence", "is evidence shown in the report", "can the city see our files"],
    },
  },
  {
    id: "evidence-phone-photo",
    topic: "evidence",
    question: { "zh-CN": "能用手机现场拍照上传吗？", en: "Can I take photos on a phone and upload them?" },
    answer: {
      "zh-CN":
        "可以。上传处写着“照片或 PDF（手机可直接拍照）”，在手机浏览器中选择文件时即可拍照。照片需为 JPEG、PNG 或 WebP 格式，单张不超过 10 MB；可填写说明，如“某设备的现场照片”，说明会写入报告附录。",
      en: "Yes. The upload field says “photo or PDF (phones can take a photo directly)”: choosing a file in a phone browser lets you take one. Photos must be JPEG, PNG or WebP, at most 10 MB each; add a caption such as “on-site photo of the machine”, which goes into the report's appendix.",
    },
    alt: {
      "zh-CN": ["现场拍照能直接传吗", "手机上怎么上传照片", "照片格式有要求吗"],
      en: ["upload photos from my phone", "take a picture on site", "photo format"],
    },
  },
  {
    id: "evidence-what-to-prepare",
    topic: "evidence",
    question: { "zh-CN": "佐证材料一般准备什么？", en: "What evidence is usually prepared?" },
    answer: {
      "zh-CN":
        "每道题的“说明”里都列了可提供的佐证，例如：设备比例题用设备台账（总数和数字化、联网台数）；信息系统题用系统清单、合同或订阅记录；网络和数据安全题用制度文件、采购记录、评估报告；资金保障用财务账簿中的数字化投入明细与营业收入；成效题用两期的统计数据。",
      en: "Each question's help lists suitable evidence, for example: the equipment register (total, digital and networked units) for the equipment shares; a list of systems, contracts or subscriptions for information systems; policy documents, purchase records and assessment reports for network and data security; the books' digital spending and revenue for funding; statistics for both periods for the results questions.",
    },
    alt: {
      "zh-CN": ["需要哪些证明材料", "设备台账算不算佐证", "准备什么资料应对检查"],
      en: ["what documents count as evidence", "which proof should we prepare", "examples of evidence"],
    },
  },
  // ── resume ────────────────────────────────────────────────────────────────
  {
    id: "resume-closed-browser",
    topic: "resume",
    question: { "zh-CN": "我填到一半关了网页怎么办？", en: "I closed the page halfway. What now?" },
    answer: {
      "zh-CN":
        "答案在作答时已自动保存到服务器。在同一台设备、同一浏览器中，可在“本机的评测与报告”页面找到这份评测接着填；换设备请用答题页上的“续填链接”打开。续填链接在最后一次保存答案后 90 天内有效。",
      en: "Your answers were saved to the server as you gave them. On the same device and browser, find the assessment under “assessments and reports on this device” and carry on; on another device open the “resume link” shown on the questionnaire. The resume link is valid for 90 days after the last saved answer.",
    },
    alt: {
      "zh-CN": ["填了一半退出了还在吗", "不小心关掉页面答案没了吗", "怎么接着上次填"],
      en: ["I closed the tab by mistake", "continue where I left off", "are my answers lost"],
    },
  },
  {
    id: "resume-link-expired",
    topic: "resume",
    question: { "zh-CN": "续填链接过期了怎么办？", en: "My resume link has expired. What can I do?" },
    answer: {
      "zh-CN":
        "续填链接在最后一次保存答案后 90 天内有效，每次保存都会重新计时。过期后打开会提示“续答链接已过期，请重新开始评测或登录”。如果这份评测已保存到您的账号，登录后仍可打开；否则只能重新开始一份评测。",
      en: "A resume link is valid for 90 days after the last saved answer; each save restarts the count. After that it says “this resume link has expired; start a new assessment or sign in”. If the assessment was saved to your account, sign in to open it; otherwise start a new assessment.",
    },
    alt: {
      "zh-CN": ["链接打不开提示已过期", "续填链接有效期多久", "好久没填链接失效了"],
      en: ["how long is the resume link valid", "link says expired", "resume link no longer works"],
    },
  },
  {
    id: "resume-link-security",
    topic: "resume",
    question: { "zh-CN": "续填链接可以发给别人吗？安全吗？", en: "Can I share the resume link? Is it safe?" },
    answer: {
      "zh-CN":
        "续填链接相当于这份评测的钥匙：持有链接的人可以查看和修改答案、查看结果和报告，请勿公开，只发给一起填写的同事。链接中的密钥在“#”之后，浏览器不会把这部分发送给服务器；服务器只保存它的哈希值。",
      en: "The resume link is the key to this assessment: whoever holds it can see and change the answers and read the result and report. Do not publish it; share it only with colleagues filling it in with you. The key sits after the “#”, a part browsers never send to the server, and the server keeps only its hash.",
    },
    alt: {
      "zh-CN": ["能把链接发给同事一起填吗", "链接泄露了怎么办", "别人拿到链接能看到什么"],
      en: ["share the link with a colleague", "who can open my resume link", "is the link secret"],
    },
  },
  {
    id: "resume-other-device",
    topic: "resume",
    question: { "zh-CN": "在电脑上填了一半，能换手机继续吗？", en: "I started on a computer. Can I continue on my phone?" },
    answer: {
      "zh-CN":
        "可以。在答题页复制“续填链接”，在另一台设备的浏览器中打开，即可从上次保存处继续，答案都在服务器上。打开后这台设备也会记住这份评测，之后可在“本机的评测与报告”页面找到。",
      en: "Yes. Copy the “resume link” on the questionnaire and open it in a browser on the other device: you continue from the last save, since the answers are on the server. That device then remembers the assessment too, under “assessments and reports on this device”.",
    },
    alt: {
      "zh-CN": ["换电脑怎么接着填", "手机和电脑能同步吗", "在家里继续填公司的评测"],
      en: ["switch devices", "continue on another computer", "sync between phone and PC"],
    },
  },
  {
    id: "resume-offline-saving",
    topic: "resume",
    question: { "zh-CN": "网络断了，答案会丢吗？", en: "Will my answers be lost if the network drops?" },
    answer: {
      "zh-CN":
        "不会。断网时页面显示“网络中断：答案已暂存在本机，恢复后自动保存”，联网后自动存到服务器。若显示“保存失败”，可点“重试保存”。页面一直显示保存状态，显示“已保存”即已存到服务器。",
      en: "No. Offline, the page says “network down: answers kept on this device, saved automatically when it returns”, and they are saved to the server once online. If it says “saving failed”, use “retry saving”. The page always shows the save state; “saved” means stored on the server.",
    },
    alt: {
      "zh-CN": ["没网了还能填吗", "提示保存失败怎么办", "网不好会不会丢数据"],
      en: ["saving failed message", "bad connection while answering", "does it work offline"],
    },
  },
  {
    id: "resume-open-after-submit",
    topic: "resume",
    question: { "zh-CN": "提交后怎么再看结果和报告？", en: "How do I open the result and report again after submitting?" },
    answer: {
      "zh-CN":
        "在同一台设备上，可在“本机的评测与报告”中打开；其他设备可用续填链接打开（最后一次保存后 90 天内有效）。想长期查看，请在结果页点“保存到我的账号”，之后登录即可在“我的账号”中找到本企业的评测与报告。",
      en: "On the same device, open it from “assessments and reports on this device”; elsewhere use the resume link (valid 90 days after the last save). To keep it for good, choose “save to my account” on the result page; then, signed in, find the firm's assessments and reports under “my account”.",
    },
    alt: {
      "zh-CN": ["报告找不到了", "过段时间还能看结果吗", "怎么找回以前的评测"],
      en: ["where is my report", "find an old assessment", "open my result later"],
    },
  },
  // ── levels ────────────────────────────────────────────────────────────────
  {
    id: "levels-how-computed",
    topic: "levels",
    question: { "zh-CN": "数字化等级是怎么算出来的？", en: "How is the digital level worked out?" },
    answer: {
      "zh-CN":
        "三个计分维度满分 100 分：数字化基础 50 分、数字化管理 30 分、数字化成效 20 分；数字化经营按 16 个业务场景分级。等级从四级往下判定，同时满足三个条件的最高一级即为结果：总分达标、达到该级及以上的场景数达标、其中约束性场景数达标；一级也达不到为“未达一级”。",
      en: "Three scored dimensions make 100 points: digital foundation 50, digital management 30, digital results 20; digital operations is graded through 16 business scenes. The level is judged from level 4 down: the first level whose three conditions all hold is the result — total score, scenes at that level or above, and constrained scenes among them. If even level 1 is not met, the result is “below level 1”.",
    },
    alt: {
      "zh-CN": ["等级评定标准是什么", "怎么算一级二级", "分数和等级什么关系"],
      en: ["how is the level calculated", "what decides level 2", "scoring rules"],
    },
  },
  {
    id: "levels-thresholds",
    topic: "levels",
    question: { "zh-CN": "各等级要求多少分、多少个场景？", en: "What score and how many scenes does each level require?" },
    answer: {
      "zh-CN":
        "按本系统模型数据中的等级规则：四级需总分≥80、达到四级的场景≥10 个、其中约束性场景≥6 个；三级需≥60 分、场景≥8 个、约束性≥5 个；二级需≥40 分、场景≥6 个、约束性≥3 个；一级需≥20 分、场景≥6 个、约束性≥3 个。场景数指达到该级或以上的场景。",
      en: "By the level rule in the model data: level 4 needs a total of at least 80, at least 10 scenes at level 4, of which at least 6 constrained; level 3, 60 points, 8 scenes, 5 constrained; level 2, 40 points, 6 scenes, 3 constrained; level 1, 20 points, 6 scenes, 3 constrained. Scenes count when they are at that level or above.",
    },
    alt: {
      "zh-CN": ["二级要多少分", "达到二级需要几个场景", "四级的标准"],
      en: ["how many points for level 2", "level thresholds", "how many scenes do I need"],
    },
  },
  {
    id: "levels-constrained-scenes",
    topic: "levels",
    question: { "zh-CN": "什么是约束性场景？", en: "What are constrained scenes?" },
    answer: {
      "zh-CN":
        "约束性场景是一组重点业务场景，每个等级都要求其中有足够数量达到该级。制造业模板默认 10 个：产品设计、营销管理、生产管控、质量管理、设备管理、安全生产、能耗管理、采购管理、仓储物流、财务管理。城市门户可按细分行业或行业大类设定自己的约束性场景，评测按企业所在门户的设定计算。",
      en: "Constrained scenes are a set of key business scenes; each level requires enough of them at that level. The manufacturing template's default has 10: product design, sales and marketing, production control, quality, equipment, work safety, energy, purchasing, warehousing and logistics, finance. A city portal may set its own per pilot industry segment or industry division; an assessment uses the setting of its portal.",
    },
    alt: {
      "zh-CN": ["约束性场景有哪些", "为什么场景够了还是没到二级", "约束性是什么意思"],
      en: ["which scenes are constrained", "enough scenes but still not level 2", "constrained meaning"],
    },
  },
  {
    id: "levels-gap-to-next",
    topic: "levels",
    question: { "zh-CN": "结果页写着“距离二级还差”，怎么看？", en: "The result says what I lack for level 2. How do I read it?" },
    answer: {
      "zh-CN":
        "结果页逐项列出没达到下一级的原因：总分还差多少分、达到该级的场景还差几个、其中约束性场景还差几个；并给出“升级需要补齐什么”：哪些题目从什么提到什么、哪些场景从几级升到几级、完成后的分数和等级。其中“预计投入”是相对工作量，不是金额；金额请看升级方案。",
      en: "The result page lists why the next level is not reached: how many points, scenes at that level and constrained scenes are still missing. “What it takes” then shows which answers move from what to what, which scenes rise from which level to which, and the score and level afterwards. Its “expected effort” is relative workload, not money; for amounts see the upgrade plan.",
    },
    alt: {
      "zh-CN": ["还差多少才能到二级", "怎么才能升级", "差距分析怎么看"],
      en: ["how far am I from the next level", "what do I need to improve", "gap to level 2"],
    },
  },
  {
    id: "levels-reference-level",
    topic: "levels",
    question: { "zh-CN": "为什么我的结果写着“参考等级”？", en: "Why does my result say “reference level”?" },
    answer: {
      "zh-CN":
        "官方 2024 年版指标针对制造业。采矿业、制造业和电力热力燃气及水生产供应业以外的企业，使用数诊按同一框架设计的参考模板（生产性服务业或其他行业）：维度、分值和等级规则相同，设备类题目换成服务业的等价题目。其结果标为“参考等级”，不等同于官方评测等级。",
      en: "The official 2024 indicators are for manufacturing. Firms outside mining, manufacturing and power, heat, gas and water supply use Shuzhen's reference templates on the same frame (producer services, or other industries): same dimensions, points and level rule, with equipment questions replaced by service equivalents. Their result is marked “reference level” and is not an official level.",
    },
    alt: {
      "zh-CN": ["参考等级和正式等级有什么区别", "服务业企业能评吗", "为什么不是官方等级"],
      en: ["reference level meaning", "can service companies be assessed", "why not an official level"],
    },
  },
  {
    id: "levels-template-by-industry",
    topic: "levels",
    question: { "zh-CN": "评测模板是怎么确定的？", en: "How is the assessment template chosen?" },
    answer: {
      "zh-CN":
        "按开始页所选的行业（国民经济行业分类大类）自动确定：采矿业、制造业、电力热力燃气及水生产和供应业用官方制造业模板；生产性服务业用服务业参考模板；其余行业用其他行业参考模板。开始页的“评测模板”可以查看和改选。",
      en: "It follows the industry division chosen on the start page: mining, manufacturing, and power, heat, gas and water supply take the official manufacturing template; producer services the services reference template; all other industries the other-industries reference template. The “template” field on the start page shows it and lets you change it.",
    },
    alt: {
      "zh-CN": ["为什么给我用服务业模板", "能换评测模板吗", "行业选错了怎么办"],
      en: ["change the template", "which template applies to my industry", "wrong template"],
    },
  },
  {
    id: "levels-official-or-self",
    topic: "levels",
    question: { "zh-CN": "这里测出的等级是官方认定的吗？", en: "Is the level shown here an official rating?" },
    answer: {
      "zh-CN":
        "不是。数诊依据《中小企业数字化水平评测指标（2024年版）》（工信厅企业〔2024〕56号）计算，结果为在线自评结果，用于了解差距、规划改造；正式等级以主管部门或其委托机构组织的评测为准。",
      en: "No. Shuzhen computes it according to the SME Digital Level Evaluation Indicators (2024 edition, 工信厅企业〔2024〕56号); it is an online self-assessment for understanding gaps and planning the transformation. The official level is the one from an assessment organised by the authorities or their appointed bodies.",
    },
    alt: {
      "zh-CN": ["结果能当正式证明吗", "自评结果算数吗", "测出二级就算达标了吗"],
      en: ["is this result official", "can I use this as a certificate", "does a self-assessment count"],
    },
  },
  {
    id: "levels-specialized-sme-points",
    topic: "levels",
    question: { "zh-CN": "数字化等级对专精特新认定有什么用？", en: "What does the level mean for 专精特新 certification?" },
    answer: {
      "zh-CN":
        "结果页会估算专精特新“数字化水平”指标的得分：按我们采用的一种实施口径，三级及以上 5 分、二级 3 分、一级及以下 0 分（满分 5 分）。各省评分细则可能不同，仅供参考。参考等级不能作为该指标的依据，不作判断。",
      en: "The result page estimates the points for the 专精特新 “digital level” criterion: by the one implementation's reading we use, level 3 and above 5, level 2 3, level 1 and below 0 (out of 5). Provinces score by their own rules, so this is only a guide. A reference level cannot support that criterion and gets no verdict.",
    },
    alt: {
      "zh-CN": ["专精特新数字化水平几分", "二级在专精特新里算多少分", "评专精特新有帮助吗"],
      en: ["specialised SME digital points", "how many points does level 2 give", "专精特新 criterion"],
    },
  },
  // ── report ────────────────────────────────────────────────────────────────
  {
    id: "report-contents",
    topic: "report",
    question: { "zh-CN": "诊断报告包括哪些内容？", en: "What does the diagnostic report contain?" },
    answer: {
      "zh-CN":
        "报告包括报告摘要和八章：企业基本情况、评测结果、问题诊断、改造目标、改造方案、实施计划、预期成效与补贴申报、风险与建议，配有得分图表和数据来源。PDF 报告的附录列出每个回答、得分和依据，以及佐证文件清单。",
      en: "A summary and eight chapters: the firm, assessment result, diagnosis, transformation targets, transformation plan, implementation schedule, expected effects and subsidies, risks and recommendations, with score charts and the sources of the figures. The PDF's appendix lists every answer with its points and basis, and the evidence files.",
    },
    alt: {
      "zh-CN": ["报告里有什么", "报告有几章", "诊断报告写些什么"],
      en: ["what is in the report", "report chapters", "report structure"],
    },
  },
  {
    id: "report-how-long",
    topic: "report",
    question: { "zh-CN": "提交后报告多久能出来？", en: "How soon is the report ready after submitting?" },
    answer: {
      "zh-CN":
        "提交后等级和得分立即显示；完整诊断报告由系统在后台撰写，通常几十秒内完成，写好的章节会先显示，报告页有撰写进度。若显示撰写失败，页面会写明原因，请稍后刷新重试。",
      en: "The level and scores show at once after submitting; the full report is written in the background, usually within a few tens of seconds, finished sections appearing first, with progress on the report page. If writing fails, the page says why; refresh later to try again.",
    },
    alt: {
      "zh-CN": ["报告一直在生成中", "报告什么时候好", "为什么报告还没出来"],
      en: ["report still generating", "when will my report be ready", "report is not showing"],
    },
  },
  {
    id: "report-ai-written",
    topic: "report",
    question: { "zh-CN": "报告是 AI 写的吗？里面的数字可靠吗？", en: "Is the report written by AI? Are its figures reliable?" },
    answer: {
      "zh-CN":
        "平台配置了大模型时，由大模型依据评测引擎算出的事实撰写，每个数字、方案和政策在保存前逐一核对，未通过核对的章节改由模板撰写器撰写；未配置时全部由模板撰写器生成。报告会说明是怎样写成的，每章也标明撰写方式。",
      en: "When the platform has a language model configured, it writes from the facts the scoring engine computed, and every number, solution and policy is checked before saving; a section that fails the checks is written by the template writer instead. Without a model the template writer writes everything. The report says how it was written, and each section shows its writer.",
    },
    alt: {
      "zh-CN": ["报告是人工写的还是机器写的", "大模型会不会乱写", "报告数据从哪来"],
      en: ["was this written by ChatGPT", "can the AI make things up", "where do the report numbers come from"],
    },
  },
  {
    id: "report-pdf-download",
    topic: "report",
    question: { "zh-CN": "怎么下载 PDF 报告？", en: "How do I download the PDF report?" },
    answer: {
      "zh-CN":
        "报告写好后，在报告页点“下载 PDF 报告”。PDF 有封面（门户或顾问的品牌）、目录和报告摘要、各章图表，以及列出每个回答及其依据的附录，带页码。也可点“打印 / 另存为 PDF”用浏览器打印。演示门户的 PDF 封面和页脚标有“演示报告”。",
      en: "Once the report is ready, choose “download PDF report” on the report page. The PDF has a cover (the portal's or the consultant's brand), contents and summary, the chapters with their charts, an appendix of every answer and its basis, and page numbers. You can also “print / save as PDF” from the browser. A demo portal's PDF says “demo report” on its cover and footers.",
    },
    alt: {
      "zh-CN": ["报告能打印吗", "PDF在哪下载", "下载PDF失败"],
      en: ["print the report", "where is the PDF button", "PDF download failed"],
    },
  },
  {
    id: "report-batch-export",
    topic: "report",
    question: { "zh-CN": "能一次导出多份报告吗？", en: "Can I export several reports at once?" },
    answer: {
      "zh-CN":
        "可以。在“本机的评测与报告”页面勾选多份已提交的评测，打包成一个 ZIP 下载，每次最多 200 份。压缩包生成后保存一天；两分钟内仍未写好的报告不会包含在内，压缩包内的说明会列出。",
      en: "Yes. On “assessments and reports on this device”, tick several submitted assessments and download their reports as one ZIP, up to 200 per export. The archive is kept for one day; reports not ready within two minutes are left out and listed in a note inside it.",
    },
    alt: {
      "zh-CN": ["批量下载报告", "多份报告打包", "导出ZIP"],
      en: ["bulk download reports", "zip export", "download all my reports"],
    },
  },
  {
    id: "report-edit-versions",
    topic: "report",
    question: { "zh-CN": "报告内容可以修改吗？", en: "Can the report text be edited?" },
    answer: {
      "zh-CN":
        "可以。自评企业和为企业评测的顾问可以在报告页修改各章节，每次保存生成新版本，可恢复任一版本（系统生成的草稿为第 1 版）。顾问做的评测，企业看到的是顾问发布的版本。门户管理员只能查看，不能修改。",
      en: "Yes. A self-assessing firm, and the consultant who assessed a firm, can edit sections on the report page; each save is a new version, and any version can be restored (the generated draft is version 1). For a consultant's assessment the firm sees the version the consultant published. Portal administrators can read but not edit.",
    },
    alt: {
      "zh-CN": ["报告写得不对能改吗", "怎么恢复之前的版本", "修改报告"],
      en: ["edit my report", "restore an earlier version", "change a report section"],
    },
  },
  {
    id: "report-english",
    topic: "report",
    question: { "zh-CN": "能出英文报告吗？", en: "Can I get the report in English?" },
    answer: {
      "zh-CN": "可以。用页眉中的语言切换选择 English，评测、结果、报告和 PDF 都会以英文显示；某种语言的报告第一次被请求时，系统会另行撰写这一语言的版本。",
      en: "Yes. Choose English with the language switch in the header: the assessment, result, report and PDF are shown in English. The first time a report is asked for in a language, that language's version is written.",
    },
    alt: {
      "zh-CN": ["有英文版吗", "报告能切换语言吗", "给外方看的报告"],
      en: ["English version", "switch the report language", "report for foreign partners"],
    },
  },
  {
    id: "report-peer-benchmark",
    topic: "report",
    question: { "zh-CN": "同行对标是和谁比的？", en: "Who am I compared with in the peer benchmark?" },
    answer: {
      "zh-CN":
        "对比对象是在本平台提交过评测、同行业同模板的其他企业（每家取最近一次，不含演示和合成数据），优先同城市同规模，不足 5 家时依次放宽到同省同规模、同规模、同行业。结果显示总分高于百分之多少的同行（分数相同的计一半）和同行中位数；最宽的分组也不足 5 家时不给出百分位。",
      en: "Other firms of the same industry and template that submitted an assessment on this platform (each by its latest result; demo and synthetic data excluded): same city and size first, widening to same province and size, same size, then the industry when fewer than 5. It shows the share of peers your total beats (ties count half) and the peers' median; if even the widest group has fewer than 5, no percentile is given.",
    },
    alt: {
      "zh-CN": ["对标数据怎么来的", "为什么没有同行对比", "我在同行里排第几"],
      en: ["how are peers chosen", "no peer comparison shown", "my percentile"],
    },
  },
  {
    id: "report-benchmark-frozen",
    topic: "report",
    question: { "zh-CN": "为什么同行对标的数字后来不变？", en: "Why do the benchmark figures never change later?" },
    answer: {
      "zh-CN":
        "同行对标在提交后由后台计算一次（通常几秒内完成），随结果保存，此后结果页、报告和 PDF 都用同一组数字，不随之后提交的企业变化。想用最新的同行数据比较，可以再次评测。",
      en: "The benchmark is computed once in the background after submitting (usually within seconds) and stored with the result; from then on the result page, report and PDF use the same figures, whatever firms submit later. To compare with today's peers, assess again.",
    },
    alt: {
      "zh-CN": ["对标一直显示正在计算", "对标会更新吗", "结果页和报告对标数字一样吗"],
      en: ["benchmark still pending", "does the benchmark update", "benchmark differs"],
    },
  },
  // ── plan ──────────────────────────────────────────────────────────────────
  {
    id: "plan-least-cost",
    topic: "plan",
    question: { "zh-CN": "“三年总成本最低的方案”是什么意思？", en: "What is the “least three-year cost” plan?" },
    answer: {
      "zh-CN":
        "系统在方案目录中找出一组解决方案，使企业按等级规则（总分、场景数、约束性场景数）达到下一级或二级，且三年总成本最低。三年总成本 = 一次性费用 + 3 × 年费，价格取目录报价区间的中间值；由求解器精确求得，成本相同时优先服务商更少、首年投入更低的组合。",
      en: "From the solution catalogue the system finds the set of solutions that takes the firm to the next level, or to level 2, under the level rule (score, scenes, constrained scenes) at the least three-year cost: one-off cost + 3 × yearly fee, each at the middle of its catalogue price band. A solver finds it exactly; at equal cost, fewer providers and then the lower first-year cost win.",
    },
    alt: {
      "zh-CN": ["升级方案怎么算出来的", "升到二级最少要花多少钱", "最省钱的方案"],
      en: ["cheapest way to level 2", "how is the plan computed", "least cost upgrade"],
    },
  },
  {
    id: "plan-outcomes-not-bought",
    topic: "plan",
    question: { "zh-CN": "方案为什么不提升“成效”和“资金保障”的分？", en: "Why does the plan not buy points for results and funding?" },
    answer: {
      "zh-CN":
        "数字化成效（能耗、质量、人均营收、成本等题）是前后对比的结果，资金保障是企业自身数字化投入占营收的比例，都不能靠购买产品获得，所以方案不会“买”这些分。方案把成效列为预期成效，提醒您现在就记录基线数据；若方案本身的投入能让资金保障进入更高档位，也会注明。",
      en: "Digital results (energy, quality, revenue per employee, cost) are before-and-after outcomes, and funding is the firm's own digital investment as a share of revenue: neither can be bought, so the plan never buys those points. It lists the results as expected effects and asks you to record the baseline figures now; if the plan's own spend would lift funding into a higher band, it says so.",
    },
    alt: {
      "zh-CN": ["成效指标怎么提高", "资金保障怎么得分", "为什么方案不包括E类指标"],
      en: ["results indicators in the plan", "funding indicator", "why are outcome points not in the plan"],
    },
  },
  {
    id: "plan-pain-points",
    topic: "plan",
    question: { "zh-CN": "“从痛点出发的方案”和最低成本方案有什么不同？", en: "How does the problem-led plan differ from the least-cost plan?" },
    answer: {
      "zh-CN":
        "系统把您在“目前最想解决的问题”（或主营业务介绍）中写的词对应到业务场景，并显示是哪些词触发的。这个方案在达到目标等级的同时，必须把这些场景提升上去，页面会显示它比三年总成本最低的方案多花多少。",
      en: "The system maps the words you wrote under “problems to solve” (or in the business description) to business scenes, showing which words triggered each. This plan reaches the target level and must also lift those scenes; the page shows how much more it costs than the least three-year-cost plan.",
    },
    alt: {
      "zh-CN": ["痛点方案是什么", "为什么痛点方案更贵", "按我的问题推荐方案"],
      en: ["problem-led plan", "why is the pain-point plan more expensive", "plan based on my problems"],
    },
  },
  {
    id: "plan-demo-catalogue",
    topic: "plan",
    question: { "zh-CN": "方案里的产品、服务商和价格是真实的吗？", en: "Are the products, providers and prices in the plan real?" },
    answer: {
      "zh-CN":
        "数诊自带的方案目录是演示数据：服务商为虚构，条目标有“演示”，价格为区间估计，页面也会注明。城市门户可以加入本门户自己的解决方案。推荐保持中立：同一服务商在每个列表中最多出现两次。",
      en: "Shuzhen's own solution catalogue is demo data: the providers are fictional, the entries marked “demo”, and prices are range estimates, as the page says. A city portal can add solutions of its own. Recommendations stay neutral: one provider appears at most twice in any list.",
    },
    alt: {
      "zh-CN": ["推荐的服务商靠谱吗", "价格是真的吗", "演示方案是什么意思"],
      en: ["are these real vendors", "are the prices real", "demo solutions"],
    },
  },
  {
    id: "plan-budget-and-schedule",
    topic: "plan",
    question: { "zh-CN": "方案的预算和工期怎么看？", en: "How do I read the plan's budget and schedule?" },
    answer: {
      "zh-CN":
        "每个方案都有预算表，按软件（含云服务、集成、安全）、硬件（设备、网络）、服务（咨询、培训）分列一次性、每年、首年和三年合计（万元，取目录报价中位数），并给出实施顺序：大约需要多少周、涉及几家服务商，同一阶段的方案可以并行。",
      en: "Each plan has a budget split into software (incl. cloud, integration, security), hardware (equipment, networks) and services (consulting, training), with one-off, yearly, first-year and three-year totals (10k yuan, catalogue mid prices), and the order of work: roughly how many weeks, how many providers, with solutions in one phase able to run in parallel.",
    },
    alt: {
      "zh-CN": ["改造要多长时间", "预算怎么分", "首年要投多少"],
      en: ["how long will the project take", "budget breakdown", "first-year cost"],
    },
  },
  {
    id: "plan-net-cost",
    topic: "plan",
    question: { "zh-CN": "方案里的“企业净投入”怎么算？", en: "How is the firm's net cost in the plan worked out?" },
    answer: {
      "zh-CN":
        "净投入 = 方案首年投入 − 可确定金额的补贴中最大的一项。系统只取一项金额最大的符合条件的补贴，不假定多项补贴可以叠加；没有可确定金额的补贴时不扣减。补贴金额只是估算，以主管部门审核为准。",
      en: "Net cost = the plan's first-year cost − the largest subsidy with a determinable amount. Only the one largest eligible subsidy is taken; several are not assumed to stack, and nothing is deducted when no amount can be determined. Subsidy amounts are estimates; the authorities' review decides.",
    },
    alt: {
      "zh-CN": ["补贴后要自己出多少钱", "净投入是什么", "补贴能叠加吗"],
      en: ["cost after subsidy", "net cost meaning", "can subsidies be combined"],
    },
  },
  {
    id: "plan-unreachable-or-timeout",
    topic: "plan",
    question: { "zh-CN": "方案页显示“无法达到”或“求解超时”是怎么回事？", en: "The plan says “cannot be reached” or “timed out”. Why?" },
    answer: {
      "zh-CN":
        "“按当前方案目录无法达到该等级”表示目录中的方案组合不足以满足该级规则。“求解超时”表示这次没来得及算出方案，并不代表达不到，请稍后刷新。若注明“未能证明最低”，说明方案可行，但没能在时限内证明它最便宜。",
      en: "“Cannot be reached with the current catalogue” means no combination of catalogue solutions meets that level's rule. “Timed out” means no plan was found this time, which does not mean the level is out of reach: refresh later. “Not proven lowest” means the plan works but could not be proven cheapest in time.",
    },
    alt: {
      "zh-CN": ["为什么没有升级方案", "方案计算失败", "提示求解超时"],
      en: ["no plan shown", "plan timed out", "why can't I reach level 2"],
    },
  },
  // ── subsidies ─────────────────────────────────────────────────────────────
  {
    id: "subsidies-how-matching-works",
    topic: "subsidies",
    question: { "zh-CN": "系统怎么判断我能不能拿补贴？", en: "How does the system decide whether I can get a subsidy?" },
    answer: {
      "zh-CN":
        "系统把企业信息和升级方案逐条对照政策目录中的条件：地区、行业或试点细分行业、企业规模、是否规上、改造前后等级、申报时间和排除情形，以及政策支持的费用类型，每条都引用出处，给出“符合”“可能符合（需确认）”或“不符合”。",
      en: "It checks the firm's facts and its upgrade plan against each condition of the policy catalogue: region, industry or pilot segment, size class, 规上, level before and after, application window and exclusions, and the cost types the policy funds, each quoting its source, and says “eligible”, “possibly eligible (to confirm)” or “not eligible”.",
    },
    alt: {
      "zh-CN": ["我们企业能申请补贴吗", "补贴匹配是怎么做的", "为什么说我不符合"],
      en: ["am I eligible for a subsidy", "how is subsidy matching done", "why not eligible"],
    },
  },
  {
    id: "subsidies-possibly-eligible",
    topic: "subsidies",
    question: { "zh-CN": "“可能符合（需确认）”是什么意思？", en: "What does “possibly eligible (to confirm)” mean?" },
    answer: {
      "zh-CN":
        "表示有条件还不能确定：可能是政策原文没写清楚，也可能是缺少您的信息，如所在区县、所属试点细分行业、企业规模、是否规上，或是否属于政策列明的排除情形。页面列出了“需确认”的事项，请补充信息，或向所在城市的主管部门确认。",
      en: "Some condition cannot be settled yet: the policy text may not say, or a fact of yours is missing, such as the district, pilot industry segment, size class, 规上 status, or whether an exclusion listed by the policy applies. The page lists what to confirm: add the facts, or confirm with your city's authority.",
    },
    alt: {
      "zh-CN": ["需确认是什么意思", "可能符合到底能不能申请", "要确认哪些信息"],
      en: ["what should I confirm", "possibly eligible meaning", "missing facts for a subsidy"],
    },
  },
  {
    id: "subsidies-estimate",
    topic: "subsidies",
    question: { "zh-CN": "补贴金额是怎么估算的？准吗？", en: "How is the subsidy amount estimated? Is it accurate?" },
    answer: {
      "zh-CN":
        "估算 = 政策补助比例 × 方案中政策支持的费用，且不超过方案所达等级对应的上限；只知道上限的政策显示“最高××万元”，原文没给比例的不估算。这只是估算，不是承诺，实际金额以主管部门审核核定为准，请向所在城市的主管部门确认。",
      en: "Estimate = the policy's percentage × the plan's spend on the costs it funds, capped at the limit for the level the plan reaches; a policy with only a cap shows “up to …”, and one whose text gives no percentage gets no estimate. It is an estimate, not a commitment: the amount is set by the authorities' review, so confirm with your city's authority.",
    },
    alt: {
      "zh-CN": ["能拿多少补贴", "补贴估算准不准", "补贴金额怎么算的"],
      en: ["how much subsidy will I get", "is the estimate reliable", "subsidy calculation"],
    },
  },
  {
    id: "subsidies-build-first",
    topic: "subsidies",
    question: { "zh-CN": "什么是“先建后补”？", en: "What does 先建后补 (build first, subsidy after) mean?" },
    answer: {
      "zh-CN":
        "先建后补指企业先行投入，改造完成并通过验收后才拨付补助；同一项支出不重复申领。在改造项目中申报这类补贴，要等项目验收通过后才能提交；政策没写明兑付时间的，也按验收后兑付处理。",
      en: "The firm pays first; the subsidy is paid only after the transformation is completed and accepted, and one expense is not claimed twice. In a transformation project such an application can be submitted only once the project is accepted; a policy that does not say when it pays is treated the same way.",
    },
    alt: {
      "zh-CN": ["补贴是先给钱吗", "要自己先垫钱吗", "验收后才有补贴吗"],
      en: ["do I have to pay first", "is the subsidy paid in advance", "build first then subsidy"],
    },
  },
  {
    id: "subsidies-when-paid",
    topic: "subsidies",
    question: { "zh-CN": "补贴什么时候到账？", en: "When will the subsidy be paid?" },
    answer: {
      "zh-CN":
        "到账时间由政策和所在城市主管部门决定，数诊无法承诺。系统中的流程是：提交申报 → 门户受理审核 → 审核通过并公示（核定金额）→ 门户记录拨付（金额和日期）。每一步都会邮件通知企业和服务商，并记入申报记录。先建后补的政策须项目验收通过后才能申报。",
      en: "The policy and your city's authority decide; Shuzhen cannot promise a date. In the system: the application is submitted → the portal takes it into review → approves and publishes it (with the approved amount) → records the payment (amount and date). Each step is mailed to the firm and the provider and kept in the application's record. Build-first policies are applied for only after the project is accepted.",
    },
    alt: {
      "zh-CN": ["补贴多久能到账", "钱什么时候下来", "怎么知道补贴拨了没有"],
      en: ["when do we get the money", "subsidy payment date", "has the subsidy been paid"],
    },
  },
  {
    id: "subsidies-application-states",
    topic: "subsidies",
    question: { "zh-CN": "补贴申报有哪些状态？", en: "What states does a subsidy application go through?" },
    answer: {
      "zh-CN":
        "草稿 → 已申报 → 审核中 → 公示中 → 已拨付。门户可以“退回补正”（写明原因，回到草稿，修改后再提交），也可以“不予支持”（审核中，或公示有异议时）。企业或服务商在草稿或已申报时可以撤回；被驳回或撤回后，申报的合同明细可用于其他申报。",
      en: "Draft → applied → under review → published for objections → paid. The portal may return it for corrections (with a reason, back to draft, to be resubmitted) or refuse it (under review, or after objections during publication). The firm or provider may withdraw it while it is a draft or applied; once refused or withdrawn, its contract items can be claimed elsewhere.",
    },
    alt: {
      "zh-CN": ["公示中是什么意思", "申报被退回了", "申报能撤回吗"],
      en: ["application status meaning", "withdraw an application", "what does publicized mean"],
    },
  },
  {
    id: "subsidies-how-to-apply",
    topic: "subsidies",
    question: { "zh-CN": "什么时候可以申报补贴？由谁申报？", en: "When can a subsidy be applied for, and by whom?" },
    answer: {
      "zh-CN":
        "申报依托改造项目：项目备案通过后，企业或其服务商在项目页“补贴申报”中选择本门户的一项政策，勾选合同明细，填写申报批次和截止日期（默认为政策申报期截止日，不能晚于它）。事前或分阶段拨付的政策备案通过后即可提交；先建后补的须验收通过后提交。",
      en: "Through a transformation project: once its filing is approved, the firm or its provider opens “subsidy applications” on the project page, chooses one of the portal's policies, ticks contract items and gives the batch and deadline (by default the end of the policy's window, never later). Policies paying in advance or in stages can be submitted after the filing is approved; build-first ones after acceptance.",
    },
    alt: {
      "zh-CN": ["怎么申请补贴", "补贴在哪里申报", "服务商能帮我们申报吗"],
      en: ["how do I apply for a subsidy", "where to apply", "can my provider apply for us"],
    },
  },
  {
    id: "subsidies-no-double-claim",
    topic: "subsidies",
    question: { "zh-CN": "同一笔支出能申请两项补贴吗？", en: "Can one expense be claimed under two subsidies?" },
    answer: {
      "zh-CN":
        "不能。每项合同明细同时只能被一项有效的申报占用，重复申报会被拒绝；申报被驳回（不予支持）或撤回后，该明细才能用于其他申报。同一项目对同一项政策，在未被驳回或撤回前也不能再申报。",
      en: "No. Each contract item can be held by one live application at most; a second claim is refused. Only when an application is refused or withdrawn can its items be claimed again. A project also cannot apply twice under the same policy unless the earlier application was refused or withdrawn.",
    },
    alt: {
      "zh-CN": ["补贴能重复申请吗", "一个项目申请多个补贴", "提示明细已在另一项申报中"],
      en: ["claim the same cost twice", "item already claimed", "several subsidies for one project"],
    },
  },
  {
    id: "subsidies-policy-source",
    topic: "subsidies",
    question: { "zh-CN": "政策条件和原文在哪里看？", en: "Where can I see a policy's conditions and source text?" },
    answer: {
      "zh-CN":
        "点“查看条件与原文”打开政策页，可看到每个条件、依据的条款和可信度。条款注明是“原文”（只有原文放在「」中）、“摘要”还是“我们的解读”；原文未说明的写“原文未说明”。演示政策标有“演示政策：为展示匹配效果而编写，并非真实政策”。以政策原文和主管部门解释为准。",
      en: "“Conditions and source” opens the policy page with each condition, the clause it rests on and its confidence. Each clause says whether it is the source's words (only those appear in 「」), a summary, or our reading; what the source does not say is marked so. Demo policies are marked as written for demonstration, not real. The policy text and the authority's interpretation prevail.",
    },
    alt: {
      "zh-CN": ["政策原文在哪", "政策依据是什么", "演示政策是真的吗"],
      en: ["policy source text", "where is the policy clause", "is the demo policy real"],
    },
  },
  {
    id: "subsidies-local-policies",
    topic: "subsidies",
    question: { "zh-CN": "我们市的补贴比例和上限是多少？", en: "What are my city's subsidy percentage and cap?" },
    answer: {
      "zh-CN":
        "各地政策的比例、上限、条件和申报时间不同，以政策原文为准。城市门户首页列出适用于本地的政策（本市、本省和全国，已截止的不列），显示补贴比例、上限和截止时间，并链接到条件与出处；评测结果也会逐条对照这些政策。具体请向所在城市主管部门确认。",
      en: "Percentages, caps, conditions and windows differ by place, and the policy text prevails. A city portal's home page lists the policies that apply there (city, province and national; closed ones left out) with their percentage, cap and closing date, each linked to its conditions and sources; your result is also checked against them. Please confirm with your city's authority.",
    },
    alt: {
      "zh-CN": ["本地补贴政策有哪些", "补贴比例是多少", "最高能补多少"],
      en: ["local subsidy policies", "subsidy percentage in my city", "maximum subsidy"],
    },
  },
  // ── materials ─────────────────────────────────────────────────────────────
  {
    id: "materials-checklist",
    topic: "materials",
    question: { "zh-CN": "申报补贴要准备哪些材料？", en: "Which materials does a subsidy application need?" },
    answer: {
      "zh-CN":
        "材料清单来自所选政策原文列出的申报材料，在申报页逐项显示。每一项都要上传文件或注明“线下提交”后才能提交申报，缺哪项系统会列出。政策原文没有列出材料的，页面会提示请向主管部门确认。",
      en: "The checklist is the list of documents the chosen policy's text names, shown item by item on the application. Each item must be uploaded or marked “handed in on paper” before the application can be submitted; the system lists what is missing. Where the policy lists no materials, the page asks you to confirm with the authority.",
    },
    alt: {
      "zh-CN": ["申报材料清单", "要交什么资料", "为什么提示材料还缺"],
      en: ["materials checklist", "what documents to submit", "materials still missing"],
    },
  },
  {
    id: "materials-file-limits",
    topic: "materials",
    question: { "zh-CN": "申报材料的文件有什么要求？", en: "What are the file requirements for application materials?" },
    answer: {
      "zh-CN":
        "支持 PDF、PNG、JPEG、WebP，单个不超过 10 MB，每项申报最多 40 个文件、合计不超过 100 MB。草稿状态下可以上传和删除；已随申报提交过的文件会留档，被退回补正后也不能删除，更正后的文件另行上传在旁边。",
      en: "PDF, PNG, JPEG or WebP, at most 10 MB each, 40 files and 100 MB in total per application. Files can be uploaded and removed while it is a draft; a file once submitted stays on record and cannot be removed even after a return for corrections; upload the corrected file beside it.",
    },
    alt: {
      "zh-CN": ["申报材料能传多大", "材料传错了能删吗", "申报材料最多几个文件"],
      en: ["material file size limit", "delete an uploaded material", "how many files per application"],
    },
  },
  {
    id: "materials-project-documents",
    topic: "materials",
    question: { "zh-CN": "改造项目要上传哪些文件？", en: "Which files does a transformation project need?" },
    answer: {
      "zh-CN":
        "项目文件分为合同扫描件、发票及付款凭证、交付及上线证明、其他材料。开始实施时，“合同信息”表单要求合同扫描件已在“项目文件”中上传；验收需要合同扫描件和发票（或付款凭证）。PDF 或图片，单个不超过 10 MB，每个项目最多 30 个、合计 100 MB。",
      en: "Project files are the signed contract, invoices and proof of payment, delivery and go-live records, and other material. To start implementation, the “contract information” form needs the signed contract uploaded under project files; acceptance needs the contract and invoices (or proof of payment). PDF or images, at most 10 MB each, 30 files and 100 MB per project.",
    },
    alt: {
      "zh-CN": ["合同扫描件传在哪里", "发票要上传吗", "项目文件有哪些"],
      en: ["where to upload the contract", "do I upload invoices", "project documents"],
    },
  },
  {
    id: "materials-returned-for-correction",
    topic: "materials",
    question: { "zh-CN": "申报被“退回补正”了怎么办？", en: "My application was returned for corrections. What now?" },
    answer: {
      "zh-CN":
        "退回时门户会写明原因，申报回到草稿状态，企业和服务商会收到邮件。按原因修改申报内容、补充或更正材料后再次提交即可；之前已提交过的文件保留在记录中，更正后的文件上传在旁边。",
      en: "The portal gives its reason, the application goes back to draft, and the firm and provider are mailed. Correct the application and its materials as asked and submit again; files submitted before stay on record, and corrected files are uploaded beside them.",
    },
    alt: {
      "zh-CN": ["退回补正要怎么改", "材料被退回", "补正后怎么重新提交"],
      en: ["returned application", "resubmit after corrections", "what does return for corrections mean"],
    },
  },
  {
    id: "materials-paper-submission",
    topic: "materials",
    question: { "zh-CN": "有些材料只能交纸质的怎么办？", en: "Some materials exist only on paper. What do I do?" },
    answer: {
      "zh-CN": "在材料清单中把这一项标为“线下提交”，可以附上说明，这一项就算已提供，不会阻止提交申报。纸质材料请按主管部门的要求另行递交。",
      en: "Mark the item “handed in on paper” in the checklist, optionally with a note: it then counts as provided and does not block submission. Hand in the paper documents as the authority requires.",
    },
    alt: {
      "zh-CN": ["盖章原件怎么交", "线下提交是什么意思", "材料没有电子版"],
      en: ["paper originals", "offline submission", "no scanned copy"],
    },
  },
  // ── acceptance ────────────────────────────────────────────────────────────
  {
    id: "acceptance-pack-contents",
    topic: "acceptance",
    question: { "zh-CN": "验收材料包里有什么？", en: "What is in the acceptance pack?" },
    answer: {
      "zh-CN":
        "验收材料包由项目记录自动生成，不用手工编写。下载的 ZIP 含 acceptance.pdf（八项：验收申请表、改造前后对比报告、改造后自评估及佐证清单、合同及明细、发票及付款凭证、项目实施情况、企业真实性承诺、服务商声明，并附现场核查预判）、manifest.json（每项齐全或缺少及原因）和上传的文件。",
      en: "It is built from the project's records, never typed. The ZIP holds acceptance.pdf (eight items: application form, before/after comparison, post-project self-assessment and evidence checklist, contract and items, invoices and payments, implementation, the firm's pledge, the provider's statement, plus a prediction of the on-site check), manifest.json (each item present or missing, with the reason) and the uploaded files.",
    },
    alt: {
      "zh-CN": ["验收要交哪些材料", "材料包怎么下载", "验收资料要自己写吗"],
      en: ["acceptance documents", "download the acceptance pack", "what does acceptance need"],
    },
  },
  {
    id: "acceptance-after-assessment",
    topic: "acceptance",
    question: { "zh-CN": "完工后怎么做改造后评测？", en: "How is the after-assessment done once the work is finished?" },
    answer: {
      "zh-CN":
        "项目报告完工后，在项目页点“开始改造后评测”。问卷已按基线评测的回答预填，只需改动有变化的部分，并为提高的回答上传佐证（企业或顾问都可上传）。提交后即可下载验收材料包；验收不通过时可以重新进行改造后评测。",
      en: "After completion is reported, choose “start the after-assessment” on the project page. It is prefilled with the baseline's answers: change only what changed and upload evidence for the improved answers (the firm or the consultant). Once it is submitted the acceptance pack can be downloaded; after a rejection the after-assessment can be done again.",
    },
    alt: {
      "zh-CN": ["改造后要重新评测吗", "验收前要做什么评测", "改造后评测在哪"],
      en: ["reassess after the project", "post-project assessment", "where is the after-assessment"],
    },
  },
  {
    id: "acceptance-on-site-prediction",
    topic: "acceptance",
    question: { "zh-CN": "系统能预判验收能不能通过吗？", en: "Can the system predict whether acceptance will pass?" },
    answer: {
      "zh-CN":
        "材料包会给出现场核查预判：列出所有得分提高、但没有文件或数据支撑的回答，以及等级提升、但没有佐证的场景，并算出如果这些不被认可，按官方规则会是什么等级。这只是预判，验收结论由门户审核决定。",
      en: "The pack predicts the on-site check: every answer that gained points and every scene that rose with no file or figure behind it, and the level by the official rule if those were not accepted. It is only a prediction; the portal's review decides acceptance.",
    },
    alt: {
      "zh-CN": ["验收会不会通过", "哪些答案缺佐证", "现场核查会查什么"],
      en: ["will we pass acceptance", "which answers lack evidence", "on-site check prediction"],
    },
  },
  {
    id: "acceptance-missing-items",
    topic: "acceptance",
    question: { "zh-CN": "为什么不能“提交验收申请”？", en: "Why can't I apply for acceptance?" },
    answer: {
      "zh-CN":
        "提交验收申请前，材料包的八项必须齐全。缺少的项会列在项目页“验收材料包”中并写明原因，例如：尚未填写验收申请表、改造后评测尚未提交、未上传合同扫描件或发票、还有未完成的里程碑、服务商未确认完工。补齐后即可提交。",
      en: "All eight items of the pack must be present first. What is missing is listed under “acceptance pack” on the project page with the reason, for example: the application form not answered, the after-assessment not submitted, no signed contract or invoice uploaded, milestones not done, completion not confirmed by the provider. Once complete, you can apply.",
    },
    alt: {
      "zh-CN": ["验收申请提交不了", "材料包显示缺少", "服务商声明怎么补"],
      en: ["cannot submit acceptance", "pack item missing", "provider statement missing"],
    },
  },
  {
    id: "acceptance-application-form",
    topic: "acceptance",
    question: { "zh-CN": "验收申请表要填什么？", en: "What goes into the acceptance application form?" },
    answer: {
      "zh-CN":
        "内置的验收申请表包括：实际完工日期、实际投入金额（元）、改造成效说明、发票及付款凭证（在项目文件中上传），以及“申请材料真实、准确、完整”的确认。门户可以修改表单，以您所在门户的版本为准；项目和评测数据由系统自动带入。",
      en: "The built-in form asks for the actual completion date, the amount actually spent (yuan), a description of the results, invoices and proof of payment (uploaded as project files), and confirmation that the application is true, accurate and complete. Portals may change the form, so your portal's version applies; project and assessment data are filled in from the records.",
    },
    alt: {
      "zh-CN": ["验收表怎么填", "实际投入金额填什么", "改造成效说明写什么"],
      en: ["fill in the acceptance form", "acceptance application fields", "results description"],
    },
  },
  {
    id: "acceptance-rejected",
    topic: "acceptance",
    question: { "zh-CN": "验收不通过怎么办？", en: "What if acceptance is rejected?" },
    answer: {
      "zh-CN":
        "门户判定验收不通过时会写明原因，并邮件通知企业和服务商。按原因整改，需要时重新进行改造后评测（从上次的回答和佐证开始），补齐材料后点“整改后重新提交”，项目会再次进入验收审核。",
      en: "The portal gives its reason and the firm and provider are mailed. Rectify as asked, redo the after-assessment if needed (it starts from the last answers and evidence), complete the materials and choose “resubmit after rectification”: the project goes back into acceptance review.",
    },
    alt: {
      "zh-CN": ["验收没通过", "整改后怎么重新申请验收", "验收被驳回"],
      en: ["acceptance failed", "resubmit for acceptance", "project rejected"],
    },
  },
  {
    id: "acceptance-satisfaction-rating",
    topic: "acceptance",
    question: { "zh-CN": "验收时企业要给服务商打分吗？", en: "Does the firm rate its provider at acceptance?" },
    answer: {
      "zh-CN":
        "要。验收时企业填写“满意度评价”，按 1–5 分评总体满意度、按期交付和交付质量，可写意见和建议；门户也可以录入企业在纸面上给出的评价。评价计入服务商评分。",
      en: "Yes. At acceptance the firm answers the satisfaction survey, rating overall satisfaction, on-time delivery and quality of the work from 1 to 5, with optional comments; the portal may also record a rating given on paper. The ratings count in the provider's scorecard.",
    },
    alt: {
      "zh-CN": ["满意度评价怎么填", "给服务商评分", "服务商打分有什么用"],
      en: ["satisfaction survey", "rate the provider", "provider rating"],
    },
  },
  // ── projects ──────────────────────────────────────────────────────────────
  {
    id: "projects-what-is-a-project",
    topic: "projects",
    question: { "zh-CN": "什么是改造项目？怎么建？", en: "What is a transformation project, and how is one created?" },
    answer: {
      "zh-CN":
        "诊断之后，企业的数字化改造在所在门户以“改造项目”记录：服务商、基线评测（一次已提交的评测）和高于它的目标等级、合同（软件、硬件、服务明细，各项之和须与合同金额一致，精确到分）、里程碑和项目文件。企业或其顾问可以创建，先保存为草稿。",
      en: "After the diagnosis, a firm's transformation is recorded in its portal as a project: the provider, the baseline (a submitted assessment) and a target level above it, the contract (software, hardware and service items that must add up to the amount to the fen), milestones and files. The firm or its consultant creates it, first as a draft.",
    },
    alt: {
      "zh-CN": ["怎么新建改造项目", "项目要填哪些信息", "合同明细合计对不上"],
      en: ["create a project", "new transformation project", "contract items do not add up"],
    },
  },
  {
    id: "projects-stages",
    topic: "projects",
    question: { "zh-CN": "改造项目有哪些阶段？", en: "What are the stages of a transformation project?" },
    answer: {
      "zh-CN":
        "草稿 → 已提交备案 → 备案通过 → 实施中 → 已完工 → 验收审核中 → 验收通过（或验收不通过）→ 已拨付。企业和服务商负责提交备案、开始实施、报告完工、提交验收；门户管理员负责备案审核（可退回修改）、验收判定和记录拨付。每一步都有记录，并邮件通知相关人员。",
      en: "Draft → filed → filing approved → implementing → completed → acceptance under review → accepted (or rejected) → paid. The firm and provider file, start, report completion and apply for acceptance; the portal's administrators approve the filing (or return it for changes), decide acceptance and record the payment. Each move is recorded and mailed to those concerned.",
    },
    alt: {
      "zh-CN": ["项目流程是什么", "备案通过后做什么", "项目状态是什么意思"],
      en: ["project workflow", "what happens after filing", "project status meaning"],
    },
  },
  {
    id: "projects-stage-forms",
    topic: "projects",
    question: { "zh-CN": "项目各阶段要填哪些表单？", en: "Which forms does each project stage ask for?" },
    answer: {
      "zh-CN":
        "提交备案时填“项目备案表”（联系人、电话、改造目标和主要内容、单个企业或链式改造）；开始实施时填“合同信息”（合同编号、开始日期、合同扫描件）；申请验收时填“验收申请表”；验收时企业还对服务商做“满意度评价”。门户可修改表单，保存为新版本，已填的答案保留原版本。",
      en: "Filing asks for the project filing form (contact, phone, goals and scope, single-firm or chain transformation); starting implementation, the contract information (number, start date, signed contract); applying for acceptance, the acceptance application form; at acceptance the firm also rates its provider. Portals may edit the forms: a save is a new version, and given answers keep theirs.",
    },
    alt: {
      "zh-CN": ["备案表填什么", "开始实施要什么材料", "表单在哪里填"],
      en: ["filing form", "contract information form", "where are the project forms"],
    },
  },
  {
    id: "projects-milestones",
    topic: "projects",
    question: { "zh-CN": "为什么不能“报告完工”？", en: "Why can't I report completion?" },
    answer: {
      "zh-CN":
        "报告完工前，所有里程碑都必须报告完成。里程碑在备案通过后或实施中，由企业或服务商逐项报告完成。另外，合同和里程碑只能在草稿状态修改；备案被退回修改后可以再改。",
      en: "Every milestone must be reported done first. Milestones are reported done by the firm or the provider once the filing is approved or during implementation. The contract and milestones can be changed only while the project is a draft, including after the filing is returned for changes.",
    },
    alt: {
      "zh-CN": ["里程碑怎么报告完成", "合同能改吗", "完工按钮点不了"],
      en: ["mark a milestone done", "change the contract", "completion button missing"],
    },
  },
  {
    id: "projects-outcome-survey",
    topic: "projects",
    question: { "zh-CN": "验收一年后还有回访吗？", en: "Is there a follow-up a year after acceptance?" },
    answer: {
      "zh-CN":
        "有。项目验收通过满一年后，系统会给企业发回访邮件，包含三个问题：改造效果保持得怎样（1–5 分）、上线的系统或设备是否仍在使用、补充说明。不用登录即可填写，链接 90 天内有效，只能提交一次。回访结果计入服务商评分。",
      en: "Yes. A year after acceptance the firm is mailed a follow-up with three questions: how well the effect has lasted (1–5), whether the systems or equipment are still in use, and a comment. It is answered without signing in; the link is valid for 90 days and works once. The answers count in the provider's scorecard.",
    },
    alt: {
      "zh-CN": ["一年回访是什么", "收到回访邮件", "回访链接失效了"],
      en: ["follow-up survey", "one year survey email", "survey link expired"],
    },
  },
  {
    id: "projects-firm-file",
    topic: "projects",
    question: { "zh-CN": "“一企一档”是什么？", en: "What is the firm file (一企一档)?" },
    answer: {
      "zh-CN":
        "一企一档是企业在门户中的档案：企业概况（修改后重新判定规模和规上）、联系人、设备和信息系统清单（据此算出设备联网率）、历次评测及报告、改造项目、补贴申报和过程记录。企业本身和其顾问可以维护；项目服务商的顾问和门户管理员只能查看。",
      en: "The firm's file in its portal: profile (size class and 规上 derived again on save), contacts, the inventory of equipment and information systems (giving the file's networked-equipment share), every assessment with its reports, projects, subsidy applications and history. The firm and its consultants keep it; a project's provider consultant and the portal's administrators can only read it.",
    },
    alt: {
      "zh-CN": ["企业档案在哪看", "设备清单怎么填", "一企一档谁能改"],
      en: ["firm profile", "equipment inventory", "who can edit the firm file"],
    },
  },
  // ── consultant ────────────────────────────────────────────────────────────
  {
    id: "consultant-how-to-join",
    topic: "consultant",
    question: { "zh-CN": "怎么成为平台上的顾问？", en: "How do I become a consultant on the platform?" },
    answer: {
      "zh-CN":
        "顾问不能自行注册，由城市门户管理员通过邮件邀请加入。邀请链接 7 天内有效、只能使用一次：没有账号的会创建账号；已有账号的用受邀邮箱登录后接受，即添加顾问角色。之后在“我的账号”进入顾问工作台。",
      en: "Consultants do not sign up themselves: a city portal's administrator invites them by mail. The invitation is valid for 7 days and works once: without an account it creates one; with one, sign in with the invited address and accept to add the consultant role. The consultant workspace is then linked from “my account”.",
    },
    alt: {
      "zh-CN": ["服务商怎么入驻", "顾问账号怎么开通", "邀请链接过期了"],
      en: ["join as a service provider", "consultant account", "invitation expired"],
    },
  },
  {
    id: "consultant-onsite-vs-remote",
    topic: "consultant",
    question: { "zh-CN": "现场评测和远程评测有什么区别？", en: "What is the difference between on-site and remote assessments?" },
    answer: {
      "zh-CN":
        "两种都从顾问工作台的客户企业页面发起，会带入该企业上次提交的回答。现场评测由顾问登录填写，可在各题旁上传佐证；远程评测可把评测链接交给企业作答，企业凭此链接只能答题和查看已发布的报告，不能修改报告、发起复评或认领企业。",
      en: "Both start from the client's page in the consultant workspace, prefilled with the firm's last submitted answers. On site, the signed-in consultant answers and can attach evidence next to each question; remotely, the link is handed to the firm, which can answer and read the published report through it, but cannot edit the report, start a reassessment or claim the firm.",
    },
    alt: {
      "zh-CN": ["远程评测怎么做", "现场评测能上传照片吗", "把链接发给客户填"],
      en: ["remote visit", "on-site visit", "send the link to my client"],
    },
  },
  {
    id: "consultant-publish-report",
    topic: "consultant",
    question: { "zh-CN": "顾问怎么把报告交给客户企业？", en: "How does a consultant hand the report to the client?" },
    answer: {
      "zh-CN":
        "在报告页审阅、修改后，点“发布第 X 版给企业”。系统给客户联系人发邮件附阅读链接；联系人还没有账号的，邮件附带邀请，接受后即成为该企业的账号所有人。企业看到的是您发布的版本，之后的修改要再次发布才会显示。",
      en: "After reviewing and editing on the report page, choose “publish version X to the firm”. The client contact is mailed a link to read it; without an account yet, the mail carries an invitation that makes them the firm's owner. The firm sees the version you published; later edits show only once published again.",
    },
    alt: {
      "zh-CN": ["客户看不到报告", "发布报告", "怎么把修改后的报告给企业"],
      en: ["publish the report", "client cannot see the report", "share the edited report"],
    },
  },
  {
    id: "consultant-branded-pdf",
    topic: "consultant",
    question: { "zh-CN": "PDF 报告能用我们机构的品牌吗？", en: "Can the PDF carry our organisation's brand?" },
    answer: {
      "zh-CN":
        "可以。在顾问工作台的“我的品牌”中设置机构名称、两种颜色和标志（PNG 或 JPEG，不超过 512 KB）。设置后，您为客户生成的 PDF 报告使用您机构的品牌；未设置时使用门户的品牌。顾问报告的 PDF 还带“签字确认”栏，供服务商和企业签字盖章。",
      en: "Yes. Under “my brand” in the consultant workspace set your organisation name, two colours and a logo (PNG or JPEG, at most 512 KB). The PDF reports you produce for clients then carry your brand; without one, the portal's. A consultant's report PDF also has a sign-off block for the provider and the firm to sign and stamp.",
    },
    alt: {
      "zh-CN": ["报告封面换成我们公司的logo", "顾问品牌设置", "签字盖章栏"],
      en: ["our logo on the PDF", "white-label report", "sign-off block"],
    },
  },
  {
    id: "consultant-changes-since-last",
    topic: "consultant",
    question: { "zh-CN": "怎么看客户和上次评测相比有什么变化？", en: "How do I see what changed for a client since the last assessment?" },
    answer: {
      "zh-CN":
        "在客户企业页面，提交过至少两次评测后会显示“与上次评测相比”：总分和等级的变化、各维度得分，以及每一项有变化的回答。新评测预填上次提交的回答，只需核对、修改变化的部分。",
      en: "On the client's page, once at least two assessments are submitted, “compared with the last assessment” shows the change in total and level, each dimension's score, and every answer that changed. A new assessment is prefilled with the last submitted answers, so only the changes need checking.",
    },
    alt: {
      "zh-CN": ["客户进步了多少", "两次评测对比", "复评变化"],
      en: ["compare two assessments", "client progress", "what changed"],
    },
  },
  {
    id: "consultant-client-claim",
    topic: "consultant",
    question: { "zh-CN": "顾问做的评测，企业为什么不能“保存到我的账号”？", en: "Why can't a consultant's client save the assessment to its account?" },
    answer: {
      "zh-CN":
        "顾问服务的客户企业不能凭评测链接认领，企业负责人需通过顾问发出的邀请加入：顾问发布报告时，系统向客户联系人发送带邀请的邮件（7 天内有效），接受后即成为企业的账号所有人，之后登录可查看顾问发布的报告。",
      en: "A consultant's client cannot claim by holding the assessment link; its owner joins through the consultant's invitation: when the consultant publishes the report, the client contact is mailed an invitation (valid 7 days), and accepting it makes them the firm's owner, who can then sign in and read the published report.",
    },
    alt: {
      "zh-CN": ["认领提示是顾问的客户", "企业怎么拿到顾问的报告", "保存到账号失败"],
      en: ["claim refused consultant client", "how does the firm get the report", "save to account failed"],
    },
  },
  // ── portal ────────────────────────────────────────────────────────────────
  {
    id: "portal-what-is-a-portal",
    topic: "portal",
    question: { "zh-CN": "城市门户是什么？", en: "What is a city portal?" },
    answer: {
      "zh-CN":
        "城市门户是城市数字化转型服务平台在数诊中的空间，有自己的名称、标志和配色，以及专属页面，首页列出本地政策。评测归入某个门户后，可匹配当地政策并计入该市看板。门户管理员负责品牌、可嵌入的网站、约束性场景、本地政策与方案、成员邀请和审计日志。",
      en: "A city portal is a city SME service platform's space in Shuzhen, with its own name, logo, colours and pages, its home page listing local policies. An assessment filed under a portal is matched with its local policies and counted on that city's dashboard. The portal's administrators manage its brand, embedding sites, constrained scenes, local policies and solutions, member invitations and audit log.",
    },
    alt: {
      "zh-CN": ["门户是干什么的", "城市平台能做什么", "评测归入哪个平台"],
      en: ["what does a portal do", "city platform features", "which portal am I under"],
    },
  },
  {
    id: "portal-embed-assessment",
    topic: "portal",
    question: { "zh-CN": "怎么把评测嵌入我们自己的网站？", en: "How do we embed the assessment in our own website?" },
    answer: {
      "zh-CN":
        "门户管理员在“品牌与嵌入”中把网站来源加入“允许嵌入的网站”（仅限 https，本机调试可用 http://localhost），再把页面上现成的一行 script 代码放到网页中。可用 data-region、data-industry、data-firm-name 等属性预填；未列入的网站无法嵌入。列表修改后 30 秒内生效。",
      en: "In “brand and embedding”, the portal administrator adds the site's origin to the allowed sites (https only; http://localhost for local testing), then puts the ready-made one-line script tag on the page. Attributes such as data-region, data-industry and data-firm-name prefill the form; sites not listed cannot embed it. A change to the list applies within 30 seconds.",
    },
    alt: {
      "zh-CN": ["嵌入代码在哪里", "iframe嵌入被拒绝", "怎么放到政府网站上"],
      en: ["embed code", "iframe refused", "put the assessment on our site"],
    },
  },
  {
    id: "portal-embed-events",
    topic: "portal",
    question: { "zh-CN": "嵌入后，我们网站能拿到评测结果吗？", en: "Once embedded, can our site receive the result?" },
    answer: {
      "zh-CN":
        "能收到事件。作答过程中页面收到 shuzhen:step 事件（含续填凭证，保存后可用 data-assessment 和 data-resume-token 让企业下次接着填）；完成时收到 shuzhen:completed 事件，含等级、等级名称、总分和是否为参考等级。嵌入的评测不需要登录 Cookie。",
      en: "Your page receives events. During answering, shuzhen:step carries the resume token (keep it, and data-assessment with data-resume-token let the firm continue next time); on completion, shuzhen:completed carries the level, its name, the total and whether it is a reference level. The embedded assessment needs no sign-in cookie.",
    },
    alt: {
      "zh-CN": ["嵌入后怎么续填", "完成事件有哪些数据", "怎么知道企业测完了"],
      en: ["completed event", "resume in the embed", "get the level back on our page"],
    },
  },
  {
    id: "portal-dashboard",
    topic: "portal",
    question: { "zh-CN": "信息看板能看到什么？", en: "What does the dashboard show?" },
    answer: {
      "zh-CN":
        "门户管理员可看本门户企业的数字化水平：已评测企业（每家按最近一次评测计）、二级及以上占比、规上企业对照各细分行业 90% 试点目标、等级分布、按细分行业/区县/规模分组、薄弱场景、复评进步、补贴匹配、使用漏斗等，可导出 CSV 或 Excel。不足 5 家的分组不显示。",
      en: "Portal administrators see their firms' digital level: firms assessed (each by its latest result), the share at level 2 or above, 规上 firms against the 90% pilot target per industry segment, level distribution, breakdowns by segment, district and size, weakest scenes, reassessed firms' progress, subsidies matched, the usage funnel and more, exportable as CSV or Excel. Groups under 5 firms are not shown.",
    },
    alt: {
      "zh-CN": ["看板在哪", "怎么导出企业数据", "为什么有的分组不显示"],
      en: ["dashboard figures", "export to Excel", "why is a group hidden"],
    },
  },
  {
    id: "portal-own-policies",
    topic: "portal",
    question: { "zh-CN": "门户能加入自己的政策和方案吗？", en: "Can a portal add its own policies and solutions?" },
    answer: {
      "zh-CN":
        "可以。在“政策与方案”中新增、修改、停用本门户的政策和解决方案，平台共享的条目只读。也可在“文档解读”上传政策文件（PDF 或文本，不超过 10 MB；没有文字层的扫描件可离线识别，最多 10 页），系统提取全文；配置了大模型时还会起草结构化政策，每个条件引用原文，经管理员审核后才生效。",
      en: "Yes. Under “policies and solutions” add, edit or retire the portal's own entries; shared platform entries are read only. “Document interpretation” takes a policy file (PDF or text, up to 10 MB; a scan without a text layer is read offline, up to 10 pages) and extracts its text; with a language model configured it also drafts the structured policy, each condition quoting the text, which takes effect only after the administrator reviews it.",
    },
    alt: {
      "zh-CN": ["怎么录入本地政策", "上传政策文件", "扫描件能识别吗"],
      en: ["add a local policy", "upload a policy document", "OCR a scanned policy"],
    },
  },
  {
    id: "portal-provider-scorecards",
    topic: "portal",
    question: { "zh-CN": "服务商评分是怎么算的？", en: "How are provider scorecards calculated?" },
    answer: {
      "zh-CN":
        "门户管理员在“服务商评分”中可看到每家服务商在本门户的项目表现：达到目标等级、一次验收通过、按期交付、企业满意度和一年回访，每项附所依据的项目数，评分公式显示在页面上；没有数据的指标不计入，不按零分算。",
      en: "Under provider scorecards, portal administrators see each provider's record in the portal: target level reached, acceptance at the first decision, milestones on time, firms' satisfaction and the outcome a year on, each with the count it rests on; the formula is shown on the page, and measures without data are left out rather than counted as zero.",
    },
    alt: {
      "zh-CN": ["服务商排名", "怎么评价服务商", "服务商得分公式"],
      en: ["provider ranking", "rate providers", "scorecard formula"],
    },
  },
  {
    id: "portal-demo-data",
    topic: "portal",
    question: { "zh-CN": "看板上的“合成企业”和演示项目是什么？", en: "What are the “synthetic firms” and demo projects on the dashboard?" },
    answer: {
      "zh-CN":
        "演示环境会向郑州、太原两个演示门户加入合成的评测数据（企业名为“合成企业…”）和标有“演示”的改造项目，只为让看板和项目页有数据可看，并非真实企业。同行对标不使用演示和合成数据。",
      en: "The demo adds synthetic assessments (firms named “合成企业…”) and projects marked “demo” to the two demo portals, Zhengzhou and Taiyuan, only so that the dashboard and project pages have something to show; they are not real firms. The peer benchmark never uses demo or synthetic data.",
    },
    alt: {
      "zh-CN": ["合成企业是真的吗", "演示数据", "看板数据是真实的吗"],
      en: ["synthetic firms", "demo data", "is the dashboard data real"],
    },
  },
  {
    id: "portal-handover-to-person",
    topic: "portal",
    question: { "zh-CN": "小镝客服回答不了，能转人工吗？", en: "The assistant can't answer. Can I talk to a person?" },
    answer: {
      "zh-CN":
        "可以。小镝客服可以把对话转给人工：转给您所在门户的工作人员；如果咨询关联您企业的评测、且企业有服务顾问，也会同时转给这位顾问。他们会在客服对话中回复（在同一设备或登录同一账号可以看到），您留了邮箱或已登录的，还会收到邮件通知。",
      en: "Yes. The assistant can hand the conversation to a person: your portal's staff, and, when the question concerns your firm's assessment and the firm has a consultant, that consultant too. They reply in the assistant (visible on the same device or when signed in to the same account), and by mail if you left an address or are signed in.",
    },
    alt: {
      "zh-CN": ["转人工", "我要找人工客服", "能联系工作人员吗", "找我的顾问"],
      en: ["talk to a human", "contact support staff", "hand over to my consultant"],
    },
  },
  // ── account ───────────────────────────────────────────────────────────────
  {
    id: "account-do-i-need-one",
    topic: "account",
    question: { "zh-CN": "做评测需要注册账号吗？", en: "Do I need an account to take the assessment?" },
    answer: {
      "zh-CN":
        "不需要，无需注册即可开始评测，随时保存，换设备也能凭续填链接继续。注册企业账号后，可以把评测保存到账号，在任何设备上登录查看本企业的评测与报告。顾问和门户管理员不能自行注册，需通过邀请加入。",
      en: "No: start without signing up, it saves as you go, and the resume link continues it on any device. With a firm account you can keep assessments in the account and read the firm's assessments and reports on any device after signing in. Consultants and portal administrators cannot sign up themselves; they join by invitation.",
    },
    alt: {
      "zh-CN": ["不注册能用吗", "一定要登录吗", "注册有什么好处"],
      en: ["use without an account", "must I sign in", "why register"],
    },
  },
  {
    id: "account-sign-up",
    topic: "account",
    question: { "zh-CN": "怎么注册企业账号？", en: "How do I sign up for a firm account?" },
    answer: {
      "zh-CN":
        "在注册页填写邮箱和密码（至少 10 位，不能与邮箱相同），姓名选填。系统一律提示“请查收邮件”：新邮箱会收到确认链接（一天内有效、只能用一次），点开确认后账号开通，再用注册时设的密码登录；已注册的邮箱会收到提醒邮件，引导您登录或重设密码。",
      en: "On the sign-up page give an e-mail and a password (at least 10 characters, not the e-mail itself); a name is optional. The answer is always “check your mail”: a new address gets a confirmation link (valid one day, single use) that opens the account, after which you sign in with the password you chose; an address that already has an account gets a notice pointing to sign-in or a password reset.",
    },
    alt: {
      "zh-CN": ["注册收不到邮件", "注册链接失效了", "密码有什么要求"],
      en: ["sign-up email not received", "confirmation link expired", "password rules"],
    },
  },
  {
    id: "account-forgot-password",
    topic: "account",
    question: { "zh-CN": "忘记密码怎么办？", en: "I forgot my password. What do I do?" },
    answer: {
      "zh-CN":
        "在登录页点“忘记密码？”，输入注册邮箱，系统会发送重设链接，一小时内有效、只能用一次；多次申请时只有最新的一封有效。重设密码后，所有设备上的登录都会失效，请用新密码重新登录。",
      en: "On the sign-in page choose “forgot password?” and enter your address: a reset link is mailed, valid for one hour and usable once; if you ask several times, only the newest works. After a reset every device is signed out; sign in again with the new password.",
    },
    alt: {
      "zh-CN": ["密码忘了", "重设密码链接过期", "怎么改密码"],
      en: ["reset password", "reset link expired", "change my password"],
    },
  },
  {
    id: "account-sign-out-everywhere",
    topic: "account",
    question: { "zh-CN": "退出登录、修改密码后其他设备会怎样？", en: "What happens on other devices when I sign out or change my password?" },
    answer: {
      "zh-CN":
        "点“退出登录”会退出该账号在所有设备上的登录。在“我的账号”修改密码后，其他设备也会退出，修改密码的这个浏览器保持登录。门户管理员取消您的角色时，您的登录也会失效，重新登录后按新的角色使用。",
      en: "“Sign out” signs the account out on every device. Changing the password under “my account” signs out the other devices, while the browser that made the change stays signed in. When a portal administrator takes a role away, your session ends too; sign in again to work with your current roles.",
    },
    alt: {
      "zh-CN": ["为什么我被退出登录了", "退出会影响手机上的登录吗", "怎么退出所有设备"],
      en: ["why was I signed out", "sign out of all devices", "logged out unexpectedly"],
    },
  },
  {
    id: "account-save-assessment",
    topic: "account",
    question: { "zh-CN": "怎么把匿名做的评测保存到我的账号？", en: "How do I save an anonymous assessment to my account?" },
    answer: {
      "zh-CN":
        "在评测结果页点“保存到我的账号”，未登录时先登录或注册。持有这份评测的续填链接即证明它属于您；保存后企业也归入您的账号，登录后在“我的账号”中查看评测与报告。已被其他账号保存的评测不能再保存；顾问客户的评测须通过顾问的邀请加入。",
      en: "On the result page choose “save to my account”, signing in or up first if needed. Holding the assessment's resume link proves it is yours; the firm then joins your account, and its assessments and reports appear under “my account”. An assessment another account already saved cannot be saved again; a consultant's client joins through the consultant's invitation.",
    },
    alt: {
      "zh-CN": ["评测怎么绑定账号", "保存到账号失败", "登录后看不到之前的评测"],
      en: ["link the assessment to my account", "claim my assessment", "my assessment is not in my account"],
    },
  },
  {
    id: "account-failed-sign-ins",
    topic: "account",
    question: { "zh-CN": "密码输错几次会被锁定吗？", en: "Will my account be locked after wrong passwords?" },
    answer: {
      "zh-CN": "不会锁定账号。连续输错后，下一次尝试需要等待一段时间，等待会逐渐加长，但有上限。看到“失败次数过多”提示时请稍后再试，或用“忘记密码？”重设密码。",
      en: "Accounts are never locked. After repeated failures each further attempt must wait a while, longer each time but capped. When you see “too many failed attempts”, try again later or reset the password with “forgot password?”.",
    },
    alt: {
      "zh-CN": ["提示失败次数过多", "登录不了一直等待", "账号被锁了"],
      en: ["too many attempts", "account locked", "cannot sign in after wrong password"],
    },
  },
  {
    id: "account-language-switch",
    topic: "account",
    question: { "zh-CN": "网站能切换成英文吗？", en: "Can the site be switched to English?" },
    answer: {
      "zh-CN": "可以。页眉中有语言切换，可在中文和 English 之间切换，选择会记在浏览器里；首次访问时按浏览器的语言显示。评测、结果、报告和 PDF 都有中英文版本。",
      en: "Yes. The switch in the header changes between 中文 and English, and the browser remembers the choice; a first visit follows the browser's language. The assessment, result, report and PDF all exist in both languages.",
    },
    alt: {
      "zh-CN": ["怎么换语言", "界面是英文的怎么改回中文", "有没有英文界面"],
      en: ["change language", "switch back to Chinese", "English interface"],
    },
  },
  {
    id: "account-roles",
    topic: "account",
    question: { "zh-CN": "账号有哪些角色？在哪里登录？", en: "Which roles are there, and where do I sign in?" },
    answer: {
      "zh-CN":
        "角色有企业用户、顾问、门户管理员和平台运营方，都使用同一个登录入口。登录后“我的账号”显示您在各门户的角色和对应的工作台（顾问工作台、门户管理等），也可在这里修改密码、退出登录。",
      en: "The roles are firm user, consultant, portal administrator and platform operator, all using the same sign-in page. After signing in, “my account” shows your roles per portal and links their workspaces (consultant workspace, portal administration and so on), and lets you change the password or sign out.",
    },
    alt: {
      "zh-CN": ["顾问在哪里登录", "我的工作台在哪", "一个账号能有几个角色"],
      en: ["where is the consultant login", "find my workspace", "several roles on one account"],
    },
  },
  // ── privacy ───────────────────────────────────────────────────────────────
  {
    id: "privacy-what-is-stored",
    topic: "privacy",
    question: { "zh-CN": "系统保存了我们哪些信息？", en: "What information does the system keep about us?" },
    answer: {
      "zh-CN":
        "保存的有：企业基本信息（名称、信用代码、行业、地区、人数、营收等）、各题回答和填写的数据、各题作答用时、检查页填写的业务和痛点、上传的文件、结果和报告的各个版本；有账号的还有邮箱、姓名和密码的哈希值（不保存明文密码）。这些内容连同上传的文件都保存在平台的数据库中。",
      en: "The firm's basic facts (name, credit code, industry, region, headcount, revenue and so on), every answer and figure, the time spent per question, the business and problems typed on the review page, uploaded files, and every version of results and reports; for accounts also the e-mail, name and a hash of the password (never the password itself). All of it, uploaded files included, is kept in the platform's database.",
    },
    alt: {
      "zh-CN": ["你们收集了哪些数据", "我的数据存在哪里", "密码安全吗"],
      en: ["what data do you collect", "where is my data stored", "is my password stored"],
    },
  },
  {
    id: "privacy-who-sees-what",
    topic: "privacy",
    question: { "zh-CN": "谁能看到我们企业的评测结果？", en: "Who can see our assessment results?" },
    answer: {
      "zh-CN":
        "能看到的有：企业本身（企业账号，或持有续填链接的人）、为企业服务的顾问、企业所在门户的管理员（只读）。被指定为企业改造项目服务商的顾问可以查看企业档案；同一门户中与企业无关的其他顾问和其他门户都看不到。顾问做的评测，企业看到的是顾问发布的版本。",
      en: "The firm itself (its account, or whoever holds the resume link), the consultant serving it, and the administrators of its portal (read only). A consultant named as provider of the firm's project can read the firm's file; other consultants of the portal and other portals cannot. For a consultant's assessment, the firm sees the version the consultant published.",
    },
    alt: {
      "zh-CN": ["别的企业能看到我们的分数吗", "数据会公开吗", "顾问能看到哪些企业"],
      en: ["can other firms see our score", "is our result public", "which firms can a consultant see"],
    },
  },
  {
    id: "privacy-portal-admins",
    topic: "privacy",
    question: { "zh-CN": "城市门户能看到我们企业的数据吗？", en: "Can the city portal see our firm's data?" },
    answer: {
      "zh-CN":
        "能。评测归入哪个门户，该门户的管理员就可以只读查看其中企业的评测、报告和佐证材料，在信息看板中统计，并可导出各企业最近一次结果的明细。开始评测时页面会写明将归入哪个平台，可在“所属服务平台”中改选；在门户页面或嵌入中开始的评测归入该门户。",
      en: "Yes. The administrators of the portal an assessment is filed under can read its firms' assessments, reports and evidence, count them on the dashboard and export each firm's latest result. The start page says which platform the assessment will be filed under and lets you choose another; an assessment started on a portal's pages or embed is filed under that portal.",
    },
    alt: {
      "zh-CN": ["政府能看到我们的评测吗", "门户管理员能看什么", "评测归到哪个平台"],
      en: ["can the government see our answers", "what do portal admins see", "which portal gets my data"],
    },
  },
  {
    id: "privacy-aggregates-small-groups",
    topic: "privacy",
    question: { "zh-CN": "同行对标和统计会泄露我们企业的数据吗？", en: "Do benchmarks and statistics reveal our firm's data?" },
    answer: {
      "zh-CN":
        "同行对标只显示百分位和中位数，不显示任何其他企业的名称或单独数据；可比企业不足 5 家时不给出百分位。信息看板的图表中，不足 5 家的分组不显示；筛选后不足 5 家时不显示统计数字。",
      en: "The peer benchmark shows only percentiles and medians, never another firm's name or figures; with fewer than 5 comparable firms no percentile is given. On the dashboard's charts, groups under 5 firms are left out, and a filtered set under 5 firms shows no figures.",
    },
    alt: {
      "zh-CN": ["对标会暴露我们吗", "统计数据匿名吗", "少于5家为什么不显示"],
      en: ["is the benchmark anonymous", "small groups hidden", "privacy of statistics"],
    },
  },
  {
    id: "privacy-llm-data",
    topic: "privacy",
    question: { "zh-CN": "我们的数据会发给大模型吗？", en: "Is our data sent to a language model?" },
    answer: {
      "zh-CN":
        "只有平台配置了大模型时才会：报告各章节依据评测计算出的事实撰写，您在检查页填写的主营业务和痛点只发给用到它们的章节，并作为数据而不是指令处理。大模型不决定等级、分数和补贴资格。未配置大模型时，报告由服务器上的模板撰写器生成。",
      en: "Only if the platform has a language model configured: the report's sections are written from the facts computed from the assessment, and the business and problems you typed go only to the sections that use them, treated as data, never as instructions. The model never decides the level, scores or subsidy eligibility. Without a model, the template writer on the server writes the report.",
    },
    alt: {
      "zh-CN": ["数据会不会被AI拿去", "用了哪家大模型", "报告生成会外发数据吗"],
      en: ["do you send data to AI", "which LLM is used", "is our text shared with a model"],
    },
  },
  {
    id: "privacy-delete-or-export",
    topic: "privacy",
    question: { "zh-CN": "能导出或删除我们的数据吗？", en: "Can we export or delete our data?" },
    answer: {
      "zh-CN":
        "可以下载 PDF 报告，也可以在“本机的评测与报告”中把多份报告打包成 ZIP 导出。佐证材料在评测提交前可以由上传的一方删除。目前网站上没有自助删除账号或已提交评测的功能。",
      en: "You can download PDF reports, and export several reports as one ZIP from “assessments and reports on this device”. Evidence can be removed by whoever uploaded it before the assessment is submitted. The site currently has no self-service deletion of an account or of a submitted assessment.",
    },
    alt: {
      "zh-CN": ["怎么注销账号", "能删除我的评测吗", "导出我的数据"],
      en: ["delete my account", "remove my assessment", "export my data"],
    },
  },
  {
    id: "privacy-audit-log",
    topic: "privacy",
    question: { "zh-CN": "谁操作过我们的数据，有记录吗？", en: "Is there a record of who did what with our data?" },
    answer: {
      "zh-CN":
        "有。审计日志记录登录（包括失败的登录）、密码修改、邀请和角色变更、报告发布、目录和设置修改、佐证材料的上传和删除、政策文件等操作，写明操作人和时间，登录记录还包括网络地址。门户管理员可按类别筛选查看本门户的审计日志。",
      en: "Yes. The audit log records sign-ins (failed ones too), password changes, invitations and role changes, report publications, catalogue and settings edits, evidence uploads and deletions, policy documents and more, with who and when; sign-in entries also hold the network address. Portal administrators can read their portal's log, filtered by kind.",
    },
    alt: {
      "zh-CN": ["操作记录在哪看", "有没有日志", "谁改过我们的设置"],
      en: ["audit trail", "activity log", "who accessed our data"],
    },
  },
  {
    id: "privacy-assistant",
    topic: "privacy",
    question: { "zh-CN": "我问小镝客服的问题会被保存吗？谁能看到？", en: "Are my questions to the assistant kept? Who sees them?" },
    answer: {
      "zh-CN":
        "提问的文字不保存，只按结果（已答、未找到、超出范围、转人工）和主题计数，供门户看板统计。若配置了大模型或向量服务，问题、相关资料和你本人的评测结果摘要会发送给该服务来生成回答。点“转人工”后，你留下的问题、之前的对话和联系邮箱会保存，门户工作人员和为你服务的顾问可以看到。",
      en: "The text of a question is not kept: only its outcome (answered, not found, out of scope, handed over) and topic are counted for the portal's dashboard. When a language or embeddings model is configured, the question, the passages found and a summary of your own result are sent to it to write the answer. After “Talk to a person”, your question, the conversation before and your email are kept, and the portal's staff and your consultant can read them.",
    },
    alt: {
      "zh-CN": ["聊天记录会不会留存", "客服会看到我的对话吗", "问的问题会发给大模型吗"],
      en: ["is the chat stored", "does the model see my data", "who reads my chat"],
    },
  },
];
