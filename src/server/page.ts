/**
 * The pages the service serves: the first page (static files from public/) and /docs
 * (generated HTML). No inline script or style anywhere, so the CSP can forbid both; every
 * piece of text put into generated HTML goes through escapeHtml.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openApiDocument, ROUTES } from './openapi.ts';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

const PUBLIC_DIR = fileURLToPath(new URL('../../public/', import.meta.url));
const MODULES_DIR = fileURLToPath(new URL('../../node_modules/', import.meta.url));

/**
 * The one UI approach for every page (citizen and staff): Preact with htm tagged templates, no
 * build step. htm's standalone module bundles Preact and its hooks in one ES module without bare
 * imports, so it loads under the strict CSP without an import map. Served from the installed
 * package, never a CDN. ECharts (the console's charts) likewise.
 */
const VENDOR: [string, string, string][] = [
  ['/vendor/preact-htm.mjs', 'htm/preact/standalone.mjs', 'text/javascript; charset=utf-8'],
  ['/vendor/echarts.min.js', 'echarts/dist/echarts.min.js', 'text/javascript; charset=utf-8'],
];

export interface StaticAsset {
  body: Buffer;
  type: string;
}

/** Read once at start: the assets are small and this keeps the request path free of disk I/O. */
export function loadAssets(): Map<string, StaticAsset> {
  const files: [string, string, string][] = [
    ['/', 'index.html', 'text/html; charset=utf-8'],
    ['/app.js', 'app.js', 'text/javascript; charset=utf-8'],
    ['/app.css', 'app.css', 'text/css; charset=utf-8'],
  ];
  const assets = new Map<string, StaticAsset>();
  for (const [route, file, type] of files) assets.set(route, { body: readFileSync(PUBLIC_DIR + file), type });
  for (const [route, file, type] of VENDOR) assets.set(route, { body: readFileSync(MODULES_DIR + file), type });
  assets.set('/docs', { body: Buffer.from(docsPage()), type: 'text/html; charset=utf-8' });
  return assets;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

export function docsPage(): string {
  const doc = openApiDocument() as { paths: Record<string, Record<string, { requestBody?: unknown; parameters?: unknown }>> };
  const sections = ROUTES.map((r) => {
    const op = doc.paths[r.path]?.[r.method];
    const body = op?.requestBody ? `<details><summary>请求 · Request</summary><pre>${escapeHtml(JSON.stringify(op.requestBody, null, 2))}</pre></details>` : '';
    const params = op?.parameters ? `<details><summary>参数 · Parameters</summary><pre>${escapeHtml(JSON.stringify(op.parameters, null, 2))}</pre></details>` : '';
    return `<section class="route"><h2><span class="method">${escapeHtml(r.method.toUpperCase())}</span> <code>${escapeHtml(r.path)}</code></h2>
<p>${escapeHtml(r.summary)}</p><p class="access">访问 · Access: ${escapeHtml(r.access)}</p>${params}${body}</section>`;
  }).join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>fanzha API 文档</title><link rel="stylesheet" href="/app.css"></head>
<body><main class="docs"><h1>fanzha 反诈 API</h1>
<p>机器可读的文档 · Machine-readable: <a href="/openapi.json">/openapi.json</a>. 错误格式 · Errors: <code>{"error":{"code","message"}}</code>.
Staff, partner and admin endpoints need <code>Authorization: Bearer &lt;key&gt;</code>.</p>
${sections}
<p><a href="/">← 返回检测页</a></p></main></body></html>`;
}
