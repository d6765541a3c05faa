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
    [{ type: 'tmt:load-app', part: 'keep' }],
    [{ type: 'tmt:load-app', part: 'start' }],
    [{ type: 'tmt:fetch-image', url: 'https://static.themoscowtimes.com/image/article_1360/5c/a.jpg' }],
    [{ type: 'tmt:download', filename: '2025-08-22-lavrov-says.epub', mime: 'application/epub+zip', base64: 'UEsDBA==' }],
    [{ type: 'tmt:download', filename: '2025-07-17-лимитированная-серия.md', mime: 'text/markdown;charset=utf-8', base64: '' }],
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
    // Only the bundles the background knows: never a file name a page could choose.
    [{ type: 'tmt:load-app', part: 'app.js' }],
    [{ type: 'tmt:load-app', part: '../../evil.js' }],
    [{ type: 'tmt:fetch-image', url: 'javascript:alert(1)' }],
    [{ type: 'tmt:fetch-image', url: 'file:///etc/passwd' }],
    // Saved copies: only our names and types, never a path, an executable or another type.
    [{ type: 'tmt:download', filename: '../../.bashrc', mime: 'text/html;charset=utf-8', base64: '' }],
    [{ type: 'tmt:download', filename: 'a/b.html', mime: 'text/html;charset=utf-8', base64: '' }],
    [{ type: 'tmt:download', filename: 'setup.exe', mime: 'application/epub+zip', base64: '' }],
    [{ type: 'tmt:download', filename: 'a.html', mime: 'application/x-msdownload', base64: '' }],
    [{ type: 'tmt:download', filename: 'a.html', mime: 'text/html;charset=utf-8', base64: 42 }],
  ])('rejects %j', (m) => expect(isMessage(m)).toBe(false));
});
