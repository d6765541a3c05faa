/**
 * One page's writes of the settings: edits are written once they settle (storage.sync has write quotas),
 * and `storage.onChanged` reports are told apart into this page's own writes and other pages' changes.
 *
 * Why: storage reports every write back to the page that made it, late. An echo of an older write that
 * arrives after a newer edit would otherwise be taken for another page's change and undo that edit (the
 * options page then wrote the undone value too).
 */
import { saveSettings, settingsFromChange, validateSettings, type Settings, type StorageAreaLike } from './settings';

export interface SettingsWriter {
  /** Write these settings once edits have been still for the delay; a newer edit replaces them. */
  write(settings: Settings): void;
  /**
   * Another page's settings from a `storage.onChanged` change set, or null: nothing about the settings,
   * an echo of this page's own write, or a change that arrives while an edit here is not yet written
   * (this page's edit is written after it and wins, so the page keeps showing it).
   */
  othersChange(changes: Record<string, { newValue?: unknown }>): Settings | null;
}

export interface SettingsWriterOptions {
  delayMs: number;
  /** Called when the newest edit is written (null) or its write failed; never for a replaced edit. */
  onWritten?: (error: unknown) => void;
}

/** Own writes whose echo has not come back; older ones than an echo that comes back are dropped with it. */
const MAX_UNECHOED = 8;

const key = (s: Settings): string => JSON.stringify(validateSettings(s));

export function settingsWriter(area: StorageAreaLike, { delayMs, onWritten }: SettingsWriterOptions): SettingsWriter {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let edits = 0;
  let unwritten = false;
  const unechoed: string[] = [];

  const flush = async (settings: Settings, edit: number): Promise<void> => {
    const k = key(settings);
    unechoed.push(k);
    if (unechoed.length > MAX_UNECHOED) unechoed.shift();
    let error: unknown = null;
    try {
      await saveSettings(area, settings);
    } catch (err) {
      error = err;
      const i = unechoed.lastIndexOf(k);
      if (i >= 0) unechoed.splice(i, 1);
    }
    if (edit !== edits) return;
    unwritten = false;
    onWritten?.(error);
  };

  return {
    write(settings) {
      clearTimeout(timer);
      const edit = ++edits;
      unwritten = true;
      timer = setTimeout(() => void flush(settings, edit), delayMs);
    },
    othersChange(changes) {
      const s = settingsFromChange(changes);
      if (!s) return null;
      const i = unechoed.indexOf(key(s));
      if (i >= 0) {
        unechoed.splice(0, i + 1);
        return null;
      }
      return unwritten ? null : s;
    },
  };
}
