// scripts/release, in a clean clone: the version bumped everywhere it is written, a CHANGELOG entry with the date and
// the lines given, one commit, one tag; and a work tree with changes refused.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { repo, version } from '../scripts/build-info.mjs';

const work = mkdtempSync(join(tmpdir(), 'joc-release-'));
after(() => rmSync(work, { recursive: true, force: true }));

const git = (cwd, ...args) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd, encoding: 'utf8' }).trim();

test('scripts/release patch: bumps the version, writes the CHANGELOG entry, commits and tags', () => {
  const clone = join(work, 'clone');
  execFileSync('git', ['clone', '--quiet', repo, clone]);
  const env = { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org' };
  execFileSync('scripts/release', ['--no-build', 'patch', 'The MRC hotline number corrected', 'Urdu wording of two questions'], { cwd: clone, env, stdio: 'pipe' });
  const next = version.replace(/\d+$/, (p) => String(Number(p) + 1));
  assert.match(readFileSync(join(clone, 'Cargo.toml'), 'utf8'), new RegExp(`^version = "${next.replaceAll('.', '\\.')}"$`, 'm'));
  assert.ok(readFileSync(join(clone, 'Cargo.lock'), 'utf8').includes(`name = "job-offer-check"\nversion = "${next}"`));
  const embedding = readFileSync(join(clone, 'EMBEDDING.md'), 'utf8');
  assert.ok(embedding.includes(`/job-offer-check/${next}/`) && !embedding.includes(`/job-offer-check/${version}/`));
  assert.ok(embedding.includes(`job-offer-check-${next}.tgz`) && !embedding.includes(`-${version}.tgz`), 'the npm pack file name too');
  const changelog = readFileSync(join(clone, 'CHANGELOG.md'), 'utf8');
  const today = new Date().toISOString().slice(0, 10);
  const entry = `## ${next} (${today})\n\n- The MRC hotline number corrected\n- Urdu wording of two questions\n\n## ${version} `;
  assert.ok(changelog.includes(entry), changelog.slice(0, 600));
  assert.equal(git(clone, 'log', '-1', '--format=%s'), `Release ${next}`);
  assert.equal(git(clone, 'tag', '--points-at', 'HEAD'), `v${next}`);
  assert.equal(git(clone, 'status', '--porcelain', '--untracked-files=no'), '');

  // Not with changes that are not committed: a release is exactly a commit.
  appendFileSync(join(clone, 'README.md'), '\nAn edit.\n');
  assert.throws(() => execFileSync('scripts/release', ['--no-build', 'patch', 'More'], { cwd: clone, env, stdio: 'pipe' }), (e) => /commit or undo your changes/.test(e.stderr));
});
