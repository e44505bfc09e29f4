// A buyer's need from « Nouveau besoin » to its award, across the three roles: the buyer
// asks the demo siae user's structure for a quote (« Demander un devis ») and writes the
// need in steps, the facilitator previews the matches (sets one aside and takes it back)
// and sends it back with a reason, the buyer corrects and sends it again, the facilitator
// publishes it, the siae user finds it unread among its opportunities and answers
// interested, the buyer reads the answer with the structure's contact details and closes
// the need with an award to it. Axe runs on each new page and dialog; « Mes besoins »,
// « Nouveau besoin » and the request's page fit a 390 px phone.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import {
  apiAuthorization,
  PHONE,
  account,
  browserSession,
  expectHeading,
  expectNoSeriousViolations,
  horizontalOverflow,
  login,
} from './support.mjs';

/**
 * The demo siae user's structure, through the API in a context of its own (logging in through
 * the API sets the session cookie of its context): the need targets it, so that it is
 * solicited on publishing whether or not matching picks it.
 * @param {{ open: () => Promise<import('playwright-core').Page> }} browser
 * @returns {Promise<{ id: string, name: string }>}
 */
async function demoSiaeStructure(browser) {
  const page = await browser.open();
  const mine = await page.request.get('/api/v1/me/structures', {
    headers: await apiAuthorization(page, account('siae')),
  });
  assert.equal(mine.status(), 200);
  /** @type {{ id: string, name: string, active: boolean }[]} */
  const items = await mine.json();
  await page.context().close();
  const structure = items.find((item) => item.active) ?? items[0];
  assert.ok(structure, 'the demo siae user has a structure');
  return structure;
}

