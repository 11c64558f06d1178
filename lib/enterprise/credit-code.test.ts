import { describe, expect, it } from "vitest";
import { checkCreditCode, creditCodeCheckCharacter, isValidCreditCode, normalizeCreditCode } from "./credit-code";

// Published codes of well-known firms (from their business licences) and the GB 32100 example.
const VALID: readonly [string, string, string][] = [
  ["GB 32100 example", "91350100M000100Y43", "350100"],
  ["腾讯 (深圳市腾讯计算机系统有限公司)", "91440300708461136T", "440300"],
  ["阿里巴巴（中国）有限公司", "91330100799655058B", "330100"],
  ["华为技术有限公司", "914403001922038216", "440300"],
  ["小米科技有限责任公司", "91110108551385082Q", "110108"],
  ["中国石油化工股份有限公司", "91110000710926094P", "110000"],
  ["百度在线网络技术（北京）有限公司", "91110000802100433B", "110000"],
];

describe("统一社会信用代码", () => {
  it.each(VALID)("accepts %s", (_name, code, division) => {
    expect(checkCreditCode(code)).toEqual({ valid: true, code, divisionCode: division });
  });

  it("normalises spaces, hyphens and lower case", () => {
    expect(normalizeCreditCode(" 9135 0100-m000100y43 ")).toBe("91350100M000100Y43");
    expect(isValidCreditCode("91350100m000100y43")).toBe(true);
  });

  it("computes the check character", () => {
    for (const [, code] of VALID) expect(creditCodeCheckCharacter(code.slice(0, 17))).toBe(code.charAt(17));
  });

  it.each([
    ["one character changed", "91350100M000100Y44", "check_digit"],
    ["two digits swapped", "91530100M000100Y43", "check_digit"],
    ["17 characters", "91350100M000100Y4", "length"],
    ["19 characters", "91350100M000100Y433", "length"],
    ["letter I (not in the alphabet)", "91350100MI00100Y43", "characters"],
    ["letter O", "91350100MO00100Y43", "characters"],
    ["letters in the division code", "91AB0100M000100Y43", "characters"],
    ["empty", "", "length"],
  ])("rejects %s", (_name, code, problem) => {
    const result = checkCreditCode(code);
    expect(result.valid).toBe(false);
    if (!result.valid) expect(result.problem).toBe(problem);
  });

  it("names the expected check character for a typo in the last place", () => {
    expect(checkCreditCode("91350100M000100Y44")).toEqual({ valid: false, problem: "check_digit", expectedCheck: "3" });
  });
});
