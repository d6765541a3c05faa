import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { appendFlat, pruneEmpty } from './flatten';

const doc = () => new JSDOM('<body></body>').window.document;

/** The markup given, as appendFlat puts it into a new container. */
function flattened(html: string): string {
  const d = doc();
  const part = d.createElement('div');
  part.innerHTML = html;
  const out = d.createElement('div');
  appendFlat(part, out);
  return out.innerHTML;
}

/** The markup given, after pruneEmpty. */
function pruned(html: string): string {
  const root = doc().createElement('div');
  root.innerHTML = html;
  pruneEmpty(root);
  return root.innerHTML;
}

describe('flatten: one container holding the whole story, for Readability', () => {
  it.each([
    {
      does: 'dissolves wrappers, keeps blocks, and makes inline runs paragraphs',
      pass: flattened,
      html: '<div><div><p>One.</p></div>Loose <b>text</b><h2>Head</h2><section><span>inline only</span></section></div><ul><li>x</li></ul>',
      want: '<p>One.</p><p>Loose <b>text</b></p><h2>Head</h2><p><span>inline only</span></p><ul><li>x</li></ul>',
    },
    {
      does: 'dissolves a <header> or <footer> that holds blocks (a post\'s heading), never making it part of a paragraph',
      pass: flattened,
      html: '<article><header>\n<h3>Polls close</h3></header>\n<p>Text.</p><footer>Posted at 19:40</footer></article>',
      want: '<h3>Polls close</h3><p>Text.</p><p>Posted at 19:40</p>',
    },
    {
      does: 'flattens a quotation whose paragraphs are boxes into one of paragraphs, unknown inline tags and all',
      pass: flattened,
      html: '<blockquote class="letter"><div>To the Governor,</div><div>It has done so <x-note>quietly</x-note> and honestly.</div></blockquote><blockquote><p>Kept.</p></blockquote>',
      want: '<blockquote class="letter"><p>To the Governor,</p><p>It has done so <x-note>quietly</x-note> and honestly.</p></blockquote><blockquote><p>Kept.</p></blockquote>',
    },
    {
      does: 'keeps a <span> or <font> of a line\'s text in that line, in a quotation and beside blocks (one paragraph, not three)',
      pass: flattened,
      html: '<blockquote>“It stopped,” said Darya <span onmouseenter="x">span</span> Lebedeva.</blockquote><div><p>One.</p>Loose <font>inline</font> text</div>',
      want: '<blockquote>“It stopped,” said Darya <span onmouseenter="x">span</span> Lebedeva.</blockquote><p>One.</p><p>Loose <font>inline</font> text</p>',
    },
    {
      does: 'makes each run between two <br>s a paragraph, through wrappers of one element; a single <br> stays a line break',
      pass: flattened,
      html: '<div><font face="x"><font>One.<br><br>\nTwo <b>bold</b>.<br />\n<br /><br>Three,<br>still three.</font></font></div><p>Four.</p>',
      want: '<p>One.</p><p>\nTwo <b>bold</b>.</p><p>Three,<br>still three.</p><p>Four.</p>',
    },
    {
      does: 'prunes wrappers left empty, keeping images and text',
      pass: pruned,
      html: '<div><span> </span><div></div></div><figure><img src="a.jpg"></figure><p>Text</p><section><p></p></section>',
      want: '<figure><img src="a.jpg"></figure><p>Text</p>',
    },
    {
      does: 'removes comments, which would split a paragraph\'s text for Readability',
      pass: pruned,
      html: '<blockquote><div>The decision <!--[if IE]><script>x</script><![endif]--> was taken.</div></blockquote><!-- kept: the root\'s own -->',
      want: '<blockquote><div>The decision  was taken.</div></blockquote><!-- kept: the root\'s own -->',
    },
    {
      does: 'prunes a box left with nothing but the bars and bullets between its links',
      pass: pruned,
      html: '<div class="tools"> | </div><p>A · B</p><p>Text</p>',
      want: '<p>A · B</p><p>Text</p>',
    },
  ])('$does', ({ pass, html, want }) => {
    expect(pass(html)).toBe(want);
  });
});
