/**
 * Where the bench finds things on Novadesk's servers screen (the resource-screen kit's markup),
 * in one place: the screen cases time the frames these appear in.
 */
import type { Page } from '@playwright/test';

/** the data rows the table has in the DOM (it keeps only the rows in view) */
export const ROWS = 'table.kit-table tbody tr[data-index]';
/** the screen's title: "Servers · <cloud>" */
export const TITLE = '#servers-title';
/** the element that scrolls the list */
export const SCROLL = '.kit-scroll';

/** Waits (bounded) until the list's refresh is over: the Refresh button is disabled while it runs. */
export async function listQuiet(page: Page, timeoutMs = 60_000): Promise<void> {
  await page
    .getByRole('button', { name: 'Refresh', exact: true })
    .and(page.locator(':enabled'))
    .waitFor({ timeout: timeoutMs })
    .catch(() => undefined);
}
