// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { showNotice } from './notice';

describe('reader: notice', () => {
  it('shows a message over the page in a closed shadow root, then removes itself', () => {
    vi.useFakeTimers();
    try {
      document.body.innerHTML = '<p>page</p>';
      const before = document.documentElement.outerHTML;
      showNotice(document, 'Not an article', 1000);
      const host = document.documentElement.lastElementChild as HTMLElement;
      expect(host.localName).toBe('div');
      expect(host.shadowRoot).toBeNull(); // closed: the page cannot reach in
      vi.advanceTimersByTime(999);
      expect(host.isConnected).toBe(true);
      vi.advanceTimersByTime(1);
      expect(host.isConnected).toBe(false);
      expect(document.documentElement.outerHTML).toBe(before);
    } finally {
      vi.useRealTimers();
    }
  });
});
