/**
 * The pages the service serves: the first page (static files from public/) and /docs
 * (generated HTML). No inline script or style anywhere, so the CSP can forbid both; every
 * piece of text put into generated HTML goes through escapeHtml.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { API_DESCRIPTION, openApiDocument, ROUTES } from './openapi.ts';

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
  assets.set('/docs.css', { body: Buffer.from(DOCS_CSS), type: 'text/css; charset=utf-8' });
  return assets;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** `code` and **bold** in our own fixed docs text, after escaping (so nothing else can become markup). */
function inlineMarkup(text: string): string {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
}

/** The /docs page's stylesheet: one column, readable from 360 px up; long JSON scrolls inside its box. */
export const DOCS_CSS = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"PingFang SC","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;color:#1b1f24;background:#f6f7f9}
main.apidocs{max-width:60rem;margin:0 auto;padding:1rem;overflow-wrap:anywhere}
h1{font-size:1.5rem;margin:.5rem 0 1rem}
h2{font-size:1.05rem;margin:0 0 .4rem;display:flex;flex-wrap:wrap;gap:.4rem;align-items:baseline}
h2 code{overflow-wrap:anywhere;font-size:.95rem}
.intro p{margin:.5rem 0}
code{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;font-size:.9em;background:#eef0f3;padding:0 .2em;border-radius:3px;overflow-wrap:anywhere}
pre{margin:.4rem 0;padding:.6rem;background:#0f1720;color:#e6edf3;border-radius:6px;overflow-x:auto;max-height:24rem;font-size:.8rem;line-height:1.4}
pre code{background:none;padding:0;color:inherit;overflow-wrap:normal}
.route{background:#fff;border:1px solid #dde1e6;border-radius:8px;padding:.8rem;margin:.8rem 0}
.method{font:700 .75rem/1 ui-monospace,monospace;padding:.3rem .45rem;border-radius:4px;color:#fff;background:#57606a}
.method.post{background:#1a7f37}.method.get{background:#0969da}.method.patch,.method.put{background:#9a6700}.method.delete{background:#cf222e}
.meta{font-size:.85rem;color:#57606a;margin:.2rem 0}
.codes{display:flex;flex-wrap:wrap;gap:.3rem;margin:.3rem 0;padding:0;list-style:none}
.codes li{font:.75rem ui-monospace,monospace;border:1px solid #d0d7de;border-radius:10px;padding:.05rem .45rem}
details{margin:.3rem 0}summary{cursor:pointer;font-size:.9rem;color:#0969da}
nav.toc ul{padding-left:1.1rem;columns:2 18rem;font-size:.9rem}
nav.toc a{overflow-wrap:anywhere}
@media (max-width:480px){main.apidocs{padding:.6rem}.route{padding:.6rem}h1{font-size:1.25rem}}
`;

export function docsPage(): string {
  type Op = { operationId: string; requestBody?: { content: Record<string, { example?: unknown; schema?: unknown }> }; parameters?: unknown[]; responses: Record<string, { description: string }> };
  const doc = openApiDocument() as { paths: Record<string, Record<string, Op>> };
  const intro = API_DESCRIPTION.split('\n\n').map((para) => `<p>${inlineMarkup(para.replace(/\n/g, ' '))}</p>`).join('\n');
  const toc = ROUTES.map((r) => {
    const op = doc.paths[r.path]?.[r.method];
    return `<li><a href="#${escapeHtml(op?.operationId ?? '')}">${escapeHtml(r.method.toUpperCase())} ${escapeHtml(r.path)}</a></li>`;
  }).join('');
  const sections = ROUTES.map((r) => {
    const op = doc.paths[r.path]?.[r.method];
    if (!op) return '';
    const json = op.requestBody?.content['application/json'];
    const example = json?.example !== undefined ? `<p class="meta">示例 · Example</p><pre><code>${escapeHtml(JSON.stringify(json.example, null, 2))}</code></pre>` : '';
    const schema = json?.schema ? `<details><summary>请求结构 · Request schema</summary><pre><code>${escapeHtml(JSON.stringify(json.schema, null, 2))}</code></pre></details>` : '';
    const params = op.parameters?.length ? `<details><summary>参数 · Parameters</summary><pre><code>${escapeHtml(JSON.stringify(op.parameters, null, 2))}</code></pre></details>` : '';
    const codes = Object.entries(op.responses).map(([c, v]) => `<li title="${escapeHtml(v.description)}">${escapeHtml(c)}</li>`).join('');
    return `<section class="route" id="${escapeHtml(op.operationId)}"><h2><span class="method ${escapeHtml(r.method)}">${escapeHtml(r.method.toUpperCase())}</span> <code>${escapeHtml(r.path)}</code></h2>
<p>${escapeHtml(r.summary)}</p><p class="meta">operationId <code>${escapeHtml(op.operationId)}</code> · 访问 · Access: ${escapeHtml(r.access)}</p>
<ul class="codes" aria-label="status codes">${codes}</ul>${example}${params}${schema}</section>`;
  }).join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>fanzha API 文档</title><link rel="stylesheet" href="/docs.css"></head>
<body><main class="apidocs"><h1>fanzha 反诈 API</h1>
<section class="intro"><p>机器可读的文档 · Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1, generates a client).</p>
${intro}</section>
<nav class="toc" aria-label="endpoints"><ul>${toc}</ul></nav>
${sections}
<p><a href="/">← 返回检测页</a></p></main></body></html>`;
}
