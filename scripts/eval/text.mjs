/** Text helpers shared by the gold readers, the baseline and the scorer: words, name keys, quotation stretches. */

/** Word tokens with their offsets: runs of letters and digits. */
export function wordSpans(text) {
  const out = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) out.push([m.index, m.index + m[0].length]);
  return out;
}

export const wordCount = (s) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** Lower case, ё read as е, typographic apostrophes unified: how names are compared. */
export const fold = (s) => s.toLowerCase().replace(/ё/g, 'е').replace(/[’`]/g, "'");

/** The article and honorifics, which say nothing about who the person is: dropped from both sides before names are compared. */
const HONORIFICS = new Set(['the', 'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'г', 'н']);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** The words of a person's or body's name, folded, without possessive, honorific or suffix ("Mr. Trump's" -> [trump]). */
export function nameWords(name) {
  if (!name) return [];
  let ws = fold(name).replace(/'s\b/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
  while (ws.length > 1 && SUFFIXES.has(ws[ws.length - 1])) ws = ws.slice(0, -1);
  while (ws.length > 1 && HONORIFICS.has(ws[0])) ws = ws.slice(1);
  return ws;
}

/**
 * Titles and party labels that stand before a name in an English source phrase ("Texas Sen. Ted Cruz",
 * "House Speaker Paul Ryan", "Democrat Hillary Clinton"): the person is what follows the last of them. Used
 * only where gold names come with their titles attached (PolNeAR Source spans); generic words, none taken
 * from any one text.
 */
const TITLE_WORDS = new Set(`sen sens senator rep reps representative gov governor president vice secretary speaker gen general
  attorney chairman chairwoman chair mayor judge justice rev reverend prof professor lt col sgt capt adm cmdr pope
  sheriff chief minister premier king queen prince princess lord lady sir dame state house senate leader whip
  commissioner ambassador director spokesman spokeswoman councilman councilwoman congressman congresswoman
  assemblyman assemblywoman candidate nominee democrat democratic republican gop independent former first reporter
  host anchor correspondent editor columnist commentator analyst economist pollster strategist aide adviser advisor
  spokesperson founder ceo executive manager pastor coach officer agent detective author actor actress singer rapper
  billionaire businessman businesswoman mogul tycoon activist lawyer`.split(/\s+/).filter(Boolean));

export const isTitleWord = (w) => TITLE_WORDS.has(fold(w).replace(/[^\p{L}]/gu, ''));

/** A gold person's name from a titled source phrase: "Texas Sen. Ted Cruz" -> [ted, cruz]. */
export function personWords(phrase) {
  const ws = nameWords(phrase);
  let cut = -1;
  ws.forEach((w, i) => { if (TITLE_WORDS.has(w) && i < ws.length - 1) cut = i; });
  return ws.slice(cut + 1);
}

/** A crude Russian stem (endings of case and gender cut): lenient surname matching only. */
export function ruStem(w) {
  const m = /^(.{3,}?)(?:ыми|ими|ого|его|ому|ему|ой|ей|ым|им|ом|ем|ую|юю|ая|яя|ий|ый|а|я|у|ю|е|ы|и|ь)$/.exec(w);
  return m ? m[1] : w;
}

/**
 * Quotation-mark stretches of a text, per line (a line is a paragraph): [start, end) of the words between
 * the outermost marks. Handles “…” (nested “…” inside), "…" (nested “…” inside), «…» (with „…“ or «…»
 * nested inside) and NYT-style '' marks.
 * A stretch still open at the end of its line runs to the end of the line: the convention for a quotation
 * that goes on into the next paragraph (which opens with a mark of its own).
 */
export function quoteStretches(text) {
  const out = [];
  const t = text.replace(/''/g, '"\u0000');
  for (const m of t.matchAll(/[^\n]+/g)) {
    const p = m[0];
    const base = m.index;
    let open = -1;
    let depth = 0;
    let kind = '';
    for (let i = 0; i < p.length; i++) {
      const c = p[i];
      const prev = i === 0 ? ' ' : p[i - 1];
      if (open < 0) {
        const straightOpens = c === '"' && /[\s(\[—–\-\u0000]/.test(prev);
        if (c === '“' || c === '«' || straightOpens || (c === '„' && /[\s(\[—–-]/.test(prev))) {
          open = i; kind = c; depth = 1;
        }
        continue;
      }
      if (kind === '«') {
        if (c === '«') depth++;
        else if (c === '»' && --depth === 0) { out.push([base + open + 1, base + i]); open = -1; }
      } else if (kind === '„') {
        if (c === '“' || c === '”') { out.push([base + open + 1, base + i]); open = -1; }
      } else if (kind === '“') {
        // Curly marks nest (“… “Shark Tank.” …”); a straight mark after a word closes.
        if (c === '“') depth++;
        else if ((c === '”' || (c === '"' && !/\s/.test(prev))) && --depth === 0) { out.push([base + open + 1, base + i]); open = -1; }
      } else if (c === '“') {
        depth++; // curly marks nest inside straight ones ("PENCE: … “Shark Tank.” …)
      } else if (c === '”' && depth > 1) {
        depth--;
      } else if (c === '"' || c === '”') {
        out.push([base + open + 1, base + i]); open = -1;
      }
    }
    if (open >= 0) out.push([base + open + 1, base + p.length]);
  }
  // Trim spaces, NUL padding and closing punctuation that belongs to the sentence around the quotation.
  return out.map(([a, b]) => {
    while (a < b && /[\s\u0000']/.test(t[a])) a++;
    while (b > a && /[\s\u0000,']/.test(t[b - 1])) b--;
    return [a, b];
  }).filter(([a, b]) => b > a && /[\p{L}\p{N}]/u.test(text.slice(a, b)));
}
