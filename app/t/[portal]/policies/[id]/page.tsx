// The same page under a portal's prefix (/t/<portal>/…): a route of its own, so that proxy.ts marks the
// portal with a header and never rewrites the URL (a rewrite across host names became a proxied loop).
export { default, generateMetadata } from "@/app/policies/[id]/page";
export const dynamic = "force-dynamic";
