// A structure answers a solicitation: the demo siae user through « Opportunités », and a
// structure without an account through the personal link of its e-mail (the demo data's link,
// printed at start). Every new page is checked with axe, and on a 390 px phone for sideways
// scrolling; the facilitator's « À appeler » list too.
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

/** The demo data's personal link (SolicitationDemoData): a demo-only token, never a real one. */
const DEMO_LINK_TOKEN = 'essai-sans-compte-demo-relance-iae-2026';

/**
 * An opportunity of the demo siae user that still accepts an answer, found through the API.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<{ id: string, title: string }>}
 */
async function openOpportunity(page) {
  const headers = await apiAuthorization(page, account('siae'));
  const inbox = await page.request.get('/api/v1/solicitations?size=50', { headers });
  assert.equal(inbox.status(), 200);
  /** @type {{ items: { id: string, title: string, deadlinePassed: boolean }[] }} */
  const { items } = await inbox.json();
  // Opening one records its first view: those whose deadline is past stay unread.
  for (const item of items.filter((candidate) => !candidate.deadlinePassed)) {
    const detail = await page.request.get(`/api/v1/solicitations/${item.id}`, { headers });
    if (detail.status() === 200 && (await detail.json()).canAnswer) return item;
  }
  assert.fail('the demo siae user has an opportunity that accepts an answer');
}

describe('a structure answers a solicitation', () => {
  const browser = browserSession();
  after(() => browser.close());

  test('the demo siae user opens « Opportunités », opens one and answers interested', async () => {
    const page = await browser.open();
    await login(page, account('siae'));
    const opportunity = await openOpportunity(page);
    const unread = await page.request.get('/api/v1/solicitations?status=SENT&size=1', {
      headers: await apiAuthorization(page, account('siae')),
    });
    const { totalItems } = await unread.json();

    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: /^Opportunités/ })
      .click();
    await expectHeading(page, 'Opportunités');
    const link = page.getByRole('link', { name: opportunity.title }).first();
    await link.waitFor();
    if (totalItems > 0) {
      // Never opened: marked « Nouveau », and said so to screen readers.
      await page
        .getByRole('link', { name: /nouvelle, pas encore ouverte/ })
        .first()
        .waitFor();
      await page.getByText('Nouveau', { exact: true }).first().waitFor();
    }
    await expectNoSeriousViolations(page, 'Opportunités');

    await link.click();
    await expectHeading(page, opportunity.title);
    await page.getByRole('region', { name: 'Le besoin' }).waitFor();
    await expectNoSeriousViolations(page, 'an opportunity');

    // Two clicks and a message: « Je suis intéressé », then send.
    await page.getByRole('radio', { name: 'Je suis intéressé' }).check();
    await page
      .getByRole('textbox', { name: /^Message à l’acheteur/ })
      .fill('Une équipe de quatre personnes peut intervenir dès janvier.');
    await page.getByRole('textbox', { name: /^Montant de votre devis/ }).fill('12 500');
    await page.getByRole('button', { name: /^(Envoyer|Modifier) ma réponse$/ }).click();
    await page.getByText('Réponse envoyée').waitFor();
    await expectNoSeriousViolations(page, 'an opportunity, answered');

    // The inbox now shows it as interested.
    await page.goto('/opportunites?status=INTERESTED');
    await page.getByRole('link', { name: opportunity.title }).first().waitFor();
    await page.context().close();
  });

  test('the inbox and an opportunity fit a 390 px phone', async () => {
    const page = await browser.open();
    await page.setViewportSize(PHONE);
    await login(page, account('siae'));
    const opportunity = await openOpportunity(page);

    await page.goto('/opportunites');
    await expectHeading(page, 'Opportunités');
    await page.getByRole('link', { name: opportunity.title }).first().waitFor();
    assert.equal(await page.getByRole('table').count(), 0, 'no table on a phone');
    assert.equal(await horizontalOverflow(page), 0, 'the inbox scrolls sideways');
    await expectNoSeriousViolations(page, 'Opportunités (phone)');

    await page.goto(`/opportunites/${opportunity.id}`);
    await expectHeading(page, opportunity.title);
    await page.getByRole('radio', { name: 'Je suis intéressé' }).check();
    await page.getByRole('textbox', { name: /^Message à l’acheteur/ }).waitFor();
    assert.equal(await horizontalOverflow(page), 0, 'the opportunity scrolls sideways');
    await expectNoSeriousViolations(page, 'an opportunity (phone)');
    await page.context().close();
  });

  test('a structure answers from its personal link, without an account, on a phone', async () => {
    const page = await browser.open();
    await page.setViewportSize(PHONE);
    await page.goto(`/reponse/${DEMO_LINK_TOKEN}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('region', { name: 'Le besoin' }).waitFor();
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
    assert.equal(await horizontalOverflow(page), 0, 'the link page scrolls sideways');
    await expectNoSeriousViolations(page, 'personal link page (phone)');

    // Without an account, partners (co-contracting) are still found in the directory.
    await page.getByRole('radio', { name: 'Je suis intéressé' }).check();
    await page.getByRole('combobox', { name: /^Structures partenaires/ }).fill('insertion');
    await page.getByRole('option').first().click();
    await page.getByRole('list', { name: 'Structures partenaires choisies' }).waitFor();
    await expectNoSeriousViolations(page, 'personal link page, partner chosen (phone)');

    await page.getByRole('radio', { name: 'Je décline' }).check();
    await page
      .getByRole('textbox', { name: /^Pourquoi déclinez-vous/ })
      .fill('Nos équipes sont prises jusqu’en mars.');
    await page.getByRole('button', { name: /^(Envoyer|Modifier) ma réponse$/ }).click();
    await page.getByText('Réponse envoyée').waitFor();
    assert.equal(await horizontalOverflow(page), 0, 'the confirmation scrolls sideways');
    await expectNoSeriousViolations(page, 'personal link page, answered (phone)');
    await page.context().close();
  });

  test('a wrong personal link says it is no longer valid and what to do', async () => {
    const page = await browser.open();
    await page.setViewportSize(PHONE);
    await page.goto('/reponse/ce-lien-n-existe-pas');
    await expectHeading(page, 'Ce lien n’est plus valable');
    await page.getByText(/contactez l’équipe d’animation du réseau/).waitFor();
    assert.equal(await horizontalOverflow(page), 0, 'the page scrolls sideways');
    await expectNoSeriousViolations(page, 'invalid personal link');
    await page.context().close();
  });

  test('a facilitator sees the structures to call', async () => {
    const page = await browser.open();
    await page.setViewportSize(PHONE);
    await login(page, account('facilitator'));
    await page.goto('/sollicitations/a-appeler');
    await expectHeading(page, 'À appeler');
    await page
      .getByRole('list', { name: /^Structures sollicitées à appeler/ })
      .or(page.getByText(/^Aucune structure à appeler/))
      .first()
      .waitFor();
    assert.equal(await horizontalOverflow(page), 0, 'the page scrolls sideways');
    await expectNoSeriousViolations(page, 'À appeler (phone)');
    await page.context().close();
  });
});
