/** A file or folder name any operating system accepts: no path separators or reserved characters, not too long. */
export function safeFileName(text: string): string {
  const cleaned = text
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  return cleaned.slice(0, 120).trim() || 'peta';
}
