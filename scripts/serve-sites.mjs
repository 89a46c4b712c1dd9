#!/usr/bin/env node
/**
 * Tiny dependency-free static server for the demo booking systems in tests/fixtures/sites/.
 *
 *   node scripts/serve-sites.mjs [port]        # default 4173, listens on 127.0.0.1
 *
 * Programmatic use (Playwright global setup, demo script):
 *
 *   import { startSiteServer } from './scripts/serve-sites.mjs';
 *   const server = await startSiteServer({ port: 0, extraRoots: { '/real/': REAL_PAGES_ROOT } });
 *   // server.origin === 'http://127.0.0.1:<port>'
 *   await server.close();
 *
 * Every response carries `Cache-Control: no-store`. Paths that escape the served folder (`..`,
 * encoded `..`, symlinks pointing outside) are refused with 403. Directories without an
 * index.html get a plain listing; `/` of the main root is a generated index of the demo sites.
 */
import { createReadStream, promises as fs, realpathSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The repository root (the folder holding package.json). */
export const REPO_ROOT = path.resolve(here, '..');
/** Default folder served at `/`. */
export const SITES_ROOT = path.join(REPO_ROOT, 'tests', 'fixtures', 'sites');
/** Reference pages from other projects, kept outside the repository (may be absent). */
export const REAL_PAGES_ROOT = path.resolve(REPO_ROOT, '..', 'shared', 'real-pages');

/**
 * The demo booking systems. `patientPath(id)` is the URL path (relative to the origin) that opens
 * the booking screen for fake patient `id`.
 */
export const DEMO_SITES = Object.freeze([
  {
    id: 'gp-form',
    path: '/gp-form/',
    name: 'Riverside Surgery',
    kind: 'Server-rendered GP booking form (coded alerts in the patient banner, <select> slot type)',
    patientPath: (id) => `/gp-form/?patient=${encodeURIComponent(id)}`,
  },
  {
    id: 'spa',
    path: '/spa/',
    name: 'Northgate Health Centre',
    kind: 'Single-page app: late render, pushState routes, controlled radios/select, slot-card grid',
    patientPath: (id) => `/spa/?view=patient&id=${encodeURIComponent(id)}`,
  },
  {
    id: 'iframe',
    path: '/iframe/',
    name: 'Valley Medical Practice',
    kind: 'Booking form inside a same-origin iframe; needs only in free-text notes',
    patientPath: (id) => `/iframe/?patient=${encodeURIComponent(id)}`,
  },
]);

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

const BASE_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
};

