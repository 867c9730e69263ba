// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Tests and CI build into their own folder so they never clobber a running app's build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // forbidden() answers a learner who opens a teacher page with a real 403 and app/forbidden.tsx.
  // serverActions.bodySizeLimit: the same 1 MB as lib/http/action-guard.ts, which refuses larger posts with a 413
  // before Next would fail on them with a 500.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "1mb" } },
};

export default nextConfig;
