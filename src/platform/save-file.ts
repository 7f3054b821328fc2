/**
 * Saving a file from an extension page (the reader tab), inside a click handler: an object URL
 * for the text and a hidden <a download>. No downloads permission: the browser's own download
 * flow takes it from there (and may ask where to save).
 */
export function saveFile(doc: Document, fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Firefox reads the URL after click() returns: revoke it later, not at once.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
