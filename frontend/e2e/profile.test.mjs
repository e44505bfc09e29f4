// A structure's profile and "Ma structure" on a 390 px phone: cards instead of
// tables, nothing wider than the screen, edit buttons in reach, and a failed
// save that says what to correct.
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
 * Whether the focus is on this element.
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').Locator} locator
 */
async function hasFocus(page, locator) {
  const id = await locator.getAttribute('id');
  assert.ok(id, 'the field has an id');
  return (await page.evaluate('document.activeElement && document.activeElement.id')) === id;
}

/**
 * A demo structure with offers, found through the API as the buyer.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<{ id: string, name: string }>}
 */
async function structureWithOffers(page) {
  const items = await directoryPage(page, 50);
  const found = items.find((/** @type {{ offerCount: number }} */ item) => item.offerCount > 1);
  assert.ok(found, 'a demo structure with at least two offers');
  return found;
}

/**
 * Whether the element lies wholly inside the phone's screen once scrolled to.
 * @param {import('playwright-core').Locator} locator
 */
async function withinScreenWidth(locator) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  assert.ok(box, 'the element is displayed');
  return box.x >= 0 && box.x + box.width <= PHONE.width;
}

describe('structure profile on a phone', () => {
  const browser = browserSession();
  after(() => browser.close());

  test('a buyer reads a profile as cards, without the completion rate', async () => {
    const page = await browser.open();
    await page.setViewportSize(PHONE);
    await login(page, account('buyer'));
    const structure = await structureWithOffers(page);

    await page.goto(`/annuaire/${structure.id}`);
    await expectHeading(page, structure.name);
    const activities = page.getByRole('region', { name: 'Activités' });
    await activities.getByRole('listitem').first().waitFor();
    const offers = page.getByRole('region', { name: 'Catalogue' }).getByRole('listitem');
    assert.ok((await offers.count()) > 1, 'the offers are cards');
    assert.equal(await page.getByRole('table').count(), 0, 'no table on a phone');
    assert.equal(await page.getByText(/Fiche complétée/).count(), 0, 'completion rate shown');
    assert.equal(await page.getByRole('progressbar').count(), 0);
    // Money the French way, never a bare code.
    assert.match(await offers.first().innerText(), /\d[\d\u202f]*(,\d\d)?\u00a0€/);
    assert.equal(await horizontalOverflow(page), 0, 'the page scrolls sideways');

    await expectNoSeriousViolations(page, 'structure profile (buyer, phone)');
    await page.context().close();
  });

  test('"Ma structure" keeps its edit buttons in reach and says what to correct', async () => {
    const page = await browser.open();
    await page.setViewportSize(PHONE);
    await login(page, account('siae'));
    await page.goto('/ma-structure');
    await expectHeading(page, 'Ma structure');
    const save = page.getByRole('button', { name: 'Enregistrer le profil' });
    await save.waitFor();
    const activities = page.getByRole('region', { name: 'Activités' });
    await activities.getByRole('listitem').first().waitFor();

    assert.equal(await page.getByRole('table').count(), 0, 'no table on a phone');
    assert.equal(await horizontalOverflow(page), 0, 'the page scrolls sideways');
    // The save button stays at the bottom of the screen while the form is read.
    const saveBox = await save.boundingBox();
    assert.ok(saveBox, 'the save button is displayed');
    assert.ok(
      saveBox.y >= 0 && saveBox.y + saveBox.height <= PHONE.height,
      `the save button is off screen (${JSON.stringify(saveBox)})`,
    );
    await expectNoSeriousViolations(page, 'Ma structure (phone)');

    // Each activity card carries its own edit button, wholly on screen.
    const edit = activities.getByRole('button', { name: /^Modifier : activité/ }).first();
    assert.ok(await withinScreenWidth(edit), 'the edit button is cut off');
    await edit.click();
    const dialog = page.getByRole('dialog', { name: 'Modifier l’activité' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await dialog.waitFor({ state: 'detached' });

    // A failed save: a summary at the top, the focus on the first field to correct.
    const name = page.getByRole('textbox', { name: /^Nom/ });
    await name.fill('');
    const fte = page.getByRole('textbox', { name: /^ETP en insertion/ });
    await fte.fill('-40');
    await save.click();
    const summary = page.getByRole('alert', { name: '2 champs à corriger' });
    await summary.waitFor();
    assert.match(await summary.innerText(), /2 champs à corriger : Nom, ETP en insertion/);
    assert.ok(await hasFocus(page, name), 'the focus is on the name');
    assert.ok(await withinScreenWidth(name));
    // The number stays as typed, with the reason.
    assert.equal(await fte.inputValue(), '-40');
    await page.getByText('Saisissez un nombre positif.').waitFor();
    await expectNoSeriousViolations(page, 'Ma structure, failed save (phone)');

    await summary.getByRole('link', { name: 'ETP en insertion' }).click();
    assert.ok(await hasFocus(page, fte), 'the focus is on the number of insertion jobs');
    await page.context().close();
  });
});
