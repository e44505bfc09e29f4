import { after, describe, test } from 'node:test';
import {
  browserSession,
  WEB_ACCOUNTS,
  account,
  expectHeading,
  expectNoSeriousViolations,
  login,
} from './support.mjs';

/** Public pages: path and the heading to wait for. */
const PUBLIC_PAGES = [
  { path: '/connexion', heading: 'Connexion' },
  { path: '/mot-de-passe-oublie', heading: 'Mot de passe oublié' },
  {
    path: '/definir-mot-de-passe?token=e2e-not-a-real-token',
    heading: 'Définir votre mot de passe',
  },
  { path: '/page-qui-n-existe-pas', heading: 'Page introuvable' },
];

const ADMIN_PAGES = [
  { path: '/admin/organisations', heading: 'Organisations' },
  { path: '/admin/utilisateurs', heading: 'Utilisateurs' },
  { path: '/admin/clients-partenaires', heading: 'Clients partenaires' },
];

describe('accessibility (axe, WCAG 2 A and AA): no serious or critical violation', () => {
  const browser = browserSession();
  after(() => browser.close());

  for (const { path, heading } of PUBLIC_PAGES) {
    test(`page ${path}`, async () => {
      const page = await browser.open();
      await page.goto(path);
      await expectHeading(page, heading);
      await expectNoSeriousViolations(page, path);
      await page.context().close();
    });
  }

  test('error and confirmation states of the public pages', async () => {
    const page = await browser.open();
    await page.goto('/connexion');
    await page.getByLabel(/^Adresse e-mail/).fill(account('buyer').email);
    await page.getByLabel(/^Mot de passe/).fill('pas-le-bon-mot-de-passe');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('alert').waitFor();
    await expectNoSeriousViolations(page, 'login error');

    await page.goto('/mot-de-passe-oublie');
    await page.getByLabel(/^Adresse e-mail/).fill('personne@example.org');
    await page.getByRole('button', { name: 'Envoyer le lien' }).click();
    await page.getByText('Si un compte existe pour cette adresse').waitFor();
    await expectNoSeriousViolations(page, 'password reset confirmation');
    await page.context().close();
  });

  for (const demo of WEB_ACCOUNTS) {
    test(`home of ${demo.role}`, async () => {
      const page = await browser.open();
      await login(page, demo);
      await expectNoSeriousViolations(page, `home of ${demo.role}`);
      await page.context().close();
    });
  }

  test('page /mon-compte', async () => {
    const page = await browser.open();
    await login(page, account('buyer'));
    await page.goto('/mon-compte');
    await expectHeading(page, 'Mon compte');
    await page.getByText('Adresse e-mail', { exact: true }).waitFor();
    await expectNoSeriousViolations(page, '/mon-compte');
    await page.context().close();
  });

  test('administration pages and the creation dialog', async () => {
    const page = await browser.open();
    await login(page, account('admin'));
    for (const { path, heading } of ADMIN_PAGES) {
      await page.goto(path);
      await expectHeading(page, heading);
      await page
        .getByRole('status', { name: 'Chargement de la liste' })
        .waitFor({ state: 'detached' });
      await expectNoSeriousViolations(page, path);
    }
    await page.goto('/admin/organisations');
    await page.getByRole('button', { name: 'Nouvelle organisation' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouvelle organisation' });
    await dialog.getByRole('button', { name: 'Créer l’organisation' }).click();
    await dialog.getByText('Saisissez le nom de l’organisation.').waitFor();
    await expectNoSeriousViolations(page, 'organisation creation dialog with errors');
    await page.context().close();
  });
});
