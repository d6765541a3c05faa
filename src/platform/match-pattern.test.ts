import { describe, expect, it } from 'vitest';
import { matchPattern } from './match-pattern';

describe('match patterns (which hosts are Moscow Times pages)', () => {
  it('matches the manifest patterns like the browser does', () => {
    expect(matchPattern('*://www.themoscowtimes.com/*', 'https://www.themoscowtimes.com/2024/01/01/x-a1')).toBe(true);
    expect(matchPattern('*://www.themoscowtimes.com/*', 'http://www.themoscowtimes.com/')).toBe(true);
    expect(matchPattern('*://www.themoscowtimes.com/*', 'https://evil.com/www.themoscowtimes.com/')).toBe(false);
    expect(matchPattern('*://www.themoscowtimes.com/*', 'https://www.themoscowtimes.com.evil.com/')).toBe(false);
    expect(matchPattern('*://*.moscowtimes.ru/*', 'https://www.moscowtimes.ru/a')).toBe(true);
    expect(matchPattern('*://*.moscowtimes.ru/*', 'https://moscowtimes.ru/a')).toBe(true);
    expect(matchPattern('*://*.moscowtimes.ru/*', 'https://notmoscowtimes.ru/a')).toBe(false);
    expect(matchPattern('https://x.org/a/*', 'http://x.org/a/b')).toBe(false);
    expect(matchPattern('*://x.org/*', 'ftp://x.org/')).toBe(false);
    expect(matchPattern('*://x.org/*', 'not a url')).toBe(false);
  });
});
