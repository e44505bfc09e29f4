import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import {
  account,
  browserSession,
  expectHeading,
  expectNoSeriousViolations,
  horizontalOverflow,
  login,
  PHONE,
} from './support.mjs';

/** @param {import('playwright-core').Page} page @param {string} label */
async function openNavigation(page, label) {
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: label, exact: true })
    .click();
}

/** @param {import('playwright-core').Page} page @param {string} title */
async function expectAlert(page, title) {
  await page.getByText(title, { exact: true }).first().waitFor();
}

describe('supplies', () => {
  const browser = browserSession();
  after(() => browser.close());

  // One product of its own, out of stock: the structure's order waits, the facilitator receives
  // stock, shares it with an allocation run, ships the order; the structure sees it shipped.
  const productName = `Gel e2e ${Date.now()}`;
  /** @type {string} */
  let orderUrl = '';

  test('a facilitator adds a product to the catalogue, with no stock yet', async () => {
    const page = await browser.open();
    await login(page, account('facilitator'));
    await openNavigation(page, 'Stock');
    await expectHeading(page, 'Stock');
    await page.getByRole('button', { name: 'Nouveau produit' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Nom/).fill(productName);
    await dialog.getByLabel(/^Référence/).fill(`GEL-E2E-${Date.now()}`);
    await dialog.getByLabel(/^Unité/).fill('flacon');
    await dialog.getByLabel(/^Maximum par commande/).fill('20');
    await dialog.getByRole('button', { name: 'Ajouter le produit' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText(productName).first().waitFor();
    await expectNoSeriousViolations(page, 'Stock');
    await page.context().close();
  });

  test('a structure orders it: nothing in stock, so the order waits', async () => {
    const page = await browser.open();
    await login(page, account('siae'));
    await openNavigation(page, 'Commander');
    await expectHeading(page, 'Commander des fournitures sanitaires');
    const quantity = page.getByRole('textbox', { name: `Quantité de « ${productName} »` });
    // A number that is not whole is refused with a message, never rewritten.
    await quantity.fill('2,5');
    await page.getByRole('button', { name: 'Envoyer la commande' }).click();
    await assert.doesNotReject(() => quantity.and(page.locator(':focus')).waitFor());
    assert.equal(await quantity.inputValue(), '2,5');
    await quantity.fill('6');
    await page.getByRole('button', { name: 'Envoyer la commande' }).click();
    await page.waitForURL(/\/fournitures\/commandes\/[0-9a-f-]{36}$/);
    orderUrl = new URL(page.url()).pathname;
    await expectAlert(page, 'En attente de stock');
    await expectNoSeriousViolations(page, 'a waiting order');
    await page.context().close();
  });

  test('the facilitator receives stock, shares it with an allocation run, and ships', async () => {
    assert.notEqual(orderUrl, '', 'the structure has ordered');
    const page = await browser.open();
    await login(page, account('facilitator'));
    await openNavigation(page, 'Stock');
    await page
      .getByRole('button', { name: `Réception de ${productName}` })
      .first()
      .click();
    const receipt = page.getByRole('dialog');
    await receipt.getByLabel(/^Quantité reçue/).fill('4');
    await receipt.getByLabel(/^Provenance/).fill('Don de la Région');
    await receipt.getByRole('button', { name: 'Enregistrer la réception' }).click();
    await receipt.waitFor({ state: 'hidden' });

    await openNavigation(page, 'Répartition');
    await expectHeading(page, 'Répartition');
    const products = page.getByRole('group', { name: 'Produits à répartir' });
    await products.waitFor();
    // Only this product: the demo's FFP2 masks wait too.
    for (const box of await products.getByRole('checkbox').all()) {
      if (await box.isChecked()) await box.uncheck();
    }
    await products.getByRole('checkbox', { name: productName }).check();
    await page.getByRole('button', { name: 'Proposer une répartition' }).click();
    const proposal = page.getByRole('region', { name: 'Répartition proposée' });
    await proposal.waitFor();
    assert.match(await proposal.innerText(), /4 attribuées?/);
    await proposal.getByRole('button', { name: 'Appliquer' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Appliquer' }).click();
    await expectAlert(page, 'Répartition appliquée');

    await page.goto(orderUrl);
    await expectAlert(page, 'Réservée en partie');
    await page.getByRole('button', { name: 'Enregistrer un envoi' }).click();
    const shipment = page.getByRole('dialog', { name: 'Enregistrer un envoi' });
    await shipment.getByLabel(/^Transporteur/).fill('Coursiers Solidaires');
    await shipment.getByRole('button', { name: 'Enregistrer l’envoi' }).click();
    await shipment.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { name: 'Colis' }).waitFor();
    assert.match(await page.getByRole('main').innerText(), /Coursiers Solidaires/);
    await page.context().close();
  });

  test('the structure sees what left, on a phone too', async () => {
    const page = await browser.open();
    await page.setViewportSize(PHONE);
    await login(page, account('siae'));
    await page.goto(orderUrl);
    const main = page.getByRole('main');
    await page.getByRole('heading', { name: 'Colis' }).waitFor();
    assert.match(await main.innerText(), /Coursiers Solidaires/);
    // 4 of the 6 left; 2 still wait for stock.
    assert.match(await main.innerText(), /Réservée en partie/);
    assert.equal(await horizontalOverflow(page), 0, 'the order page fits a phone');

    await page.goto('/fournitures/commandes');
    await expectHeading(page, 'Mes commandes');
    assert.equal(await page.getByRole('table').count(), 0, 'cards, not a table, on a phone');
    assert.equal(await horizontalOverflow(page), 0, 'the order list fits a phone');
    await expectNoSeriousViolations(page, 'Mes commandes on a phone');
    await page.context().close();
  });
});
