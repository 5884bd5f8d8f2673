#!/usr/bin/env node
// Likeness — upstream full-pipeline reference: @vladmandic/human@3.3.6's own face
// pipeline (BlazeFace -> FaceMesh -> Iris, box/landmark post-processing, head
// rotation) on the demo photo, for comparison with Likeness's face analysis.
//
//   node tests/reference/human_pipeline.mjs --cache C [--out FILE] [--backend wasm|cpu]
//
// Writes FILE (default C/reference/demo_human.json). Runs fully offline: Human's
// Node/WASM bundle (dist/human.node-wasm.js, which needs only tfjs-core, -converter
// and -backend-wasm) is loaded from C/node/reference/node_modules, and its model
// fetches are answered from C/models/human-3.3.6 (the checksum-pinned copies) by a
// fetch() stand-in that refuses every other URL. Decoding: jpeg-js.
//
// Human's conventions, recorded as they come:
//  - mesh: 478 points [x, y, z]; x, y in photo pixels, z in FaceMesh crop units
//    (192-pixel crop scale, relative to the face centre, negative = towards the
//    camera); all three TRUNCATED TO INTEGERS by Human (Math.trunc), so compare with
//    a tolerance of about 1 px. Points 468..477 are the two irises (5 each).
//  - box: [x, y, width, height] in pixels (integers), computed from the mesh;
//    boxRaw: the same normalised to [0,1].
//  - score = faceScore (FaceMesh face flag, rounded to 0.01 by Human);
//    boxScore = BlazeFace score (rounded to 0.01).
//  - rotation.angle: {pitch, yaw, roll} in radians; rotation.matrix: 3x3 row-major;
//    rotation.gaze: {bearing, strength}.
//  - Human feeds BOTH eye crops to Iris mirrored (flipLeftRight) on backends that
//    have that kernel (wasm and cpu do).

import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as common from './common.mjs';

const TOOL = 'human_pipeline';
const USAGE = `usage: node tests/reference/human_pipeline.mjs --cache C [--out FILE] [--backend wasm|cpu]
  --cache C      asset cache root (default: \${LIKENESS_CACHE_DIR:-\${XDG_CACHE_HOME:-$HOME/.cache}/likeness})
  --out FILE     output JSON (default: C/reference/demo_human.json)
  --backend B    TF.js backend for Human: wasm (default, what dist/human.node-wasm.js targets) or cpu
`;

const MODEL_BASE = 'http://likeness.invalid/models/'; // never contacted: see offlineFetch

function offlineFetch(modelDir) {
  return async (url) => {
    const u = String(url && url.url ? url.url : url);
    if (!u.startsWith(MODEL_BASE)) throw new common.ToolError(`offline run: refusing to fetch ${u}`);
    const name = path.basename(new URL(u).pathname);
    const file = path.join(modelDir, name);
    if (!/^[A-Za-z0-9_.-]+$/.test(name) || !fs.existsSync(file)) {
      return new Response(null, { status: 404, statusText: `not in ${modelDir}: ${name}` });
    }
    return new Response(fs.readFileSync(file), {
      status: 200,
      headers: { 'content-type': name.endsWith('.json') ? 'application/json' : 'application/octet-stream' },
    });
  };
}

