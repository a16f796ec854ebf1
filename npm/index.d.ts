// Types for the job-offer-check package: `mount`, its options, the handle it resolves to, and the events the
// element fires. The widget checks every option at run time too: a bad value gives a console warning and the default.

/** The widget's languages. */
export type Lang = 'en' | 'ur';

/** The MRC centres a widget can list first. */
export type Centre = 'islamabad' | 'lahore' | 'peshawar';

/** What `mount` accepts; every option may be left out. */
export interface MountOptions {
  /** The language to start in; default: the element's or the page's `lang`, else English. */
  lang?: Lang;
  /** `"counsellor"`: every question on one page, for MRC counsellors. Default `"embedded"`. */
  mode?: 'embedded' | 'counsellor';
  /** The MRC centre to list first. */
  centre?: Centre;
  /** Where "Leave quickly" goes (a web address), or `"off"` to hide it. Default: a neutral site. */
  quickExit?: string | 'off' | false;
  /** A CSS colour with at least 4.5:1 contrast on white, for buttons, links and the bar. */
  accent?: string;
  /** `"off"` keeps Back and Forward out of the widget's steps. Default `"on"`. */
  history?: 'on' | 'off' | boolean;
}

/** A mounted widget. */
export interface Widget {
  /** Unmounts the widget; its answers are dropped with it. */
  destroy(): void;
  /** Switches the language as the widget's own switch does, answers kept. */
  setLang(lang: Lang): void;
}

/** Why the widget shows its fallback instead of running in the page. */
export type FallbackReason = 'no-webassembly' | 'csp' | 'frames-blocked' | 'error';

/**
 * `job-offer-check:ready`: the live widget is on screen. It says how the widget runs, never what the person
 * answered.
 */
export interface ReadyDetail {
  /** The language it shows. */
  lang: Lang;
  /** The mode it runs in. */
  mode: 'embedded' | 'counsellor';
}

/**
 * `job-offer-check:fallback`: the widget shows a fallback; with `reason` `"csp"` the full widget in a frame of its
 * own page, otherwise the key warning signs and contacts.
 */
export interface FallbackDetail {
  /** Why. */
  reason: FallbackReason;
}

declare global {
  interface ElementEventMap {
    'job-offer-check:ready': CustomEvent<ReadyDetail>;
    'job-offer-check:fallback': CustomEvent<FallbackDetail>;
  }
  interface DocumentEventMap {
    'job-offer-check:ready': CustomEvent<ReadyDetail>;
    'job-offer-check:fallback': CustomEvent<FallbackDetail>;
  }
}

/**
 * Mounts the widget into an open shadow root on `element`. Resolves to the widget, or to `null` when the element
 * already has a shadow root that is not the widget's.
 */
export function mount(element: Element, options?: MountOptions): Promise<Widget | null>;

/** Starts fetching and compiling the widget's files now, before any element asks for them. */
export function preload(): void;
