// An esbuild plugin for partners who bundle job-offer-check with esbuild. The package names its files as
// `new URL('./pkg/…', import.meta.url)`, which webpack 5, Vite and Parcel follow and emit with the bundle; esbuild does
// not (evanw/esbuild#795: it keeps `import.meta.url`, the bundle's own address, and emits nothing). This plugin copies
// the files beside the bundle, where that address finds them:
//
//   import jobOfferCheck from 'job-offer-check/esbuild';
//   await esbuild.build({ entryPoints: ['app.js'], bundle: true, format: 'esm', outdir: 'public', plugins: [jobOfferCheck()] });
//
// It assumes the bundle that holds the widget is written at the top of `outdir` (or is `outfile`), as with one entry
// point; with code splitting into subfolders, copy `pkg/` beside the chunk that holds it instead.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The files the widget fetches, relative to the package (and to the bundle). */
export const FILES = [
  'pkg/job_offer_check_bg.wasm',
  'pkg/job_offer_check_counsellor_bg.wasm',
  'pkg/job-offer-check-counsellor.css',
  'pkg/fallback.json',
];

/** The plugin: after each successful build, copies the widget's files beside the bundle. */
export default function jobOfferCheck() {
  return {
    name: 'job-offer-check',
    setup(build) {
      const { outdir, outfile, absWorkingDir = process.cwd() } = build.initialOptions;
      const out = resolve(absWorkingDir, outdir ?? dirname(outfile ?? '.'));
      const here = dirname(fileURLToPath(import.meta.url));
      build.onEnd((result) => {
        if (result.errors.length) return;
        for (const file of FILES) {
          mkdirSync(dirname(join(out, file)), { recursive: true });
          copyFileSync(join(here, file), join(out, file));
        }
      });
    },
  };
}
