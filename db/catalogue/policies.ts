import policiesData from "../seed/data/policies.json";
import { parsePolicies, type PolicyEntry } from "./policy-schema";

export { parsePolicies, policyEntry, type Cap, type Clause, type PolicyEntry } from "./policy-schema";

/** Structured policies: the researched pilot policies, the 专精特新 criterion and two demo policies. */
export function loadPolicyCatalogue(raw: unknown = policiesData): PolicyEntry[] {
  return parsePolicies(raw);
}
