import type { CSSProperties } from "react";

const HEX = /^#[0-9a-f]{6}$/i;

/** CSS variables that put a portal's colours on our components (globals.css reads --brand, --brand-accent). */
export function brandStyle(primary: string | null, accent: string | null): CSSProperties {
  const style: Record<string, string> = {};
  if (primary && HEX.test(primary)) {
    style["--brand"] = primary;
    style["--brand-strong"] = primary;
  }
  if (accent && HEX.test(accent)) style["--brand-accent"] = accent;
  return style as CSSProperties;
}
