/**
 * Options page: every setting, saved to storage.sync as soon as it changes, with a live preview.
 * Built from the settings schema (src/shared/settings.ts), so ranges and choices stay in one place.
 */
import {
  DEFAULT_SETTINGS,
  FONTS,
  RANGES,
  THEMES,
  loadSettings,
  updateSettings,
  type NumericKey,
  type Settings,
} from '../shared/settings';
import { settingsWriter } from '../shared/settings-writer';
import { clearPositions } from '../shared/positions';
import { translator, uiLang, type MsgKey } from '../ui/i18n';
import { applySettings, h } from '../ui/dom';
import { ARTICLE_CSS } from '../ui/styles';
import { ext as browser } from '../platform/ext';

const lang = uiLang(browser.i18n.getUILanguage());
const t = translator(lang);
const shell = document.getElementById('shell') as HTMLElement;
const app = document.getElementById('app') as HTMLElement;
let settings: Settings = { ...DEFAULT_SETTINGS };
const d = document;

const THEME_LABEL: Record<string, MsgKey> = { light: 'themeLight', sepia: 'themeSepia', dark: 'themeDark', system: 'themeSystem' };
const FONT_LABEL: Record<string, MsgKey> = { serif: 'fontSerif', sans: 'fontSans' };

function radios(name: 'theme' | 'font', legend: MsgKey, values: readonly string[], labels: Record<string, MsgKey>): HTMLElement {
  return h(
    d,
    'fieldset',
    {},
    h(d, 'legend', {}, t(legend)),
    h(
      d,
      'div',
      { class: 'choices' },
      ...values.map((v) =>
        h(d, 'label', { class: 'choice' }, h(d, 'input', { type: 'radio', name, value: v, 'data-testid': `opt-${name}-${v}` }), t(labels[v]!)),
      ),
    ),
  );
}

function range(key: NumericKey, label: MsgKey, fmt: (n: number) => string): HTMLElement {
  const [min, max, step] = RANGES[key];
  const id = `opt-${key}`;
  const input = h(d, 'input', { type: 'range', id, name: key, min, max, step, 'data-testid': id });
  const out = h(d, 'output', { for: id, 'data-testid': `${id}-value` });
  out.dataset.fmt = key;
  formatters[key] = fmt;
  return h(d, 'div', { class: 'row' }, h(d, 'label', { for: id, class: 'label' }, t(label)), out, input);
}

const formatters: Partial<Record<NumericKey, (n: number) => string>> = {};

function check(key: 'autoOpen' | 'images', label: MsgKey): HTMLElement {
  const id = `opt-${key}`;
  return h(d, 'div', { class: 'check' }, h(d, 'input', { type: 'checkbox', id, name: key, 'data-testid': id }), h(d, 'label', { for: id }, t(label)));
}

function fill(form: HTMLFormElement): void {
  for (const el of Array.from(form.elements) as HTMLInputElement[]) {
    const key = el.name as keyof Settings;
    if (!(key in settings)) continue;
    if (el.type === 'radio') el.checked = settings[key] === el.value;
    else if (el.type === 'checkbox') el.checked = settings[key] as boolean;
    else el.value = String(settings[key]);
  }
  for (const out of Array.from(form.querySelectorAll('output'))) {
    const key = out.dataset.fmt as NumericKey;
    out.textContent = formatters[key]?.(settings[key]) ?? String(settings[key]);
  }
  applySettings(shell, settings);
}

function read(form: HTMLFormElement): Partial<Settings> {
  const change: Record<string, unknown> = {};
  for (const el of Array.from(form.elements) as HTMLInputElement[]) {
    if (!el.name) continue;
    if (el.type === 'radio') {
      if (el.checked) change[el.name] = el.value;
    } else if (el.type === 'checkbox') change[el.name] = el.checked;
    else if (el.type === 'range') change[el.name] = Number(el.value);
  }
  return change as Partial<Settings>;
}

async function shortcutText(): Promise<string> {
  try {
    const cmd = (await browser.commands.getAll()).find((c) => c.name === 'toggle-reader');
    return cmd?.shortcut || t('optionsShortcutNone');
  } catch {
    return t('optionsShortcutNone');
  }
}

