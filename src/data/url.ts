/**
 * The one rule for addresses in the data: only `http:` and `https:` URLs with a host become links. `javascript:`,
 * `data:`, `vbscript:`, `ftp:`, a scheme split by a tab or hidden behind an entity, a relative or schemeless address:
 * all stay text. The validator warns with the same rule, so what it lets through as a link is what the elements link.
 */
function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** The address, without surrounding white space, where it may become a link; else undefined (show it as text). */
export function safeHttpUrl(value: string | undefined): string | undefined {
  const url = value?.trim();
  return url && isHttpUrl(url) ? url : undefined;
}
