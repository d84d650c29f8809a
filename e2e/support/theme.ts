import { expect, type Page } from '@playwright/test';

/**
 * Switches the theme the way a user does, from the command palette (Ctrl+K), and waits until
 * the page has it. A no-op when the page already has that theme.
 */
export async function useTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  const html = page.locator('html');
  if ((await html.getAttribute('data-theme')) === theme) return;
  await page.keyboard.press('Control+K');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette.getByRole('combobox', { name: 'Command' })).toBeFocused();
  await page.keyboard.type(`${theme} theme`);
  await expect(palette.getByRole('option', { name: `Use the ${theme} theme` })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(html).toHaveAttribute('data-theme', theme);
}
