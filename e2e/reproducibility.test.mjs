// Anyone can check a published release: two clean clones of the same commit, built in folders of their own (their own
// cargo target folders, at different paths), give the same bytes in dist/ and in the npm package. This builds twice
// from nothing (about 10 minutes on 2 cores), so it is the one test here that compiles the crate itself.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { filesUnder, repo, version } from '../scripts/build-info.mjs';

const work = mkdtempSync(join(tmpdir(), 'joc-repro-'));
after(() => rmSync(work, { recursive: true, force: true }));

function hashes(dir) {
  return Object.fromEntries(filesUnder(dir).map((f) => [f, createHash('sha384').update(readFileSync(join(dir, f))).digest('hex')]));
}

/** Clones the repository's HEAD into `name` and builds its release there; returns the hashes of what it made. */
function cloneAndBuild(name) {
  const clone = join(work, name);
  execFileSync('git', ['clone', '--quiet', '--no-hardlinks', repo, clone]);
  // The tools are the same installed ones (node_modules holds the pinned esbuild and binaryen); the build is the clone's.
  symlinkSync(join(repo, 'node_modules'), join(clone, 'node_modules'));
  const env = { ...process.env, CARGO_TARGET_DIR: join(clone, 'target') };
  execFileSync('scripts/build', { cwd: clone, stdio: 'pipe', env });
  execFileSync('node', ['scripts/dist.mjs'], { cwd: clone, stdio: 'pipe', env });
  return { dist: hashes(join(clone, 'dist')), npm: hashes(join(clone, 'pkg')) };
}

test('two clean clones, built apart, give the same release bytes', { timeout: 40 * 60 * 1000 }, () => {
  const a = cloneAndBuild('first');
  const b = cloneAndBuild('clone-at-another-path');
  assert.ok(Object.keys(a.dist).length > 20, 'a whole release');
  assert.ok(Object.keys(a.dist).includes(`${version}/SHA384SUMS`));
  assert.deepEqual(b.dist, a.dist);
  assert.deepEqual(b.npm, a.npm);
  // And the same bytes as this checkout's release, when it has no change that is not committed.
  const clean = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: repo, encoding: 'utf8' }) === '';
  if (clean) {
    execFileSync('node', ['scripts/dist.mjs'], { cwd: repo, stdio: 'pipe' });
    assert.deepEqual(hashes(join(repo, 'dist', version)), Object.fromEntries(Object.entries(a.dist).filter(([f]) => f.startsWith(`${version}/`)).map(([f, h]) => [f.slice(version.length + 1), h])));
  }
});
