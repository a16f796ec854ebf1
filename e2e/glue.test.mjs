// The check that lets one wasm-bindgen glue run both wasm files (scripts/glue.mjs): it accepts the shipped glue for
// the visitor's wasm, and refuses a glue whose code for an import or a helper differs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { glueMismatches } from '../scripts/glue.mjs';
import { namesOf, renameGlue, renameWasm } from '../scripts/short-names.mjs';

const repo = new URL('..', import.meta.url);
const visitor = readFileSync(new URL('target/visitor-pkg/job_offer_check.js', repo), 'utf8');
// The shipped glue before scripts/short-names.mjs renamed its imports (scripts/build keeps this copy).
const shipped = readFileSync(new URL('target/full-pkg/job_offer_check.js', repo), 'utf8');

test('the shipped glue gives the visitor\'s wasm exactly the code its own glue would', () => {
  assert.deepEqual(glueMismatches(visitor, shipped), []);
  assert.match(shipped, /export function mount_counsellor\(/, 'the shipped glue is the full build\'s');
  assert.doesNotMatch(visitor, /mount_counsellor/, 'the visitor\'s glue is the build without counsellor mode');
});

test('a renumbered closure, a changed import or a changed helper is refused', () => {
  const cast = shipped.match(/makeClosure\(arg0, arg1, (\w+)\)/);
  assert.ok(cast, 'found a closure cast');
  const renumbered = shipped.replace(`makeClosure(arg0, arg1, ${cast[1]})`, 'makeClosure(arg0, arg1, someOtherShim)');
  assert.notDeepEqual(glueMismatches(visitor, renumbered), []);
  const anImport = visitor.match(/^ {8}(__wbg_\w+): function/m)[1];
  assert.deepEqual(glueMismatches(visitor, shipped.replace(`${anImport}: function`, `${anImport}_x: function`)), [`import ${anImport}`]);
  assert.deepEqual(glueMismatches(visitor, shipped.replace('function isLikeNone(x) {', 'function isLikeNone(y) {')), ['isLikeNone']);
  assert.deepEqual(glueMismatches('const a = 1;\n', shipped), ['no imports found: has the glue format changed?']);
});

test('short names: each wasm imports only functions of the shipped glue\'s table, which calls only its exports', () => {
  const glue = readFileSync(new URL('www/pkg/job_offer_check.js', repo), 'utf8');
  const table = new Set([...glue.matchAll(/^ {8}([\w$]+): function/gm)].map((m) => m[1]));
  for (const wasm of ['job_offer_check_bg.wasm', 'job_offer_check_counsellor_bg.wasm']) {
    const module = new WebAssembly.Module(readFileSync(new URL(`www/pkg/${wasm}`, repo)));
    const imports = WebAssembly.Module.imports(module);
    assert.ok(imports.length > 50, wasm);
    assert.deepEqual(imports.filter((i) => i.module !== 'g' || !table.has(i.name) || i.name.length > 2), [], wasm);
    const exports = new Set(WebAssembly.Module.exports(module).map((e) => e.name));
    const called = [...new Set([...glue.matchAll(/\bwasm\.(_[a-zA-Z]+)\b/g)].map((m) => m[1]))];
    assert.ok(called.length > 0, 'the glue calls renamed closure exports');
    assert.deepEqual(called.filter((name) => !exports.has(name)), [], wasm);
  }
});

test('short names: a wasm import that the glue does not provide is refused', () => {
  const names = namesOf(shipped);
  const anImport = shipped.match(/^ {8}(__wbg_\w+): function/m)[1];
  assert.match(renameGlue(shipped, names), new RegExp(`^ {8}${names.imports.get(anImport)}: function`, 'm'));
  names.imports.delete(anImport);
  const wasm = readFileSync(new URL('target/visitor-pkg/job_offer_check_bg.wasm', repo));
  assert.throws(() => renameWasm(wasm, names), new RegExp(`imports ${anImport}, which the glue does not provide`));
});
