import { expect, test } from '@playwright/test';
import { homeJourney, signIn } from './session.ts';

test('the agent signs in, sees the agent menu, and signs out', async ({ page }) => {
  await homeJourney(page, 'agent');
});

test('the agent answers Mme Dupont: finds her, corrects her phone, logs the call', async ({ page }) => {
  const purposes: (string | undefined)[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/trpc/learners.')) purposes.push(request.headers()['x-vigie-purpose-ref']);
  });
  await signIn(page, 'agent');
  await page.getByLabel('Référence').fill('TICKET-1142');

  await page.getByRole('menuitem', { name: 'Stagiaires' }).click();
  await page.getByPlaceholder('Nom, e-mail ou téléphone').fill('dupont');
  await page.getByText('claire.dupont@exemple.fr').click();
  await expect(page.getByRole('tab', { name: 'Identité' })).toBeVisible();

  await page.getByRole('link', { name: 'Éditer' }).click();
  await page.getByLabel('Téléphone').fill('07 98 76 54 32');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Élément mis à jour')).toBeVisible();
  await expect(page.getByText('07 98 76 54 32').first()).toBeVisible();

  await page.getByRole('button', { name: 'Nouvel échange' }).click();
  await page.getByRole('dialog').getByLabel('Résumé').fill('Nouveau numéro de téléphone, accès au test de niveau expliqué.');
  await page.getByRole('dialog').getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Échange enregistré')).toBeVisible();
  await expect(page.locator('#main-content').getByText('accès au test de niveau expliqué')).toBeVisible();

  expect(purposes.length).toBeGreaterThan(0);
  expect(new Set(purposes)).toEqual(new Set(['TICKET-1142']));
});
