/** What an API key may do, one scope per kind of data and access (each one an endpoint uses). */
export const API_SCOPES = ["firms:read", "assessments:read", "assessments:write", "reports:read", "projects:read", "dashboard:read", "catalogue:read"] as const;
export type ApiScope = (typeof API_SCOPES)[number];
