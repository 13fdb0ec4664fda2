/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // PGlite loads its WebAssembly and data files from its own package folder; pg has optional native parts.
  serverExternalPackages: ["@letta-ai/letta-client", "@electric-sql/pglite", "pg"],
  experimental: {
    // proxy.ts makes Next.js buffer request bodies up to this size; agent file uploads go up to 10 MB.
    proxyClientMaxBodySize: "12mb",
  },
  async headers() {
    // No other site may frame the ADE (its login page and buttons included).
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
        ],
      },
    ];
  },
};

export default nextConfig;
