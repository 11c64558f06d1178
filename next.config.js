/** Every path but the embed routes (proxy.ts gives those a per-portal frame-ancestors). */
export const NOT_EMBED = "/((?!embed/).*)";

/**
 * Every path but the embed routes and the downloads of stored files (evidence, report PDF, export
 * archive), whose route sets `Content-Security-Policy: sandbox; …` (lib/http/download.ts).
 */
export const NOT_EMBED_NOR_DOWNLOAD =
  "/((?!embed/|api/assessments/[^/]+/evidence/[^/]+$|api/assessments/[^/]+/report/pdf$|api/exports/[^/]+/download$|api/tenants/[^/]+/projects/[^/]+/acceptance-pack$|api/tenants/[^/]+/projects/[^/]+/documents/[^/]+$|api/tenants/[^/]+/projects/[^/]+/subsidy-applications/[^/]+/files/[^/]+$).*)";

/**
 * Security headers for every route. Embed routes (issue: city portals) will get a per-tenant
 * frame-ancestors instead; everything else refuses to be framed.
 * @type {import('next').NextConfig}
 */
const nextConfig = {
  poweredByHeader: false,
  // Types are checked by \`npm run check\` (part of \`npm test\`); the build's own check doubled the CPU
  // time of every build (about 40 s on two cores) for nothing new.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  // Loaded from node_modules at run time: PGlite and HiGHS ship wasm (and data) files, pdfkit its font metrics.
  serverExternalPackages: ["@electric-sql/pglite", "pdfkit", "pdfjs-dist", "nodemailer", "highs"],
  async headers() {
    return [
      {
        source: NOT_EMBED,
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
      // A header set here replaces the route's own: the downloads send theirs (sandbox, and frame-ancestors 'none').
      { source: NOT_EMBED_NOR_DOWNLOAD, headers: [{ key: "Content-Security-Policy", value: "frame-ancestors 'none'" }] },
    ];
  },
};

export default nextConfig;
