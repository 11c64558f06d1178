import type { Locale } from "@/lib/i18n/locales";
import { median, type getTemplate, type PeerResult } from "@/scoring";

type Template = ReturnType<typeof getTemplate>;

/** The axes of the radar: the three scored dimensions and the scene groups, each in percent. */
export interface RadarAxis {
  key: string;
  label: string;
  value: number;
  peerMedian: number | null;
}

/** A result on the radar's axes (dimensions, then scene groups), in percent with one decimal. */
export function radarValues(t: Template, dims: Readonly<Record<string, number>>, scenes: Readonly<Record<string, number>>): number[] {
  const values = t.def.dimensions.map((d) => ((dims[d.code] ?? 0) / d.max) * 100);
  for (const g of t.def.sceneGroups) {
    const members = t.scenes.filter((s) => s.def.group === g.code);
    const avg = members.reduce((sum, s) => sum + (scenes[s.code] ?? 0), 0) / Math.max(1, members.length);
    values.push((avg / 4) * 100);
  }
  return values.map((v) => Math.round(v * 10) / 10);
}

/** The peers' median on every radar axis (stored with the benchmark), or null without peers. */
export function peerRadarMedians(t: Template, peers: readonly PeerResult[]): number[] | null {
  if (peers.length === 0) return null;
  const radars = peers.map((p) => radarValues(t, p.dimensions, p.scenes));
  return radarValues(t, {}, {}).map((_, i) => median(radars.map((r) => r[i] ?? 0).sort((a, b) => a - b)));
}

/** The radar of a result, with the stored peers' median on every axis when there is one. */
export function radarAxes(t: Template, mine: PeerResult, peerMedians: readonly number[] | null, locale: Locale): RadarAxis[] {
  const mineRadar = radarValues(t, mine.dimensions, mine.scenes);
  const labels = [...t.def.dimensions.map((d) => d.label[locale]), ...t.def.sceneGroups.map((g) => g.label[locale])];
  const keys = [...t.def.dimensions.map((d) => d.code), ...t.def.sceneGroups.map((g) => `scenes:${g.code}`)];
  return keys.map((k, i) => ({ key: k, label: labels[i] ?? k, value: mineRadar[i] ?? 0, peerMedian: peerMedians ? (peerMedians[i] ?? null) : null }));
}
