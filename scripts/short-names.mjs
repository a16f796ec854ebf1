// Short names for what the wasm imports from its glue and the closure entry points it exports. wasm-bindgen names
// each imported function like `__wbg_set_innerHTML_a9d3a267967b5117`: about 130 of them, each written twice in the
// first-use download (the wasm's import section and the glue's import table), whose 16 random hex digits compress
// badly. `node scripts/short-names.mjs <glue> <wasm>...` renames them in the glue and in each wasm the glue serves,
// from one table built from the glue, so both wasm files keep running with the one glue (scripts/glue.mjs).
//
// Why: about 3.4 KB gzip of the first-use download. What breaks it: a wasm-bindgen that lays out the glue's import
// table or its closure calls differently (the regular expressions below then find nothing, or a wasm imports a name
// the table lacks): the build fails with the name, and the tests (e2e/glue.test.mjs) check every import against the
// glue. What to do then: adapt the two patterns in namesOf() to the new layout, or drop this step from scripts/build
// (the widget works the same with wasm-bindgen's own names, only larger).
import { readFileSync, writeFileSync } from 'node:fs';

const GLUE_MODULE = './job_offer_check_bg.js';
/** The glue's module name in the wasm's imports, written once per import: one letter instead of 23. */
const SHORT_MODULE = 'g';
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The n-th short identifier: a, b, … Z, aa, ba, … (with `prefix` before it). */
function shortName(n, prefix = '') {
  let name = '';
  do {
    name += LETTERS[n % LETTERS.length];
    n = Math.floor(n / LETTERS.length) - 1;
  } while (n >= 0);
  return prefix + name;
}

/**
 * The renaming tables for a glue file: `imports` maps each function of its import table to a short name, `exports`
 * each wasm-bindgen closure export it calls (`wasm.wasm_bindgen_<hash>_…`) to a short name starting with `_`, which
 * no other export of the wasm does.
 */
export function namesOf(glue) {
  const importNames = [...glue.matchAll(/^ {8}(__wbg[\w$]*|__wbindgen[\w$]*): function/gm)].map((m) => m[1]);
  const exportNames = [...new Set([...glue.matchAll(/\bwasm\.(wasm_bindgen_[0-9a-f]{16}_\w+)/g)].map((m) => m[1]))];
  if (importNames.length === 0) throw new Error('no imports found in the glue: has its format changed?');
  return {
    imports: new Map(importNames.map((name, i) => [name, shortName(i)])),
    exports: new Map(exportNames.map((name, i) => [name, shortName(i, '_')])),
  };
}

/** The glue with every name in `names` replaced by its short one. */
export function renameGlue(glue, { imports, exports }) {
  let out = glue.replace(/(?<![\w$])(__wbg[\w$]*|__wbindgen[\w$]*)(?=: function)/g, (name) => imports.get(name) ?? name);
  out = out.replace(/\bwasm\.(wasm_bindgen_[0-9a-f]{16}_\w+)/g, (whole, name) => `wasm.${exports.get(name) ?? name}`);
  return out.replace(`"${GLUE_MODULE}": import0`, `"${SHORT_MODULE}": import0`);
}

function readU32(bytes, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at.pos++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return value;
}

function u32(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

function readName(bytes, at) {
  const length = readU32(bytes, at);
  const name = new TextDecoder().decode(bytes.subarray(at.pos, at.pos + length));
  at.pos += length;
  return name;
}

function name(text) {
  const encoded = new TextEncoder().encode(text);
  return [...u32(encoded.length), ...encoded];
}

/** Skips a table or memory's limits: a flags byte (bit 0: has a maximum), then one or two numbers. */
function skipLimits(bytes, at) {
  const flags = bytes[at.pos++];
  readU32(bytes, at);
  if (flags & 1) readU32(bytes, at);
}

/** The import section with the glue's module and functions renamed; every import must be one of `imports`. */
function renameImports(bytes, imports) {
  const at = { pos: 0 };
  const out = [];
  const count = readU32(bytes, at);
  out.push(...u32(count));
  for (let i = 0; i < count; i += 1) {
    const module = readName(bytes, at);
    const field = readName(bytes, at);
    const start = at.pos;
    const kind = bytes[at.pos++];
    if (kind === 0) readU32(bytes, at);
    else if (kind === 1) {
      at.pos += 1;
      skipLimits(bytes, at);
    } else if (kind === 2) skipLimits(bytes, at);
    else if (kind === 3) at.pos += 2;
    else throw new Error(`import ${module}.${field}: kind ${kind} is not known here`);
    if (module !== GLUE_MODULE) throw new Error(`the wasm imports ${field} from ${module}, not from its glue`);
    const renamed = imports.get(field);
    if (!renamed) throw new Error(`the wasm imports ${field}, which the glue does not provide`);
    out.push(...name(SHORT_MODULE), ...name(renamed), ...bytes.subarray(start, at.pos));
  }
  return Uint8Array.from(out);
}

/** The export section with wasm-bindgen's closure entry points renamed. */
function renameExports(bytes, exports) {
  const at = { pos: 0 };
  const out = [];
  const count = readU32(bytes, at);
  out.push(...u32(count));
  for (let i = 0; i < count; i += 1) {
    const field = readName(bytes, at);
    const start = at.pos;
    at.pos += 1;
    readU32(bytes, at);
    out.push(...name(exports.get(field) ?? field), ...bytes.subarray(start, at.pos));
  }
  return Uint8Array.from(out);
}

/** The wasm module with its imports from the glue and its closure exports renamed by `names` (from [`namesOf`]). */
export function renameWasm(wasm, { imports, exports }) {
  const bytes = Uint8Array.from(wasm);
  const parts = [bytes.subarray(0, 8)];
  const at = { pos: 8 };
  while (at.pos < bytes.length) {
    const id = bytes[at.pos++];
    const size = readU32(bytes, at);
    let body = bytes.subarray(at.pos, at.pos + size);
    at.pos += size;
    if (id === 2) body = renameImports(body, imports);
    if (id === 7) body = renameExports(body, exports);
    parts.push(Uint8Array.from([id, ...u32(body.length)]), body);
  }
  return Buffer.concat(parts);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [gluePath, ...wasmPaths] = process.argv.slice(2);
  const glue = readFileSync(gluePath, 'utf8');
  const names = namesOf(glue);
  for (const path of wasmPaths) writeFileSync(path, renameWasm(readFileSync(path), names));
  writeFileSync(gluePath, renameGlue(glue, names));
}
