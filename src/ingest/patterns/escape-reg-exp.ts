/** Text as a literal inside a `u`-flag pattern (which rejects needless escapes such as `\-`). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
