import type { filesOps } from '../../../shared/ipc/contract/files.js';
import { imageFileFacts } from '../../openstack/image/image-file.js';
import type { AppContext, HandlersFor } from './types.js';

export function filesHandlers({ files, transfers }: AppContext): HandlersFor<typeof filesOps> {
  return {
    'files.pickImage': async () => {
      const path = await files.picker.openFile('Image file to upload');
      if (!path) return null;
      const facts = await imageFileFacts(path);
      return { ...facts, ref: files.picked.add(path, 'read').ref };
    },
    'files.pickSaveTarget': async ({ suggestedName }) => {
      const path = await files.picker.saveFile('Save the image as', suggestedName);
      return path ? files.picked.add(path, 'write') : null;
    },
    'transfers.cancel': async ({ transfer }) => transfers.cancel(transfer),
  };
}
