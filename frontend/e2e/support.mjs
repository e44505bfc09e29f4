// Shared helpers of the browser tests: they drive Debian's Chromium through
// playwright-core against the packaged app at E2E_BASE_URL.
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';

export const DEMO_PASSWORD = 'demo';

/** @typedef {{ role: string, email: string, heading: string, navigation: string[] }} DemoAccount */

const COMMON_NAVIGATION = ['Accueil', 'Mon compte'];

/** The demo accounts of contract.md, with what each must see on its home page. @type {DemoAccount[]} */
export const WEB_ACCOUNTS = [
  {
    role: 'buyer',
    email: 'acheteur@demo.relance-iae.fr',
    heading: 'Espace acheteur',
    navigation: [...COMMON_NAVIGATION, 'Annuaire', 'Mes besoins', 'Nouveau besoin'],
  },
  {
    role: 'siae',
    email: 'siae@demo.relance-iae.fr',
    heading: 'Espace structure',
    navigation: [
      ...COMMON_NAVIGATION,
      'Annuaire',
      'Ma structure',
      'Opportunités',
      'Commander',
      'Mes commandes',
      'Baromètre',
      'Diagnostic financier',
    ],
  },
  {
    role: 'facilitator',
    email: 'animateur@demo.relance-iae.fr',
    heading: 'Espace animateur',
    navigation: [
      ...COMMON_NAVIGATION,
      'Annuaire',
      'Import',
      'À valider',
      'Besoins',
      'Marchés en cours',
      'À appeler',
      'Commandes',
      'Stock',
      'Répartition',
      'Baromètre',
      'Suivis',
      'Diagnostics',
      'Organisations à vérifier',
      'Rattachements',
    ],
  },
  {
    role: 'admin',
    email: 'admin@demo.relance-iae.fr',
    heading: 'Administration',
    navigation: [
      ...COMMON_NAVIGATION,
      'Annuaire',
      'Import',
      'Organisations',
      'Utilisateurs',
      'Clients partenaires',
      'Stock',
      'Baromètre',
      'Règles de financement',
      'Journal des accès',
    ],
  },
];

/** @param {string} role */
export function account(role) {
  const found = WEB_ACCOUNTS.find((candidate) => candidate.role === role);
  assert.ok(found, `no demo account for role ${role}`);
  return found;
}

export function baseUrl() {
  const url = process.env.E2E_BASE_URL;
  if (!url) {
    throw new Error(
      'E2E_BASE_URL is not set: start the packaged application (backend serving frontend/dist) ' +
        'and run for example `E2E_BASE_URL=http://localhost:8080 npm run e2e`.',
    );
  }
  return url.replace(/\/+$/, '');
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/**
 * One browser per test file, launched by the first test that needs it, so that
 * without E2E_BASE_URL each test fails with the explanation (not a hook).
 */
export function browserSession() {
  /** @type {Promise<import('playwright-core').Browser> | undefined} */
  let launching;
  return {
    /** A fresh context (own cookies) and page. */
    async open() {
      const url = baseUrl();
      launching ??= launchBrowser();
      const context = await (await launching).newContext({ baseURL: url, locale: 'fr-FR' });
      context.setDefaultTimeout(15_000);
      return context.newPage();
    },
    async close() {
      if (launching) await (await launching).close();
    },
  };
}

/**
 * @param {import('playwright-core').Page} page
 * @param {string} name
 */
export async function expectHeading(page, name) {
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
}

/**
 * Signs in through the login form and waits for the role's home page.
 * @param {import('playwright-core').Page} page
 * @param {DemoAccount} demo
 */
export async function login(page, demo) {
  await page.goto('/connexion');
  await page.getByLabel(/^Adresse e-mail/).fill(demo.email);
  await page.getByLabel(/^Mot de passe/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expectHeading(page, demo.heading);
}

/**
 * The `Authorization` header of a demo account, logged in through the API (for test set-up
 * that the web app would take several pages to reach).
 * @param {import('playwright-core').Page} page
 * @param {DemoAccount} demo
 * @returns {Promise<{ Authorization: string }>}
 */
export async function apiAuthorization(page, demo) {
  const session = await page.request.post('/api/v1/auth/login', {
    data: { email: demo.email, password: DEMO_PASSWORD },
  });
  assert.equal(session.status(), 200, `API login of ${demo.email}`);
  return { Authorization: `Bearer ${(await session.json()).accessToken}` };
}

/**
 * The first page of the directory as the demo buyer sees it, through the API.
 * @param {import('playwright-core').Page} page
 * @param {number} size
 * @returns {Promise<Array<{ id: string, name: string, offerCount: number }>>}
 */
export async function directoryPage(page, size) {
  const search = await page.request.get(`/api/v1/structures?size=${size}`, {
    headers: await apiAuthorization(page, account('buyer')),
  });
  assert.equal(search.status(), 200);
  return (await search.json()).items;
}

/** @param {import('playwright-core').Page} page */
export async function navigationEntries(page) {
  const navigation = page.getByRole('navigation', { name: 'Navigation principale' });
  await navigation.waitFor();
  // Each entry's label, without what stands beside it (the count of new opportunities).
  return navigation
    .getByRole('link')
    .evaluateAll((links) =>
      links.map((link) =>
        (link.querySelector('.mantine-NavLink-label') ?? link).textContent.trim(),
      ),
    );
}

/**
 * Runs axe (WCAG 2 A and AA) and fails on any serious or critical violation.
 * @param {import('playwright-core').Page} page
 * @param {string} label
 */
export async function expectNoSeriousViolations(page, label) {
  await page.waitForLoadState('networkidle');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const blocking = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes
          .map((node) => node.target.join(' '))
          .join(', ')})`,
    );
  assert.deepEqual(blocking, [], `accessibility violations on ${label}`);
}

/** A phone's screen, for the 390 px checks. */
export const PHONE = { width: 390, height: 844 };

/**
 * How far the page scrolls sideways (0 when it fits the screen).
 * @param {import('playwright-core').Page} page
 * @returns {Promise<number>}
 */
export async function horizontalOverflow(page) {
  return page.evaluate(
    'document.documentElement.scrollWidth - document.documentElement.clientWidth',
  );
}
