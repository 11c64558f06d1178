import type { Page } from "playwright-core";

/** Words a Chinese reader meets in Chinese text too: brands, standards, formats, systems, units. */
const ALLOWED = new Set(
  (
    "Shuzhen PDF CSV Excel xlsx OCR API LLM ERP MES CRM PLM SCM WMS SRM EAM APS QMS EHS HR OA BI AI IoT SaaS IT CAD CAE CAM CAPP " +
    "SCADA DCS PLC RFID AGV ISO IATF GMP HACCP KPI ID URL MIIT PaddleOCR ONNX JSON zip ZIP kWh MB KB GB TB Mbps Wi Fi WiFi Wi-Fi " +
    "App APP app Web PC SME OEE ROI CNC DNC MRP MRPII PDM LIMS TMS DMS SPC FMEA PPAP MSA APQP Cpk NC 5G IPv6 VPN VR AR RPA EDI " +
    "GPU CPU SQL HTTP HTTPS HTML email Email e-mail iframe Tab Enter Esc Ctrl Shift Alt Ok OK QR WCAG AA PNG JPEG JPG " +
    "IP UTF README EMS English http https HiGHS token"
  ).split(" "),
);

/**
 * Latin words of a text, without e-mail addresses, web addresses, codes (F.IS, PRODUCT_DESIGN,
 * data-region, shuzhen:step, the Authorization header) and file names. ("English" is the language
 * switch, a language named in itself.)
 */
export function latinWords(text: string): string[] {
  const stripped = text
    .replace(/[\w.+-]+@[\w.-]+/g, " ")
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/Authorization: Bearer <\w+>/g, " ")
    .replace(/\b[A-Z][A-Z0-9]*([._][A-Z0-9]+)+\b/g, " ")
    .replace(/\b[a-z0-9]+([-:][a-z0-9]+)+\b/g, " ")
    .replace(/[^\s，。、；：（）()]+\.(pdf|png|jpe?g|zip|csv|xlsx|txt)\b/gi, " ");
  return [...stripped.matchAll(/[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]/g)].map((m) => m[0]).filter((w) => w.length > 1 && !ALLOWED.has(w));
}

/**
 * The page's visible text a reader reads: code (<code>, <pre>…) is the developer's, and text marked
 * lang="en" a name given in English.
 */
export function readerText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const skip = "code, pre, kbd, samp, script, style, [lang='en'], [lang='en-US']";
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest(skip) || !el.checkVisibility()) continue;
      parts.push(n.textContent ?? "");
    }
    return parts.join(" ");
  });
}

/** Latin words on the page outside code and English names, each with the words around it. */
export async function latinWordsOn(page: Page): Promise<string[]> {
  const text = await readerText(page);
  return [...new Set(latinWords(text))].map((w) => {
    const at = text.indexOf(w);
    return `${w} ‹${text.slice(Math.max(0, at - 20), at + w.length + 20).replace(/\s+/g, " ")}›`;
  });
}
