import { assessEn } from "./assess.en";
import type { MessageKey } from "./zh-CN";

export const en: Record<MessageKey, string> = {
  ...assessEn,
  "app.name": "Shuzhen",
  "app.tagline": "SME digital maturity diagnosis",
  "meta.title": "Shuzhen · SME digital maturity diagnosis",
  "meta.description":
    "Assess your firm's digital level online by the MIIT 2024 SME digital-level indicators: benchmark, the cheapest path to level 2, matching solutions and the subsidies you can claim.",
  "nav.skip": "Skip to main content",
  "nav.home": "Home",
  "nav.primary": "Main navigation",
  "nav.model": "The model",
  "nav.audiences": "Who it is for",
  "lang.label": "Language",
  "lang.switchTo": "切换到中文",
  "lang.current": "Current language: English",
  "lang.zh": "中文",
  "lang.en": "English",
  "landing.hero.eyebrow": "Based on the MIIT 2024 indicators",
  "landing.hero.title": "Your firm's digital level in 15 minutes",
  "landing.hero.lead":
    "Shuzhen computes your level 1–4 by the official SME digital-level indicators (2024 edition), explains where every point comes from, and shows the least-effort way to level 2, the solutions that fit and the pilot subsidies you can apply for.",
  "landing.hero.start": "Start the assessment",
  "landing.hero.learn": "About the model",
  "landing.hero.note": "No account needed to start; your answers are saved and can be resumed on another device.",
  "landing.get.title": "What you get",
  "landing.get.level.title": "Your digital level",
  "landing.get.level.body":
    "Total score, the three scored dimensions and the levels of 16 business scenes, judged level 1–4 by the official rule; every point traces back to an answer.",
  "landing.get.benchmark.title": "Peer benchmark",
  "landing.get.benchmark.body":
    "Your percentile among firms of the same industry, city and size; when there are too few, we say which wider group was used.",
  "landing.get.path.title": "Cheapest path up",
  "landing.get.path.body": "Which answers and scenes to raise to reach the next level and level 2, as the combination that takes the least effort.",
  "landing.get.solutions.title": "Matching solutions",
  "landing.get.solutions.body":
    "Small, fast, light and precise solutions per scene and step; at most two per provider in any list, to stay vendor-neutral.",
  "landing.get.subsidy.title": "Subsidies to claim",
  "landing.get.subsidy.body": "Your city's pilot policies checked condition by condition, quoting the clause, with an estimated amount.",
  "landing.how.title": "How it works",
  "landing.how.step1.title": "Enter your firm's basics",
  "landing.how.step1.body": "Industry, region, staff and revenue; we derive the size class and whether the firm is above designated size.",
  "landing.how.step2.title": "Answer the questions",
  "landing.how.step2.body": "About 15–25 minutes. Enter real figures such as equipment counts and we derive the band for you.",
  "landing.how.step3.title": "See your result and report",
  "landing.how.step3.body": "Your level and gaps appear right after you submit; the full diagnostic report follows and can be downloaded as PDF.",
  "landing.model.title": "The model",
  "landing.model.lead":
    "Four dimensions: three are scored in points (100 in all), and digital operations is judged as the levels of 16 business scenes.",
  "landing.model.foundation": "Digital foundation",
  "landing.model.management": "Digital management",
  "landing.model.effect": "Digital results",
  "landing.model.operations": "Digital operations",
  "landing.model.points": "{points} points",
  "landing.model.scenes": "{count} scenes",
  "landing.model.levels":
    "The level depends on the total score, the number of scenes at that level or above and how many of them are constrained scenes, evaluated from level 4 down.",
  "landing.model.disclaimer":
    "Results here are a self-assessment for reference; the official level is the one rated by the authorities or the bodies they appoint.",
  "landing.audiences.title": "Who it is for",
  "landing.audiences.sme.title": "SMEs",
  "landing.audiences.sme.body": "Self-assess, see the gaps, and find the way to level 2 and to subsidies; reassess later to see progress.",
  "landing.audiences.consultant.title": "Service providers and consultants",
  "landing.audiences.consultant.body":
    "Diagnose many client firms on site or remotely, attach evidence, review the report and hand over a branded PDF.",
  "landing.audiences.city.title": "City service portals",
  "landing.audiences.city.body":
    "Embed the assessment in your own portal under your brand and follow your city's firms on a dashboard.",
  "footer.rights": "Shuzhen 数诊",
  "footer.basis":
    "Basis: MIIT General Office, SME Digital Level Evaluation Indicators (2024 edition), 工信厅企业〔2024〕56号.",
  "footer.health": "Service status",
  "notFound.title": "Page not found",
  "notFound.body": "The page you asked for does not exist or has been removed.",
  "notFound.home": "Back to the home page",
};
