// The built app's Content-Security-Policy, as a meta tag in index.html: scripts only from
// Arbor's own origin (no inline scripts, no eval), requests to any http(s) endpoint the user
// configures (model providers and MCP servers, localhost included), images only from Arbor,
// `data:` and `blob:`. Inline styles stay allowed: React's style props and KaTeX set them, and a
// style runs no code. Only the build gets it: the dev server's hot reload injects inline scripts.
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "connect-src 'self' http: https:",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'arbor-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}
