import { expect, test } from '@playwright/test';
import { apiAs } from './api.ts';
import { answerMmeDupont, TICKET } from './journeys.ts';
import { homeJourney, signIn, signOut } from './session.ts';

test('the dpo signs in, sees its own menu, and signs out', async ({ page }) => {
  await homeJourney(page, 'dpo');
});

test("the dpo finds the agent's reads of Mme Dupont, reviews a flagged read, and verifies the log", async ({ page, request }) => {
  await answerMmeDupont(page, '07 11 22 33 44');
  await page.goto('/');
  await signOut(page);
  // A read under "Autre" with no reference: the rules flag it for review.
  const agent = await apiAs(request, 'agent');
  await agent.query('learners.getList', { pagination: { page: 1, perPage: 5 }, sort: { field: 'lastName', order: 'ASC' }, filter: { q: 'dupont' } }, { purpose: 'other' });

  await signIn(page, 'dpo');
  await page.getByRole('menuitem', { name: 'Stagiaires' }).click();
  await page.getByPlaceholder('Nom, e-mail ou téléphone').fill('dupont');
  await page.getByText('claire.dupont@exemple.fr').click();
  await page.getByRole('tab', { name: 'Accès' }).click();
  const history = page.locator('#main-content');
  await expect(history.getByText('Camille Martin (Agent relation client)').first()).toBeVisible();
  await expect(history.getByText(`Demande de l'apprenant · ${TICKET}`).first()).toBeVisible();
  await expect(history.getByRole('row').filter({ hasText: 'Modification' }).filter({ hasText: 'phone' }).first()).toBeVisible();

  await page.getByRole('menuitem', { name: 'Anomalies' }).click();
  await page.goto(`/#/anomalies?filter=${encodeURIComponent(JSON.stringify({ status: 'pending', rule: 'other_without_reference' }))}`);
  // The rules' job reads each event a few seconds after it is sealed.
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole('button', { name: 'Marquer comme examiné' }).first()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByText('Motif « Autre » sans référence').first()).toBeVisible();
  await page.getByRole('button', { name: 'Marquer comme examiné' }).first().click();
  await page.getByRole('dialog').getByLabel("Note d'examen").fill("Recherche faite au téléphone, l'agent a oublié le n° de ticket.");
  await page.getByRole('dialog').getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Signalement examiné')).toBeVisible();

  await page.getByRole('menuitem', { name: 'Intégrité du journal' }).click();
  await page.getByRole('button', { name: 'Vérifier maintenant' }).click();
  await expect(page.getByText(/Chaîne intègre : [\d\s ]+ lignes vérifiées/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('checkpoint')).toHaveText(/^\d+:[0-9a-f]{64}$/);
});
