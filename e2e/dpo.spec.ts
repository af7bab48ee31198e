import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { homeJourney, signIn } from './session.ts';

test('the dpo signs in, sees its own menu, and signs out', async ({ page }) => {
  await homeJourney(page, 'dpo');
});

test('the dpo opens the register, checks the Google transfer, adds a processor with its contract, exports the register', async ({
  page,
}) => {
  await signIn(page, 'dpo');

  await page.getByRole('menuitem', { name: 'Registre des traitements' }).click();
  await page.getByText('Mesure d’audience du site Internet').click();
  await expect(page.getByText('Google (Google Analytics)')).toBeVisible();
  await expect(page.getByText(/Hors UE\/EEE : Clauses contractuelles types – .*2021\/914/)).toBeVisible();

  await page.getByRole('menuitem', { name: 'Sous-traitants' }).click();
  await page.getByRole('link', { name: 'Créer' }).click();
  await page.getByRole('textbox', { name: 'Nom', exact: true }).fill('Traductions Lemaire');
  await page.getByRole('textbox', { name: 'Prestation' }).fill('Traduction des supports de cours');
  await page.getByRole('textbox', { name: 'Pays', exact: true }).fill('BE');
  await page.getByRole('combobox', { name: 'Catégories de données' }).click();
  await page.getByRole('option', { name: 'Données pédagogiques' }).click();
  await page.keyboard.press('Escape');
  await page.getByLabel('Contrat signé le').fill('2026-01-15');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Élément créé')).toBeVisible();
  await expect(page.getByText('Aucun contrat signé enregistré (date de signature et PDF signé)')).toBeVisible();

  await page.getByTestId('contract-file').setInputFiles({
    name: 'contrat-lemaire.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
  });
  await expect(page.getByText('Contrat signé enregistré')).toBeVisible();
  await expect(page.getByText('Aucun point à corriger.')).toBeVisible();

  await page.getByRole('menuitem', { name: 'Registre des traitements' }).click();
  await page.getByRole('link', { name: 'Registre (export)' }).click();
  await expect(page.getByRole('heading', { name: 'Registre des activités de traitement' }).last()).toBeVisible();
  await expect(page.getByText('Fiche n° 1 – ', { exact: false })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Télécharger (CSV)' }).click(),
  ]);
  const csv = readFileSync(await download.path(), 'utf8');
  for (const name of ['Réalisation des formations', 'Mesure d’audience du site Internet', 'Rapports aux employeurs']) {
    expect(csv).toContain(name);
  }
  expect(csv).toContain('Google (Google Analytics) (US) – Clauses contractuelles types');
});
