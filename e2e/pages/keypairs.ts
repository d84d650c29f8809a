import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { ResourceScreenPage } from './resource-screen.js';

/** The Key pairs screen. */
export class KeypairsPage extends ResourceScreenPage {
  constructor(page: Page) {
    super(page, 'Key pairs');
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: /^Key pairs/ });
  }

  /** Generates a key pair; returns the dialog showing the private key once. */
  async generate(name: string): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Generate key pair…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Generate an ed25519 key pair' });
    await dialog.getByLabel('Key pair name').fill(name);
    await dialog.getByRole('button', { name: 'Generate', exact: true }).click();
    return dialog;
  }

  /** Saves the private key shown once (the download fallback: headless Chromium has no save dialog). */
  async savePrivateKey(dialog: Locator): Promise<Download> {
    await this.page.evaluate(() => {
      (window as unknown as { showSaveFilePicker?: unknown }).showSaveFilePicker = undefined;
    });
    const download = this.page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Save private key…' }).click();
    return download;
  }

  /** Imports a public key from a `.pub` file; the name comes from the file's name. */
  async importFile(fileName: string, publicKey: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Import public key…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Import a public key' });
    await dialog.getByLabel('Or load a .pub file').setInputFiles({ name: fileName, mimeType: 'text/plain', buffer: Buffer.from(`${publicKey}\n`) });
    await expect(dialog.getByLabel('Public key')).toHaveValue(publicKey);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(dialog).toBeHidden();
  }
}
