/**
 * Put plain text on the clipboard. The async Clipboard API needs a secure context and focus (extension
 * pages have both; an http:// article page does not), so fall back to a one-shot `copy` event, which
 * works from a user gesture without touching the selection.
 */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
  const nav = doc.defaultView?.navigator;
  try {
    if (nav?.clipboard?.writeText && doc.defaultView?.isSecureContext) {
      await nav.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the copy event
  }
  let done = false;
  const onCopy = (e: ClipboardEvent) => {
    if (!e.clipboardData) return;
    e.clipboardData.setData('text/plain', text);
    e.preventDefault();
    e.stopImmediatePropagation();
    done = true;
  };
  doc.addEventListener('copy', onCopy, true);
  try {
    doc.execCommand('copy');
  } catch {
    done = false;
  } finally {
    doc.removeEventListener('copy', onCopy, true);
  }
  return done;
}
