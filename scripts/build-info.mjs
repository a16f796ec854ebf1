// What a build is made of, named once: the project's version, the files the loader fetches, the files of a
// development build, the files the offline pages' worker keeps, and the build id that tells that worker a new build is
// there. Used by scripts/build (through the command below), scripts/dist.mjs, the tests and the benchmark.
//
// `node scripts/build-info.mjs www` writes www/pkg/build-id.js for the development build and prints the size of each
// of its files.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The repository's root folder. */
export const repo = fileURLToPath(new URL('..', import.meta.url));

/** The version in Cargo.toml: the crate's, the release's and the npm package's. */
export const version = readFileSync(join(repo, 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"/m)[1];

/**
 * The rolling channel a version belongs to: its major version. Every release of one major version keeps every embed
 * working, before 1.0 too (this project's rule, which scripts/release states: a change a partner page must adapt to
 * is a new major version), so a partner on the channel gets every fix, minor releases included.
 */
export function channelOf(v) {
  return v.split('.')[0];
}

/** The tools that made a build's bytes, as [tool, version] pairs: what an outsider needs to make the same bytes. */
export function toolVersions() {
  const run = (cmd, ...args) => execFileSync(cmd, args, { cwd: repo, encoding: 'utf8' }).trim();
  const npmVersion = (name) => JSON.parse(readFileSync(join(repo, 'node_modules', name, 'package.json'), 'utf8')).version;
  return [
    ['rustc', run('rustc', '--version')],
    ['wasm-bindgen', run('wasm-bindgen', '--version')],
    ['wasm-pack', run('wasm-pack', '--version')],
    ['binaryen', npmVersion('binaryen')],
    ['esbuild', npmVersion('esbuild')],
    ['terser', npmVersion('terser')],
    ['node', process.version],
  ];
}

/** Every file under `dir`, as paths relative to it, sorted: what a release folder or a package holds. */
export function filesUnder(dir) {
  const walk = (d) => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  return walk(dir).map((f) => relative(dir, f)).sort();
}

/** The files the loader fetches at run time; a release's loader carries the hash of each (scripts/dist.mjs). */
export const FETCHED = [
  'pkg/job_offer_check_bg.wasm',
  'pkg/job_offer_check_counsellor_bg.wasm',
  'pkg/job-offer-check-counsellor.css',
  'pkg/fallback.json',
];

/** The standalone and counsellor pages' own files, in app/. */
export const APP_FILES = ['index.html', 'counsellor.html', 'standalone.css', 'counsellor.css', 'offline.js'];

/**
 * The script modules of a development build in www/: the loader, the widget's modules, the generated first screen and
 * the wasm glue (a release bundles them all into job-offer-check.js).
 */
export function devModules(www) {
  const parts = readdirSync(join(www, 'widget')).filter((f) => f.endsWith('.js')).sort().map((f) => `widget/${f}`);
  return ['job-offer-check.js', 'widget.js', ...parts, 'pkg/first-screen.js', 'pkg/job_offer_check.js'];
}

/**
 * Writes `pkg/build-id.js` in `dir` (www/ or a release folder), which the offline worker (app/sw.js) imports: the
 * files it keeps, relative to app/ (the pages' own and `widgetFiles`, relative to `dir`), and the build id, a hash of
 * all their contents, so that a change to any of them installs the worker again.
 */
export function writeBuildId(dir, widgetFiles) {
  const files = [...APP_FILES.map((f) => `app/${f}`), ...widgetFiles];
  const hash = createHash('sha256');
  for (const f of files) hash.update(readFileSync(join(dir, f)));
  const id = hash.digest('hex').slice(0, 16);
  const kept = ['./', ...APP_FILES, ...widgetFiles.map((f) => `../${f}`)];
  writeFileSync(join(dir, 'pkg/build-id.js'), `self.BUILD_ID = '${id}';\nself.BUILD_FILES = ${JSON.stringify(kept)};\n`);
  return id;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const www = join(repo, process.argv[2] ?? 'www');
  const files = [...devModules(www), ...FETCHED];
  writeBuildId(www, files);
  console.log(`${'file'.padEnd(44)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}`);
  for (const f of files) {
    const bytes = readFileSync(join(www, f));
    console.log(`${f.padEnd(44)} ${String(bytes.length).padStart(10)} ${String(gzipSync(bytes, { level: 9 }).length).padStart(10)}`);
  }
}
