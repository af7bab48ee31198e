import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = process.env.VIGIE_DEMO_PASSWORD ?? 'vigie-demo';

export const demo = {
  agent: { email: 'agent@vigie.test', name: 'Camille Martin', role: 'Agent relation client' },
  dpo: { email: 'dpo@vigie.test', name: 'Dominique Petit', role: 'Délégué à la protection des données' },
  admin: { email: 'admin@vigie.test', name: 'Alex Bernard', role: 'Administrateur' },
  manager: { email: 'manager@vigie.test', name: 'Claude Moreau', role: 'Manager' },
} as const;

export type DemoRole = keyof typeof demo;

export async function signIn(page: Page, role: DemoRole) {
  await page.goto('/');
  await page.getByLabel('E-mail').fill(demo[role].email);
  await page.getByRole('textbox', { name: 'Mot de passe' }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Connexion' }).click();
  await expect(page.getByText(`Bonjour, ${demo[role].name}`)).toBeVisible();
  await expect(page.getByText(`Rôle : ${demo[role].role}`)).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Profil' }).click();
  await page.getByRole('menuitem', { name: 'Déconnexion' }).click();
  await expect(page.getByRole('button', { name: 'Connexion' })).toBeVisible();
}

/** The items of the side menu, in order. */
export async function menuItems(page: Page) {
  return page.getByRole('menu').first().getByRole('menuitem').allInnerTexts();
}

/** The side menu each role must see, from the role table the server enforces. */
export const menus: Record<DemoRole, string[]> = {
  agent: [
    'Tableau de bord',
    'Stagiaires',
    'Employeurs',
    "Demandes d'exercice de droits",
    'Groupes',
    'Prospects',
    'Sous-traitants',
    'Registre des traitements',
  ],
  dpo: [
    'Tableau de bord',
    'Statistiques',
    'Stagiaires',
    'Employeurs',
    "Demandes d'exercice de droits",
    'Groupes',
    'Prospects',
    'Sous-traitants',
    'Registre des traitements',
    'Demandes des autorités',
    'Violations de données',
    "Journal d'accès",
    'Anomalies',
    'Activité par personne',
    'Intégrité du journal',
    'Extractions',
    'Conservation',
  ],
  admin: ['Tableau de bord', 'Stagiaires', 'Employeurs', 'Sous-traitants', 'Registre des traitements', "Comptes de l'équipe", 'Conservation'],
  manager: ['Tableau de bord', 'Statistiques', 'Employeurs', 'Sous-traitants', 'Registre des traitements'],
};

/** Every role's first day: sign in, see its own menu, find the staff screens closed, sign out. */
export async function homeJourney(page: Page, role: Exclude<DemoRole, 'admin'>) {
  await signIn(page, role);
  expect(await menuItems(page)).toEqual(menus[role]);
  await page.goto('/#/staff');
  await expect(page.getByRole('heading', { name: 'Non autorisé' })).toBeVisible();
  await page.goto('/');
  await signOut(page);
}
