// The release bundle, after scripts/build: dist/<version>/ (or DIST_DIR) with the minified loader (the loader, the
// widget API and the wasm-bindgen glue in one file, carrying the sha384 of every file it fetches), the CSS, the wasm,
// the fallback, the CSS source, the iframe, standalone and counsellor pages, snippet.html with the exact embed code and
// its SRI hash (and snippet-instant.html, the same with the first screen in the page), BUILD-INFO (the tools that made
// the bytes) and SHA384SUMS (as `sha384sum -c` reads it); the rolling channel dist/<channel>/ (see `channel` in
// build-info.mjs), whose loader loads this version's; and the npm package in pkg/ (or NPM_DIR). The same sources and
// tools give the same bytes. JOC_VERSION overrides the version, DIST_WWW the built www/ folder (the tests' second
// release).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { minify } from 'terser';
import { APP_FILES, FETCHED, channelOf, filesUnder, repo, toolVersions, version as crateVersion, writeBuildId } from './build-info.mjs';
import { FILES as PLUGIN_FILES } from '../npm/esbuild.mjs';

const version = process.env.JOC_VERSION ?? crateVersion;
const channel = channelOf(version);
const distRoot = process.env.DIST_ROOT ?? join(repo, 'dist');
const out = process.env.DIST_DIR ?? join(distRoot, version);
const npm = process.env.NPM_DIR ?? join(repo, 'pkg');
const baseUrl = process.env.DIST_BASE_URL ?? `https://YOUR-HOST/job-offer-check/${version}/`;
// (As text: a URL object would write the placeholder host YOUR-HOST in lower case.)
const rollingUrl = baseUrl.replace(/[^/]+\/$/, `${channel}/`);
const www = (path) => join(process.env.DIST_WWW ?? join(repo, 'www'), path);

// The room a snippet keeps for the widget until it shows, so the page does not move as it loads; the widget keeps that
// height afterwards (--job-offer-check-reserve). It follows the viewport's width, a little above the first screen's
// height at each width (EMBEDDING.md "No layout shift" has the figures).
const RESERVE = { ur: 'display:block;--job-offer-check-reserve:clamp(480px, 1050px - 70vw, 860px);min-height:var(--job-offer-check-reserve)' };

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