/** @param {string} text */
function literal(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
  /** The demo siae user's structure, which the need targets. @type {{ id: string, name: string }} */
  let structure;

  test('the buyer writes the need in steps and sends it for validation', async () => {
    structure = await demoSiaeStructure(browser);
    const page = await browser.open();
    await login(page, account('buyer'));

    // « Demander un devis » on the structure's result in the directory, and on its profile,
    // which targets it.
    await page.goto(`/annuaire?q=${encodeURIComponent(structure.name)}`);
    await page
      .getByRole('link', { name: `Demander un devis à ${structure.name}`, exact: true })
      .first()
      .waitFor();
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

    // The match preview: the ranked candidates with their reasons; one is set aside, then taken back.
    const preview = page.getByRole('region', { name: 'Structures qui seront sollicitées' });
    const candidates = preview.getByRole('list', { name: /^Structures correspondantes/ });
    const firstCandidate = candidates.getByRole('listitem').first();
    await firstCandidate.waitFor();
    await firstCandidate
      .getByText(/^Secteur : /)
      .first()
      .waitFor();
    await expectNoSeriousViolations(page, 'request page (facilitator, submitted, match preview)');
    await firstCandidate.getByRole('button', { name: /^Écarter / }).click();
    await firstCandidate.getByText('Écartée', { exact: true }).waitFor();
    await firstCandidate.getByRole('button', { name: /^Réintégrer / }).click();
    await firstCandidate.getByRole('button', { name: /^Écarter / }).waitFor();

    await page.getByRole('button', { name: 'Renvoyer au demandeur' }).click();
    const dialog = page.getByRole('dialog', { name: 'Renvoyer au demandeur' });
    await expectNoSeriousViolations(page, 'Renvoyer au demandeur (dialog)');
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
    await page.getByRole('button', { name: 'Nouveau marché' }).first().click();
    const contract = page.getByRole('dialog', { name: 'Nouveau marché en cours' });
    await contract.getByRole('textbox', { name: /^Intitulé du marché/ }).waitFor();
    await expectNoSeriousViolations(page, 'Nouveau marché en cours (dialog)');
    await page.keyboard.press('Escape');
    await contract.waitFor({ state: 'detached' });

    // A negotiated opportunity found by prospection starts from « Besoins ».
    await page.goto('/besoins');
    await page.getByRole('link', { name: 'Nouvelle opportunité' }).click();
    await expectHeading(page, 'Nouvelle opportunité');
    await expectNoSeriousViolations(page, 'Nouvelle opportunité');
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
    await expectNoSeriousViolations(page, 'Publier le besoin (dialog)');
    await dialog.getByRole('button', { name: 'Publier' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Publié', { exact: true }).first().waitFor();
    // The targeted structure is solicited, whether or not matching picked it.
    await page
      .getByRole('list', { name: 'Structures sollicitées' })
      .getByRole('link', { name: structure.name, exact: true })
      .waitFor();
    await expectNoSeriousViolations(page, 'request page (facilitator, published)');
    await page.getByRole('button', { name: 'Prolonger la date limite' }).click();
    await page.getByRole('dialog').waitFor();
    await expectNoSeriousViolations(page, 'Prolonger la date limite (dialog)');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.context().close();
  });

  test('the siae user finds it unread among its opportunities and answers interested', async () => {
    const page = await browser.open();
    await login(page, account('siae'));
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: /^Opportunités/ })
      .click();
    await expectHeading(page, 'Opportunités');
    const unread = page.getByRole('link', {
      name: `${title} (nouvelle, pas encore ouverte)`,
      exact: true,
    });
    await unread.first().click();
    await expectHeading(page, title);

    // Three steps from the opportunity: interested, a message (and a quote), send.
    await page.getByRole('radio', { name: 'Je suis intéressé' }).check();
    await page
      .getByRole('textbox', { name: /^Message à l’acheteur/ })
      .fill('Une équipe de trois personnes peut passer deux fois par semaine.');
    await page.getByRole('textbox', { name: /^Montant de votre devis/ }).fill('11 800');
    await page.getByRole('button', { name: 'Envoyer ma réponse' }).click();
    await page.getByText('Réponse envoyée').waitFor();

    // Opened and answered: no longer marked new.
    await page.goto('/opportunites');
    await page.getByRole('link', { name: title, exact: true }).first().waitFor();
    await page.context().close();
  });

  test('the buyer reads the answer and closes it with an award, on a phone', async () => {
    const page = await browser.open();
    await page.setViewportSize(PHONE);
    await login(page, account('buyer'));

    await page.goto('/besoins');
    await expectHeading(page, 'Mes besoins');
    await page.getByRole('link', { name: title }).first().waitFor();
    assert.equal(await page.getByRole('table').count(), 0, 'no table on a phone');
    assert.equal(await horizontalOverflow(page), 0, 'Mes besoins scrolls sideways');

    await openRequest(page, title);
    // The structure's answer, and its contact details since it is interested.
    const answered = page
      .getByRole('list', { name: 'Structures sollicitées' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: structure.name, exact: true }) });
    await answered
      .getByText('Une équipe de trois personnes peut passer deux fois par semaine.')
      .waitFor();
    await answered.getByText('Contact', { exact: true }).waitFor();
    await answered.getByRole('link', { name: /@/ }).first().waitFor();
    assert.equal(await horizontalOverflow(page), 0, 'the request page scrolls sideways');
    await page.getByRole('button', { name: 'Clôturer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Clôturer le besoin' });
    await dialog.getByRole('radio', { name: /Attribué/ }).check();
    const structureField = dialog.getByRole('combobox', { name: /^Structure 1/ });
    // The interested structure is offered before anything is typed.
    await structureField.click();
    await page.getByRole('option', { name: structure.name, exact: true }).click();
    await dialog.getByRole('textbox', { name: /^Montant 1/ }).fill('12 000');
    await expectNoSeriousViolations(page, 'Clôturer (phone)');
    await dialog.getByRole('button', { name: 'Clôturer' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page
      .getByText(/Clôturé · Attribué/)
      .first()
      .waitFor();
    await page.getByText(new RegExp(`${literal(structure.name)} : 12`)).waitFor();
    assert.equal(await horizontalOverflow(page), 0, 'the closed request scrolls sideways');
    await expectNoSeriousViolations(page, 'request page (buyer, awarded, phone)');

    await page.goto('/besoins/nouveau');
    await expectHeading(page, 'Nouveau besoin');
    assert.equal(await horizontalOverflow(page), 0, 'Nouveau besoin scrolls sideways');
    await expectNoSeriousViolations(page, 'Nouveau besoin (phone)');
    await page.context().close();
  });
});
