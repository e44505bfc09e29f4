// The public directory: a visitor without an account searches, opens a profile, sees the prompt
// to sign in instead of the contact details and no export; « Demander un devis » goes through the
// login page and lands on « Nouveau besoin » with the structure targeted. At 390 px nothing
// scrolls sideways; axe finds nothing serious on the way.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import {
  account,
  browserSession,
  DEMO_PASSWORD,
  expectHeading,
  expectNoSeriousViolations,
  horizontalOverflow,
  PHONE,
} from './support.mjs';

const CONTACTS_PROMPT = 'Connectez-vous ou créez un compte pour voir les coordonnées.';

/**
 * An active structure of the demo directory, read without an account (the public search).
 * @param {import('playwright-core').Page} page
 * @returns {Promise<{ id: string, name: string }>}
 */
async function publicStructure(page) {
  const search = await page.request.get('/api/v1/structures?size=5');
  assert.equal(search.status(), 200, 'the public search answers without a token');
  const [structure] = (await search.json()).items;
  assert.ok(structure, 'the demo directory has structures');
  return structure;
}

describe('public directory', () => {
  const browser = browserSession();
  after(() => browser.close());

  test('a visitor searches, opens a profile without contacts, then asks for a quote through the login', async () => {
    const page = await browser.open();
    const structure = await publicStructure(page);

    await page.goto('/annuaire');
    await expectHeading(page, 'Annuaire des structures');
    await page.getByRole('banner').getByRole('link', { name: 'Créer un compte' }).waitFor();
    await page.getByRole('table', { name: 'Structures trouvées' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Exporter' }).count(), 0, 'no export');
    await expectNoSeriousViolations(page, 'the public directory search');

    await page.getByLabel('Rechercher une structure').fill(structure.name);
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=/);
    await page.getByRole('link', { name: structure.name, exact: true }).first().click();
    await expectHeading(page, structure.name);
    await page.getByText(CONTACTS_PROMPT).waitFor();
    assert.equal(await page.getByText('E-mail', { exact: true }).count(), 0, 'no e-mail shown');
    assert.equal(await page.getByText('Téléphone', { exact: true }).count(), 0, 'no phone shown');
    assert.match(
      await page.title(),
      new RegExp(`^${structure.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
    await expectNoSeriousViolations(page, 'a public profile');

    await page.getByRole('link', { name: `Demander un devis à ${structure.name}` }).click();
    await expectHeading(page, 'Connexion');
    await page.getByLabel(/^Adresse e-mail/).fill(account('buyer').email);
    await page.getByLabel(/^Mot de passe/).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expectHeading(page, 'Nouveau besoin');
    assert.match(page.url(), new RegExp(`/besoins/nouveau\\?structure=${structure.id}`));
    await page.getByText('Structure ciblée :').waitFor();
  });

  test('the profile page carries its title for search engines, and the sitemap lists it', async () => {
    const page = await browser.open();
    const structure = await publicStructure(page);
    const html = await page.request.get(`/annuaire/${structure.id}`, {
      headers: { Accept: 'text/html' },
    });
    assert.equal(html.status(), 200);
    const body = await html.text();
    assert.match(body, /<meta property="og:title" content="[^"]+"/);
    assert.match(body, /<meta name="description" content="[^"]+"/);
    const sitemap = await (await page.request.get('/sitemap.xml')).text();
    assert.ok(sitemap.includes(`/annuaire/${structure.id}</loc>`), 'the sitemap lists the profile');
    const robots = await (await page.request.get('/robots.txt')).text();
    assert.match(robots, /Allow: \/annuaire/);
  });

  test('the public pages fit a 390 px phone', async () => {
    const page = await browser.open();
    await page.setViewportSize(PHONE);
    const structure = await publicStructure(page);
    await page.goto('/annuaire');
    await expectHeading(page, 'Annuaire des structures');
    await page.getByRole('banner').getByRole('link', { name: 'Se connecter' }).waitFor();
    await page.waitForLoadState('networkidle');
    assert.equal(await horizontalOverflow(page), 0, 'the search scrolls sideways at 390 px');
    await expectNoSeriousViolations(page, 'the public search at 390 px');

    await page.goto(`/annuaire/${structure.id}`);
    await expectHeading(page, structure.name);
    await page.getByText(CONTACTS_PROMPT).waitFor();
    assert.equal(await horizontalOverflow(page), 0, 'the profile scrolls sideways at 390 px');
    await expectNoSeriousViolations(page, 'a public profile at 390 px');
  });
});