async function main() {
  const opts = common.parseArgs(process.argv.slice(2), { cache: 'string', out: 'string', backend: 'string' }, USAGE);
  const cacheDir = path.resolve(opts.cache || common.defaultCacheDir());
  const outFile = path.resolve(opts.out || path.join(cacheDir, 'reference', 'demo_human.json'));
  const backend = opts.backend || 'wasm';
  if (backend !== 'wasm' && backend !== 'cpu') throw new common.UsageError(`--backend must be wasm or cpu, got '${backend}'`);
  const t0 = performance.now();

  const T = common.loadTf(cacheDir, { wasm: true });
  const { tf } = T;
  // @vladmandic/human's package.json "exports" keys lack the "./" prefix, so its
  // subpaths cannot be required by name; load the bundle by absolute path instead
  // (its own require('@tensorflow/...') calls then resolve to this same node_modules).
  const nodeModules = path.resolve(path.dirname(T.req.resolve('@tensorflow/tfjs-core')), '..', '..', '..');
  const humanDir = path.join(nodeModules, '@vladmandic', 'human');
  if (!fs.existsSync(path.join(humanDir, 'dist', 'human.node-wasm.js'))) {
    throw new common.ToolError(`@vladmandic/human is not installed in ${nodeModules} (re-run npm ci with tests/reference/package-lock.json)`);
  }
  const humanVersion = JSON.parse(fs.readFileSync(path.join(humanDir, 'package.json'), 'utf8')).version;
  const { Human } = T.req(path.join(humanDir, 'dist', 'human.node-wasm.js'));

  const modelDir = common.modelDir(cacheDir);
  globalThis.fetch = offlineFetch(modelDir);
  const wasmDir = path.dirname(T.req.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm')) + path.sep;

  const config = {
    backend,
    wasmPath: wasmDir,
    wasmPlatformFetch: false,
    modelBasePath: MODEL_BASE,
    cacheModels: false,
    debug: false,
    async: false,
    warmup: 'none',
    filter: { enabled: false },
    gesture: { enabled: false },
    body: { enabled: false },
    hand: { enabled: false },
    object: { enabled: false },
    segmentation: { enabled: false },
    face: {
      enabled: true,
      detector: { modelPath: 'blazeface.json', rotation: false, maxDetected: 1, skipFrames: 0, skipTime: 0 },
      mesh: { enabled: true, modelPath: 'facemesh.json' },
      iris: { enabled: true, modelPath: 'iris.json' },
      attention: { enabled: false },
      description: { enabled: false },
      emotion: { enabled: false },
      antispoof: { enabled: false },
      liveness: { enabled: false },
    },
  };
  const human = new Human(config);
  await human.load();
  if (human.tf.getBackend() !== backend) throw new Error(`Human runs on '${human.tf.getBackend()}', wanted '${backend}'`);
  if (human.tf.engine() !== tf.engine() || human.tf.version_core !== tf.version_core) throw new Error('Human loaded a different tfjs-core');

  const photoPath = common.demoPhotoPath(cacheDir);
  if (!fs.existsSync(photoPath)) throw new common.ToolError(`demo photo missing: ${photoPath} (run scripts/fetch_assets.sh)`);
  const photo = common.decodeJpegRgb(T.req, photoPath);
  const input = tf.tensor4d(photo.data, [1, photo.height, photo.width, 3], 'int32');

  const times = [];
  let res;
  for (let i = 0; i < 3; i++) { // first run includes kernel set-up; later runs are warm
    const ts = performance.now();
    res = await human.detect(input);
    times.push(performance.now() - ts);
  }
  tf.dispose(input);
  if (!res || res.error) throw new Error(`Human failed: ${res && res.error}`);
  if (!res.face || res.face.length !== 1) throw new common.ToolError(`expected one face on the demo photo, Human found ${res.face ? res.face.length : 0}`);
  const f = res.face[0];
  if (!f.mesh || f.mesh.length !== 478) throw new Error(`expected 478 mesh points, got ${f.mesh ? f.mesh.length : 0}`);

  const out = {
    format: 'likeness-human-reference',
    version: 1,
    human: humanVersion,
    tfjs: T.version,
    backend,
    image: {
      source: 'samples/grace_hopper_512x512.jpg',
      decoder: `jpeg-js@${JSON.parse(fs.readFileSync(T.req.resolve('jpeg-js/package.json'), 'utf8')).version}`,
      width: photo.width,
      height: photo.height,
    },
    config: {
      detector: { rotation: false, maxDetected: 1, scale: human.config.face.detector.scale, minConfidence: human.config.face.detector.minConfidence },
      iris: { scale: human.config.face.iris.scale },
      filter: false,
    },
    conventions: 'mesh: [x px, y px, z in 192-crop units], truncated to integers by Human; box: [x, y, w, h] px; angles in radians',
    face: {
      box: f.box,
      boxRaw: f.boxRaw,
      size: f.size,
      score: f.score,
      boxScore: f.boxScore,
      faceScore: f.faceScore,
      rotation: f.rotation || null,
      mesh: f.mesh,
    },
    ms: { detect_first: common.round3(times[0]), detect_warm: common.round3(common.median(times.slice(1))) },
  };
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  const meshRows = out.face.mesh.map((p) => JSON.stringify(p)).join(',\n    ');
  const text = JSON.stringify({ ...out, face: { ...out.face, mesh: '@MESH@' } }, null, 1).replace('"@MESH@"', `[\n    ${meshRows}\n  ]`);
  JSON.parse(text); // self-check
  fs.writeFileSync(outFile, `${text}\n`);
  process.stdout.write(
    `${TOOL}: wrote ${outFile}: box ${JSON.stringify(f.box)} score ${f.score} (box ${f.boxScore}), ` +
    `${f.mesh.length} points, angles ${JSON.stringify(f.rotation && f.rotation.angle)}; ` +
    `detect ${out.ms.detect_warm} ms warm; total ${((performance.now() - t0) / 1000).toFixed(2)} s\n`,
  );
  return 0;
}

common.runMain(TOOL, USAGE, main);
