/** Email drafts: the greeting name and the mailto: address the OS mail client opens. Pure, shared with the renderer. */
export const firstName = (name: string) => name.trim().split(/\s+/)[0] || name;

export function mailtoUrl(to: string, subject: string, body: string): string | null {
  return to ? `mailto:${encodeURIComponent(to)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}` : null;
}
