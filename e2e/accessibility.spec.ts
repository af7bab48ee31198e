import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, watchConsole } from './checks.ts';
import { type DemoRole, signIn } from './session.ts';

/** Each role's main screens, reached as a new user would: by the menu and by a click on a row. */
const screens: Record<DemoRole, { name: string; open: (page: Page) => Promise<void> }[]> = {
  agent: [
    { name: 'tableau de bord', open: async () => {} },
    { name: 'stagiaires', open: (page) => page.getByRole('menuitem', { name: 'Stagiaires' }).click() },
    {
      name: 'fiche stagiaire',
      open: async (page) => {
        await page.locator('tbody tr').first().click();
        await expect(page.getByRole('tab', { name: 'Identité' })).toBeVisible();
      },
    },
    { name: 'modifier le stagiaire', open: (page) => page.getByRole('link', { name: 'Éditer' }).click() },
    { name: 'demandes', open: (page) => page.getByRole('menuitem', { name: "Demandes d'exercice de droits" }).click() },
    { name: 'nouvelle demande', open: (page) => page.getByRole('link', { name: 'Créer' }).click() },
    { name: 'employeurs', open: (page) => page.getByRole('menuitem', { name: 'Employeurs' }).click() },
  ],
  dpo: [
    { name: 'tableau de bord', open: async () => {} },
    { name: "journal d'accès", open: (page) => page.getByRole('menuitem', { name: "Journal d'accès" }).click() },
    { name: 'anomalies', open: (page) => page.getByRole('menuitem', { name: 'Anomalies' }).click() },
    { name: 'intégrité', open: (page) => page.getByRole('menuitem', { name: 'Intégrité du journal' }).click() },
    { name: 'extractions', open: (page) => page.getByRole('menuitem', { name: 'Extractions' }).click() },
    { name: 'registre', open: (page) => page.getByRole('menuitem', { name: 'Registre des traitements' }).click() },
    { name: 'sous-traitants', open: (page) => page.getByRole('menuitem', { name: 'Sous-traitants' }).click() },
  ],
  admin: [
    { name: 'tableau de bord', open: async () => {} },
    { name: "comptes de l'équipe", open: (page) => page.getByRole('menuitem', { name: "Comptes de l'équipe" }).click() },
    { name: 'stagiaires', open: (page) => page.getByRole('menuitem', { name: 'Stagiaires' }).click() },
  ],
  manager: [
    { name: 'tableau de bord', open: async () => {} },
    { name: 'employeurs', open: (page) => page.getByRole('menuitem', { name: 'Employeurs' }).click() },
  ],
};

for (const [role, list] of Object.entries(screens) as [DemoRole, (typeof screens)[DemoRole]][]) {
  test(`the ${role}'s main screens: no serious accessibility violation, a quiet console`, async ({ page }) => {
    const consoleMessages = watchConsole(page);
    await signIn(page, role);
    for (const screen of list) {
      await screen.open(page);
      await page.waitForLoadState('networkidle');
      await expectAccessible(page, screen.name);
    }
    expect.soft(consoleMessages()).toEqual([]);
  });
}