export function contentTypeFor(filePath) {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

function escapeHtml(text) {
  return String(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );
}

function page(title, body) {
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Arial,sans-serif;margin:0;color:#1d2733;background:#f5f7f9;line-height:1.45}
main{max-width:62rem;margin:0 auto;padding:1rem 1.5rem 3rem}
.demo-ribbon{background:#ffeb3b;color:#222;text-align:center;font-weight:700;padding:.35rem;margin:0}
h1{font-size:1.6rem}
table{border-collapse:collapse;background:#fff;width:100%}
th,td{border:1px solid #c8d1da;padding:.4rem .6rem;text-align:left;vertical-align:top}
a{color:#0b57a4}
code{background:#e8edf2;padding:0 .25rem;border-radius:3px}
</style>
</head>
<body>
<aside class="demo-ribbon" aria-label="Demo notice">Demo booking system - fictional patients</aside>
<main>
${body}
</main>
</body>
</html>
`;
}

function normalisePrefix(prefix) {
  let p = String(prefix);
  if (!p.startsWith('/')) p = `/${p}`;
  if (!p.endsWith('/')) p = `${p}/`;
  if (p === '/' || p.split('/').some((s) => s === '..' || s === '.')) {
    throw new TypeError(`extraRoots: invalid URL prefix ${JSON.stringify(prefix)}`);
  }
  return p;
}

function isInside(root, candidate) {
  const rel = path.relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

async function realpathOrNull(p) {
  try {
    return await fs.realpath(p);
  } catch {
    return null;
  }
}

async function statOrNull(p) {
  try {
    return await fs.stat(p);
  } catch {
    return null;
  }
}

/** Reads the fake patients from <root>/common/patients.js without touching this process's globals. */
async function loadPatients(root) {
  try {
    const code = await fs.readFile(path.join(root, 'common', 'patients.js'), 'utf8');
    const context = vm.createContext({});
    vm.runInContext(code, context, { filename: 'patients.js', timeout: 1000 });
    return Array.isArray(context.DemoPatients) ? context.DemoPatients : [];
  } catch {
    return [];
  }
}

async function rootIndexHtml(root, mounts) {
  const patients = await loadPatients(root);
  const sites = [];
  for (const site of DEMO_SITES) {
    const st = await statOrNull(path.join(root, site.id, 'index.html'));
    if (st?.isFile()) sites.push(site);
  }
  const siteItems = sites
    .map(
      (s) =>
        `<li><a href="${escapeHtml(s.path)}">${escapeHtml(s.name)}</a> <code>${escapeHtml(s.path)}</code> – ${escapeHtml(s.kind)}</li>`,
    )
    .join('\n');
  const header = sites.map((s) => `<th scope="col">${escapeHtml(s.name)}</th>`).join('');
  const rows = patients
    .map((p) => {
      const cells = sites
        .map(
          (s) =>
            `<td><a href="${escapeHtml(s.patientPath(p.id))}">${escapeHtml(p.id)} on ${escapeHtml(s.id)}</a></td>`,
        )
        .join('');
      return `<tr><th scope="row">${escapeHtml(p.id)} – ${escapeHtml(p.name)}<br><small>${escapeHtml(p.summary ?? '')}</small></th>${cells}</tr>`;
    })
    .join('\n');
  const extra = mounts
    .filter((m) => m.prefix !== '/')
    .map((m) => `<li><a href="${escapeHtml(m.prefix)}">${escapeHtml(m.prefix)}</a></li>`)
    .join('\n');
  return page(
    'Equity Prompts – demo booking systems',
    `<h1>Equity Prompts – demo booking systems</h1>
<p>These booking screens are fakes written for testing and demonstrating the Equity Prompts extension.
Every patient, NHS number and clinician is fictional.</p>
<h2>Sites</h2>
<ul>
${siteItems}
</ul>
<h2>Patients on each site</h2>
<table>
<thead><tr><th scope="col">Patient</th>${header}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
${extra ? `<h2>Other mounted folders</h2>\n<ul>\n${extra}\n</ul>` : ''}`,
  );
}

async function directoryListingHtml(urlPath, dir) {
  const entries = (await fs.readdir(dir, { withFileTypes: true }))
    .filter((e) => !e.name.startsWith('.'))
    .sort((a, b) => a.name.localeCompare(b.name));
  const items = entries
    .map((e) => {
      const name = e.isDirectory() ? `${e.name}/` : e.name;
      return `<li><a href="${escapeHtml(encodeURIComponent(e.name) + (e.isDirectory() ? '/' : ''))}">${escapeHtml(name)}</a></li>`;
    })
    .join('\n');
  return page(
    `Index of ${urlPath}`,
    `<h1>Index of ${escapeHtml(urlPath)}</h1>\n<p><a href="../">Up</a></p>\n<ul>\n${items}\n</ul>`,
  );
}

function send(req, res, status, body, type = 'text/html; charset=utf-8', extraHeaders = {}) {
  const buf = Buffer.from(body, 'utf8');
  res.writeHead(status, {
    ...BASE_HEADERS,
    'Content-Type': type,
    'Content-Length': buf.length,
    ...extraHeaders,
  });
  res.end(req.method === 'HEAD' ? undefined : buf);
}

function sendError(req, res, status, title, message, extraHeaders = {}) {
  const body = `<h1>${status} ${escapeHtml(title)}</h1>\n<p>${escapeHtml(message)}</p>\n<p><a href="/">Demo sites index</a></p>`;
  send(req, res, status, page(`${status} ${title}`, body), 'text/html; charset=utf-8', extraHeaders);
}

async function sendFile(req, res, filePath, st) {
  res.writeHead(200, {
    ...BASE_HEADERS,
    'Content-Type': contentTypeFor(filePath),
    'Content-Length': st.size,
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  await pipeline(createReadStream(filePath), res);
}

async function handle(req, res, mounts) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendError(req, res, 405, 'Method not allowed', 'Only GET and HEAD are supported.', {
      Allow: 'GET, HEAD',
    });
    return;
  }
  let url;
  let pathname;
  try {
    url = new URL(req.url ?? '/', 'http://localhost');
    pathname = decodeURIComponent(url.pathname);
  } catch {
    sendError(req, res, 400, 'Bad request', 'The URL could not be decoded.');
    return;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) {
    sendError(req, res, 400, 'Bad request', 'The URL contains characters that are not allowed.');
    return;
  }

  // Longest prefix first; the main root ('/') is last.
  const mount = mounts.find((m) => pathname.startsWith(m.prefix) || `${pathname}/` === m.prefix);
  if (!mount) {
    sendError(req, res, 404, 'Not found', `Nothing is served at ${pathname}.`);
    return;
  }
  if (`${pathname}/` === mount.prefix) {
    send(req, res, 301, '', 'text/plain; charset=utf-8', { Location: `${url.pathname}/${url.search}` });
    return;
  }

  const rel = pathname.slice(mount.prefix.length);
  const segments = rel.split('/');
  if (segments.some((s) => s === '..')) {
    sendError(req, res, 403, 'Forbidden', 'That path is outside the served folder.');
    return;
  }
  if (segments.some((s) => s.startsWith('.') && s !== '')) {
    sendError(req, res, 404, 'Not found', `No file at ${pathname}.`);
    return;
  }

  const root = mount.dir;
  const candidate = path.resolve(root, ...segments.filter(Boolean));
  if (!isInside(root, candidate)) {
    sendError(req, res, 403, 'Forbidden', 'That path is outside the served folder.');
    return;
  }
  const realRoot = (await realpathOrNull(root)) ?? root;
  const real = await realpathOrNull(candidate);
  if (real === null) {
    if (mount.prefix === '/' && pathname === '/') {
      send(req, res, 200, await rootIndexHtml(root, mounts));
      return;
    }
    sendError(req, res, 404, 'Not found', `No file at ${pathname}.`);
    return;
  }
  if (!isInside(realRoot, real)) {
    sendError(req, res, 403, 'Forbidden', 'That path is outside the served folder.');
    return;
  }

  const st = await statOrNull(real);
  if (!st) {
    sendError(req, res, 404, 'Not found', `No file at ${pathname}.`);
    return;
  }
  if (st.isDirectory()) {
    if (!pathname.endsWith('/')) {
      send(req, res, 301, '', 'text/plain; charset=utf-8', { Location: `${url.pathname}/${url.search}` });
      return;
    }
    const indexPath = path.join(real, 'index.html');
    const indexSt = await statOrNull(indexPath);
    if (indexSt?.isFile()) {
      await sendFile(req, res, indexPath, indexSt);
      return;
    }
    if (mount.prefix === '/' && pathname === '/') {
      send(req, res, 200, await rootIndexHtml(root, mounts));
      return;
    }
    send(req, res, 200, await directoryListingHtml(pathname, real));
    return;
  }
  if (!st.isFile()) {
    sendError(req, res, 404, 'Not found', `No file at ${pathname}.`);
    return;
  }
  await sendFile(req, res, real, st);
}

/**
 * Starts the demo-site server on 127.0.0.1 (or `host`).
 * @param {{ port?: number, host?: string, root?: string, extraRoots?: Record<string, string> }} [options]
 *   port 0 (default) picks a free port. extraRoots mounts other folders under URL prefixes,
 *   e.g. `{ '/real/': REAL_PAGES_ROOT }`.
 * @returns {Promise<{ origin: string, port: number, close(): Promise<void> }>}
 */
export async function startSiteServer({
  port = 0,
  host = '127.0.0.1',
  root = SITES_ROOT,
  extraRoots = {},
} = {}) {
  const mounts = Object.entries(extraRoots)
    .map(([prefix, dir]) => ({ prefix: normalisePrefix(prefix), dir: path.resolve(dir) }))
    .sort((a, b) => b.prefix.length - a.prefix.length);
  mounts.push({ prefix: '/', dir: path.resolve(root) });

  const server = createServer((req, res) => {
    handle(req, res, mounts).catch((err) => {
      if (!res.headersSent) {
        sendError(req, res, 500, 'Server error', String(err?.message ?? err));
      } else {
        res.destroy(err);
      }
    });
  });

  await new Promise((resolve, reject) => {
    const onError = (err) => {
      server.off('listening', onListening);
      reject(err);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });

  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const hostForUrl = host.includes(':') ? `[${host}]` : host;
  let closing = null;
  return {
    origin: `http://${hostForUrl}:${actualPort}`,
    port: actualPort,
    close() {
      closing ??= new Promise((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections?.();
      });
      return closing;
    },
  };
}

function isMain() {
  if (!process.argv[1]) return false;
  try {
    return (
      pathToFileURL(realpathSync(process.argv[1])).href ===
      pathToFileURL(realpathSync(fileURLToPath(import.meta.url))).href
    );
  } catch {
    return false;
  }
}

async function main() {
  const arg = process.argv[2] ?? process.env.PORT ?? '4173';
  const port = Number(arg);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Usage: node scripts/serve-sites.mjs [port]   (got ${JSON.stringify(arg)})`);
    process.exit(2);
  }
  const extraRoots = {};
  const realSt = await statOrNull(REAL_PAGES_ROOT);
  if (realSt?.isDirectory()) extraRoots['/real/'] = REAL_PAGES_ROOT;

  let server;
  try {
    server = await startSiteServer({ port, extraRoots });
  } catch (err) {
    console.error(
      err?.code === 'EADDRINUSE'
        ? `Port ${port} is already in use. Try: node scripts/serve-sites.mjs 0`
        : `Could not start the demo-site server: ${err?.message ?? err}`,
    );
    process.exit(1);
  }
  const { origin } = server;
  const lines = [`Demo booking systems (fictional patients) at ${origin}/`];
  for (const site of DEMO_SITES) {
    lines.push(`  ${site.name.padEnd(26)} ${origin}${site.path}`);
    lines.push(`  ${''.padEnd(26)} e.g. ${origin}${site.patientPath('p3')}`);
  }
  for (const prefix of Object.keys(extraRoots)) {
    lines.push(`  ${'Reference pages'.padEnd(26)} ${origin}${prefix}`);
  }
  lines.push('Press Ctrl+C to stop.');
  console.log(lines.join('\n'));

  const stop = () => {
    server.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (isMain()) {
  await main();
}
