import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { appendFlat, pruneEmpty } from './flatten';

const doc = () => new JSDOM('<body></body>').window.document;

describe('flatten: one container holding the whole story, for Readability', () => {
  it('dissolves wrappers, keeps blocks, and makes inline runs paragraphs', () => {
    const d = doc();
    const part = d.createElement('div');
    part.innerHTML = '<div><div><p>One.</p></div>Loose <b>text</b><h2>Head</h2><section><span>inline only</span></section></div><ul><li>x</li></ul>';
    const out = d.createElement('div');
    appendFlat(part, out);
    expect(out.innerHTML).toBe('<p>One.</p><p>Loose <b>text</b></p><h2>Head</h2><p><span>inline only</span></p><ul><li>x</li></ul>');
  });

  it('prunes wrappers left empty, keeping images and text', () => {
    const d = doc();
    const root = d.createElement('div');
    root.innerHTML = '<div><span> </span><div></div></div><figure><img src="a.jpg"></figure><p>Text</p><section><p></p></section>';
    pruneEmpty(root);
    expect(root.innerHTML).toBe('<figure><img src="a.jpg"></figure><p>Text</p>');
  });
});
