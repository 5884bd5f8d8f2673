// Runs the Khronos glTF validator (gltf-validator, pinned in package-lock.json,
// installed into the asset cache by scripts/fetch_assets.sh) on one .gltf/.glb
// file and prints its report as one JSON line (issues: numErrors, numWarnings,
// numInfos, messages). Exit code 0 when the validator ran (whatever it found).
//   node validate_gltf.mjs --modules DIR/node_modules/.. FILE
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const args = process.argv.slice(2);
const at = args.indexOf('--modules');
if (at < 0 || args.length < at + 3) {
  console.error('usage: node validate_gltf.mjs --modules PACKAGE_DIR FILE');
  process.exit(2);
}
const require = createRequire(path.join(path.resolve(args[at + 1]), 'package.json'));
const validator = require('gltf-validator');
const file = path.resolve(args[at + 2]);
const bytes = new Uint8Array(await readFile(file));
const report = await validator.validateBytes(bytes, {
  uri: path.basename(file),
  maxIssues: 200,
  externalResourceFunction: async (uri) => new Uint8Array(await readFile(path.join(path.dirname(file), decodeURIComponent(uri)))),
});
console.log(JSON.stringify(report));
