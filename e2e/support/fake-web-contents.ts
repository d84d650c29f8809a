import { EventEmitter } from 'node:events';

/** For unit tests of the Electron shell: a webContents as far as the guards see it, an emitter plus setWindowOpenHandler. */
export class FakeContents extends EventEmitter {
  openHandler?: (details: { url: string }) => { action: 'deny' };
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.openHandler = handler;
  }
  /** emits a navigation-like event and says whether a listener prevented it */
  prevented(event: string, url: string): boolean {
    let prevented = false;
    this.emit(event, { url, preventDefault: () => (prevented = true) });
    return prevented;
  }
}
