#!/usr/bin/env node
// Likeness — ground-truth fixtures for the C++ graph executor.
//
//   node tests/reference/make_reference.mjs --cache C [--out DIR]
//
// Runs the three TF.js graph models of @vladmandic/human@3.3.6 (BlazeFace,
// FaceMesh, Iris) from C/models/human-3.3.6/ with TF.js's own `cpu` backend and
// writes, for every case, the input tensor and all model outputs as raw
// little-endian float32 files plus DIR/index.json (default DIR = C/reference).
//
// Cases per model: two seeded pseudo-random inputs (mulberry32; blazeface in
// [-1,1], facemesh and iris in [0,1]: the models' input ranges) and demo-photo
// inputs built from C/samples/grace_hopper_512x512.jpg (decoded with jpeg-js):
//   blazeface/demo_full   whole photo, tf.image.resizeBilinear to 256x256, /127.5 - 1
//   facemesh/demo_face    tf.image.cropAndResize(photo, FACE_BOX) to 192x192, /255
//   iris/demo_right_eye   tf.image.cropAndResize(photo, RIGHT_EYE_BOX) to 64x64, /255
//   iris/demo_right_eye_flipped   the same crop mirrored (tf.image.flipLeftRight), which is
//                         how MediaPipe/Human feed a right eye to the (left-eye) Iris model
// The decoded photo itself is stored too (uint8 RGB), so a C++ JPEG decoder can be
// compared against jpeg-js. Output names are model.outputNodes in order; when the
// model has a signature these are signature keys, and the graph tensor behind each
// is recorded as "node".
//
// Dependencies come from C/node/reference/node_modules (see common.mjs).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { performance } from 'node:perf_hooks';
import * as common from './common.mjs';

const TOOL = 'make_reference';
const USAGE = `usage: node tests/reference/make_reference.mjs --cache C [--out DIR]
  --cache C   asset cache root (default: \${LIKENESS_CACHE_DIR:-\${XDG_CACHE_HOME:-$HOME/.cache}/likeness})
  --out DIR   fixture folder (default: C/reference); its *.f32/*.u8 fixtures and index.json are replaced
`;

// Crop boxes, normalised [y1, x1, y2, x2] on the 512x512 demo photo (the order
// tf.image.cropAndResize takes). Derived once from this tool's own models and
// then frozen, rounded to 3 decimals:
//  - FACE_BOX: BlazeFace's best detection on the demo photo (score 0.88, centre
//    (268.1, 221.0) px, 186 px wide) enlarged 1.4x and squared, as Human does.
//  - RIGHT_EYE_BOX: FaceMesh points 33/133 (corners of the subject's right eye,
//    the image's left) on FACE_BOX, box enlarged 2.3x and squared, as Human does.
const FACE_BOX = [0.177, 0.269, 0.686, 0.778];
const RIGHT_EYE_BOX = [0.257, 0.338, 0.433, 0.514];

const SEEDS = [1, 2];
const RANDOM_RANGE = { blazeface: [-1, 1], facemesh: [0, 1], iris: [0, 1] };

