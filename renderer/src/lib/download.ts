/**
 * Hands a text file to the browser's download, which Chromium (in both hosts) lets the user
 * place. The content never goes through main or the network.
 */
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  try {
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.rel = 'noopener';
    document.body.append(a);
    a.click();
    a.remove();
  } finally {
    // revoked after the click has been handled
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
