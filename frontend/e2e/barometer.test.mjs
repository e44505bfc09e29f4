// The activity barometer in a browser: the demo structure answers this week's survey (a wrong
// number refused and kept as typed, then the answer saved), and again from a personal link like
// its Monday e-mail's, without an account; the demo facilitator reads the dashboard (charts, the
// table view, a drill-down, the structures that did not answer), enters a structure's answer on
// the phone and takes on a follow-up. Each page is checked with axe and on a 390 px phone.
//
// The personal link is the demo's (SurveyDemoLink): a known token that each start of a demo points
// at the demo structure's survey of the current week. The e-mails themselves, with their links, are
// the backend tests' (SurveyLinkTest).
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import {
  PHONE,
  account,
  browserSession,
  expectHeading,
  expectNoSeriousViolations,
  horizontalOverflow,
  login,
} from './support.mjs';

/** @param {import('playwright-core').Page} page @param {string} label */
async function openNavigation(page, label) {
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: label, exact: true })
    .click();
}

/** The week's answers, as a structure types them. */
const ANSWERS = {
  'Niveau d’activité (%)': '70',
  'Perte de chiffre d’affaires estimée (%)': '20',
  'Salariés en insertion': '12',
  'Dont au travail cette semaine': '8',
  'Dont en activité partielle': '3',
  'Personnes suivies cette semaine': '10',
  'Dont en présentiel': '6',
  'Dont par téléphone': '3',
  'Dont en visio': '1',
};

/** @param {import('playwright-core').Page} page @param {Record<string, string>} answers */
async function fillSurvey(page, answers) {
  for (const [label, value] of Object.entries(answers)) {
    await page.getByRole('textbox', { name: label }).fill(value);
  }
}

/** The demo's personal survey link (SurveyDemoLink): a demo-only token, never a real one. */
const DEMO_SURVEY_LINK = '/enquete/enquete-sans-compte-demo-relance-iae-2026';