// The release loader is minified twice: esbuild bundles and minifies, then terser compresses the result further.
// Why: terser's compressor (two passes, only its safe transforms) takes about 0.6 KB gzip more off the loader than
// esbuild's minifier alone, which the first-use download needed to stay under its ceiling with issue 18's additions.
// What breaks it: a terser release that mis-compiles something; the end-to-end tests run the release loader
// (e2e/distribution.test.mjs) and would show it. What to do then: pin the last good terser, or drop this step (the
// loader works the same, 0.6 KB larger).
async function compress(file) {
  const { code } = await minify(readFileSync(file, 'utf8'), { module: true, ecma: 2022, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  writeFileSync(file, code);
}

function copy(from, to) {
  mkdirSync(join(to, '..'), { recursive: true });
  cpSync(from, to);
}

// The files the loader fetches, with their hashes baked into it. (The CSS and the first screen are inside the loader.)
const integrity = Object.fromEntries(FETCHED.map((f) => [f, sri(www(f))]));

rmSync(out, { recursive: true, force: true });
for (const f of FETCHED) copy(www(f), join(out, f));
copy(www('job-offer-check.css'), join(out, 'job-offer-check.css'));
await bundle(www('job-offer-check.js'), join(out, 'job-offer-check.js'), integrity);
await compress(join(out, 'job-offer-check.js'));
for (const f of ['frame.html', 'frame.js', 'frame.css', ...APP_FILES.map((f) => `app/${f}`), 'app/sw.js']) {
  copy(www(f), join(out, f));
}
writeBuildId(out, ['job-offer-check.js', ...FETCHED]);

const loaderSri = sri(join(out, 'job-offer-check.js'));
writeFileSync(
  join(out, 'snippet.html'),
  `<!-- Job Offer Check ${version}: paste where the check should appear (WordPress: a "Custom HTML" block). -->
<script type="module" src="${baseUrl}job-offer-check.js" integrity="${loaderSri}" crossorigin="anonymous"></script>
<job-offer-check lang="ur" style="${RESERVE.ur}"></job-offer-check>
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
writeFileSync(join(out, 'BUILD-INFO'), `job-offer-check ${version}\n${toolVersions().map(([tool, v]) => `${tool} ${v}`).join('\n')}\n`);
const hex = (path) => createHash('sha384').update(readFileSync(path)).digest('hex');
writeFileSync(
  join(out, 'SHA384SUMS'),
  filesUnder(out)
    .filter((f) => f !== 'SHA384SUMS')
    .map((f) => `${hex(join(out, f))}  ${f}`)
    .join('\n') + '\n',
);

// The rolling channel: a loader that loads this version's (so the wasm and fallback it fetches are this version's,
// checked against the hashes in it, and never a newer file under an older loader), the frame page and the offline
// pages with it. Only these few files change when a release moves the channel on; the host serves them with a short
// cache (EMBEDDING.md).
const rolling = join(out, '..', channel);
rmSync(rolling, { recursive: true, force: true });
mkdirSync(rolling, { recursive: true });
writeFileSync(
  join(rolling, 'job-offer-check.js'),
  `// Job Offer Check, rolling channel ${channel}: the latest compatible release, now ${version}.\nexport * from '../${version}/job-offer-check.js';\n`,
);
for (const f of ['frame.html', 'frame.js', 'frame.css', ...APP_FILES.map((f) => `app/${f}`), 'app/sw.js']) copy(join(out, f), join(rolling, f));
// The offline pages here keep this release's files, so a bookmark of the channel's pages gets each new release.
mkdirSync(join(rolling, 'pkg'), { recursive: true });
writeBuildId(rolling, ['job-offer-check.js', ...['job-offer-check.js', ...FETCHED].map((f) => `../${version}/${f}`)]);
writeFileSync(
  join(rolling, 'snippet.html'),
  `<!-- Job Offer Check, rolling channel ${channel} (now ${version}): content fixes arrive by themselves; no SRI on this tag,
     the loader it loads checks every file it fetches. Paste where the check should appear. -->
<script type="module" src="${rollingUrl}job-offer-check.js"></script>
<job-offer-check lang="ur" style="${RESERVE.ur}"></job-offer-check>
`,
);

// The npm package: the widget API (widget.js, glue inlined) as index.js, with the files it fetches beside it.
rmSync(npm, { recursive: true, force: true });
for (const f of FETCHED) copy(www(f), join(npm, f));
await bundle(www('widget.js'), join(npm, 'index.js'), integrity);
if (JSON.stringify(PLUGIN_FILES) !== JSON.stringify(FETCHED)) throw new Error('npm/esbuild.mjs: FILES must equal FETCHED in scripts/build-info.mjs');
const NPM_OWN = ['README.md', 'index.d.ts', 'esbuild.mjs', 'esbuild.d.ts'];
for (const f of NPM_OWN) copy(join(repo, 'npm', f), join(npm, f));
for (const f of ['LICENSE-MIT', 'LICENSE-APACHE']) copy(join(repo, f), join(npm, f));
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
      keywords: ['recruitment fraud', 'human trafficking', 'migration', 'pakistan', 'urdu', 'widget', 'webassembly'],
      type: 'module',
      main: 'index.js',
      module: 'index.js',
      types: 'index.d.ts',
      exports: {
        '.': { types: './index.d.ts', default: './index.js' },
        './esbuild': { types: './esbuild.d.ts', default: './esbuild.mjs' },
        ...Object.fromEntries(FETCHED.map((f) => [`./${f}`, `./${f}`])),
        './package.json': './package.json',
      },
      files: ['index.js', ...FETCHED, ...NPM_OWN, 'LICENSE-MIT', 'LICENSE-APACHE'],
      sideEffects: false,
    },
    null,
    2,
  )}\n`,
);

console.log(`dist: ${relative(repo, out)} (loader ${loaderSri}), rolling ${relative(repo, rolling)}; npm package: ${relative(repo, npm)}`);
