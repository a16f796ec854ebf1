// The development and test server: serves www/ on 127.0.0.1 with the right MIME types (wasm as application/wasm, so
// instantiateStreaming works) and no third-party anything. `node scripts/server.mjs --port 8080`, or import
// { startServer } from tests.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../www/', import.meta.url));

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
  '/test/no-wasm-csp.html': {
    'Content-Security-Policy': "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; frame-src 'self'",
  },
  '/test/no-wasm-no-frame-csp.html': {
    'Content-Security-Policy': "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; frame-src 'none'",
  },
};

/** Starts the server; resolves to { url, close } once it listens. Port 0 picks a free port. */
export function startServer({ port = 0, host = '127.0.0.1' } = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = VENDOR[path] ?? normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!VENDOR[path] && !file.startsWith(root.endsWith(sep) ? root : root + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        ...(PAGE_HEADERS[path] ?? {}),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
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
  const { url } = await startServer({ port: at > 0 ? Number(process.argv[at + 1]) : 8080 });
  console.log(`Job Offer Check is served on ${url}`);
  console.log(`  partner demo page: ${url}/demo.html`);
  console.log(`  standalone page:   ${url}/app/index.html`);
  console.log(`  counsellor mode:   ${url}/app/counsellor.html`);
  console.log(`  strict CSP page:   ${url}/strict-csp.html`);
  console.log('Press Ctrl+C to stop.');
}
