import { describe, expect, it } from 'vitest';
import { httpUrl, pagePath } from './url';

describe('httpUrl: only http(s) addresses pass', () => {
  it('resolves a relative address against the page', () => {
    expect(httpUrl('/img/a.jpg', 'https://www.themoscowtimes.com/2026/01/01/x-a1')).toBe('https://www.themoscowtimes.com/img/a.jpg');
  });
  it('refuses script, data and malformed addresses, and non-strings', () => {
    expect(httpUrl('javascript:alert(1)', 'https://a.example/')).toBeNull();
    expect(httpUrl('data:image/png;base64,AAAA')).toBeNull();
    expect(httpUrl('http://[bad')).toBeNull();
    expect(httpUrl('relative/only')).toBeNull();
    expect(httpUrl(42)).toBeNull();
    expect(httpUrl('')).toBeNull();
  });
});

describe('pagePath: one page whatever its trailing slashes', () => {
  it('drops trailing slashes and keeps case, query and fragment aside', () => {
    expect(pagePath(new URL('https://www.themoscowtimes.com/2024/03/14/a-story-a84463/?amp#top'))).toBe('/2024/03/14/a-story-a84463');
    expect(pagePath(new URL('https://www.themoscowtimes.com/Stories//'))).toBe('/Stories');
    expect(pagePath(new URL('https://www.themoscowtimes.com/'))).toBe('');
  });
});
