// Sign-up in the browser: a visitor creates a buyer account, follows the link of the mail
// (read from the demo mailbox), logs in and sees a structure's e-mail and phone; the facilitators
// review who joined (« Organisations à vérifier », « Demandes de rattachement »).
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import {
  PHONE,
  account,
  apiAuthorization,
  browserSession,
  expectHeading,
  expectNoSeriousViolations,
  horizontalOverflow,
  login,
} from './support.mjs';

const PASSWORD = 'un-mot-de-passe-e2e-solide';

/**
 * A new address and organisation name for each run (the database outlives a test file).
 * @param {string} label
 */
function unique(label) {
  const stamp = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  return {
    email: `${label}-${stamp}@e2e.relance-iae.fr`,
    organisation: `Mairie e2e ${label} ${stamp}`,
  };
}

/**
 * The path of the first link to `prefix` in the mails sent to `email`, read from the demo's
 * mailbox (demo data and the mock mailer); the outbox sends it within a minute or so.
 * @param {import('playwright-core').Page} page
 * @param {string} email
 * @param {string} prefix
 */
async function linkInMail(page, email, prefix) {
  const pattern = new RegExp(`${prefix.replace(/[?/]/g, '\\$&')}\\?jeton=[^\\s"'<>)]+`);
  return (await mailMatching(page, email, pattern))[0];
}

/**
 * The first match of `pattern` in the mails sent to `email`, waiting for the outbox (90 s at most).
 * @param {import('playwright-core').Page} page
 * @param {string} email
 * @param {RegExp} pattern
 */
