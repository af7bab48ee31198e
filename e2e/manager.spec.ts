import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { apiAs } from './api.ts';
import { homeJourney, signIn } from './session.ts';

test('the manager signs in, sees its own menu, and signs out', async ({ page }) => {
  await homeJourney(page, 'manager');
});

test('the manager reads the statistics of one sector, sees hidden cells explained, exports the CSV, and no learner', async ({ page, request }) => {
  // Learners to try the screens with, as an agent finds them.
  const agent = await apiAs(request, 'agent');
  const { data: learners } = await agent.query<{ data: { id: string }[] }>(
    'learners.getList',
    { pagination: { page: 1, perPage: 3 }, sort: { field: 'lastName', order: 'ASC' }, filter: {} },
    { purpose: 'learner_request' },
  );
  expect(learners.length).toBeGreaterThan(0);

  await signIn(page, 'manager');
  // The statistics are the managers' home page; the rollup runs a moment after the server starts.
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole('table', { name: 'Statistiques' })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });

  await page.getByLabel('Lignes').click();
  await page.getByRole('option', { name: 'Région' }).click();
  await page.getByLabel('Filtre', { exact: true }).click();
  await page.getByRole('option', { name: "Secteur de l'employeur" }).click();
  await page.getByLabel('Valeur du filtre').click();
  await page.getByRole('option', { name: 'Banque' }).click();

  const table = page.getByRole('table', { name: 'Statistiques' });
  await expect(table.getByRole('columnheader', { name: 'Région' })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'Total' })).toBeVisible();
  // Small régions of one sector rest on too few learners: marked, and the note says why.
  const hidden = table.locator('td[data-suppressed="true"]');
  await expect(hidden.first()).toHaveText('masqué');
  await expect(page.getByRole('note')).toContainText('reposent sur moins de 5 stagiaires');
  await page.screenshot({ path: 'test-results/manager-statistics.png', fullPage: true });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger le CSV' }).click()]);
  const csv = readFileSync((await download.path()) ?? '', 'utf8');
  expect(csv.startsWith('\uFEFFRégion;Stagiaires\r\n')).toBe(true);
  expect(csv).toContain(';masqué\r\n');
  // One line per row shown, plus the header: only what the screen shows.
  expect(csv.trimEnd().split('\r\n')).toHaveLength((await table.locator('tbody tr').count()) + 1);

  for (const path of ['/#/learners', ...learners.flatMap((l) => [`/#/learners/${l.id}`, `/#/learners/${l.id}/show`])]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: 'Non autorisé' })).toBeVisible();
  }
});