function sha256File(file) {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function safeName(s) {
  return s.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
}

function writeF32(dir, file, data) {
  const f32 = data instanceof Float32Array ? data : Float32Array.from(data);
  fs.writeFileSync(path.join(dir, file), Buffer.from(f32.buffer, f32.byteOffset, f32.byteLength));
  return f32.byteLength;
}

function stats(a) {
  let min = Infinity; let max = -Infinity; let sum = 0;
  for (const v of a) { if (v < min) min = v; if (v > max) max = v; sum += v; }
  return { min, max, mean: sum / a.length };
}

// BlazeFace (Human's 256x256 variant) anchors: 16x16 grid x2 then 8x8 grid x6, in input pixels.
function blazefaceAnchors(size = 256) {
  const anchors = [];
  for (const [stride, n] of [[16, 2], [32, 6]]) {
    const g = size / stride;
    for (let y = 0; y < g; y++) for (let x = 0; x < g; x++) for (let k = 0; k < n; k++) anchors.push([stride * (x + 0.5), stride * (y + 0.5)]);
  }
  return anchors;
}

// Decodes the single best BlazeFace anchor from the four raw outputs (shape-matched
// like Human: regressors [1,512,16]+[1,384,16], classificators [1,512,1]+[1,384,1]).
function decodeBestFace(outputs, inputSize, imageSize) {
  const find = (n, c) => outputs.find((o) => o.shape[1] === n && o.shape[2] === c);
  const r512 = find(512, 16); const r384 = find(384, 16); const c512 = find(512, 1); const c384 = find(384, 1);
  if (!r512 || !r384 || !c512 || !c384) throw new Error('unexpected BlazeFace output shapes');
  const reg = (i) => (i < 512 ? r512.data.subarray(16 * i, 16 * i + 16) : r384.data.subarray(16 * (i - 512), 16 * (i - 512) + 16));
  const logit = (i) => (i < 512 ? c512.data[i] : c384.data[i - 512]);
  const anchors = blazefaceAnchors(inputSize);
  let best = 0;
  for (let i = 1; i < anchors.length; i++) if (logit(i) > logit(best)) best = i;
  const r = reg(best); const a = anchors[best]; const s = imageSize / inputSize;
  const cx = (r[0] + a[0]) * s; const cy = (r[1] + a[1]) * s; const w = r[2] * s; const h = r[3] * s;
  const landmarks = [];
  for (let k = 0; k < 6; k++) landmarks.push([(r[4 + 2 * k] + a[0]) * s, (r[5 + 2 * k] + a[1]) * s].map(common.round3));
  return {
    note: 'best anchor; anchors = 16x16 grid x2 (stride 16) then 8x8 grid x6 (stride 32) over the 256 input; regressor row = [cx, cy, w, h, 6 x (x, y)] offsets in input pixels; pixels below are in the 512x512 photo',
    anchor_index: best,
    score: common.round3(1 / (1 + Math.exp(-logit(best)))),
    center_px: [common.round3(cx), common.round3(cy)],
    size_px: [common.round3(w), common.round3(h)],
    landmarks_px: landmarks,
  };
}

async function main() {
  const opts = common.parseArgs(process.argv.slice(2), { cache: 'string', out: 'string' }, USAGE);
  const cacheDir = path.resolve(opts.cache || common.defaultCacheDir());
  const outDir = path.resolve(opts.out || path.join(cacheDir, 'reference'));
  if (os.endianness() !== 'LE') throw new Error('this tool writes little-endian float32 and must run on a little-endian machine');
  const t0 = performance.now();

  const T = common.loadTf(cacheDir);
  const { tf } = T;
  await tf.setBackend('cpu');
  await tf.ready();
  if (tf.getBackend() !== 'cpu') throw new Error(`could not select the cpu backend (got ${tf.getBackend()})`);

  const photoPath = common.demoPhotoPath(cacheDir);
  if (!fs.existsSync(photoPath)) throw new common.ToolError(`demo photo missing: ${photoPath} (run scripts/fetch_assets.sh)`);
  const photo = common.decodeJpegRgb(T.req, photoPath);
  if (photo.width !== 512 || photo.height !== 512) throw new common.ToolError(`demo photo is ${photo.width}x${photo.height}, expected 512x512`);

  fs.mkdirSync(outDir, { recursive: true });
  for (const f of fs.readdirSync(outDir)) {
    if (/\.(f32|u8)$/.test(f) || f === 'index.json') fs.unlinkSync(path.join(outDir, f));
  }
  let bytes = 0;

  const jpegVersion = JSON.parse(fs.readFileSync(T.req.resolve('jpeg-js/package.json'), 'utf8')).version;
  const photoFile = 'demo_photo.rgb.u8';
  fs.writeFileSync(path.join(outDir, photoFile), photo.data);
  bytes += photo.data.byteLength;

  const index = {
    version: 1,
    tfjs: T.version,
    tfjs_packages: T.versions,
    backend: 'cpu',
    node: process.version,
    generated_by: 'tests/reference/make_reference.mjs',
    layout: 'raw little-endian float32, row-major (NHWC for images), no header',
    images: [{
      name: 'grace_hopper_512x512',
      source: 'samples/grace_hopper_512x512.jpg',
      source_sha256: sha256File(photoPath),
      decoder: `jpeg-js@${jpegVersion}`,
      file: photoFile,
      dtype: 'uint8',
      shape: [photo.height, photo.width, 3],
    }],
    models: {},
    cases: [],
  };

  const photoT = tf.tensor4d(Float32Array.from(photo.data), [1, photo.height, photo.width, 3]);
  const cropOf = (box, size, flip) => tf.tidy(() => {
    let c = tf.image.cropAndResize(photoT, tf.tensor2d([box], [1, 4]), tf.tensor1d([0], 'int32'), size, 'bilinear', 0);
    if (flip) c = tf.image.flipLeftRight(c);
    return tf.div(c, 255);
  });
  const cropRecord = (box, size, flip) => ({
    op: 'tf.image.cropAndResize',
    image: 'grace_hopper_512x512',
    box,
    box_order: 'y1,x1,y2,x2 normalised to [0,1]; TF convention: sample y = y1*(H-1) + i*(y2-y1)*(H-1)/(h-1)',
    size,
    method: 'bilinear',
    extrapolation_value: 0,
    flip_horizontal: flip,
    then: 'divide by 255',
  });

  const demoCases = {
    blazeface: [{
      name: 'demo_full',
      make: () => tf.tidy(() => tf.sub(tf.div(tf.image.resizeBilinear(photoT, [256, 256], false, false), 127.5), 1)),
      preprocess: {
        op: 'tf.image.resizeBilinear', image: 'grace_hopper_512x512', size: [256, 256],
        align_corners: false, half_pixel_centers: false, then: 'divide by 127.5, subtract 1',
      },
    }],
    facemesh: [{ name: 'demo_face', make: () => cropOf(FACE_BOX, [192, 192], false), crop: cropRecord(FACE_BOX, [192, 192], false) }],
    iris: [
      { name: 'demo_right_eye', make: () => cropOf(RIGHT_EYE_BOX, [64, 64], false), crop: cropRecord(RIGHT_EYE_BOX, [64, 64], false) },
      { name: 'demo_right_eye_flipped', make: () => cropOf(RIGHT_EYE_BOX, [64, 64], true), crop: cropRecord(RIGHT_EYE_BOX, [64, 64], true) },
    ],
  };

  const summary = [];
  for (const modelName of common.MODEL_NAMES) {
    const tl = performance.now();
    const model = await common.loadGraphModel(T, cacheDir, modelName);
    const loadMs = performance.now() - tl;
    const shape = common.inputShape(model);
    const size = shape.reduce((a, b) => a * b, 1);
    const sigOut = (model.signature && model.signature.outputs) || {};
    const sigIn = (model.signature && model.signature.inputs) || {};
    const outputNames = model.outputNodes.slice();
    const outputNodes = outputNames.map((n) => (sigOut[n] && sigOut[n].name) || n);
    const inputName = model.inputNodes[0];
    const mdir = common.modelDir(cacheDir);
    // one untimed-for-cases warm-up run so that every case's "ms" is a warm figure
    const tw = performance.now();
    tf.dispose(tf.tidy(() => model.execute(tf.zeros(shape), outputNames)));
    const warmupMs = performance.now() - tw;
    index.models[modelName] = {
      json: `models/human-${common.HUMAN_VERSION}/${modelName}.json`,
      json_sha256: sha256File(path.join(mdir, `${modelName}.json`)),
      bin_sha256: sha256File(path.join(mdir, `${modelName}.bin`)),
      input: { name: inputName, node: (sigIn[inputName] && sigIn[inputName].name) || inputName, shape },
      outputs: outputNames.map((n, k) => ({ name: n, node: outputNodes[k] })),
      load_ms: common.round3(loadMs),
      warmup_ms: common.round3(warmupMs),
    };

    const cases = SEEDS.map((seed) => ({
      name: `random_seed${seed}`,
      make: () => tf.tensor(common.uniformArray(size, seed, ...RANDOM_RANGE[modelName]), shape),
      random: { prng: 'mulberry32', seed, distribution: 'uniform', range: RANDOM_RANGE[modelName], order: 'row-major fill' },
    })).concat(demoCases[modelName]);

    for (const c of cases) {
      const input = c.make();
      if (JSON.stringify(input.shape) !== JSON.stringify(shape)) throw new Error(`${modelName}/${c.name}: input shape ${input.shape} != ${shape}`);
      const inputData = input.dataSync();
      const te = performance.now();
      const outs = model.execute(input, outputNames);
      const outArr = Array.isArray(outs) ? outs : [outs];
      const outData = outArr.map((o) => ({ shape: o.shape.slice(), data: o.dataSync() }));
      const ms = performance.now() - te;

      const base = `${modelName}_${c.name}`;
      const rec = { model: modelName, name: c.name };
      if (c.random) rec.random = c.random;
      if (c.crop) rec.crop = c.crop;
      if (c.preprocess) rec.preprocess = c.preprocess;
      rec.input = { name: inputName, file: `${base}.input.f32`, shape: input.shape.slice(), ...mapStats(stats(inputData)) };
      bytes += writeF32(outDir, rec.input.file, inputData);
      rec.outputs = outData.map((o, k) => {
        const file = `${base}.${safeName(outputNames[k])}.f32`;
        bytes += writeF32(outDir, file, o.data);
        return { name: outputNames[k], node: outputNodes[k], file, shape: o.shape, ...mapStats(stats(o.data)) };
      });
      rec.ms = common.round3(ms); // warm, single run: model.execute + dataSync of all outputs
      if (modelName === 'blazeface' && c.name === 'demo_full') {
        rec.decoded = decodeBestFace(outData, 256, 512);
        if (rec.decoded.score < 0.5) throw new Error(`BlazeFace found no face on the demo photo (best score ${rec.decoded.score})`);
      }
      if (modelName === 'facemesh' && c.name === 'demo_face') {
        const flag = outData[outputNames.indexOf('output_faceflag')];
        if (flag && flag.data[0] < 0.5) throw new Error(`FaceMesh face flag ${flag.data[0]} on the demo crop`);
      }
      index.cases.push(rec);
      summary.push(`${modelName}/${c.name} ${rec.ms} ms`);
      tf.dispose([input, ...outArr]);
    }
    model.dispose();
  }
  tf.dispose(photoT);

  const totalMs = performance.now() - t0;
  index.total_ms = common.round3(totalMs);
  index.total_bytes = bytes;
  fs.writeFileSync(path.join(outDir, 'index.json'), `${JSON.stringify(index, null, 1)}\n`);
  process.stdout.write(`${TOOL}: wrote ${index.cases.length} cases (${(bytes / 1048576).toFixed(2)} MiB) to ${outDir} in ${(totalMs / 1000).toFixed(2)} s\n`);
  for (const s of summary) process.stdout.write(`  ${s}\n`);
  return 0;
}

function mapStats(s) {
  return { min: s.min, max: s.max, mean: s.mean };
}

common.runMain(TOOL, USAGE, main);
