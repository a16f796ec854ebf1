// The check that lets one wasm-bindgen glue run both wasm files (scripts/glue.mjs): it accepts the shipped glue for
// the visitor's wasm, and refuses a glue whose code for an import or a helper differs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { glueMismatches } from '../scripts/glue.mjs';

const repo = new URL('..', import.meta.url);
const visitor = readFileSync(new URL('target/visitor-pkg/job_offer_check.js', repo), 'utf8');
const shipped = readFileSync(new URL('www/pkg/job_offer_check.js', repo), 'utf8');

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