async function main(): Promise<void> {
  document.documentElement.lang = lang;
  document.title = t('optionsTitle');
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(ARTICLE_CSS);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // options.css alone still gives a usable page
  }
  settings = await loadSettings(browser.storage.sync);

  const saved = h(d, 'p', { class: 'saved', role: 'status', 'data-testid': 'opt-saved' });
  // Reading positions live in storage.local (this device only), apart from the synced settings.
  const positionsStatus = h(d, 'span', { class: 'saved', role: 'status', 'data-testid': 'opt-positions-status' });
  const clearPositionsButton = h(d, 'button', { type: 'button', class: 'tmt-btn', 'data-testid': 'opt-clear-positions' }, t('clearPositions'));
  clearPositionsButton.addEventListener('click', () => {
    clearPositions(browser.storage.local).then(
      () => (positionsStatus.textContent = t('positionsCleared')),
      (err: unknown) => (positionsStatus.textContent = err instanceof Error ? err.message : String(err)),
    );
  });
  const reset = h(d, 'button', { type: 'button', class: 'tmt-btn', 'data-testid': 'opt-reset' }, t('reset'));
  const form = h(
    d,
    'form',
    { 'data-testid': 'options-form' },
    h(
      d,
      'section',
      { 'aria-labelledby': 'sec-look' },
      h(d, 'h2', { id: 'sec-look' }, t('optionsAppearance')),
      radios('theme', 'theme', THEMES, THEME_LABEL),
      radios('font', 'font', FONTS, FONT_LABEL),
      range('fontSize', 'fontSize', (n) => t('pxValue', n)),
      range('lineWidth', 'lineWidth', (n) => t('chValue', n)),
      range('lineHeight', 'lineHeight', (n) => n.toFixed(1)),
      h(d, 'p', { class: 'label', id: 'preview-label' }, t('optionsPreview')),
      h(
        d,
        'div',
        { class: 'preview', role: 'region', 'aria-labelledby': 'preview-label' },
        h(d, 'div', { class: 'tmt-article' }, h(d, 'p', {}, t('optionsPreviewText'))),
      ),
    ),
    h(
      d,
      'section',
      { 'aria-labelledby': 'sec-behaviour' },
      h(d, 'h2', { id: 'sec-behaviour' }, t('optionsBehaviour')),
      range('keyQuotes', 'keyQuotesCount', (n) => String(n)),
      check('autoOpen', 'autoOpen'),
      check('images', 'images'),
      h(d, 'p', { class: 'hint', 'data-testid': 'opt-shortcut' }, t('optionsShortcut', await shortcutText())),
    ),
    h(
      d,
      'section',
      { 'aria-labelledby': 'sec-positions' },
      h(d, 'h2', { id: 'sec-positions' }, t('optionsPositions')),
      h(d, 'p', { class: 'hint' }, t('optionsPositionsHint')),
      h(d, 'div', { class: 'actions' }, clearPositionsButton, positionsStatus),
    ),
    h(d, 'div', { class: 'bottom' }, reset, saved),
  ) as HTMLFormElement;
  form.addEventListener('submit', (e) => e.preventDefault());

  // Sliders fire on every step: the writer writes once the hand stops.
  const writer = settingsWriter(browser.storage.sync, {
    delayMs: 250,
    onWritten: (err) => {
      saved.textContent = err === null ? t('saved') : err instanceof Error ? err.message : String(err);
    },
  });
  form.addEventListener('input', () => {
    settings = updateSettings(settings, read(form));
    saved.textContent = '';
    fill(form);
    writer.write(settings);
  });
  reset.addEventListener('click', () => {
    settings = { ...DEFAULT_SETTINGS };
    saved.textContent = '';
    fill(form);
    writer.write(settings);
  });
  // Quick controls in a reader elsewhere change the same settings: follow them.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'sync') return;
    const s = writer.othersChange(changes);
    if (s && JSON.stringify(s) !== JSON.stringify(settings)) {
      settings = s;
      fill(form);
    }
  });

  app.replaceChildren(h(d, 'h1', {}, t('optionsTitle')), h(d, 'p', { class: 'intro' }, t('optionsIntro')), form);
  fill(form);
}

main().catch((err: unknown) => {
  app.textContent = err instanceof Error ? err.message : String(err);
});
