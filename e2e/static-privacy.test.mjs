// A static check that the widget cannot reach the network or storage: the wasm's import list (everything the Rust
// code can call in the browser) and the JS functions wasm-bindgen generated for it name no such API, and Cargo.toml
// enables no web-sys feature for one. A future change that adds one fails here, before any browser test.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { namesOf } from '../scripts/short-names.mjs';

const repo = new URL('..', import.meta.url);
const FORBIDDEN = /fetch|XMLHttpRequest|sendBeacon|WebSocket|EventSource|Storage|indexedDB|caches|cookie|serviceWorker|RTCPeer|postMessage|Worker/i;

// The wasm-bindgen names, before scripts/short-names.mjs shortened them in the shipped files (scripts/build keeps it).
const fullGlue = readFileSync(new URL('target/full-pkg/job_offer_check.js', repo), 'utf8');

for (const wasm of ['job_offer_check_bg.wasm', 'job_offer_check_counsellor_bg.wasm']) {
  test(`the wasm (${wasm}) imports no network, storage or messaging API`, () => {
    const bytes = readFileSync(new URL(`www/pkg/${wasm}`, repo));
    const { imports: names } = namesOf(fullGlue);
    const longName = new Map([...names].map(([long, short]) => [short, long]));
    const imports = WebAssembly.Module.imports(new WebAssembly.Module(bytes)).map((i) => longName.get(i.name) ?? i.name);
    assert.ok(imports.length > 10, 'the import list was read');
    assert.ok(imports.every((name) => name.startsWith('__wbg') || name.startsWith('__wbindgen')), 'every name is known');
    assert.deepEqual(imports.filter((name) => FORBIDDEN.test(name)), []);
  });
}

test('the JS functions the wasm can call use no network, storage or messaging API', () => {
  const glue = readFileSync(new URL('www/pkg/job_offer_check.js', repo), 'utf8');
  const start = glue.indexOf('function __wbg_get_imports(');
  assert.ok(start >= 0, 'found the import table in the glue');
  const end = glue.indexOf('\nfunction ', start + 1);
  const table = glue.slice(start, end > 0 ? end : undefined);
  assert.ok(table.includes('__wbg_'), 'the import table lists imported functions');
  const hits = table.split('\n').filter((line) => FORBIDDEN.test(line));
  assert.deepEqual(hits, []);
});

test('Cargo.toml enables no web-sys feature for the network or storage', () => {
  const cargo = readFileSync(new URL('Cargo.toml', repo), 'utf8');
  const features = [...cargo.matchAll(/web-sys\s*=\s*\{[^}]*features\s*=\s*\[([^\]]*)\]/g)].flatMap((m) =>
    m[1].split(',').map((f) => f.trim().replace(/"/g, '')).filter(Boolean),
  );
  assert.ok(features.includes('Element'), 'the feature list was read');
  const banned = /^(Request|RequestInit|Response|Headers|Storage|StorageManager|WebSocket|XmlHttpRequest|IdbFactory|Cache|CacheStorage|ServiceWorker|ServiceWorkerContainer|EventSource|Navigator|MessagePort|Worker|BroadcastChannel)$/;
  assert.deepEqual(features.filter((f) => banned.test(f)), []);
});
