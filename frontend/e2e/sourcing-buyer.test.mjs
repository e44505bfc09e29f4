// A buyer's need from « Nouveau besoin » to its award: the buyer writes it in steps
// and sends it, the facilitator sends it back with a reason, the buyer corrects and
// sends it again, the facilitator publishes it, the buyer closes it with an award.
// Axe runs on each new page; « Mes besoins », « Nouveau besoin » and the request's
// page fit a 390 px phone.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import {
  directoryPage,
  PHONE,
  account,
  browserSession,
  expectHeading,
  expectNoSeriousViolations,
  horizontalOverflow,
  login,
} from './support.mjs';

/**
 * A demo structure, found through the API as the buyer (the need targets it).
 * @param {import('playwright-core').Page} page
 * @returns {Promise<{ id: string, name: string }>}
 */
async function someStructure(page) {
  const items = await directoryPage(page, 5);
  assert.ok(items.length > 0, 'a demo structure');
  return items[0];
}

/**
 * Opens a need's page from « Mes besoins » / « Besoins » by its title.
 * @param {import('playwright-core').Page} page
 * @param {string} title
 */
async function openRequest(page, title) {
  await page.goto('/besoins');
  await page.getByRole('searchbox', { name: /^Rechercher/ }).fill(title);
  // The text reaches the address after a pause: clicking before would be undone by it.
  await page.waitForURL((url) => url.searchParams.get('q') === title);
  await page.getByRole('link', { name: title }).first().click();
  await expectHeading(page, title);
}

/** @param {import('playwright-core').Page} page */
async function next(page) {
  await page.getByRole('button', { name: 'Suivant' }).click();
}

