import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import {
  browserSession,
  DEMO_PASSWORD,
  WEB_ACCOUNTS,
  account,
  expectHeading,
  expectNoSeriousViolations,
  login,
  navigationEntries,
} from './support.mjs';

describe('signing in and out', () => {
  const browser = browserSession();
  after(() => browser.close());

  for (const demo of WEB_ACCOUNTS) {
    test(`${demo.role} signs in and sees the ${demo.heading} home and navigation`, async () => {
      const page = await browser.open();
      await login(page, demo);
      assert.equal(new URL(page.url()).pathname, '/');
      assert.deepEqual(await navigationEntries(page), demo.navigation);
      assert.match(await page.title(), new RegExp(demo.heading));
      await page.context().close();
    });
  }

  test('a reload keeps the session', async () => {
    const page = await browser.open();
    await login(page, account('buyer'));
    await page.getByRole('link', { name: 'Mon compte' }).click();
    await expectHeading(page, 'Mon compte');
    await page.reload();
    await expectHeading(page, 'Mon compte');
    assert.equal(new URL(page.url()).pathname, '/mon-compte');
    await page.context().close();
  });

  test('signing out returns to the login page and forgets the session', async () => {
    const page = await browser.open();
    await login(page, account('siae'));
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await expectHeading(page, 'Connexion');
    assert.equal(new URL(page.url()).pathname, '/connexion');
    await page.goto('/mon-compte');
    await expectHeading(page, 'Connexion');
    await page.context().close();
  });

  test('a wrong password shows an error', async () => {
    const page = await browser.open();
    await page.goto('/connexion');
    await page.getByLabel(/^Adresse e-mail/).fill(account('facilitator').email);
    await page.getByLabel(/^Mot de passe/).fill(`${DEMO_PASSWORD}-faux`);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /Adresse e-mail ou mot de passe incorrect/);
    assert.equal(new URL(page.url()).pathname, '/connexion');
    await page.context().close();
  });

  test('an unknown visitor is sent to the login page, then to the page asked for', async () => {
    const page = await browser.open();
    await page.goto('/mon-compte');
    await expectHeading(page, 'Connexion');
    const buyer = account('buyer');
    await page.getByLabel(/^Adresse e-mail/).fill(buyer.email);
    await page.getByLabel(/^Mot de passe/).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expectHeading(page, 'Mon compte');
    await page.context().close();
  });

  test('an unknown page keeps the app around it: navigation, a way home, no axe violation', async () => {
    const page = await browser.open();
    const buyer = account('buyer');
    await login(page, buyer);
    // Loaded as a typed or bookmarked address (a full load), then reached from inside the app.
    for (const arrive of [
      () => page.goto('/annuaire/inconnu/xyz'),
      () =>
        page.evaluate(
          "history.pushState({}, '', '/page-qui-n-existe-pas'); dispatchEvent(new PopStateEvent('popstate'))",
        ),
    ]) {
      await arrive();
      await expectHeading(page, 'Page introuvable');
      await page.getByText('La page que vous cherchez n’existe pas ou a été déplacée.').waitFor();
      assert.deepEqual(await navigationEntries(page), buyer.navigation);
      await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
      await expectNoSeriousViolations(
        page,
        `the not-found page at ${new URL(page.url()).pathname}`,
      );
    }
    await page.getByRole('main').getByRole('link', { name: 'Retour à l’accueil' }).click();
    await expectHeading(page, buyer.heading);
    assert.equal(new URL(page.url()).pathname, '/');
    await page.context().close();
  });

  test('a non-admin gets a forbidden page on administration routes', async () => {
    const page = await browser.open();
    await login(page, account('buyer'));
    await page.goto('/admin/organisations');
    await expectHeading(page, 'Accès refusé');
    await page.context().close();
  });
});
