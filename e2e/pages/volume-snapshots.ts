import type { Locator, Page } from '@playwright/test';
import { ResourceScreenPage } from './resource-screen.js';

/** The Volume snapshots screen. */
export class VolumeSnapshotsPage extends ResourceScreenPage {
  constructor(page: Page) {
    super(page, 'Volume snapshots');
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: /^Volume snapshots/ });
  }
}
