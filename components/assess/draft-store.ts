import { deviceStorage } from "../client/token-store";

/**
 * What the questionnaire keeps on the device besides the resume token (../client/token-store): answers
 * not yet confirmed by the server, so that nothing typed is lost on reload, a back button or a failed request.
 */

export type AnswerValue = string | string[] | number;
export type Figures = Record<string, number>;

export interface Pending {
  answers: Record<string, AnswerValue | null>;
  evidence: Record<string, Figures | null>;
  timings: Record<string, number>;
  currentStep?: string;
}

export const emptyPending = (): Pending => ({ answers: {}, evidence: {}, timings: {} });

export function isEmpty(p: Pending): boolean {
  return Object.keys(p.answers).length === 0 && Object.keys(p.evidence).length === 0 && Object.keys(p.timings).length === 0 && !p.currentStep;
}

const draftKey = (id: string) => `shuzhen:draft:${id}`;

export function readPending(id: string): Pending | null {
  const raw = deviceStorage()?.getItem(draftKey(id));
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<Pending>;
    return { answers: parsed.answers ?? {}, evidence: parsed.evidence ?? {}, timings: parsed.timings ?? {}, currentStep: parsed.currentStep };
  } catch {
    return null;
  }
}

export function writePending(id: string, pending: Pending): void {
  const s = deviceStorage();
  if (!s) return;
  if (isEmpty(pending)) s.removeItem(draftKey(id));
  else s.setItem(draftKey(id), JSON.stringify(pending));
}

/** Removes from `pending` what was sent, unless it changed again while the request was in flight. */
export function settle(pending: Pending, sent: Pending): Pending {
  const keep = <T>(now: Record<string, T>, was: Record<string, T>) => {
    const out: Record<string, T> = {};
    for (const [k, v] of Object.entries(now)) if (!(k in was) || JSON.stringify(was[k]) !== JSON.stringify(v)) out[k] = v;
    return out;
  };
  const timings: Record<string, number> = {};
  for (const [k, v] of Object.entries(pending.timings)) {
    const rest = v - (sent.timings[k] ?? 0);
    if (rest > 0.5) timings[k] = rest;
  }
  return {
    answers: keep(pending.answers, sent.answers),
    evidence: keep(pending.evidence, sent.evidence),
    timings,
    currentStep: pending.currentStep !== sent.currentStep ? pending.currentStep : undefined,
  };
}
