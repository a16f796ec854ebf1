// The development and test server: serves www/ on 127.0.0.1 with the right MIME types (wasm as application/wasm, so
// instantiateStreaming works) and no third-party anything, and the release bundle under /dist/ with the headers a
// production host should send (see EMBEDDING.md, "Self-hosting"): long caching of versioned files, brotli or gzip,
// and, with --cors, Access-Control-Allow-Origin. `node scripts/server.mjs --port 8080 [--cors]`, or import
// { startServer } from tests.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const WWW = fileURLToPath(new URL('../www/', import.meta.url));
const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.wasm', '.json', '.svg', '.txt']);

/** Third-party files that only the hostile-host test page uses, served from node_modules. */
const VENDOR = {
  '/vendor/bootstrap.min.css': fileURLToPath(new URL('../node_modules/bootstrap/dist/css/bootstrap.min.css', import.meta.url)),
};

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Extra response headers for pages that test the widget under a host's Content-Security-Policy. */
const PAGE_HEADERS = {
  '/strict-csp.html': {
    'Content-Security-Policy':
      "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'none'",
  },
  // The widget's own page for iframes carries its own policy, whatever the host page's.
  '/frame.html': {
    'Content-Security-Policy':
      "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'none'; base-uri 'none'",
  },
  '/test/trusted-types.html': {
    'Content-Security-Policy':
      "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types job-offer-check",
  },
  '/test/trusted-types-no-policy.html': {
    'Content-Security-Policy':
      "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'",
  },
  '/test/no-wasm-csp.html': {
    'Content-Security-Policy': "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; frame-src 'self'",
  },
  '/test/no-wasm-no-frame-csp.html': {
    'Content-Security-Policy': "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; frame-src 'none'",
  },
};

/** A folder's path as its index.html, as web servers serve it. */
function withIndex(path) {
  return path.endsWith('/') ? `${path}index.html` : path;
}

/** The file for a request path: /dist/... from the release bundle, /vendor/... from node_modules, else www/. */
function fileFor(path) {
  if (VENDOR[path]) return VENDOR[path];
  const [root, rest] = path.startsWith('/dist/') ? [DIST, path.slice('/dist'.length)] : [WWW, path];
  const file = normalize(join(root, withIndex(rest)));
  return file.startsWith(root.endsWith(sep) ? root : root + sep) ? file : null;
}

/**
 * Starts the server; resolves to { url, close } once it listens. Port 0 picks a free port. `root` serves another
 * directory instead of www/ (used to test the npm package); `cors` adds Access-Control-Allow-Origin: *. `pages` maps
 * extra paths to HTML pages made on the fly, `{ body, headers }`, served like files (the benchmark's variants).
 * `onRequest({ method, path })` is awaited before each request is answered (tests log requests, or hold one); if it
 * resolves to `{ status, body }`, that is the answer instead (a test's missing file). `immutable` serves every file
 * with a year's immutable caching, as a host that caches everything long would.
 */
export function startServer({ port = 0, host = '127.0.0.1', cors = false, root = null, pages = {}, onRequest = null, immutable = false } = {}) {
  // Compressed bodies by file, encoding and contents, as a production host keeps precompressed files: compressing on
  // every request (brotli at its best level takes tenths of a second) would be measured as transfer time.
  const compressed = new Map();
  const compress = (file, encoding, body) => {
    const key = `${encoding} ${file}`;
    const hit = compressed.get(key);
    if (hit && hit.source.equals(body)) return hit.body;
    const out = encoding === 'br' ? brotliCompressSync(body) : gzipSync(body, { level: 9 });
    compressed.set(key, { source: body, body: out });
    return out;
  };
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const answer = await onRequest?.({ method: req.method, path });
    if (answer) {
      res.writeHead(answer.status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end(answer.body ?? '');
      return;
    }
    const page = Object.hasOwn(pages, path) ? pages[path] : null;
    const file = page ? path : root ? normalize(join(root, withIndex(path))) : fileFor(path);
    if (!file || (root && !page && !file.startsWith(root))) {
      res.writeHead(403).end();
      return;
    }
    try {
      let body = page ? Buffer.from(page.body) : await readFile(file);
      const ext = page ? '.html' : extname(file);
      const headers = {
        'Content-Type': TYPES[ext] ?? 'application/octet-stream',
        'Cache-Control': immutable || /^\/dist\/\d+\.\d+\.\d+\//.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        Vary: 'Accept-Encoding',
        ...(PAGE_HEADERS[path] ?? (path.endsWith('/frame.html') ? PAGE_HEADERS['/frame.html'] : {})),
        ...page?.headers,
      };
      if (cors) headers['Access-Control-Allow-Origin'] = '*';
      const accepts = req.headers['accept-encoding'] ?? '';
      if (COMPRESSIBLE.has(ext) && /\bbr\b/.test(accepts)) {
        body = compress(file, 'br', body);
        headers['Content-Encoding'] = 'br';
      } else if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(accepts)) {
        body = compress(file, 'gzip', body);
        headers['Content-Encoding'] = 'gzip';
      }
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...(cors ? { 'Access-Control-Allow-Origin': '*' } : {}) }).end('Not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(port, host, () => {
      const url = `http://${host}:${server.address().port}`;
      resolve({ url, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--port');
  const { url } = await startServer({ port: at > 0 ? Number(process.argv[at + 1]) : 8080, cors: process.argv.includes('--cors') });
  console.log(`Job Offer Check is served on ${url}`);
  console.log(`  partner demo page: ${url}/demo.html`);
  console.log(`  standalone page:   ${url}/app/index.html`);
  console.log(`  counsellor mode:   ${url}/app/counsellor.html`);
  console.log(`  strict CSP page:   ${url}/strict-csp.html`);
  console.log('Press Ctrl+C to stop.');
}
