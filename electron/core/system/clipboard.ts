import { PlannerError } from '../errors';
import type { Platform } from '../platform';

/**
 * Copies text through the desktop's clipboard. Where the shell has none (browser mode) it says so, and
 * the page copies with the browser's own clipboard instead.
 */
export function copyText(platform: Platform, text: string): { copied: boolean } {
  if (!platform.writeClipboardText) return { copied: false };
  try {
    platform.writeClipboardText(text);
    return { copied: true };
  } catch {
    throw new PlannerError('CONFLICT', 'Mentor Planner could not copy to the clipboard (another program may be using it). Try again, or select the text and copy it with Ctrl+C (⌘C on a Mac).');
  }
}
