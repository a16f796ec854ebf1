// The release bundle, after scripts/build: dist/<version>/ (or DIST_DIR) with the minified loader (the loader, the
// widget API and the wasm-bindgen glue in one file, carrying the sha384 of every file it fetches), the CSS, the wasm,
// the fallback, the CSS source, the iframe, standalone and counsellor pages, snippet.html with the exact embed code and its SRI hash
// (and snippet-instant.html, the same with the first screen in the page),
// and SHA384SUMS; and the npm package in pkg/ (or NPM_DIR). The same sources give the same bytes.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { APP_FILES, FETCHED, repo, version, writeBuildId } from './build-info.mjs';

const out = process.env.DIST_DIR ?? join(repo, 'dist', version);
const npm = process.env.NPM_DIR ?? join(repo, 'pkg');
const baseUrl = process.env.DIST_BASE_URL ?? `https://YOUR-HOST/job-offer-check/${version}/`;
const www = (path) => join(repo, 'www', path);

const sri = (path) => `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;

async function bundle(entry, outfile, integrity) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    minify: true,
    legalComments: 'none',
    target: 'es2022',
    define: { JOC_INTEGRITY: JSON.stringify(integrity) },
    logLevel: 'warning',
  });
}

function copy(from, to) {
  mkdirSync(join(to, '..'), { recursive: true });
  cpSync(from, to);
}

function files(dir) {
  return readdirSync(dir)
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]))
    .sort();
}

// The files the loader fetches, with their hashes baked into it. (The CSS and the first screen are inside the loader.)
const integrity = Object.fromEntries(FETCHED.map((f) => [f, sri(www(f))]));

rmSync(out, { recursive: true, force: true });
for (const f of FETCHED) copy(www(f), join(out, f));
copy(www('job-offer-check.css'), join(out, 'job-offer-check.css'));
await bundle(www('job-offer-check.js'), join(out, 'job-offer-check.js'), integrity);
for (const f of ['frame.html', 'frame.js', 'frame.css', ...APP_FILES.map((f) => `app/${f}`), 'app/sw.js']) {
  copy(www(f), join(out, f));
}
writeBuildId(out, ['job-offer-check.js', ...FETCHED]);

const loaderSri = sri(join(out, 'job-offer-check.js'));
writeFileSync(
  join(out, 'snippet.html'),
  `<!-- Job Offer Check ${version}: paste where the check should appear (WordPress: a "Custom HTML" block). -->
<script type="module" src="${baseUrl}job-offer-check.js" integrity="${loaderSri}" crossorigin="anonymous"></script>
<job-offer-check lang="ur"></job-offer-check>
`,
);
// The same, with the first screen in the page itself (a declarative shadow root with the stylesheet inline), so it
// paints before the loader arrives; the host's style-src must allow its two inline styles (the stylesheet, and the
// one that shows the fallback when JavaScript is off), by their hashes.
const block = execFileSync('cargo', ['run', '--quiet', '--bin', 'job-offer-check', '--', 'embed-block', 'ur'], { cwd: repo, encoding: 'utf8' });
const styleHash = [...block.matchAll(/<style>([^<]*)<\/style>/g)]
  .map(([, style]) => `'sha256-${createHash('sha256').update(style).digest('base64')}'`)
  .join(' ');
writeFileSync(
  join(out, 'snippet-instant.html'),
  `<!-- Job Offer Check ${version}, with its first screen in the page: it shows before the script arrives. Paste where the
     check should appear. The host's Content-Security-Policy needs style-src ${styleHash} (or 'unsafe-inline'). -->
<script type="module" src="${baseUrl}job-offer-check.js" integrity="${loaderSri}" crossorigin="anonymous"></script>
<job-offer-check lang="ur">
${block}
</job-offer-check>
`,
);
writeFileSync(
  join(out, 'SHA384SUMS'),
  files(out)
    .filter((f) => !f.endsWith('SHA384SUMS'))
    .map((f) => `${sri(f)}  ${relative(out, f)}`)
    .join('\n') + '\n',
);

// The npm package: the widget API (widget.js, glue inlined) as index.js, with the files it fetches beside it.
rmSync(npm, { recursive: true, force: true });
for (const f of FETCHED) copy(www(f), join(npm, f));
await bundle(www('widget.js'), join(npm, 'index.js'), integrity);
copy(join(repo, 'npm/README.md'), join(npm, 'README.md'));
// wasm-pack's package.json for the crate (name, version, description, licence).
const generated = JSON.parse(readFileSync(join(repo, 'target/full-pkg/package.json'), 'utf8'));
writeFileSync(
  join(npm, 'package.json'),
  `${JSON.stringify(
    {
      name: generated.name,
      version: generated.version,
      description: generated.description,
      license: generated.license,
      type: 'module',
      main: 'index.js',
      module: 'index.js',
      exports: { '.': './index.js' },
      files: ['index.js', ...FETCHED, 'README.md'],
      sideEffects: false,
    },
    null,
    2,
  )}\n`,
);

console.log(`dist: ${relative(repo, out)} (loader ${loaderSri}); npm package: ${relative(repo, npm)}`);
