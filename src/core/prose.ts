/**
 * Elements whose text is never story prose: code and styles, inert templates, what shows only when something
 * else fails or scripting is off, frames and media, SVG and MathML (a drawing's or formula's text is labels, not
 * sentences; a figure's caption is HTML), and form controls. Cleaning removes them before anything reads text
 * (headline, captions, byline, the story), so a page that puts them inside or between story blocks changes no
 * block; the sanitizer drops them with their content.
 */
export const NOT_PROSE: readonly string[] = [
  'script', 'style', 'template', 'noscript', 'noembed', 'noframes', 'xmp', 'plaintext',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'canvas', 'audio', 'video', 'slot',
  'svg', 'math', 'title', 'head',
  'select', 'option', 'optgroup', 'datalist', 'textarea', 'button', 'input', 'output', 'meter', 'progress',
  // No text, but a page's <link>, <meta> or <base> in its body is no content either (and shifts `:first-child`).
  'link', 'meta', 'base',
];

/** Shorter than this (characters, white space collapsed), a run of text is a label, a link's words or a byline, not prose. */
export const MIN_PROSE_RUN = 80;
