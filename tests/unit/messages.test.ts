/** The one message protocol: receivers act only on messages of a known type and exact shape. */
import { describe, expect, it } from 'vitest';
import { isMessage } from '../../src/shared/messages';

describe('isMessage', () => {
  it.each([
    [{ type: 'tmt:get-article' }],
    [{ type: 'tmt:reader', action: 'open' }],
    [{ type: 'tmt:reader', action: 'toggle', quoteIndex: 3 }],
    [{ type: 'tmt:page-status', isArticle: true, isTmt: true }],
    [{ type: 'tmt:read-anyway', tabId: 12 }],
    [{ type: 'tmt:print' }],
    [{ type: 'tmt:load-app' }],
    [{ type: 'tmt:load-app', part: 'quotes' }],
  ])('accepts %j', (m) => expect(isMessage(m)).toBe(true));

  it.each([
    [null],
    ['tmt:get-article'],
    [{}],
    [{ type: 'tmt:unknown' }],
    [{ type: 'TMT:GET-ARTICLE' }],
    [{ type: 'tmt:reader' }],
    [{ type: 'tmt:reader', action: 'delete' }],
    [{ type: 'tmt:reader', action: 'open', quoteIndex: -1 }],
    [{ type: 'tmt:reader', action: 'open', quoteIndex: 1.5 }],
    [{ type: 'tmt:reader', action: 'open', quoteIndex: '2' }],
    [{ type: 'tmt:page-status', isArticle: 'yes', isTmt: true }],
    [{ type: 'tmt:read-anyway', tabId: '12' }],
    [{ type: 'tmt:read-anyway' }],
    [{ type: ['tmt:get-article'] }],
    // Only the two bundles the background knows: never a file name a page could choose.
    [{ type: 'tmt:load-app', part: 'app.js' }],
    [{ type: 'tmt:load-app', part: '../../evil.js' }],
  ])('rejects %j', (m) => expect(isMessage(m)).toBe(false));
});
