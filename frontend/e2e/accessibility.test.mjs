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
  { path: '/admin/regles-financement', heading: 'Règles de financement' },
  { path: '/admin/journal-acces', heading: 'Journal des accès' },
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

  test('directory: search with filters, a structure profile, the creation form', async () => {
    const page = await browser.open();
    await login(page, account('facilitator'));
    await page.goto('/annuaire?department=93&sector=hygiene-et-proprete');
    await expectHeading(page, 'Annuaire des structures');
    const table = page.getByRole('table', { name: 'Structures trouvées' });
    await table.waitFor();
    await page
      .getByRole('button', { name: /^Afficher les secteurs : Hygiène et Propreté/ })
      .click();
    await expectNoSeriousViolations(page, '/annuaire with filters');

    await page.goto('/annuaire?q=zzzzzzzzzz');
    await page.getByText(/Aucune structure ne correspond/).waitFor();
    await expectNoSeriousViolations(page, '/annuaire without result');

    await page.goto('/annuaire?department=93');
    const first = page
      .getByRole('table', { name: 'Structures trouvées' })
      .getByRole('row')
      .nth(1)
      .getByRole('link')
      .first();
    const name = (await first.innerText()).trim();
    await first.click();
    await expectHeading(page, name);
    await expectNoSeriousViolations(page, 'a structure profile');

    await page.getByRole('link', { name: 'Modifier la fiche' }).click();
    await expectHeading(page, 'Modifier la fiche');
    await page
      .getByRole('table', { name: 'Utilisateurs de la structure' })
      .or(page.getByText('Personne n’agit encore pour cette structure.'))
      .waitFor();
    await expectNoSeriousViolations(page, 'the edit page of a structure');

    await page.goto('/annuaire/nouvelle');
    await expectHeading(page, 'Nouvelle structure');
    await page.getByRole('button', { name: 'Créer la structure' }).click();
    await page.getByText('Saisissez le nom de la structure.').waitFor();
    await expectNoSeriousViolations(page, '/annuaire/nouvelle with errors');
    await page.context().close();
  });

  test('directory: Ma structure and its offer dialog', async () => {
    const page = await browser.open();
    await login(page, account('siae'));
    await page.goto('/ma-structure');
    await expectHeading(page, 'Ma structure');
    await page.getByRole('button', { name: 'Enregistrer le profil' }).waitFor();
    await expectNoSeriousViolations(page, '/ma-structure');
    await page.getByRole('button', { name: 'Ajouter une offre' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouvelle offre' });
    await dialog.getByRole('button', { name: 'Ajouter l’offre' }).click();
    await dialog.getByText('Saisissez l’intitulé de l’offre.').waitFor();
    await expectNoSeriousViolations(page, 'the offer dialog with errors');
    await page.context().close();
  });

  test('directory: the import page and its report', async () => {
    const page = await browser.open();
    await login(page, account('admin'));
    await page.goto('/annuaire/import');
    await expectHeading(page, 'Import de structures');
    await expectNoSeriousViolations(page, '/annuaire/import');
    await page.locator('input[type="file"]').setInputFiles({
      name: 'rejets.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('siret;name;kind\n12345678901234;SIRET invalide a11y;ACI\n', 'utf8'),
    });
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    await page.getByText('Import terminé').waitFor({ timeout: 60_000 });
    await expectNoSeriousViolations(page, 'an import report');
    await page.context().close();
  });
});
