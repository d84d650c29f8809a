import { downloadText } from '../../lib/download.js';

/**
 * Saving a file where the user chooses: the File System Access save dialog where Chromium
 * offers it (Electron and the browser host both run Chromium), else a download, which the
 * browser also lets the user place. The content never goes through main or the network.
 */

interface SaveHandle {
  createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }>;
}
type SavePicker = (options: {
  suggestedName: string;
  types?: Array<{ description: string; accept: Record<string, string[]> }>;
}) => Promise<SaveHandle>;

export type SaveOutcome = 'saved' | 'downloaded' | 'cancelled';

export async function saveTextFile(suggestedName: string, text: string, description: string): Promise<SaveOutcome> {
  const picker = (window as unknown as { showSaveFilePicker?: SavePicker }).showSaveFilePicker;
  if (picker) {
    try {
      const handle = await picker({ suggestedName, types: [{ description, accept: { 'application/x-pem-file': ['.pem', '.key'] } }] });
      const out = await handle.createWritable();
      await out.write(text);
      await out.close();
      return 'saved';
    } catch (e) {
      if ((e as { name?: string }).name === 'AbortError') return 'cancelled';
      // a refused picker (policy, sandbox) still leaves the download
    }
  }
  downloadText(suggestedName, text, 'application/x-pem-file');
  return 'downloaded';
}

/** Reads a file the user picked (public key, user data). */
export async function readFileBytes(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}
