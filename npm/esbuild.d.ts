// Types for job-offer-check/esbuild, the plugin that copies the widget's files beside an esbuild bundle.

/** The files the widget fetches, relative to the package and to the bundle. */
export const FILES: readonly string[];

/** The plugin, for esbuild's `plugins` option. */
export default function jobOfferCheck(): { name: string; setup(build: unknown): void };
