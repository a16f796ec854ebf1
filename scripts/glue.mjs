// One wasm-bindgen glue for two wasm files. scripts/build compiles the crate twice: with counsellor mode (the glue
// that ships, and job_offer_check_counsellor_bg.wasm) and without it (job_offer_check_bg.wasm, what partner pages
// download). The visitor's wasm may run with the full build's glue only if that glue gives it exactly the code its own
// glue would: `node scripts/glue.mjs <visitor glue> <shipped glue>` checks this, and fails the build if not.
//
// Why: one glue saves partners a second download and keeps the loader one file. What breaks it: a wasm-bindgen
// version that words the glue differently (the check then finds no imports and says so), or code only counsellor mode
// uses changing a piece the visitor's wasm uses too (the check names the pieces). What to do then: if the pieces can
// be made the same (the same closure signatures, the same web-sys calls in both builds), do that; otherwise ship the
// visitor's own glue beside its wasm (scripts/build copies one more file; widget/runtime.js imports the glue by mode).
import { readFileSync } from 'node:fs';

/**
 * Splits a glue file into named pieces: each top-level declaration, and each entry of the imports object, with
 * comments removed (they carry build-specific numbers that do not change the code).
 */
export function gluePieces(source) {
  const code = source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .filter((line) => !/^\s*\/\//.test(line) && line.trim() !== '');
  const pieces = new Map();
  let name = null;
  let lines = [];
  const flush = () => {
    if (name !== null) pieces.set(name, lines.join('\n'));
    name = null;
    lines = [];
  };
  for (const line of code) {
    const entry = line.match(/^ {8}(\w+): /);
    const top = line.match(/^(?:export )?(?:async )?(?:function|class|const|let) ([\w$]+)/);
    if (entry || top) {
      flush();
      name = entry ? `import ${entry[1]}` : top[1];
    } else if (/^\S/.test(line) && !line.startsWith('}')) {
      flush();
      name = line;
    }
    lines.push(line);
  }
  flush();
  return pieces;
}

/** The pieces of `visitor` that `shipped` lacks or has with different code; empty when the shipped glue serves both. */
export function glueMismatches(visitor, shipped) {
  const mine = gluePieces(visitor);
  const theirs = gluePieces(shipped);
  if (![...mine.keys()].some((k) => k.startsWith('import '))) return ['no imports found: has the glue format changed?'];
  return [...mine].filter(([name, code]) => theirs.get(name) !== code).map(([name]) => name);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [visitor, shipped] = process.argv.slice(2);
  const mismatches = glueMismatches(readFileSync(visitor, 'utf8'), readFileSync(shipped, 'utf8'));
  if (mismatches.length) {
    console.error(`${shipped} cannot run the visitor's wasm; it differs from ${visitor} in: ${mismatches.join(', ')}`);
    process.exit(1);
  }
}
