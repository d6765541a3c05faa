/**
 * The look of the clean view, shared by the popup, the options preview and the in-page reader.
 * Kept as a string so the content script can put it inside its shadow root; extension pages adopt it
 * as a constructed stylesheet. Themes are custom properties keyed on [data-theme] of a `.tmt-theme`
 * element; font, size, width and line height come from `applySettings` (render.ts).
 */

const LIGHT = `--bg:#fdfdfc;--fg:#1f2328;--muted:#57606a;--card:#f3f5f8;--line:#d8dee4;--accent:#0b5cad;--accent-fg:#fff;--mark:#ffe28a;--mark-fg:#1f2328;--focus:#0b5cad;`;
const SEPIA = `--bg:#f7f0e3;--fg:#3a2e22;--muted:#65533f;--card:#efe4cf;--line:#d9c9ac;--accent:#8a4513;--accent-fg:#fff;--mark:#f3cd63;--mark-fg:#3a2e22;--focus:#8a4513;`;
const DARK = `--bg:#18191c;--fg:#e4e1dc;--muted:#a8a49d;--card:#23252a;--line:#3a3d44;--accent:#8cb8ff;--accent-fg:#111;--mark:#806a1f;--mark-fg:#fff;--focus:#8cb8ff;`;

export const ARTICLE_CSS = `
.tmt-theme{${LIGHT}--serif:Charter,"Bitstream Charter","Sitka Text",Cambria,"Iowan Old Style","Noto Serif","DejaVu Serif",Georgia,serif;--sans:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue","DejaVu Sans",Arial,sans-serif;--tmt-size:19px;--tmt-width:70ch;--tmt-lh:1.6;
  background:var(--bg);color:var(--fg);color-scheme:light}
.tmt-theme[data-theme=sepia]{${SEPIA}}
.tmt-theme[data-theme=dark]{${DARK}color-scheme:dark}
@media (prefers-color-scheme:dark){.tmt-theme[data-theme=system]{${DARK}color-scheme:dark}}
.tmt-article{font-family:var(--serif);font-size:var(--tmt-size);line-height:var(--tmt-lh);max-width:var(--tmt-width);margin:0 auto;
  text-rendering:optimizeLegibility;-webkit-font-smoothing:antialiased;font-kerning:normal;overflow-wrap:break-word}
[data-font=sans] .tmt-article,.tmt-article[data-font=sans]{font-family:var(--sans)}
.tmt-header{margin:0 0 1.4em}
.tmt-kicker{font-family:var(--sans);font-size:.7em;font-weight:650;letter-spacing:.08em;text-transform:uppercase;color:var(--muted);margin:0 0 .6em}
.tmt-title{font-size:1.85em;line-height:1.18;font-weight:700;letter-spacing:-.01em;margin:0 0 .5em;text-wrap:balance;hyphens:manual}
.tmt-title a{color:inherit;text-decoration:none}
.tmt-title a:hover{text-decoration:underline}
.tmt-standfirst{font-size:1.12em;line-height:1.45;margin:0 0 .7em}
.tmt-meta{font-family:var(--sans);font-size:.78em;line-height:1.5;color:var(--muted);margin:0;display:flex;flex-wrap:wrap;gap:.15em .5em}
.tmt-byline-note{font-style:italic}
.tmt-alternates{font-family:var(--sans);font-size:.78em;line-height:1.5;margin:.4em 0 0;display:flex;flex-wrap:wrap;gap:.15em .5em}
.tmt-alternates .tmt-sep{color:var(--muted)}
.tmt-lead{margin:0 0 1.6em}
.tmt-lead img,.tmt-story img{display:block;max-width:100%;height:auto;border-radius:4px}
.tmt-lead figcaption,.tmt-story figcaption{font-family:var(--sans);font-size:.74em;line-height:1.45;color:var(--muted);margin-top:.5em}
.tmt-credit{opacity:.9}
@media (max-width:640px){.tmt-story{hyphens:auto}}
.tmt-story p,.tmt-story ul,.tmt-story ol,.tmt-story figure,.tmt-story table,.tmt-story pre{margin:0 0 1em}
.tmt-story h2,.tmt-story h3,.tmt-story h4{font-family:var(--sans);line-height:1.3;margin:1.6em 0 .6em}
.tmt-story h2{font-size:1.25em}.tmt-story h3{font-size:1.1em}.tmt-story h4{font-size:1em}
.tmt-story blockquote{margin:1.2em 0;padding:0 0 0 1em;border-left:3px solid var(--line);color:var(--fg);font-style:italic}
.tmt-story li{margin:.3em 0}
.tmt-story a,.tmt-article a{color:var(--accent);text-decoration-thickness:1px;text-underline-offset:.15em}
.tmt-article .tmt-title a{color:inherit;text-decoration:none}
.tmt-story hr{border:0;border-top:1px solid var(--line);margin:2em 0}
.tmt-story table{border-collapse:collapse;font-size:.9em}.tmt-story td,.tmt-story th{border:1px solid var(--line);padding:.3em .5em}
.tmt-story pre{white-space:pre-wrap;font-size:.85em}
mark.tmt-hl{background:var(--mark);color:var(--mark-fg);border-radius:2px;box-shadow:0 0 0 2px var(--mark);scroll-margin:30vh}
mark.tmt-hl:focus{outline:none}
.tmt-keyquotes{font-family:var(--sans);background:var(--card);border:1px solid var(--line);border-radius:10px;padding:.2em 1.1em .6em;margin:0 0 2em;font-size:.86em;line-height:1.5}
.tmt-keyquotes summary{cursor:pointer;list-style:none;display:flex;align-items:center;gap:.5em;padding:.7em 0 .5em;border-radius:4px}
.tmt-keyquotes summary::-webkit-details-marker{display:none}
.tmt-keyquotes summary::before{content:"";width:.45em;height:.45em;border-right:2px solid var(--muted);border-bottom:2px solid var(--muted);transform:rotate(45deg);margin:0 .2em 0 .1em;transition:transform .15s}
.tmt-keyquotes details:not([open]) summary::before{transform:rotate(-45deg)}
.tmt-keyquotes h2{font-size:.8em;font-weight:700;letter-spacing:.08em;text-transform:uppercase;margin:0;color:var(--fg)}
.tmt-kq-list{list-style:none;margin:0;padding:0}
.tmt-kq{padding:.75em 0;border-top:1px solid var(--line)}
.tmt-kq-text{font-family:var(--serif);font-size:1.08em;line-height:1.45;margin:0 0 .3em;padding:0;border:0;font-style:normal}
[data-font=sans] .tmt-kq-text{font-family:var(--sans)}
.tmt-kq-who{margin:0;color:var(--muted)}
.tmt-kq-name{font-weight:650;color:var(--fg)}
.tmt-kq-unknown{font-style:italic}
.tmt-kq-foot{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.4em 1em}
.tmt-kq-actions{display:flex;flex-wrap:wrap;gap:.4em}
.tmt-btn{font:inherit;font-family:var(--sans);font-size:.85em;line-height:1.2;color:var(--fg);background:var(--bg);border:1px solid var(--line);border-radius:6px;padding:.45em .8em;cursor:pointer;min-height:2em}
.tmt-btn:hover{border-color:var(--muted)}
.tmt-btn[aria-pressed=true],.tmt-btn.tmt-primary{background:var(--accent);color:var(--accent-fg);border-color:var(--accent)}
.tmt-btn-small{font-size:.8em;padding:.35em .7em}
.tmt-theme :focus-visible{outline:3px solid var(--focus);outline-offset:2px}
@media (prefers-reduced-motion:reduce){.tmt-theme *,.tmt-theme *::before{transition:none!important;animation:none!important;scroll-behavior:auto!important}}
@media print{
  .tmt-theme{--bg:#fff;--fg:#000;--muted:#333;--card:#fff;--line:#999;--accent:#000;background:#fff!important;color:#000!important}
  .tmt-article{max-width:none;font-size:11.5pt;line-height:1.5}
  .tmt-kq-actions,.tmt-noprint{display:none!important}
  .tmt-keyquotes{break-inside:avoid;border:1px solid #999}
  .tmt-keyquotes summary::before{display:none}
  .tmt-story a{color:#000;text-decoration:underline}
  .tmt-story a[href^="http"]::after{content:" (" attr(href) ")";font-size:.8em;word-break:break-all}
  .tmt-story p,.tmt-story li{orphans:3;widows:3}
  .tmt-story h2,.tmt-story h3{break-after:avoid}
  mark.tmt-hl{background:none;box-shadow:none;color:inherit}
}
`;
