/**
 * Security headers for every route. Embed routes (issue: city portals) will get a per-tenant
 * frame-ancestors instead; everything else refuses to be framed.
 * @type {import('next').NextConfig}
 */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Loaded from node_modules at run time: PGlite ships wasm and data files, pdfkit its font metrics.
  serverExternalPackages: ["@electric-sql/pglite", "pdfkit", "pdfjs-dist", "nodemailer"],
  async headers() {
    return [
      {
        source: "/((?!embed/).*)",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
    ];
  },
};

export default nextConfig;
