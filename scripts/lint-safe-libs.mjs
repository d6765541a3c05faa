/**
 * esbuild plugin for the extension bundles: Readability and DOMPurify each assign `innerHTML` once or twice,
 * always on inert documents (Readability on the story document we make with createHTMLDocument, DOMPurify on
 * its own template document in a fallback path). The Firefox add-on linter cannot tell and flags every such
 * assignment. These rewrites keep the libraries' behaviour with APIs it accepts:
 *  - Readability re-parses HTML with DOMParser (inert) and imports the nodes;
 *  - DOMPurify's fallback (only reached when DOMParser throws) fails closed: nothing survives.
 * A patch whose target text is missing fails the build, so a library update cannot slip through unchecked.
 */
import { readFile } from 'node:fs/promises';

const PARSE = (html, owner) =>
  `Array.from(new DOMParser().parseFromString("<!doctype html><body>" + ${html}, "text/html").body.childNodes, function (n) { return ${owner}.importNode(n, true); })`;

const PATCHES = [
  {
    file: /@mozilla[\\/]readability[\\/]Readability\.js$/,
    edits: [
      ['page.innerHTML = pageCacheHtml;', `page.replaceChildren(...${PARSE('pageCacheHtml', 'page.ownerDocument')});`],
      ['tmp.innerHTML = noscript.innerHTML;', `tmp.replaceChildren(...${PARSE('noscript.innerHTML', 'doc')});`],
    ],
  },
  {
    file: /dompurify[\\/]dist[\\/]purify\.(es\.mjs|cjs\.js|js)$/,
    edits: [['doc.documentElement.innerHTML = IS_EMPTY_INPUT ? emptyHTML : dirtyPayload;', 'doc.documentElement.textContent = "";']],
  },
];

export const lintSafeLibs = {
  name: 'lint-safe-libs',
  setup(build) {
    for (const patch of PATCHES) {
      build.onLoad({ filter: patch.file }, async (args) => {
        let source = await readFile(args.path, 'utf8');
        for (const [from, to] of patch.edits) {
          if (!source.includes(from)) throw new Error(`lint-safe-libs: "${from}" not found in ${args.path}; review the patch`);
          source = source.replace(from, to);
        }
        return { contents: source, loader: 'js' };
      });
    }
  },
};
