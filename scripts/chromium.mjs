// Debian's Chromium, driven by playwright-core (no browser download), as the end-to-end tests and the benchmark start
// it: headless, in a fresh profile, with nothing that would call out to the network from this closed machine.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/** The browser's flags. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Two local servers stand in for a partner site and a CDN; Chromium's local-network-access prompt would otherwise
  // block the second origin, which on the public web is no local network at all.
  '--disable-features=LocalNetworkAccessChecks',
];

/**
 * Starts Chromium in a new empty profile; resolves to { context, close } (close also deletes the profile). `args` are
 * added to the flags above; other options go to Playwright's launchPersistentContext.
 */
export async function launchChromium({ args = [], ...options } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'joc-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, ...args],
    ...options,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
