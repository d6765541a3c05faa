/**
 * The on-demand bundle keep.js: citations and offline copies. The popup adds it with a <script> the first time
 * the user cites or saves; the in-page reader has the background inject it. Nothing loads it at start.
 */
import { cite } from '../core/cite';
import { httpImageFetcher, keepArticle } from './index';

export interface KeepBundle {
  cite: typeof cite;
  keepArticle: typeof keepArticle;
  httpImageFetcher: typeof httpImageFetcher;
}

declare global {
  // eslint-disable-next-line no-var
  var __tmtKeep: KeepBundle | undefined;
}

globalThis.__tmtKeep ??= { cite, keepArticle, httpImageFetcher };
