/**
 * What a reader feature is. A feature (Listen, Copy as Markdown, Print, …) is a module that exports a
 * `ReaderFeature`; the reader lists its features in index.ts and mounts each one every time it opens.
 * To add one: write `my-feature.ts` exporting a `ReaderFeature`, add it to FEATURES in index.ts, give its
 * buttons a `data-testid`, and test it beside it (`my-feature.test.ts`, jsdom) and in the browsers
 * (tests/e2e/reader-<feature>.test.ts).
 */
import type { ReadResult } from '../../core/types';
import type { ReadingPosition } from '../../shared/positions';
import type { Settings } from '../../shared/settings';
import type { T } from '../../ui/i18n';
import type { Rendered } from '../../ui/render';

/** What a mounted feature can see of the open reader. Valid until the reader closes. */
export interface ReaderContext {
  readonly doc: Document;
  /** Strings in the article's language. */
  readonly t: T;
  /** The article as shown now (its key quotes may still be pending). */
  article(): ReadResult;
  /** The rendered article (its story element included), or null once closed. */
  rendered(): Rendered | null;
  settings(): Settings;
  /** Changes settings (applied at once, saved a moment later). */
  changeSettings(change: Partial<Settings>): void;
  /** The reader's scrolling box (the dialog), or null once closed. */
  scroller(): HTMLElement | null;
  /** This article's reading position on this device (storage.local). */
  readonly positions: PositionStore;
  /** Says `text` in the toolbar's status line (a live region). */
  announce(text: string): void;
  /** Resolves once the key quotes are in the article (at once when they already are, or cannot be found). */
  keyQuotes(): Promise<void>;
}

/** A feature mounted in one open reader. */
export interface MountedFeature {
  /** Toolbar buttons before the status line (after Close). */
  start?: HTMLElement[];
  /** Toolbar buttons after the spacer (before the settings button). */
  end?: HTMLElement[];
  /** The reader is closing: stop any work, drop references to its DOM. */
  close?(): void;
}

export interface ReaderFeature {
  /** Rules for the reader's shadow root (nothing outside the reader is styled by features). */
  css?: string;
  mount(ctx: ReaderContext): MountedFeature;
}

/** Where this article's reading position is kept (the content script passes it in). */
export interface PositionStore {
  load(): Promise<ReadingPosition | null>;
  save(p: ReadingPosition): void;
}
