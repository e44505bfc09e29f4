import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import {
  PHONE,
  account,
  browserSession,
  expectHeading,
  horizontalOverflow,
  login,
} from './support.mjs';

describe('administration', () => {
  const browser = browserSession();
  after(() => browser.close());

  test('an admin creates an organisation and finds it in the list', async () => {
    const page = await browser.open();
    await login(page, account('admin'));
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Organisations' })
      .click();
    await expectHeading(page, 'Organisations');

    const name = `Organisation e2e ${Date.now()}`;
    await page.getByRole('button', { name: 'Nouvelle organisation' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouvelle organisation' });
    await dialog.getByLabel(/^Nom/).fill(name);
    await dialog.getByRole('combobox', { name: 'Type d’organisation' }).click();
    await page.getByRole('option', { name: 'Réseau', exact: true }).click();
    await dialog.getByRole('button', { name: 'Créer l’organisation' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.getByLabel('Filtrer les organisations').fill(name);
    const row = page.getByRole('row').filter({ hasText: name });
    await row.waitFor();
    assert.match(await row.innerText(), /Réseau/);
    await page.context().close();
  });

  test('on a phone the partner clients are cards no wider than the screen', async () => {
    const page = await browser.open();
    await page.setViewportSize(PHONE);
    await login(page, account('admin'));
    await page.goto('/admin/clients-partenaires');
    await expectHeading(page, 'Clients partenaires');

    const cards = page.getByRole('list', { name: 'Clients partenaires' }).getByRole('listitem');
    const demoClient = cards.filter({ hasText: 'partenaire-demo' });
    await demoClient.waitFor();
    assert.match(await demoClient.innerText(), /Lecture de l’annuaire des structures/);
    assert.equal(await page.getByRole('table').count(), 0);
    assert.equal(await horizontalOverflow(page), 0, 'the page scrolls sideways');
    await page.context().close();
  });
});
