import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * What the browser's console says while a journey runs: React's warnings (an unknown prop on a DOM
 * element, a missing key) and failed loads (a 404 favicon) are defects a user never reports.
 */
export function watchConsole(page: Page): () => string[] {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') messages.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  // A refused read answers 4xx on purpose (the page then says "Non autorisé"); other failures are defects.
  page.on('response', (response) => {
    if (response.status() === 404 && !response.url().includes('/trpc/')) messages.push(`404: ${new URL(response.url()).pathname}`);
  });
  return () => messages.filter((m) => !/the server responded with a status of 4\d\d/.test(m));
}

/**
 * axe-core on the screen as it stands once its transitions have ended (a label caught mid-fade reads
 * as too pale): no serious or critical violation (WCAG 2.1 AA rules).
 */
export async function expectAccessible(page: Page, screen: string) {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getTiming().iterations !== Number.POSITIVE_INFINITY)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const grave = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${screen}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}: ${v.nodes[0]?.failureSummary ?? ''}`);
  expect.soft(grave, grave.join('\n')).toEqual([]);
}
