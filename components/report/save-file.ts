/**
 * Saves text as a file the way a web page does: a Blob behind an <a download>, clicked. No "downloads" permission
 * is needed, and the browser asks where to save if the user set it so. The address is released once the click has
 * been handed to the browser.
 */
export function saveFile(fileName: string, mediaType: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
