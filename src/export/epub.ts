/**
 * EPUB 3 (one chapter: the article), zipped with fflate: `mimetype` first and stored, then the container, the
 * package document with the citation metadata (Dublin Core), the navigation document, the XHTML, the stylesheet
 * and the images as files of the book (the lead image is the cover). Validated by epubcheck in the tests.
 */
import { zipSync, strToU8, type Zippable } from 'fflate';
import { citationData, isoDay } from '../core/cite/data';
import { buildArticle, KEEP_CSS, type KeepInput } from './article';
import type { KeptImage } from './images';

function xml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

function xhtml(lang: string, title: string, body: string, css: boolean): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${xml(lang)}" xml:lang="${xml(lang)}">
<head>
<meta charset="utf-8"/>
<title>${xml(title)}</title>
${css ? '<link rel="stylesheet" type="text/css" href="style.css"/>\n' : ''}</head>
<body>
${body}
</body>
</html>
`;
}

const CONTAINER = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
`;

export interface EpubOptions {
  /** The book's modification time (dcterms:modified) and the zip entries' dates. */
  now: Date;
}

export function keepEpub(input: KeepInput, images: Map<string, KeptImage>, opts: EpubOptions): Uint8Array {
  const r = input.result;
  const d = citationData(r, { accessed: input.accessed });
  const lang = d.lang;
  const doc = input.win.document.implementation.createHTMLDocument('');
  // Each image kept once, as a file of the book.
  const files = new Map<string, { href: string; img: KeptImage }>();
  const article = buildArticle(doc, input, (url) => {
    const img = images.get(url);
    if (!img) return null;
    let f = files.get(url);
    if (!f) files.set(url, (f = { href: `images/image-${files.size + 1}.${img.ext}`, img }));
    return f.href;
  });
  const serializer = new (input.win as Window & typeof globalThis).XMLSerializer();
  const body = serializer.serializeToString(article);

  const leadUrl = r.leadImage?.src ? new URL(r.leadImage.src, r.url).href : null;
  const modified = opts.now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const creators = d.authors.map((a) => ('literal' in a ? a.literal : `${a.given} ${a.family}`));
  const metadata = [
    `<dc:identifier id="uid">${xml(d.url)}</dc:identifier>`,
    `<dc:title>${xml(d.title)}</dc:title>`,
    `<dc:language>${xml(lang)}</dc:language>`,
    ...creators.map((c, i) => `<dc:creator id="creator${i + 1}">${xml(c)}</dc:creator>`),
    `<dc:publisher>${xml(d.outlet)}</dc:publisher>`,
    d.published ? `<dc:date>${isoDay(d.published)}</dc:date>` : '',
    `<dc:source>${xml(d.url)}</dc:source>`,
    `<meta property="dcterms:modified">${modified}</meta>`,
  ].filter(Boolean);
  const manifest = [
    '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
    '<item id="article" href="article.xhtml" media-type="application/xhtml+xml"/>',
    '<item id="css" href="style.css" media-type="text/css"/>',
    ...[...files.entries()].map(
      ([url, f], i) => `<item id="img${i + 1}" href="${xml(f.href)}" media-type="${f.img.mime}"${url === leadUrl ? ' properties="cover-image"' : ''}/>`,
    ),
  ];
  const opf = `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="${xml(lang)}">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    ${metadata.join('\n    ')}
  </metadata>
  <manifest>
    ${manifest.join('\n    ')}
  </manifest>
  <spine>
    <itemref idref="article"/>
  </spine>
</package>
`;
  const nav = xhtml(
    lang,
    d.title,
    `<nav epub:type="toc" id="toc"><h1>${xml(input.t('contents'))}</h1><ol><li><a href="article.xhtml">${xml(d.title)}</a></li></ol></nav>`,
    false,
  );
  const mtime = opts.now;
  const entries: Zippable = {
    // First and uncompressed, as OCF requires, so the type can be read at a fixed offset.
    mimetype: [strToU8('application/epub+zip'), { level: 0, mtime }],
    'META-INF/container.xml': [strToU8(CONTAINER), { mtime }],
    'OEBPS/content.opf': [strToU8(opf), { mtime }],
    'OEBPS/nav.xhtml': [strToU8(nav), { mtime }],
    'OEBPS/article.xhtml': [strToU8(xhtml(lang, d.title, body, true)), { mtime }],
    'OEBPS/style.css': [strToU8(KEEP_CSS), { mtime }],
  };
  // Images are compressed already.
  for (const f of files.values()) entries[`OEBPS/${f.href}`] = [f.img.bytes, { level: 0, mtime }];
  return zipSync(entries);
}
