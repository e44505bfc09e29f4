import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import {
  account,
  apiAuthorization,
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

/** Text as the app writes numbers (narrow and no-break spaces), read with plain spaces. @param {string} text */
function plain(text) {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

/**
 * The demo structure's open diagnostics are closed first (by the facilitator, through the API),
 * so that the structure starts a new one whatever an earlier run left.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<{ id: string, name: string }>} the demo structure
 */
async function freshStructure(page) {
  const siae = await apiAuthorization(page, account('siae'));
  const mine = await page.request.get('/api/v1/me/structures', { headers: siae });
  assert.equal(mine.status(), 200);
  const [structure] = await mine.json();
  assert.ok(structure, 'the demo siae account has a structure');
  const facilitator = await apiAuthorization(page, account('facilitator'));
  const open = await page.request.get(
    `/api/v1/financing-diagnostics?structureId=${structure.id}` +
      '&status=DRAFT&status=SUBMITTED&status=IN_REVIEW&status=ORIENTED',
    { headers: facilitator },
  );
  assert.equal(open.status(), 200);
  for (const diagnostic of (await open.json()).items) {
    const closed = await page.request.post(`/api/v1/financing-diagnostics/${diagnostic.id}/close`, {
      headers: facilitator,
      data: { reason: 'Remplacé par un essai de bout en bout' },
    });
    assert.equal(closed.status(), 200, 'an earlier diagnostic closed');
  }
  return { id: structure.id, name: structure.name };
}

/** The follow-up day chosen: in a month (the server takes today to two years ahead). */
const FOLLOW_UP = (() => {
  const date = new Date();
  date.setDate(date.getDate() + 30);
  const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');
  return {
    iso: `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`,
    french: new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long' }).format(date),
  };
})();

describe('financing diagnostics', () => {
  const browser = browserSession();
  after(() => browser.close());

  /** @type {{ id: string, name: string } | undefined} */
  let structure;
  let diagnosticId = '';

  test('a structure fills its diagnostic, sees its figures and sends it', async () => {
    // Set up in a context of its own: the API logins leave their session cookies behind.
    const setup = await browser.open();
    structure = await freshStructure(setup);
    await setup.context().close();
    const page = await browser.open();
    await login(page, account('siae'));
    await openNavigation(page, 'Diagnostic financier');
    await expectHeading(page, 'Diagnostic financier');
    const choice = page.getByRole('combobox', { name: 'Structure' });
    if (await choice.isVisible()) {
      await choice.click();
      await page.getByRole('option', { name: structure.name }).click();
    }
    await page.getByRole('button', { name: 'Commencer un diagnostic' }).click();
    await page.waitForURL(/\/diagnostic-financier\/[0-9a-f-]{36}$/);
    diagnosticId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    await expectHeading(page, `Diagnostic financier — ${structure.name}`);

    /** @param {string} label @param {string} value */
    const fill = (label, value) =>
      page.getByRole('textbox', { name: label, exact: true }).fill(value);
    await fill('Chiffre d’affaires de l’an dernier', '200 000');
    await fill('Perte de chiffre d’affaires attendue', '35');
    await fill('Taux de charges variables', '40');
    await fill('Charges fixes mensuelles', '12 000');
    // A negative amount is refused with its message, never rewritten, and takes the focus.
    const cash = page.getByRole('textbox', { name: 'Trésorerie disponible', exact: true });
    await cash.fill('-40');
    await page.getByRole('button', { name: 'Enregistrer et recalculer' }).click();
    await assert.doesNotReject(() => cash.and(page.locator(':focus')).waitFor());
    assert.equal(await cash.inputValue(), '-40');
    await page.getByText('Saisissez un nombre positif.').waitFor();

    await cash.fill('15 000');
    await fill('Créances à encaisser sous 3 mois', '8 000');
    await fill('Dettes à payer sous 3 mois', '20 000');
    await page.getByRole('radio', { name: 'Non' }).check();
    await fill('Effectif permanent', '4');
    await fill('Salariés en insertion (ETP)', '12,5');
    await page.getByRole('button', { name: 'Enregistrer et recalculer' }).click();
    await page.getByText(/Brouillon enregistré/).waitFor();

    // The figures recomputed by the server, each with its formula and the values used.
    const figures = page.getByRole('region', { name: 'Vos chiffres' });
    await figures.getByText('soit 200 000 € × (1 − 35 %)').waitFor();
    const text = plain(await figures.innerText());
    assert.match(text, /130 000 €/, 'expected revenue = 200 000 × (1 − 35 %)');
    assert.match(text, /-5 500 €/, 'monthly result = 130 000 / 12 × 0,6 − 12 000');
    assert.match(text, /3 000 €/, 'net cash = 15 000 + 8 000 − 20 000');
    assert.match(text, /0,55 mois/, 'runway = 3 000 / 5 500');
    assert.match(text, /240 000 €/, 'break-even = 12 × 12 000 / 0,6');
    assert.match(text, /Risque critique/);
    const recommendations = page.getByRole('region', { name: 'Aides recommandées' });
    await recommendations.getByText('Prêt garanti par l’État (PGE)').waitFor();
    assert.match(plain(await recommendations.innerText()), /jusqu’à 50 000 €/);
    await expectNoSeriousViolations(page, 'a draft diagnostic');

    await page.getByRole('button', { name: 'Envoyer le diagnostic' }).click();
    await page.getByRole('region', { name: 'Informations déclarées' }).waitFor();
    await page.getByText('Envoyé', { exact: true }).first().waitFor();
    await page.context().close();
  });

  test('a facilitator takes it in hand and orients the structure, on a phone', async () => {
    assert.notEqual(diagnosticId, '', 'the structure has sent its diagnostic');
    assert.ok(structure);
    const page = await browser.open();
    await page.setViewportSize(PHONE);
    await login(page, account('facilitator'));
    await page.getByRole('button', { name: 'Ouvrir le menu' }).click();
    await openNavigation(page, 'Diagnostics');
    await expectHeading(page, 'Diagnostics financiers');
    const list = page.getByRole('list', { name: 'Diagnostics des structures' });
    await list.waitFor();
    assert.equal(await page.getByRole('table').count(), 0, 'cards, not a table, on a phone');
    assert.equal(await horizontalOverflow(page), 0, 'the queue fits a phone');
    await expectNoSeriousViolations(page, 'the queue on a phone');

    await page.goto(`/diagnostics/${diagnosticId}`);
    await expectHeading(page, `Diagnostic financier — ${structure.name}`);
    const review = page.getByRole('region', { name: 'Examen' });
    await review.getByRole('textbox', { name: /Notes d’examen/ }).fill('Appel fait le jour même.');
    await review.getByRole('button', { name: 'Prendre en charge' }).click();
    const orient = page.getByRole('region', { name: 'Orienter la structure' });
    await orient.waitFor();
    // Handed over to the second demo facilitator (« Moi » comes first in the picker).
    await review.getByRole('combobox', { name: 'Attribuer à…' }).click();
    const firstOption = page.getByRole('option').first();
    assert.match(await firstOption.innerText(), /^Moi \(/);
    await page.getByRole('option', { name: 'Nadia Lefèvre' }).click();
    await review.getByRole('button', { name: 'Attribuer le diagnostic' }).click();
    await review.locator('dd', { hasText: 'Nadia Lefèvre' }).waitFor();
    assert.equal(await horizontalOverflow(page), 0, 'the review with its picker fits a phone');
    await orient.getByRole('checkbox', { name: /Dispositif local d’accompagnement/ }).check();
    await orient.getByRole('checkbox', { name: /Prêt garanti par l’État/ }).check();
    await orient
      .getByRole('textbox', { name: /Message pour la structure/ })
      .fill('Contactez le DLA de votre département, puis votre banque pour le PGE.');
    await orient.getByLabel(/Date du prochain point/).fill(FOLLOW_UP.iso);
    assert.equal(await horizontalOverflow(page), 0, 'the review fits a phone');
    await orient.getByRole('button', { name: 'Orienter la structure' }).click();
    await page.getByRole('region', { name: 'Orientation de l’animateur' }).waitFor();
    await page.getByText('Orienté', { exact: true }).first().waitFor();
    await expectNoSeriousViolations(page, 'an oriented diagnostic');
    await page.context().close();
  });

  test('the structure sees the orientation, on a phone too', async () => {
    assert.notEqual(diagnosticId, '', 'the diagnostic was oriented');
    const page = await browser.open();
    await page.setViewportSize(PHONE);
    await login(page, account('siae'));
    await page.goto(`/diagnostic-financier/${diagnosticId}`);
    const orientation = page.getByRole('region', { name: 'Orientation de l’animateur' });
    await orientation.waitFor();
    const text = await orientation.innerText();
    assert.match(text, /Dispositif local d’accompagnement \(DLA\)/);
    assert.match(text, /Prêt garanti par l’État \(PGE\)/);
    assert.match(text, /Contactez le DLA de votre département/);
    assert.ok(text.includes(FOLLOW_UP.french), `the follow-up day, ${FOLLOW_UP.french}`);
    // The review notes are the facilitators'.
    assert.doesNotMatch(await page.getByRole('main').innerText(), /Appel fait le jour même/);
    assert.equal(await horizontalOverflow(page), 0, 'the diagnostic fits a phone');
    await expectNoSeriousViolations(page, 'the oriented diagnostic of the structure');

    await page.goto('/diagnostic-financier');
    await expectHeading(page, 'Diagnostic financier');
    assert.equal(await horizontalOverflow(page), 0, 'the list fits a phone');
    await page.context().close();
  });

  test('an admin finds the facilitator’s reads in the access log', async () => {
    assert.notEqual(diagnosticId, '', 'the diagnostic was read by a facilitator');
    const page = await browser.open();
    await login(page, account('admin'));
    await page.goto(`/admin/journal-acces?fiche=${diagnosticId}`);
    await expectHeading(page, 'Journal des accès');
    const log = page.getByRole('table', { name: 'Consultations' });
    await log.waitFor();
    assert.match(await log.innerText(), /A ouvert la fiche/);
    assert.doesNotMatch(await log.innerText(), /FINANCING_DIAGNOSTIC|facilitator/);
    await expectNoSeriousViolations(page, 'the access log');

    await page.goto('/admin/regles-financement');
    await expectHeading(page, 'Règles de financement');
    await page.getByRole('list', { name: 'Règles' }).waitFor();
    await expectNoSeriousViolations(page, 'the financing rules');
    await page.context().close();
  });
});
