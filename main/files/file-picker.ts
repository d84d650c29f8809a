import { execFile } from 'node:child_process';
import { OpenStackError } from '../openstack/errors.js';

/**
 * The system's file dialog, shown by main: a path never comes from the renderer, so a page
 * cannot make main read or overwrite a file the user did not pick. undefined: cancelled.
 */
export interface FilePicker {
  openFile(title: string): Promise<string | undefined>;
  saveFile(title: string, suggestedName: string): Promise<string | undefined>;
}

/**
 * The browser host has no window of its own to hang a dialog on: it runs a picker program,
 * `NOVADESK_FILE_PICKER` (called with `open <title>` or `save <title> <name>`, printing the
 * path) or zenity. A program that exits non-zero or prints nothing means cancelled.
 */
export function commandFilePicker(env: NodeJS.ProcessEnv = process.env): FilePicker {
  const custom = env.NOVADESK_FILE_PICKER;
  const run = (args: string[]): Promise<string | undefined> =>
    new Promise((resolve, reject) => {
      execFile(custom ?? 'zenity', args, { timeout: 30 * 60_000 }, (error, stdout) => {
        if ((error as NodeJS.ErrnoException | null)?.code === 'ENOENT') {
          reject(new OpenStackError('internal', 'no file dialog here: install zenity, or set NOVADESK_FILE_PICKER to a program that prints the chosen path', { field: 'file' }));
          return;
        }
        const path = stdout.trim().split('\n')[0];
        resolve(error || !path ? undefined : path);
      });
    });
  return custom
    ? { openFile: (title) => run(['open', title]), saveFile: (title, name) => run(['save', title, name]) }
    : {
        openFile: (title) => run(['--file-selection', `--title=${title}`]),
        saveFile: (title, name) => run(['--file-selection', '--save', '--confirm-overwrite', `--title=${title}`, `--filename=${name}`]),
      };
}