describe('the activity barometer', { timeout: 600_000 }, () => {
  const browser = browserSession();
  after(() => browser.close());

  // First, while the demo structure has not answered this week: the link opens last week's answers.
  test('the structure answers from the personal link of its e-mail, without an account', async () => {
    const link = DEMO_SURVEY_LINK;
    const page = await browser.open();
    await page.setViewportSize(PHONE);
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: /^Baromètre de la semaine/ }).waitFor();
    assert.equal(
      await page.evaluate(
        'document.querySelector(\'meta[name="referrer"]\')?.getAttribute("content")',
      ),
      'no-referrer',
      'the page sends no referrer',
    );
    assert.equal(
      await page.getByRole('navigation', { name: 'Navigation principale' }).count(),
      0,
      'no app navigation without an account',
    );
    const loss = page.getByRole('textbox', { name: 'Perte de chiffre d’affaires estimée (%)' });
    await loss.waitFor();
    assert.notEqual(await loss.inputValue(), '', 'pre-filled');
    assert.equal(await horizontalOverflow(page), 0, 'the link page scrolls sideways');
    await expectNoSeriousViolations(page, 'survey personal link (phone)');

    await loss.fill('25');
    await page.getByRole('button', { name: /^(Envoyer|Modifier) vos réponses$/ }).click();
    await page.getByText('Réponses enregistrées').waitFor();
    await expectNoSeriousViolations(page, 'survey personal link, answered (phone)');
    await page.context().close();
  });

  test('the demo structure answers this week’s survey, pre-filled with its last answers', async () => {
    const page = await browser.open();
    await login(page, account('siae'));
    await openNavigation(page, 'Baromètre');
    await expectHeading(page, 'Baromètre');
    const activity = page.getByRole('textbox', { name: 'Niveau d’activité (%)' });
    await activity.waitFor();
    // The demo structure answered the previous weeks: the form starts from its last answers.
    assert.notEqual(await activity.inputValue(), '', 'pre-filled with last week’s answers');
    await expectNoSeriousViolations(page, 'Baromètre (structure)');

    // A number out of range is refused with a message, never rewritten; the focus goes to it.
    await activity.fill('120');
    await page.getByRole('button', { name: /^(Envoyer|Modifier) vos réponses$/ }).click();
    await assert.doesNotReject(() => activity.and(page.locator(':focus')).waitFor());
    assert.equal(await activity.inputValue(), '120');
    await page.getByText('Saisissez un nombre inférieur ou égal à 100.').waitFor();

    await fillSurvey(page, ANSWERS);
    await page.getByRole('checkbox', { name: /^Fournitures sanitaires/ }).check();
    await page.getByRole('button', { name: /^(Envoyer|Modifier) vos réponses$/ }).click();
    await page.getByText('Réponses enregistrées').waitFor();
    await page.getByRole('list', { name: 'Réponses des dernières semaines' }).waitFor();
    await expectNoSeriousViolations(page, 'Baromètre, answered');
    await page.context().close();
  });

  test('the structure’s page fits a phone', async () => {
    const page = await browser.open();
    await page.setViewportSize(PHONE);
    await login(page, account('siae'));
    await page.goto('/barometre');
    await expectHeading(page, 'Baromètre');
    // Answered above: the form shows this week's answer, to replace it.
    await page.getByRole('button', { name: 'Modifier vos réponses' }).waitFor();
    assert.equal(
      await page.getByRole('textbox', { name: 'Niveau d’activité (%)' }).inputValue(),
      '70',
    );
    assert.equal(await horizontalOverflow(page), 0, 'the survey scrolls sideways');
    await expectNoSeriousViolations(page, 'Baromètre (phone)');
    await page.context().close();
  });

  test('a wrong personal link says it is no longer valid and what to do', async () => {
    const page = await browser.open();
    await page.setViewportSize(PHONE);
    await page.goto('/enquete/ce-lien-n-existe-pas');
    await expectHeading(page, 'Ce lien n’est plus valable');
    assert.equal(await horizontalOverflow(page), 0);
    await expectNoSeriousViolations(page, 'invalid survey link');
    await page.context().close();
  });

  test('the facilitator reads the dashboard, drills down and sees who did not answer', async () => {
    const page = await browser.open();
    await login(page, account('facilitator'));
    await openNavigation(page, 'Baromètre');
    await expectHeading(page, 'Baromètre');
    await page.getByRole('figure', { name: /^Niveau d’activité/ }).waitFor();
    await page.getByRole('figure', { name: 'Taux de réponse' }).waitFor();
    await expectNoSeriousViolations(page, 'Baromètre, tableau de bord (charts)');

    await page.getByText('Tableau', { exact: true }).click();
    await page.getByRole('table', { name: 'Indicateurs semaine par semaine' }).waitFor();
    assert.match(page.url(), /vue=tableau/);
    await expectNoSeriousViolations(page, 'Baromètre, tableau de bord (table)');

    const byDepartment = page.getByRole('table', { name: /^Par département/ });
    await byDepartment
      .getByRole('button', { name: /^Voir les \d+ structures/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('link').first().waitFor();
    await expectNoSeriousViolations(page, 'drill-down');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    const missing = page.getByRole('table', { name: /^Structures sans réponse/ });
    await missing
      .getByRole('link', { name: /^Saisir la réponse de / })
      .first()
      .waitFor();
    await page.context().close();
  });

  test('the dashboard fits a phone: cards, no table wider than the screen', async () => {
    const page = await browser.open();
    await page.setViewportSize(PHONE);
    await login(page, account('facilitator'));
    await page.goto('/barometre/tableau-de-bord?vue=tableau');
    await expectHeading(page, 'Baromètre');
    await page.getByRole('list', { name: 'Indicateurs semaine par semaine' }).waitFor();
    assert.equal(await page.getByRole('table').count(), 0, 'cards, not tables, on a phone');
    assert.equal(await horizontalOverflow(page), 0, 'the dashboard scrolls sideways');
    await page.goto('/barometre/tableau-de-bord');
    await page.getByRole('figure', { name: /^Niveau d’activité/ }).waitFor();
    assert.equal(await horizontalOverflow(page), 0, 'the charts scroll sideways');
    await expectNoSeriousViolations(page, 'dashboard (phone)');
    await page.context().close();
  });

  test('the facilitator enters the answer of a structure that did not answer (phone survey)', async () => {
    const page = await browser.open();
    await login(page, account('facilitator'));
    await page.goto('/barometre/tableau-de-bord');
    const missing = page.getByRole('table', { name: /^Structures sans réponse/ });
    const enter = missing.getByRole('link', { name: /^Saisir la réponse de / }).first();
    const name = ((await enter.getAttribute('aria-label')) ?? '').replace(
      'Saisir la réponse de ',
      '',
    );
    await enter.click();
    await expectHeading(page, 'Saisie d’une réponse au baromètre');
    await page.getByRole('heading', { name: /^Questionnaire de la semaine \d+/ }).waitFor();
    await fillSurvey(page, ANSWERS);
    await page.getByRole('button', { name: /^(Envoyer|Modifier) ses réponses$/ }).click();
    await page.getByText('Réponses enregistrées').waitFor();
    await page.getByText('Saisie par l’équipe d’animation (téléphone)').first().waitFor();
    await expectNoSeriousViolations(page, `phone entry for ${name}`);
    await page.context().close();
  });

  test('the facilitator takes on a follow-up and notes what was done', async () => {
    const page = await browser.open();
    await page.setViewportSize(PHONE);
    await login(page, account('facilitator'));
    await page.goto('/barometre/suivis');
    await expectHeading(page, 'Suivis des besoins');
    const list = page.getByRole('list', { name: 'Suivis des besoins' });
    await list.waitFor();
    assert.equal(await horizontalOverflow(page), 0, 'the follow-ups scroll sideways');
    await expectNoSeriousViolations(page, 'Suivis (phone)');

    const card = list.getByRole('listitem').first();
    const structure = (await card.getByRole('link').first().innerText()).trim();
    await card.getByRole('button', { name: /^Modifier le suivi de / }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Attribuer à…' }).click();
    await page.getByRole('option', { name: /^Moi/ }).click();
    await dialog.getByRole('combobox', { name: 'Statut' }).click();
    await page.getByRole('option', { name: 'En cours' }).click();
    const note = `Appelée le ${new Date().toLocaleDateString('fr-FR')} (e2e).`;
    await dialog.getByRole('textbox', { name: /^Note/ }).fill(note);
    await expectNoSeriousViolations(page, 'follow-up dialog (phone)');
    await dialog.getByRole('button', { name: 'Enregistrer le suivi' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.goto('/barometre/suivis?statut=IN_PROGRESS&responsable=moi');
    const mine = page.getByRole('list', { name: 'Suivis des besoins' });
    await mine.getByText(note).first().waitFor();
    assert.match(
      await mine.innerText(),
      new RegExp(structure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
    );
    await page.context().close();
  });
});
