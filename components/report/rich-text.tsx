import type { ReactNode } from "react";
import { byLocale } from "@/lib/i18n/localized";
import type { ReportView } from "@/lib/reports/service";

const REFERENCE = /\[\[(solution|policy):([a-z0-9-]+)\]\]/g;

/** Report text with [[solution:…]] and [[policy:…]] references shown by their catalogue names. */
export function RichText({
  text,
  references,
  demoMark,
  locale,
}: {
  text: string;
  references: ReportView["references"];
  demoMark: string;
  locale: "zh-CN" | "en";
}) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(REFERENCE)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    const id = m[2]!;
    if (m[1] === "solution") {
      const s = references.solutions[id];
      parts.push(
        <span key={`${m.index}-s`} className="font-medium" data-solution={id}>
          {s ? byLocale(locale, { "zh-CN": `「${s.name}」（${s.provider}）`, en: `“${s.name}” (${s.provider})` }) : id}
        </span>,
      );
    } else {
      const p = references.policies[id];
      parts.push(
        p ? (
          <a key={`${m.index}-p`} href={p.href} className="font-medium text-brand underline" data-policy={id}>
            {byLocale<ReactNode>(locale, { "zh-CN": `《${p.title}》`, en: <cite>{p.title}</cite> })}
            {p.demo ? demoMark : ""}
          </a>
        ) : (
          <span key={`${m.index}-p`}>{id}</span>
        ),
      );
    }
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts}</>;
}
