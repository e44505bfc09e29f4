import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, describe, test } from 'node:test';
import {
  account,
  browserSession,
  expectHeading,
  expectNoSeriousViolations,
  login,
} from './support.mjs';

/** A 14-digit SIRET that passes the Luhn check, different on every run. */
function uniqueSiret(seed = Date.now()) {
  const body = String(seed).slice(-13).padStart(13, '9');
  for (let check = 0; check < 10; check += 1) {
    const candidate = `${body}${check}`;
    const sum = [...candidate].reverse().reduce((total, char, index) => {
      const digit = Number(char) * (index % 2 === 1 ? 2 : 1);
      return total + (digit > 9 ? digit - 9 : digit);
    }, 0);
    if (sum % 10 === 0) return candidate;
  }
  throw new Error('unreachable');
}

/** @param {import('playwright-core').Page} page @param {string} label */
async function openNavigation(page, label) {
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: label, exact: true })
    .click();
}

/** @param {import('playwright-core').Page} page */
async function resultsTable(page) {
  const table = page.getByRole('table', { name: 'Structures trouvées' });
  await table.waitFor();
  return table;
}

/** @param {import('playwright-core').Page} page */
async function expectNoHorizontalScroll(page) {
  const [width, screen] = /** @type {[number, number]} */ (
    await page.evaluate('[document.scrollingElement.scrollWidth, window.innerWidth]')
  );
  assert.ok(width <= screen, `page ${width} px wide on a ${screen} px screen`);
}

