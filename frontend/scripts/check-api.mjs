// Fails when src/lib/api/schema.d.ts is not what openapi-typescript generates
// from ../openapi.yaml, so the committed types never drift from the contract.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const committed = join(root, 'src/lib/api/schema.d.ts');
const spec = join(root, '../openapi.yaml');
const dir = mkdtempSync(join(tmpdir(), 'relance-api-'));
const generated = join(dir, 'schema.d.ts');

try {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/openapi-typescript/bin/cli.js'), spec, '-o', generated],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  let current = '';
  try {
    current = readFileSync(committed, 'utf8');
  } catch {
    current = '';
  }
  if (readFileSync(generated, 'utf8') !== current) {
    console.error(
      'check:api: src/lib/api/schema.d.ts is out of date with ../openapi.yaml — run npm run gen:api and commit the result.',
    );
    process.exitCode = 1;
  } else {
    console.log('check:api: src/lib/api/schema.d.ts matches ../openapi.yaml');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
