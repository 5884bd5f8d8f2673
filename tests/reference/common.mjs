// Likeness — shared helpers for the TF.js reference tools in tests/reference/.
//
// The npm dependencies (package.json / package-lock.json next to this file) are
// installed by the set-up into $CACHE/node/reference/node_modules, never into the
// repository. ES-module resolution ignores NODE_PATH, so every third-party module
// is loaded through createRequire() anchored at that folder (falling back to a
// node_modules next to these scripts, for development).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const HUMAN_VERSION = '3.3.6';
export const MODEL_NAMES = ['blazeface', 'facemesh', 'iris'];

const HERE = path.dirname(fileURLToPath(import.meta.url));

export class UsageError extends Error {}
/** An expected failure (missing asset, dependency…): reported without a stack trace. */
export class ToolError extends Error {}

/** Default cache root: ${LIKENESS_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/likeness}. */
export function defaultCacheDir() {
  if (process.env.LIKENESS_CACHE_DIR) return process.env.LIKENESS_CACHE_DIR;
  const xdg = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(xdg, 'likeness');
}

/**
 * Minimal option parser: `--name value`, `--name=value`, boolean `--flag`.
 * spec: {name: 'string'|'int'|'bool'}; returns {name: value} (defaults undefined).
 */
export function parseArgs(argv, spec, usage) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    if (a === '-h' || a === '--help') {
      process.stdout.write(usage);
      process.exit(0);
    }
    if (!a.startsWith('--')) throw new UsageError(`unexpected argument '${a}'`);
    let val;
    const eq = a.indexOf('=');
    if (eq >= 0) { val = a.slice(eq + 1); a = a.slice(0, eq); }
    const name = a.slice(2);
    const type = spec[name];
    if (!type) throw new UsageError(`unknown option '--${name}'`);
    if (type === 'bool') {
      if (val !== undefined) throw new UsageError(`option '--${name}' takes no value`);
      out[name] = true;
      continue;
    }
    if (val === undefined) {
      if (i + 1 >= argv.length) throw new UsageError(`option '--${name}' needs a value`);
      val = argv[++i];
    }
    if (type === 'int') {
      if (!/^\d+$/.test(val)) throw new UsageError(`option '--${name}' needs a non-negative integer, got '${val}'`);
      out[name] = Number(val);
    } else {
      out[name] = val;
    }
  }
  return out;
}

/** Runs main(), mapping UsageError to exit 2 and any other error to exit 1. */
export function runMain(tool, usage, main) {
  main().then(
    (code) => { process.exitCode = code || 0; },
    (err) => {
      if (err instanceof UsageError) {
        process.stderr.write(`${tool}: ${err.message}\n${usage}`);
        process.exitCode = 2;
      } else if (err instanceof ToolError) {
        process.stderr.write(`${tool}: ${err.message}\n`);
        process.exitCode = 1;
      } else {
        process.stderr.write(`${tool}: ${err && err.stack ? err.stack : err}\n`);
        process.exitCode = 1;
      }
    },
  );
}

/**
 * Returns a require() that resolves the reference tools' npm dependencies:
 * $cache/node/reference/node_modules first, then tests/reference/node_modules.
 */
export function dependencyRequire(cacheDir) {
  const anchors = [
    path.join(cacheDir, 'node', 'reference', 'package.json'),
    path.join(HERE, 'package.json'),
  ];
  for (const anchor of anchors) {
    const req = createRequire(anchor);
    try {
      req.resolve('@tensorflow/tfjs-core');
      return req;
    } catch { /* try the next location */ }
  }
  throw new ToolError(
    'the TF.js reference dependencies are not installed; expected them in ' +
    `${path.join(cacheDir, 'node', 'reference', 'node_modules')} ` +
    `(run: mkdir -p ${path.join(cacheDir, 'node', 'reference')} && cp ${HERE}/package.json ${HERE}/package-lock.json ` +
    `${path.join(cacheDir, 'node', 'reference')}/ && npm ci --prefix ${path.join(cacheDir, 'node', 'reference')})`,
  );
}