describe('directory', () => {
  const browser = browserSession();
  after(() => browser.close());

  test('a buyer searches, filters by department and sector, and opens a structure', async () => {
    const page = await browser.open();
    await login(page, account('buyer'));
    await openNavigation(page, 'Annuaire');
    await expectHeading(page, 'Annuaire des structures');
    await resultsTable(page);

    await page.getByRole('combobox', { name: /^Département/ }).fill('Seine-Saint');
    await page.getByRole('option', { name: /^93 – Seine-Saint-Denis/ }).click();
    await page.waitForURL(/department=93/);
    // The sector groups are closed: open one, then choose the whole group.
    await page
      .getByRole('button', { name: /^Afficher les secteurs : Espaces verts & extérieurs/ })
      .click();
    // Controlled by the URL: the box is ticked once the navigation is done.
    await page
      .getByRole('checkbox', { name: 'Tout le groupe « Espaces verts & extérieurs »' })
      .click();
    await page.waitForURL(/sector=espaces-verts-exterieurs/);

    // The search is in the URL: it survives a reload, and its filters show as chips.
    await page.reload();
    await expectHeading(page, 'Annuaire des structures');
    const chips = page.getByRole('list', { name: 'Filtres appliqués :' });
    await chips
      .getByRole('button', { name: 'Retirer le filtre Secteur : Espaces verts & extérieurs' })
      .waitFor();
    await chips
      .getByRole('button', { name: 'Retirer le filtre Département : Seine-Saint-Denis (93)' })
      .waitFor();
    const table = await resultsTable(page);
    // The export: readable by default (French headers), the import's format on request.
    const exportButton = page.getByRole('button', { name: 'Exporter', exact: true });
    const exportDialog = page.getByRole('dialog', { name: 'Exporter' });
    /** @param {string} layout @param {string} fileName */
    const exportCsv = async (layout, fileName) => {
      await exportButton.click();
      await exportDialog.getByText(layout, { exact: true }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        exportDialog.getByRole('button', { name: 'CSV', exact: true }).click(),
      ]);
      await exportDialog.waitFor({ state: 'hidden' });
      assert.equal(download.suggestedFilename(), fileName);
      return readFile(await download.path(), 'utf8');
    };
    assert.match(await exportCsv('Lisible', 'structures.csv'), /^\uFEFFSIRET;Nom;/);
    assert.match(
      await exportCsv('Format d’import', 'structures-format-import.csv'),
      /^\uFEFFsiret;name;kind/,
    );

    const first = table.getByRole('row').nth(1).getByRole('link').first();
    const name = (await first.innerText()).trim();
    assert.notEqual(name, '', 'a structure of the 93 with green spaces activities');

    await first.click();
    await expectHeading(page, name);
    await page.getByRole('heading', { name: 'Activités', exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Catalogue', exact: true }).waitFor();
    assert.match(
      await page.getByRole('region', { name: 'Activités' }).innerText(),
      /Espaces verts|Entretien|Génie|jardin/i,
    );
    await page.context().close();
  });

  test('a buyer searches around a commune and sees the nearest structures first', async () => {
    const page = await browser.open();
    await login(page, account('buyer'));
    await page.goto('/annuaire');
    await resultsTable(page);
    await page.getByRole('combobox', { name: /^À proximité de la commune/ }).fill('Montreuil');
    await page.getByRole('option', { name: /^Montreuil \(93\)/ }).click();
    await page.waitForURL(/radiusKm=20/);
    const radius = page.getByRole('textbox', { name: 'Rayon' });
    // A radius out of bounds is refused with a message, not rewritten.
    await radius.fill('0');
    await radius.press('Enter');
    await page.getByText(/Le rayon doit être compris entre 1 et/).waitFor();
    assert.match(page.url(), /radiusKm=20/);
    await radius.fill('10');
    await radius.press('Enter');
    await page.waitForURL(/radiusKm=10/);

    const table = await resultsTable(page);
    await table.getByRole('columnheader', { name: 'Distance' }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: 'Mise à jour' })
      .waitFor({ state: 'detached' });
    const distances = (await table.getByRole('row').allInnerTexts())
      .slice(1)
      .map((row) => Number(/([\d,]+)\s*km/.exec(row)?.[1]?.replace(',', '.')));
    assert.ok(distances.length > 0, 'structures near Montreuil');
    assert.ok(
      distances.every((km) => km <= 10),
      `within 10 km: ${distances.join(', ')}`,
    );
    assert.deepEqual(
      distances,
      [...distances].sort((a, b) => a - b),
      'nearest first',
    );
    await page.context().close();
  });

  test('on a phone, the filters are in a drawer and the results are cards', async () => {
    const page = await browser.open();
    await page.setViewportSize({ width: 390, height: 844 });
    await login(page, account('buyer'));
    await page.goto('/annuaire');
    await expectHeading(page, 'Annuaire des structures');
    const cards = page.getByRole('list', { name: 'Structures trouvées' });
    await cards.getByRole('listitem').first().waitFor();
    assert.equal(await page.getByRole('table').count(), 0, 'no table on a phone');
    assert.equal(
      await page.getByRole('heading', { name: 'Filtres', exact: true }).count(),
      0,
      'no side filters on a phone',
    );
    await expectNoHorizontalScroll(page);
    await expectNoSeriousViolations(page, '/annuaire at 390 px');

    await page.getByRole('button', { name: 'Filtres', exact: true }).click();
    const drawer = page.getByRole('dialog', { name: 'Filtres' });
    await drawer.getByRole('combobox', { name: /^Département/ }).fill('Seine-Saint');
    await page.getByRole('option', { name: /^93 – Seine-Saint-Denis/ }).click();
    await page.waitForURL(/department=93/);
    // Controlled by the URL: the box is ticked once the navigation is done.
    await drawer.getByRole('checkbox', { name: /^Avec coordonnées/ }).click();
    await page.waitForURL(/withContact=true/);
    await expectNoSeriousViolations(page, 'the filters drawer at 390 px');
    await drawer.getByRole('button', { name: /^Voir / }).click();
    await drawer.waitFor({ state: 'hidden' });

    const chips = page.getByRole('list', { name: 'Filtres appliqués :' });
    await chips
      .getByRole('button', { name: 'Retirer le filtre Département : Seine-Saint-Denis (93)' })
      .waitFor();
    await chips.getByRole('button', { name: 'Retirer le filtre Avec coordonnées' }).waitFor();
    await page.getByRole('button', { name: 'Filtres (2)', exact: true }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: 'Mise à jour' })
      .waitFor({ state: 'detached' });
    const card = cards.getByRole('listitem').first();
    // Name, kind in words, commune; no code shown for the kind.
    assert.match(
      await card.innerText(),
      /\n(Atelier|Entreprise|Association|Groupement|Établissement)/,
    );
    await expectNoHorizontalScroll(page);

    // A profile, then back to the same search.
    const name = (await card.getByRole('link').first().innerText()).trim();
    await card.getByRole('link').first().click();
    await expectHeading(page, name);
    await expectNoHorizontalScroll(page);
    await page.getByRole('link', { name: '← Retour à l’annuaire' }).click();
    await page.waitForURL(/\/annuaire\?.*department=93/);
    assert.match(page.url(), /withContact=true/);
    await chips.getByRole('button', { name: 'Retirer le filtre Avec coordonnées' }).waitFor();
    await page.context().close();
  });

  test('pages are numbered in the URL as shown and the way back keeps the page', async () => {
    const page = await browser.open();
    await login(page, account('buyer'));
    await page.goto('/annuaire');
    const firstLink = async () =>
      (await resultsTable(page)).getByRole('row').nth(1).getByRole('link').first();
    const firstOfPageOne = (await (await firstLink()).innerText()).trim();
    await page.getByRole('button', { name: 'Page 2', exact: true }).click();
    await page.waitForURL(/page=2/);
    const heading = page.getByRole('heading', { level: 2, name: /structures trouvées/ });
    await page.waitForFunction("document.activeElement?.id === 'titre-resultats'");
    assert.ok(await heading.isVisible());
    // Page 1 stays on screen while page 2 loads: wait until its rows are replaced.
    const deadline = Date.now() + 15_000;
    while ((await (await firstLink()).innerText()).trim() === firstOfPageOne) {
      assert.ok(Date.now() < deadline, 'page 2 never replaced the rows of page 1');
      await page.waitForTimeout(100);
    }
    const first = await firstLink();
    const name = (await first.innerText()).trim();
    await first.click();
    await expectHeading(page, name);
    await page.getByRole('link', { name: '← Retour à l’annuaire' }).click();
    await page.waitForURL(/\/annuaire\?page=2$/);
    await page
      .getByRole('button', { name: 'Page 2', exact: true, pressed: false })
      .or(page.getByRole('button', { name: 'Page 2', exact: true }))
      .waitFor();
    await page.context().close();
  });

  test('a siae user edits an offer of its structure and sees the change', async () => {
    const page = await browser.open();
    await login(page, account('siae'));
    await openNavigation(page, 'Ma structure');
    await expectHeading(page, 'Ma structure');
    const offers = page.getByRole('region', { name: 'Catalogue' });
    await offers.getByRole('button', { name: 'Ajouter une offre' }).waitFor();

    // The demo structure may have no offer: add one to edit it.
    if ((await offers.getByRole('button', { name: /^Modifier : offre/ }).count()) === 0) {
      await offers.getByRole('button', { name: 'Ajouter une offre' }).click();
      const dialog = page.getByRole('dialog', { name: 'Nouvelle offre' });
      await dialog.getByLabel(/^Intitulé/).fill('Panier de légumes e2e');
      await dialog.getByRole('textbox', { name: /^Secteur/ }).fill('Agriculture');
      await page.getByRole('option', { name: 'Agriculture', exact: true }).click();
      await dialog.getByRole('textbox', { name: /^Type de prestation/ }).click();
      await page.getByRole('option').first().click();
      await dialog.getByRole('button', { name: 'Ajouter l’offre' }).click();
      await dialog.waitFor({ state: 'hidden' });
    }

    const title = `Offre modifiée e2e ${Date.now()}`;
    await offers
      .getByRole('button', { name: /^Modifier : offre/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog', { name: 'Modifier l’offre' });
    await dialog.getByLabel(/^Intitulé/).fill(title);
    await dialog.getByLabel('Prix indicatif minimum (€)').fill('12');
    await dialog.getByLabel('Prix indicatif maximum (€)').fill('18');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await offers.getByRole('cell', { name: title, exact: true }).waitFor();

    await page.getByRole('link', { name: 'Voir la fiche publique' }).click();
    const card = page.getByRole('listitem', { name: title });
    await card.waitFor();
    assert.match(await card.innerText(), /12\s*€ à 18\s*€/);
    await page.context().close();
  });

  test('when someone else saved the profile first, the second save offers to reload', async () => {
    const first = await browser.open();
    const second = await browser.open();
    for (const page of [first, second]) {
      await login(page, account('siae'));
      await page.goto('/ma-structure');
      await page.getByRole('button', { name: 'Enregistrer le profil' }).waitFor();
    }

    const brand = `Enseigne e2e ${Date.now()}`;
    await first.getByLabel('Enseigne', { exact: true }).fill(brand);
    await first.getByRole('button', { name: 'Enregistrer le profil' }).click();
    await first.getByText('Profil enregistré.').waitFor();

    await second.getByLabel('Enseigne', { exact: true }).fill('Enseigne périmée');
    await second.getByRole('button', { name: 'Enregistrer le profil' }).click();
    const notice = second.getByRole('alert').filter({ hasText: 'Quelqu’un d’autre a modifié' });
    await notice.waitFor();
    await notice.getByRole('button', { name: 'Recharger la fiche' }).click();
    await notice.waitFor({ state: 'detached' });
    assert.equal(await second.getByLabel('Enseigne', { exact: true }).inputValue(), brand);

    await first.context().close();
    await second.context().close();
  });

  test('a facilitator imports a small CSV and sees the report', async () => {
    const page = await browser.open();
    await login(page, account('facilitator'));
    await openNavigation(page, 'Import');
    await expectHeading(page, 'Import de structures');

    const created = uniqueSiret();
    const withWarning = uniqueSiret(Date.now() + 7919);
    const csv = [
      'siret;name;kind;post_code;city;email;sectors',
      `${created};Régie e2e ${created};EI;93100;Montreuil;contact@regie.example;nettoyage-de-locaux`,
      `12345678901234;SIRET invalide e2e;ACI;93100;Montreuil;;`,
      `${withWarning};Atelier e2e ${withWarning};ACI;94200;Ivry-sur-Seine;pas-un-email;nettoyage-de-locaux`,
    ].join('\n');
    await page.locator('input[type="file"]').setInputFiles({
      name: 'structures-e2e.csv',
      mimeType: 'text/csv',
      // As spreadsheets often save it: Windows-1252, sent as is for the server to recognise.
      buffer: Buffer.from(csv, 'latin1'),
    });
    await page.getByRole('button', { name: 'Importer', exact: true }).click();

    await page.getByText('Import terminé').waitFor({ timeout: 60_000 });
    const summary = await page.getByLabel('Bilan de l’import').innerText();
    assert.match(summary, /Créées\s*2/);
    assert.match(summary, /Rejetées\s*1/);

    const rejected = page.getByRole('table', { name: /Lignes rejetées/ });
    assert.match(await rejected.innerText(), /12345678901234/);
    const warnings = page.getByRole('table', { name: /Valeurs ignorées/ });
    assert.match(await warnings.innerText(), new RegExp(withWarning));

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger les lignes rejetées (CSV)' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'import-lignes-rejetees.csv');
    // The server's file: the rejected line as it was (same columns), behind its line and reasons.
    const lines = (await readFile(await download.path(), 'utf8')).split('\r\n');
    assert.equal(lines[0], '\uFEFFligne;motifs;siret;name;kind;post_code;city;email;sectors');
    assert.match(
      lines[1],
      /^3;SIRET invalide[^;]*;12345678901234;SIRET invalide e2e;ACI;93100;Montreuil;;$/,
    );

    // The created structure is in the directory, its accents intact.
    await page.goto(`/annuaire?q=${created}`);
    await (
      await resultsTable(page)
    )
      .getByRole('link', { name: `Régie e2e ${created}`, exact: true })
      .waitFor();
    await page.context().close();
  });

  test('on a phone, a facilitator reads the import help, imports a CSV and reads the report as cards', async () => {
    const page = await browser.open();
    await page.setViewportSize({ width: 390, height: 844 });
    await login(page, account('facilitator'));
    await page.goto('/annuaire/import');
    await expectHeading(page, 'Import de structures');
    await expectNoHorizontalScroll(page);

    // The help: one card per column, the long list of sectors unfolded too.
    await page.getByRole('button', { name: 'Colonnes du fichier et valeurs acceptées' }).click();
    const columns = page.getByRole('list', { name: 'Colonnes', exact: true });
    await columns.getByRole('listitem').first().waitFor();
    await page
      .getByRole('button', { name: /^Voir les \d+ valeurs acceptées/ })
      .first()
      .click();
    await page
      .getByRole('list', { name: /^Valeurs acceptées : / })
      .first()
      .waitFor();
    await expectNoHorizontalScroll(page);
    await expectNoSeriousViolations(page, '/annuaire/import and its help at 390 px');

    const created = uniqueSiret(Date.now() + 104729);
    const withWarning = uniqueSiret(Date.now() + 1299709);
    const csv = [
      'siret;name;kind;post_code;city;email;sectors',
      `${created};Régie mobile e2e ${created};EI;93100;Montreuil;contact@regie.example;nettoyage-de-locaux`,
      `12345678901234;SIRET invalide mobile e2e;ACI;93100;Montreuil;;`,
      `${withWarning};Atelier mobile e2e ${withWarning};ACI;94200;Ivry-sur-Seine;pas-un-email;nettoyage-de-locaux`,
    ].join('\n');
    await page.locator('input[type="file"]').setInputFiles({
      name: 'structures-mobile-e2e.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    await page.getByRole('button', { name: 'Importer', exact: true }).click();

    await page.getByText('Import terminé').waitFor({ timeout: 60_000 });
    const summary = await page.getByLabel('Bilan de l’import').innerText();
    assert.match(summary, /Créées\s*2/);
    assert.match(summary, /Rejetées\s*1/);
    // Both lists as cards, no table wider than the screen.
    assert.equal(await page.getByRole('table').count(), 0, 'no table on a phone');
    const rejected = page.getByRole('list', {
      name: 'Lignes rejetées : rien n’en a été enregistré',
    });
    assert.equal(await rejected.getByRole('listitem').count(), 1);
    assert.match(await rejected.getByRole('listitem').first().innerText(), /12345678901234/);
    const warnings = page.getByRole('list', {
      name: 'Valeurs ignorées dans des lignes enregistrées',
    });
    assert.match(await warnings.innerText(), new RegExp(withWarning));
    await expectNoHorizontalScroll(page);
    await expectNoSeriousViolations(page, 'an import report at 390 px');

    // The import was real: the new structure is in the directory, as a card.
    await page.goto(`/annuaire?q=${created}`);
    await page
      .getByRole('list', { name: 'Structures trouvées' })
      .getByRole('link', { name: `Régie mobile e2e ${created}`, exact: true })
      .waitFor();
    await page.context().close();
  });
});
