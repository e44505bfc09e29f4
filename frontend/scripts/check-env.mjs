// Checks the toolchain before verify/e2e: Vite 8 needs Node >= 20.19 and npm 11
// (npm 10, bundled with Node 20, cannot install it).
import { execSync } from 'node:child_process';

const REQUIRED_NODE = [20, 19];
const REQUIRED_NPM_MAJOR = 11;

/** @param {string} version */
function parse(version) {
  return version.replace(/^v/, '').split('.').map(Number);
}

const problems = [];
const [nodeMajor, nodeMinor] = parse(process.version);
if (
  nodeMajor < REQUIRED_NODE[0] ||
  (nodeMajor === REQUIRED_NODE[0] && nodeMinor < REQUIRED_NODE[1])
) {
  problems.push(
    `Node ${process.version} is too old: install Node >= ${REQUIRED_NODE.join('.')} (for example Node 20 LTS, latest).`,
  );
}

let npmVersion = 'unknown';
try {
  npmVersion = execSync('npm --version', { encoding: 'utf8' }).trim();
} catch {
  problems.push('npm was not found on the PATH: install npm >= 11 (npm install -g npm@11).');
}
if (npmVersion !== 'unknown' && parse(npmVersion)[0] < REQUIRED_NPM_MAJOR) {
  problems.push(
    `npm ${npmVersion} is too old: run "npm install -g npm@${REQUIRED_NPM_MAJOR}" (npm 10 cannot install Vite 8).`,
  );
}

if (problems.length > 0) {
  for (const problem of problems) console.error(`check-env: ${problem}`);
  process.exit(1);
}
console.log(`check-env: Node ${process.version}, npm ${npmVersion} OK`);