/**
 * Loads tfjs-core + converter (+ the cpu backend; + wasm when asked) as one
 * consistent set of CommonJS node bundles. Returns {tf, wasm, req, version}.
 */
export function loadTf(cacheDir, { wasm = false } = {}) {
  const req = dependencyRequire(cacheDir);
  const tf = req('@tensorflow/tfjs-core');
  const converter = req('@tensorflow/tfjs-converter');
  req('@tensorflow/tfjs-backend-cpu'); // registers the 'cpu' backend
  const wasmMod = wasm ? req('@tensorflow/tfjs-backend-wasm') : null; // registers 'wasm'
  tf.enableProdMode(); // silences the "install tfjs-node" console advice; math unaffected
  const versions = {
    'tfjs-core': tf.version_core,
    'tfjs-converter': converter.version_converter,
    'tfjs-backend-cpu': req('@tensorflow/tfjs-backend-cpu').version_cpu,
  };
  if (wasmMod) versions['tfjs-backend-wasm'] = wasmMod.version_wasm;
  return { tf, converter, wasm: wasmMod, req, version: tf.version_core, versions };
}

export function modelDir(cacheDir) {
  return path.join(cacheDir, 'models', `human-${HUMAN_VERSION}`);
}

/**
 * Loads `$cache/models/human-3.3.6/<name>.json` (+ its .bin shards) from disk
 * with a custom IOHandler; nothing is fetched.
 */
export async function loadGraphModel(tfBundle, cacheDir, name) {
  const { tf, converter } = tfBundle;
  const dir = modelDir(cacheDir);
  const jsonPath = path.join(dir, `${name}.json`);
  let modelJSON;
  try {
    modelJSON = JSON.parse(fs.readFileSync(jsonPath, 'utf8'));
  } catch (e) {
    throw new ToolError(`cannot read model ${jsonPath}: ${e.message} (run scripts/fetch_assets.sh)`);
  }
  const handler = {
    load: async () => tf.io.getModelArtifactsForJSON(modelJSON, async (manifest) => {
      const specs = [];
      const buffers = [];
      for (const group of manifest) {
        specs.push(...group.weights);
        for (const p of group.paths) {
          const b = fs.readFileSync(path.join(dir, p));
          buffers.push(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
        }
      }
      return [specs, tf.io.concatenateArrayBuffers(buffers)];
    }),
  };
  const model = await converter.loadGraphModel(handler);
  return model;
}

/** Input shape of a graph model with the batch dimension forced to 1. */
export function inputShape(model) {
  const s = model.inputs[0].shape.slice();
  if (s[0] === -1 || s[0] == null) s[0] = 1;
  return s;
}

/** mulberry32: tiny deterministic 32-bit PRNG returning floats in [0,1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Float32Array of n uniform values in [lo, hi) from mulberry32(seed). */
export function uniformArray(n, seed, lo, hi) {
  const rnd = mulberry32(seed);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = lo + (hi - lo) * rnd();
  return out;
}

/** Decodes a JPEG to {width, height, data: Uint8Array RGB interleaved} with jpeg-js. */
export function decodeJpegRgb(req, file) {
  const jpeg = req('jpeg-js');
  const img = jpeg.decode(fs.readFileSync(file), { useTArray: true, formatAsRGBA: false, maxMemoryUsageInMB: 256 });
  const data = img.data;
  if (data.length !== img.width * img.height * 3) throw new Error(`unexpected decoded size for ${file}`);
  return { width: img.width, height: img.height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
}

export function demoPhotoPath(cacheDir) {
  return path.join(cacheDir, 'samples', 'grace_hopper_512x512.jpg');
}

export function median(xs) {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function round3(x) {
  return Math.round(x * 1000) / 1000;
}