describe('sourcing: a buyer’s need from writing to award', () => {
  const browser = browserSession();
  after(() => browser.close());
  const title = `Nettoyage de bureaux ${Date.now()}`;

  test('the buyer writes the need in steps and sends it for validation', async () => {
    const page = await browser.open();
    await login(page, account('buyer'));
    const structure = await someStructure(page);

    // « Demander un devis » from the structure's profile targets it.
    await page.goto(`/annuaire/${structure.id}`);
    await expectHeading(page, structure.name);
    await page.getByRole('link', { name: `Demander un devis à ${structure.name}` }).click();
    await expectHeading(page, 'Nouveau besoin');
    await page.getByText('Structure ciblée :').waitFor();

    // The time a person spends: the accessibility checks on the way are not counted.
    const started = Date.now();
    let checking = 0;
    /** @param {string} label */
    const checkStep = async (label) => {
      const before = Date.now();
      await expectNoSeriousViolations(page, label);
      checking += Date.now() - before;
    };
    await checkStep('Nouveau besoin, step 1');
    await page.getByRole('textbox', { name: /^Titre du besoin/ }).fill(title);
    await page
      .getByRole('textbox', { name: /^Description/ })
      .fill('Nettoyage de 400 m² de bureaux, deux passages par semaine.');
    await next(page);
    await page.getByRole('combobox', { name: /^Départements/ }).click();
    await page.getByRole('option', { name: /^93 – / }).click();
    await page.keyboard.press('Escape');
    await checkStep('Nouveau besoin, step 2');
    await next(page);
    await page
      .getByRole('button', { name: /^Afficher les secteurs : Hygiène et Propreté/ })
      .first()
      .click();
    await page
      .getByRole('checkbox', { name: /^Tout le groupe « Hygiène et Propreté/ })
      .first()
      .check();
    await checkStep('Nouveau besoin, step 3');
    await next(page);
    await page.getByRole('textbox', { name: /^Montant maximum/ }).fill('15 000');
    await checkStep('Nouveau besoin, step 4');
    await next(page);
    await checkStep('Nouveau besoin, step 5');
    await page.getByRole('button', { name: 'Envoyer pour validation' }).click();
    await expectHeading(page, title);
    const spent = Date.now() - started - checking;
    assert.ok(spent < 120_000, `submitted in ${spent} ms, over 2 minutes`);
    await page.getByText('En attente de validation').waitFor();
    await expectNoSeriousViolations(page, 'request page (buyer, submitted)');

    await page.goto('/besoins');
    await expectHeading(page, 'Mes besoins');
    await page.getByRole('link', { name: title }).first().waitFor();
    await expectNoSeriousViolations(page, 'Mes besoins');
    await page.context().close();
  });

  test('the facilitator sends it back with a reason', async () => {
    const page = await browser.open();
    await login(page, account('facilitator'));
    await page.goto('/besoins/a-valider');
    await expectHeading(page, 'À valider');
    await page.getByRole('link', { name: title }).first().waitFor();
    await expectNoSeriousViolations(page, 'À valider');
    await openRequest(page, title);

    await page.getByRole('button', { name: 'Renvoyer au demandeur' }).click();
    const dialog = page.getByRole('dialog', { name: 'Renvoyer au demandeur' });
    // The reason is required: the focus goes to it.
    await dialog.getByRole('button', { name: 'Renvoyer' }).click();
    await dialog.getByText('Dites au demandeur ce qu’il doit changer.').waitFor();
    await dialog
      .getByRole('textbox', { name: /^Motif/ })
      .fill('Précisez la surface des sanitaires.');
    await dialog.getByRole('button', { name: 'Renvoyer' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Brouillon', { exact: true }).first().waitFor();

    await page.goto('/marches-en-cours');
    await expectHeading(page, 'Marchés en cours');
    await expectNoSeriousViolations(page, 'Marchés en cours');
    await page.context().close();
  });

  test('the buyer reads the reason, edits and sends it again', async () => {
    const page = await browser.open();
    await login(page, account('buyer'));
    await openRequest(page, title);
    await page.getByText('Précisez la surface des sanitaires.').waitFor();

    await page.getByRole('link', { name: 'Modifier' }).click();
    await expectHeading(page, 'Modifier le besoin');
    await page.getByText('Précisez la surface des sanitaires.').waitFor();
    await expectNoSeriousViolations(page, 'Modifier le besoin');
    const description = page.getByRole('textbox', { name: /^Description/ });
    await description.fill(`${await description.inputValue()} Sanitaires : 40 m².`);
    await page.getByRole('button', { name: /Étape 5 : Pièces jointes/ }).click();
    await page.getByRole('button', { name: 'Envoyer pour validation' }).click();
    await expectHeading(page, title);
    await page.getByText('En attente de validation').waitFor();
    await page.context().close();
  });

  test('the facilitator publishes it', async () => {
    const page = await browser.open();
    await login(page, account('facilitator'));
    await openRequest(page, title);
    await page.getByRole('button', { name: 'Publier' }).click();
    const dialog = page.getByRole('dialog', { name: 'Publier le besoin' });
    await dialog.getByRole('button', { name: 'Publier' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Publié', { exact: true }).first().waitFor();
    await expectNoSeriousViolations(page, 'request page (facilitator, published)');
    await page.context().close();
  });

  test('the buyer closes it with an award, on a phone', async () => {
    const page = await browser.open();
    await page.setViewportSize(PHONE);
    await login(page, account('buyer'));
    const structure = await someStructure(page);

    await page.goto('/besoins');
    await expectHeading(page, 'Mes besoins');
    await page.getByRole('link', { name: title }).first().waitFor();
    assert.equal(await page.getByRole('table').count(), 0, 'no table on a phone');
    assert.equal(await horizontalOverflow(page), 0, 'Mes besoins scrolls sideways');

    await openRequest(page, title);
    assert.equal(await horizontalOverflow(page), 0, 'the request page scrolls sideways');
    await page.getByRole('button', { name: 'Clôturer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Clôturer le besoin' });
    await dialog.getByRole('radio', { name: /Attribué/ }).check();
    const structureField = dialog.getByRole('combobox', { name: /^Structure 1/ });
    await structureField.fill(structure.name.slice(0, 12));
    await page.getByRole('option', { name: structure.name }).first().click();
    await dialog.getByRole('textbox', { name: /^Montant 1/ }).fill('12 000');
    await expectNoSeriousViolations(page, 'Clôturer (phone)');
    await dialog.getByRole('button', { name: 'Clôturer' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page
      .getByText(/Clôturé · Attribué/)
      .first()
      .waitFor();
    await page
      .getByText(new RegExp(`${structure.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} : 12`))
      .waitFor();
    assert.equal(await horizontalOverflow(page), 0, 'the closed request scrolls sideways');
    await expectNoSeriousViolations(page, 'request page (buyer, awarded, phone)');

    await page.goto('/besoins/nouveau');
    await expectHeading(page, 'Nouveau besoin');
    assert.equal(await horizontalOverflow(page), 0, 'Nouveau besoin scrolls sideways');
    await expectNoSeriousViolations(page, 'Nouveau besoin (phone)');
    await page.context().close();
  });
});
