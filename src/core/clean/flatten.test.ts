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

  it('makes each run between two <br>s a paragraph, through wrappers of one element; a single <br> stays a line break', () => {
    const d = doc();
    const part = d.createElement('div');
    part.innerHTML = '<div><font face="x"><font>One.<br><br>\nTwo <b>bold</b>.<br />\n<br /><br>Three,<br>still three.</font></font></div><p>Four.</p>';
    const out = d.createElement('div');
    appendFlat(part, out);
    expect(out.innerHTML).toBe('<p>One.</p><p>\nTwo <b>bold</b>.</p><p>Three,<br>still three.</p><p>Four.</p>');
  });

  it('prunes a box left with nothing but the bars and bullets between its links', () => {
    const d = doc();
    const root = d.createElement('div');
    root.innerHTML = '<div class="tools"> | </div><p>A · B</p><p>Text</p>';
    pruneEmpty(root);
    expect(root.innerHTML).toBe('<p>A · B</p><p>Text</p>');
  });
});

