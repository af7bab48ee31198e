import { expect, test } from '@playwright/test';
import { homeJourney, signIn, signOut } from './session.ts';

test('the dpo signs in, sees its own menu, and signs out', async ({ page }) => {
  await homeJourney(page, 'dpo');
});

test('a restriction request: the agent opens and verifies it, the DPO extends it and restricts the learner', async ({
  page,
}) => {
  await signIn(page, 'agent');
  await page.getByRole('menuitem', { name: "Demandes d'exercice de droits" }).click();
  await page.getByRole('link', { name: 'Créer' }).click();
  await page.getByRole('textbox', { name: 'Demandeur', exact: true }).fill('Claire Dupont');
  await page.getByLabel('E-mail du demandeur').fill('claire.dupont@exemple.fr');
  await page.getByLabel('Limitation').check();
  await page.getByRole('textbox', { name: 'Demande', exact: true }).fill('Je conteste l’exactitude de mon poste ; gelez mes données.');
  await page.getByRole('button', { name: 'Enregistrer' }).click();

  // The learner is matched from the suggestions, then the identity is checked.
  const suggestions = page.getByLabel('Stagiaires possibles');
  await expect(suggestions.getByText('claire.dupont@exemple.fr')).toBeVisible();
  await suggestions.getByRole('button', { name: 'Rattacher' }).first().click();
  await expect(page.getByText('Stagiaire rattaché', { exact: true }).first()).toBeVisible();
  await page.getByRole('button', { name: "Vérifier l'identité" }).click();
  await page.getByRole('dialog').getByRole('button', { name: "Vérifier l'identité" }).click();
  await expect(page.getByLabel('Historique').getByText('Identité vérifiée → En cours')).toBeVisible();
  const requestUrl = page.url();
  const learnerHref = await page.locator('a[href*="#/learners/"]').first().getAttribute('href');
  expect(learnerHref).toBeTruthy();
  await page.goto('/');
  await signOut(page);

  // The DPO extends the deadline, then restricts the learner.
  await signIn(page, 'dpo');
  await expect(page.getByLabel("Demandes d'exercice de droits en cours").getByText('Claire Dupont')).toBeVisible();
  await page.goto(requestUrl);
  await page.getByRole('button', { name: 'Prolonger le délai' }).click();
  await page.getByRole('dialog').getByLabel('Motif de la prolongation').fill('Vérification auprès de l’employeur.');
  await page.getByRole('dialog').getByRole('button', { name: 'Prolonger le délai' }).click();
  await expect(page.getByLabel('Historique').getByText('Délai prolongé → Prolongée')).toBeVisible();
  await page.getByRole('button', { name: 'Limiter le traitement' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Limiter le traitement' }).click();
  await expect(page.getByLabel('Historique').getByText('Traitement limité')).toBeVisible();
  await page.goto(`/${learnerHref}`);
  await expect(page.getByText('Restreint (RGPD art. 18)')).toBeVisible();
  await page.goto('/');
  await signOut(page);

  // The agent's read of the restricted learner is refused, with the reason.
  await signIn(page, 'agent');
  await page.goto(`/${learnerHref}`);
  await expect(page.getByText(/Traitement limité \(RGPD, art\. 18\)/)).toBeVisible();
  await page.goto('/');
  await signOut(page);

  // Lifted again, so the other journeys find Mme Dupont as before.
  await signIn(page, 'dpo');
  await page.goto(requestUrl);
  await page.getByRole('button', { name: 'Lever la limitation' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Lever la limitation' }).click();
  await expect(page.getByLabel('Historique').getByText('Limitation levée')).toBeVisible();
});
