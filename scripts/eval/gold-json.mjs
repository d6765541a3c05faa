/**
 * Gold in our own JSON formats: the Russian quote sets (data/quotes/<set>/*.json, format in README.md) and the
 * TMT page fixtures (tests/fixtures/tmt*\/<case>/expected.json). A file that breaks its format is an error that
 * names the file and the quote: gold that does not say what it means is worse than none.
 */
import fs from 'node:fs';
import path from 'node:path';

const KINDS = new Set(['named', 'unnamed', 'pronoun', 'none']);

function nthIndexOf(text, needle, n, from = 0) {
  let at = text.indexOf(needle, from);
  for (let i = 0; i < n && at >= 0; i++) at = text.indexOf(needle, at + 1);
  return at;
}

/**
 * A quotation over several paragraphs is scored as one quote per paragraph, as the product reports it and as
 * the fixtures and PolNeAR list it, whichever way a file writes it (one entry with the paragraph break and
 * the reopening «, or one entry per paragraph).
 */
function paragraphParts(text, start, end) {
  const parts = [];
  for (const m of text.slice(start, end).matchAll(/[^\n]+/g)) {
    let a = start + m.index;
    let b = a + m[0].length;
    while (a < b && /[\s«“„"]/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a) parts.push([a, b]);
  }
  return parts;
}

/** One quote-set article (our format) as a scorer document. */
export function quoteSetDoc(json, file) {
  const fail = (msg) => { throw new Error(`${file}: ${msg}`); };
  if (typeof json.text !== 'string' || !Array.isArray(json.quotes)) fail('needs "text" (string) and "quotes" (array)');
  const text = json.text;
  const gold = [];
  let from = 0;
  json.quotes.forEach((q, i) => {
    const where = `quote ${i + 1} ("${String(q.quote).slice(0, 40)}")`;
    if (typeof q.quote !== 'string' || !q.quote) fail(`${where}: "quote" must be a non-empty string`);
    if (!KINDS.has(q.kind)) fail(`${where}: "kind" must be one of ${[...KINDS].join(', ')}`);
    const start = text.indexOf(q.quote, from);
    if (start < 0) fail(`${where}: not found verbatim in the text after the previous quote`);
    from = start + 1;
    let mention = null;
    if (q.mention !== null && q.mention !== undefined) {
      const at = nthIndexOf(text, q.mention, q.mentionIndex ?? 0);
      if (at < 0) fail(`${where}: mention "${q.mention}" (occurrence ${q.mentionIndex ?? 0}) not in the text`);
      mention = { start: at, end: at + q.mention.length, text: q.mention };
      // An unnamed source is judged by where its mention is: which occurrence must not be left to a default.
      if (q.kind === 'unnamed' && q.mentionIndex === undefined && nthIndexOf(text, q.mention, 1) >= 0) {
        fail(`${where}: mention "${q.mention}" occurs more than once; say which with "mentionIndex"`);
      }
    }
    if (q.kind === 'none' ? q.speaker !== null : typeof q.speaker !== 'string' || !q.speaker) {
      fail(`${where}: "speaker" must be ${q.kind === 'none' ? 'null for kind "none"' : 'a name'}`);
    }
    if ((q.kind === 'unnamed' || q.kind === 'pronoun') && !mention) fail(`${where}: kind "${q.kind}" needs its "mention"`);
    const entry = { kind: q.kind, speaker: q.speaker, mention, form: q.form ?? null, via: q.kind === 'pronoun' ? q.mention : undefined };
    for (const [a, b] of paragraphParts(text, start, start + q.quote.length)) gold.push({ start: a, end: b, ...entry });
  });
  return { id: json.id ?? path.basename(file, '.json'), lang: json.lang ?? 'ru', text, gold };
}

export function quoteSetDocs(dir) {
  if (!fs.existsSync(dir)) return null;
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
    .map((f) => quoteSetDoc(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')), path.join(dir, f)));
}

const collapse = (s) => s.replace(/[\s\u00a0]+/g, ' ').trim();

/**
 * The TMT fixtures: the story is the expected body, paragraphs joined by a blank line; each gold quote is
 * found in it in order (white space collapsed, as the fixture README says to compare). Fixture speakers are
 * resolved people or bodies ("he said" already resolved), so every speaker is compared as a name.
 */
export function fixtureDocs(root) {
  const docs = [];
  for (const set of fs.readdirSync(path.join(root, 'tests/fixtures')).filter((d) => /^tmt/.test(d)).sort()) {
    const dir = path.join(root, 'tests/fixtures', set);
    for (const c of fs.readdirSync(dir).sort()) {
      const file = path.join(dir, c, 'expected.json');
      if (!fs.existsSync(file)) continue;
      const e = JSON.parse(fs.readFileSync(file, 'utf8'));
      if (!e.isArticle || !Array.isArray(e.body)) continue;
      const text = e.body.map(collapse).join('\n\n');
      const gold = [];
      let from = 0;
      for (const q of e.quotes ?? []) {
        const needle = collapse(q.text);
        const start = text.indexOf(needle, from);
        if (start < 0) throw new Error(`${file}: quote "${needle.slice(0, 50)}" not found in the body after the previous quote`);
        from = start + 1;
        gold.push({ start, end: start + needle.length, kind: q.speaker ? 'named' : 'none', speaker: q.speaker ?? null, mention: null });
      }
      docs.push({ id: `${set}/${c}`, lang: e.lang === 'ru' ? 'ru' : 'en', text, gold });
    }
  }
  return docs;
}
