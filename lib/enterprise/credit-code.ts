/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet, the last one a check
 * character computed from the first 17 with fixed weights.
 */

const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export type CreditCodeProblem = "length" | "characters" | "check_digit";

export type CreditCodeCheck = { valid: true; code: string; divisionCode: string } | { valid: false; problem: CreditCodeProblem; expectedCheck?: string };

/** Upper-cases and strips spaces and hyphens, as people type codes copied from licences. */
export function normalizeCreditCode(input: string): string {
  return input.replace(/[\s-]/g, "").toUpperCase();
}

export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17.charAt(i));
    if (value < 0) throw new RangeError(`not a credit-code character: ${first17.charAt(i)}`);
    sum += value * (WEIGHTS[i] ?? 0);
  }
  const check = (31 - (sum % 31)) % 31;
  return ALPHABET.charAt(check);
}

export function checkCreditCode(input: string): CreditCodeCheck {
  const code = normalizeCreditCode(input);
  if (code.length !== 18) return { valid: false, problem: "length" };
  if (!SHAPE.test(code)) return { valid: false, problem: "characters" };
  const expected = creditCodeCheckCharacter(code.slice(0, 17));
  if (code.charAt(17) !== expected) return { valid: false, problem: "check_digit", expectedCheck: expected };
  // Characters 3–8: the GB/T 2260 division of the registering authority, used to prefill the region.
  return { valid: true, code, divisionCode: code.slice(2, 8) };
}

export function isValidCreditCode(input: string): boolean {
  return checkCreditCode(input).valid;
}
