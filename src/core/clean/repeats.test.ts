import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { dropPullQuotes } from './repeats';

function clean(html: string): string[] {
  const root = new JSDOM(`<body><div id="c">${html}</div></body>`).window.document.getElementById('c')!;
  dropPullQuotes(root);
  return Array.from(root.children).map((el) => el.textContent ?? '');
}

describe('pull quotes: a short block repeating what the story says elsewhere', () => {
  const quote = '<p>“A church does not vanish completely. It leaves a bend in a lane. You only have to learn to look,” she told The Moscow Times in 2012.</p>';

  it('drops a block whose every sentence the story says in a longer block, in any markup and before or after it', () => {
    expect(clean(`<p>She taught history.</p><aside><p>A church does not vanish completely. You only have to learn to look.</p></aside>${quote}`)).toEqual([
      'She taught history.',
      quote.replace(/<\/?p>/g, ''),
    ]);
    expect(clean(`${quote}<div>“You only have to learn to look.”</div>`)).toHaveLength(1);
    // Held in one box with the paragraph it repeats (a box left open, a wrapper injected around both).
    const root = new JSDOM(`<body><div id="c"><div>${quote}<aside><p>You only have to learn to look.</p></aside></div></div></body>`).window.document.getElementById('c')!;
    dropPullQuotes(root);
    expect(root.querySelectorAll('p')).toHaveLength(1);
  });

  it('keeps a block with a sentence of its own, a short common sentence, a heading or a list item that repeats', () => {
    expect(clean(`${quote}<blockquote>A church does not vanish completely. It was her life’s work.</blockquote>`)).toHaveLength(2);
    expect(clean('<p>He said no.</p><p>Asked again on Monday, he said no.</p>')).toHaveLength(2);
    expect(clean(`${quote}<h3>You only have to learn to look</h3><ul><li>You only have to learn to look.</li></ul>`)).toHaveLength(3);
  });
});
