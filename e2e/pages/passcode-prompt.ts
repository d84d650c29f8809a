import { expect, type Locator, type Page } from '@playwright/test';

/** The TOTP passcode prompt a password + TOTP cloud shows where a login needs one. */
export class PasscodePrompt {
  constructor(
    readonly page: Page,
    readonly cloud: string,
  ) {}

  dialog(): Locator {
    return this.page.getByRole('dialog', { name: `Passcode for ${this.cloud}` });
  }

  /** Types the passcode and logs in; the dialog stays open when Keystone refuses it. */
  async enter(passcode: string): Promise<void> {
    const dialog = this.dialog();
    await expect(dialog).toBeVisible({ timeout: 30_000 });
    await dialog.getByLabel('Passcode from your authenticator').fill(passcode);
    await dialog.getByRole('button', { name: 'Log in' }).click();
  }

  /** Keystone's refusal, shown in the dialog. */
  refusal(): Locator {
    return this.dialog().getByRole('alert');
  }
}
