// The backend serves dist/ under a strict CSP (script-src 'self'): fail the
// build if index.html carries an inline script or an inline event handler.
import { readFileSync } from 'node:fs';

const html = readFileSync(new URL('../dist/index.html', import.meta.url), 'utf8');
const inlineScripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(
  ([, attributes, body]) => !/\bsrc=/i.test(attributes ?? '') || (body ?? '').trim() !== '',
);
const inlineHandlers = html.match(/\son[a-z]+\s*=/gi) ?? [];

if (inlineScripts.length > 0 || inlineHandlers.length > 0) {
  console.error(
    `check-dist: dist/index.html has ${inlineScripts.length} inline script(s) and ${inlineHandlers.length} inline handler(s); the CSP script-src 'self' would block them.`,
  );
  process.exit(1);
}
console.log('check-dist: dist/index.html has no inline script');
