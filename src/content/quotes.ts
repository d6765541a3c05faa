/**
 * The quote finder, a bundle of its own (quotes.js): the reader app has the background inject it into the
 * tab after it has painted the story, or when the popup asks for the article. Same isolated world as app.js.
 */
import { withQuotes } from '../core/with-quotes';

declare global {
  interface Window {
    __tmtQuotes?: { withQuotes: typeof withQuotes };
  }
}

window.__tmtQuotes ??= { withQuotes };
