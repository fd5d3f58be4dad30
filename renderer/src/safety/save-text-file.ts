/**
 * Hands a text file the core produced (issue list, audit trail CSV) to the analyst. Until the renderer's file seam
 * (platform/files `saveFile`, native save dialog in Electron) is merged, a download — Electron shows its own save
 * dialog for it.
 */
export function saveTextFile(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