async function mailMatching(page, email, pattern) {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const response = await page.request.get(`/api/v1/demo/mailbox?to=${encodeURIComponent(email)}`);
    assert.equal(response.status(), 200, 'the demo mailbox answers');
    for (const mail of await response.json()) {
      const found = pattern.exec(mail.text ?? '');
      if (found) return found;
    }
    if (Date.now() > deadline) assert.fail(`no mail to ${email} matching ${pattern}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/**
 * A verified buyer account made through the API (for the facilitators' side).
 * @param {import('playwright-core').Page} page
 * @param {{ email: string, organisation: string }} who
 */
async function signUpBuyerThroughApi(page, who) {
  const signUp = await page.request.post('/api/v1/sign-up/buyer', {
    data: {
      email: who.email,
      displayName: 'Acheteur e2e',
      password: PASSWORD,
      organisation: { name: who.organisation, kind: 'PRIVATE_BUYER' },
      acceptTerms: true,
    },
  });
  assert.equal(signUp.status(), 202, 'buyer sign-up accepted');
  const link = await linkInMail(page, who.email, '/inscription/verification');
  const token = new URL(link, 'http://e2e').searchParams.get('jeton');
  const verified = await page.request.post('/api/v1/sign-up/verification', { data: { token } });
  assert.equal(verified.status(), 200, 'address verified');
}

describe('sign-up', () => {
  const browser = browserSession();
  after(() => browser.close());

  test('a visitor signs up as a buyer, verifies the address, logs in and sees a structure’s e-mail and phone', async () => {
    // A structure with an e-mail and a phone, found in a context of its own (API logins leave
    // their session cookies behind).
    const setup = await browser.open();
    const facilitator = await apiAuthorization(setup, account('facilitator'));
    const search = await setup.request.get('/api/v1/structures?withContact=true&size=50', {
      headers: facilitator,
    });
    assert.equal(search.status(), 200);
    /** @type {{ id: string, name: string, email: string, phone: string, contactName?: string } | undefined} */
    let structure;
    for (const item of (await search.json()).items) {
      const detail = await setup.request.get(`/api/v1/structures/${item.id}`, {
        headers: facilitator,
      });
      const full = await detail.json();
      if (full.email && full.phone) {
        structure = full;
        break;
      }
    }
    assert.ok(structure, 'a demo structure with an e-mail and a phone');
    await setup.context().close();
    const page = await browser.open();
    const who = unique('acheteur');

    // A visitor searches the directory and opens the profile: the contacts need an account.
    await page.goto('/annuaire');
    await page.getByLabel('Rechercher une structure').fill(structure.name);
    await page.getByRole('link', { name: structure.name, exact: true }).first().click();
    await expectHeading(page, structure.name);
    await page
      .getByText('Connectez-vous ou créez un compte pour voir les coordonnées')
      .first()
      .waitFor();
    assert.equal(
      await page.getByRole('link', { name: structure.email }).count(),
      0,
      'no e-mail yet',
    );
    await page.getByRole('banner').getByRole('link', { name: 'Créer un compte' }).click();
    await expectHeading(page, 'Créer un compte');
    await expectNoSeriousViolations(page, '/inscription');
    await page.getByRole('link', { name: 'Je suis acheteur' }).click();
    await expectHeading(page, 'Créer un compte acheteur');

    // An empty form: the first field to correct takes the focus.
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.getByText('Indiquez votre nom.').waitFor();
    assert.equal(
      await page.evaluate("document.activeElement?.getAttribute('autocomplete')"),
      'name',
      'the focus is on « Nom et prénom »',
    );
    await expectNoSeriousViolations(page, 'buyer sign-up with errors');

    // A common password is refused by the server, next to the field.
    await page.getByLabel(/^Nom et prénom/).fill('Camille Achat e2e');
    await page.getByLabel(/^Adresse e-mail professionnelle/).fill(who.email);
    await page.getByLabel(/^Mot de passe/).fill('azertyuiop');
    await page.getByLabel(/^Nom de l’organisation/).fill(who.organisation);
    await page.getByRole('radio', { name: /Acheteur public/ }).check();
    await page.getByRole('checkbox', { name: /J’accepte les conditions/ }).check();
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.getByText(/trop courant/).waitFor();
    assert.equal(
      await page.evaluate("document.activeElement?.getAttribute('autocomplete')"),
      'new-password',
      'the focus is on the password',
    );

    await page.getByLabel(/^Mot de passe/).fill(PASSWORD);
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await expectHeading(page, 'Vérifiez votre boîte mail');
    await page.getByText(who.email).waitFor();
    await expectNoSeriousViolations(page, '/inscription/envoyee');

    // Before the link: the right password is told to confirm the address first.
    await page.goto('/connexion');
    await page.getByLabel(/^Adresse e-mail/).fill(who.email);
    await page.getByLabel(/^Mot de passe/).fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByText(/Confirmez d.abord votre adresse e-mail/).waitFor();

    // The link of the mail activates the account, then the login form is filled in.
    await page.goto(await linkInMail(page, who.email, '/inscription/verification'));
    await expectHeading(page, 'Activation du compte');
    await page.getByText(`Votre adresse ${who.email} est confirmée`).waitFor();
    await expectNoSeriousViolations(page, '/inscription/verification');
    await page.getByRole('link', { name: 'Se connecter' }).click();
    await expectHeading(page, 'Connexion');
    assert.equal(await page.getByLabel(/^Adresse e-mail/).inputValue(), who.email);
    await page.getByLabel(/^Mot de passe/).fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expectHeading(page, 'Espace acheteur');

    // The structure the visitor looked at: now its e-mail and phone show, not the contact's name.
    await page.goto(`/annuaire/${structure.id}`);
    await expectHeading(page, structure.name);
    await page.getByRole('link', { name: structure.email }).waitFor();
    await page.getByRole('link', { name: structure.phone }).waitFor();
    if (structure.contactName) {
      assert.equal(
        await page.getByText(structure.contactName, { exact: true }).count(),
        0,
        'the contact person’s name stays confidential',
      );
    }
    await page.context().close();
  });

  test('a facilitator confirms an organisation created by sign-up in « Organisations à vérifier »', async () => {
    const page = await browser.open();
    const who = unique('verifier');
    await signUpBuyerThroughApi(page, who);

    await login(page, account('facilitator'));
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Organisations à vérifier' })
      .click();
    await expectHeading(page, 'Organisations à vérifier');
    await page
      .getByRole('status', { name: 'Chargement de la liste' })
      .waitFor({ state: 'detached' });
    await expectNoSeriousViolations(page, '/animation/organisations-a-verifier');

    const confirm = page.getByRole('button', { name: `Confirmer « ${who.organisation} »` });
    await confirm.click();
    const dialog = page.getByRole('dialog', { name: 'Confirmer l’organisation' });
    await expectNoSeriousViolations(page, 'organisation confirmation dialog');
    await dialog.getByRole('button', { name: 'Confirmer' }).click();
    await page.getByText(`Organisation « ${who.organisation} » confirmée.`).waitFor();
    await confirm.waitFor({ state: 'detached' });

    // Gone from the queue for good: the API no longer lists it.
    const queue = await page.request.get('/api/v1/organisations/to-verify?size=100', {
      headers: await apiAuthorization(page, account('facilitator')),
    });
    const names = (await queue.json()).items.map(
      (/** @type {{ name: string }} */ organisation) => organisation.name,
    );
    assert.ok(!names.includes(who.organisation), 'the confirmed organisation left the queue');
    await page.context().close();
  });

  test('a facilitator refuses a structure’s proposal with a reason in « Demandes de rattachement »', async () => {
    const page = await browser.open();
    const who = unique('structure');
    // A SIRET unknown to the directory (valid key): the claim waits for a facilitator.
    const siret = await freeSiret(page);
    const signUp = await page.request.post('/api/v1/sign-up/structure', {
      data: {
        email: who.email,
        displayName: 'Sam Structure e2e',
        password: PASSWORD,
        siret,
        acceptTerms: true,
        proposal: {
          name: `Recyclerie e2e ${siret}`,
          kind: 'EI',
          address: '3 rue de la Paix',
          postcode: '93100',
          city: 'Montreuil',
        },
      },
    });
    assert.equal(signUp.status(), 202, 'structure sign-up accepted');

    await login(page, account('facilitator'));
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Rattachements' })
      .click();
    await expectHeading(page, 'Demandes de rattachement');
    const refuse = page.getByRole('button', { name: 'Refuser la demande de Sam Structure e2e' });
    await refuse.first().waitFor();
    await expectNoSeriousViolations(page, '/animation/rattachements');

    await refuse.first().click();
    const dialog = page.getByRole('dialog', { name: 'Refuser le rattachement' });
    await dialog.getByRole('button', { name: 'Refuser' }).click();
    await dialog.getByText('Expliquez la raison du refus').waitFor();
    assert.equal(
      await page.evaluate('document.activeElement?.tagName'),
      'TEXTAREA',
      'the focus is on the reason',
    );
    await expectNoSeriousViolations(page, 'claim refusal dialog with errors');
    await dialog.getByLabel(/^Raison du refus/).fill('Structure inconnue du réseau (test e2e).');
    await dialog.getByRole('button', { name: 'Refuser' }).click();
    await page.getByText(/la raison lui a été envoyée/).waitFor();

    // The person is told why (the outbox sends within a minute or so).
    await mailMatching(page, who.email, /Structure inconnue du réseau \(test e2e\)\./);
    await page.context().close();
  });

  test('on a phone, the sign-up pages and the queues fit the screen', async () => {
    const page = await browser.open();
    await page.setViewportSize(PHONE);
    for (const [path, heading] of [
      ['/inscription', 'Créer un compte'],
      ['/inscription/acheteur', 'Créer un compte acheteur'],
      ['/inscription/structure', 'Créer un compte de structure'],
      ['/inscription/envoyee', 'Vérifiez votre boîte mail'],
      ['/inscription/verification?jeton=e2e-pas-un-vrai-jeton', 'Activation du compte'],
      ['/rattachement/confirmation?jeton=e2e-pas-un-vrai-jeton', 'Rattachement à une structure'],
      ['/conditions-utilisation', 'Conditions d’utilisation'],
      ['/confidentialite', 'Politique de confidentialité'],
    ]) {
      await page.goto(path);
      await expectHeading(page, heading);
      await page.waitForLoadState('networkidle');
      assert.equal(await horizontalOverflow(page), 0, `${path} scrolls sideways`);
      await expectNoSeriousViolations(page, `${path} on a phone`);
    }

    await login(page, account('facilitator'));
    for (const [path, heading] of [
      ['/animation/organisations-a-verifier', 'Organisations à vérifier'],
      ['/animation/rattachements', 'Demandes de rattachement'],
    ]) {
      await page.goto(path);
      await expectHeading(page, heading);
      await page
        .getByRole('status', { name: 'Chargement de la liste' })
        .waitFor({ state: 'detached' });
      assert.equal(await page.getByRole('table').count(), 0, `${path}: no table on a phone`);
      assert.equal(await horizontalOverflow(page), 0, `${path} scrolls sideways`);
      await expectNoSeriousViolations(page, `${path} on a phone`);
    }
    await page.context().close();
  });
});

/**
 * A SIRET with a valid key (Luhn) that no structure of the directory has.
 * @param {import('playwright-core').Page} page
 */
async function freeSiret(page) {
  // The profile by SIRET is public: no login, so no session cookie left in the browser.
  for (;;) {
    const digits = `99${String(Date.now()).slice(-8)}${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;
    const siret = withLuhnKey(digits);
    const known = await page.request.get(`/api/v1/structures/by-siret/${siret}`);
    if (known.status() === 404) return siret;
  }
}

/** @param {string} thirteen the first 13 digits; returns the 14 with the Luhn check digit. */
function withLuhnKey(thirteen) {
  for (let key = 0; key <= 9; key += 1) {
    const candidate = `${thirteen}${key}`;
    let sum = 0;
    for (let index = 0; index < candidate.length; index += 1) {
      let digit = Number(candidate[candidate.length - 1 - index]);
      if (index % 2 === 1) {
        digit *= 2;
        if (digit > 9) digit -= 9;
      }
      sum += digit;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error('no Luhn key');
}
