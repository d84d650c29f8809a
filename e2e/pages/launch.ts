import { expect, type Locator, type Page } from '@playwright/test';

/** The launch wizard, as far as the specs of other screens drive it. */
export class LaunchPage {
  constructor(readonly page: Page) {}

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name: new RegExp(`^${name}`) });
  }

  /** An empty draft on the launch screen. */
  async openFresh(origin: string): Promise<void> {
    await this.page.evaluate(() => localStorage.removeItem('novadesk.launch'));
    await this.page.goto(`${origin}/#/launch`);
    await this.page.reload();
    await expect(this.page.getByRole('heading', { name: 'Launch servers' })).toBeVisible();
  }

  async fillBasics(name: string, image: string, flavor: string, network: string): Promise<void> {
    await this.page.getByLabel('Name *').fill(name);
    await this.tab('Source').click();
    await this.page.getByRole('radio', { name: image, exact: true }).check();
    await this.tab('Flavor').click();
    await this.page.getByRole('radio', { name: flavor, exact: true }).check();
    await this.tab('Networks').click();
    await this.page.getByRole('button', { name: `Add ${network}` }).click();
  }

  /** Boot source kind (Image, Instance snapshot, Bootable volume, Volume snapshot) and its row. */
  async chooseSource(kind: string, name: string): Promise<void> {
    await this.tab('Source').click();
    await this.page.getByRole('radiogroup', { name: 'Boot from' }).getByRole('radio', { name: new RegExp(`^${kind}`) }).check();
    await this.page.getByRole('radio', { name, exact: true }).check();
  }

  async chooseFlavor(name: string): Promise<void> {
    await this.tab('Flavor').click();
    await this.page.getByRole('radio', { name, exact: true }).check();
  }

  async addNetwork(network: string): Promise<void> {
    await this.tab('Networks').click();
    await this.page.getByRole('button', { name: `Add ${network}` }).click();
  }

  /** The source step's "create a new volume" switch for an image or instance snapshot. */
  newVolume(): Locator {
    return this.page.getByRole('checkbox', { name: 'Create a new volume from it and boot from that volume' });
  }

  rootSize(): Locator {
    return this.page.getByLabel('Root volume size (GiB)');
  }

  rootType(): Locator {
    return this.page.getByLabel('Root volume type');
  }

  async chooseKeyPair(name: string): Promise<void> {
    await this.tab('Key pair').click();
    await this.page.getByRole('radio', { name, exact: true }).check();
  }

  async chooseServerGroup(name: string): Promise<void> {
    await this.tab('Server group').click();
    await this.page.getByRole('radio', { name, exact: true }).check();
  }

  body(): Locator {
    return this.page.getByLabel('Request body');
  }

  async launch(): Promise<void> {
    await this.page.getByRole('button', { name: 'Launch', exact: true }).click();
  }

  run(name: string): Locator {
    return this.page.getByRole('article', { name: `Launch of ${name}` });
  }
}
