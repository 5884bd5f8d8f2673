#!/usr/bin/env node
// Likeness — comparison benchmark: the three @vladmandic/human@3.3.6 graph models
// (BlazeFace, FaceMesh, Iris) on TF.js's WASM backend (XNNPACK), or its plain-JS
// `cpu` backend, in Node. Prints ONE JSON line on stdout, e.g.
//   {"backend":"wasm","threads":1,"simd":true,...,"models":{"blazeface":{"ms_median":..,"ms_min":..},...}}
//
//   node tests/reference/bench_wasm.mjs --cache C [--backend wasm|cpu] [--runs N] [--warmup W]
//
// Each timed run = model.execute on a fixed input (mulberry32 seed 1, uniform in the
// model's input range) + dataSync() of every output. Batch 1. The .wasm binaries are
// read from the installed @tensorflow/tfjs-backend-wasm/dist, never fetched.
// In Node, TF.js 4.22 never uses the threaded WASM build (WASM_HAS_MULTITHREAD_SUPPORT
// is false under Node), so the WASM figures are single-threaded; SIMD is used when the
// runtime validates it (Node 20: yes).

import path from 'node:path';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import * as common from './common.mjs';

const TOOL = 'bench_wasm';
const USAGE = `usage: node tests/reference/bench_wasm.mjs --cache C [--backend wasm|cpu] [--runs N] [--warmup W]
  --cache C      asset cache root (default: \${LIKENESS_CACHE_DIR:-\${XDG_CACHE_HOME:-$HOME/.cache}/likeness})
  --backend B    wasm (default) or cpu (TF.js plain-JS kernels)
  --runs N       timed runs per model (default: 30 for wasm, 5 for cpu)
  --warmup W     untimed runs per model first, at least 1 (default: 3 for wasm, 1 for cpu)
`;

const RANGE = { blazeface: [-1, 1], facemesh: [0, 1], iris: [0, 1] };

async function main() {
  const opts = common.parseArgs(process.argv.slice(2), {
    cache: 'string', backend: 'string', runs: 'int', warmup: 'int',
  }, USAGE);
  const cacheDir = path.resolve(opts.cache || common.defaultCacheDir());
  const backend = opts.backend || 'wasm';
  if (backend !== 'wasm' && backend !== 'cpu') throw new common.UsageError(`--backend must be wasm or cpu, got '${backend}'`);
  const runs = opts.runs ?? (backend === 'wasm' ? 30 : 5);
  const warmup = opts.warmup ?? (backend === 'wasm' ? 3 : 1);
  if (runs < 1) throw new common.UsageError('--runs must be at least 1');

  const T = common.loadTf(cacheDir, { wasm: backend === 'wasm' });
  const { tf } = T;
  const result = { backend, threads: 1, simd: false };

  if (backend === 'wasm') {
    const dist = path.dirname(T.req.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'));
    T.wasm.setWasmPaths(dist + path.sep);
    T.wasm.setThreadsCount(1); // only honoured by the threaded build, which Node never loads
    const ok = await tf.setBackend('wasm');
    await tf.ready();
    if (!ok || tf.getBackend() !== 'wasm') throw new Error('could not initialise the wasm backend');
    result.threads = T.wasm.getThreadsCount();
    result.simd = Boolean(await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT'));
    result.multithread_supported = Boolean(await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT'));
  } else {
    await tf.setBackend('cpu');
    await tf.ready();
    if (tf.getBackend() !== 'cpu') throw new Error('could not initialise the cpu backend');
  }
  result.tfjs = T.version;
  result.node = process.version;
  result.cpu = (os.cpus()[0] || {}).model || 'unknown';
  result.runs = runs;
  result.warmup = warmup;
  result.models = {};

  for (const name of common.MODEL_NAMES) {
    const tl = performance.now();
    const model = await common.loadGraphModel(T, cacheDir, name);
    const loadMs = performance.now() - tl;
    const shape = common.inputShape(model);
    const n = shape.reduce((a, b) => a * b, 1);
    const input = tf.tensor(common.uniformArray(n, 1, ...RANGE[name]), shape);
    const once = () => {
      const t0 = performance.now();
      const outs = model.execute(input, model.outputNodes);
      for (const o of (Array.isArray(outs) ? outs : [outs])) { o.dataSync(); o.dispose(); }
      return performance.now() - t0;
    };
    const first = once();
    for (let i = 1; i < warmup; i++) once();
    const times = [];
    for (let i = 0; i < runs; i++) times.push(once());
    input.dispose();
    model.dispose();
    result.models[name] = {
      ms_median: common.round3(common.median(times)),
      ms_min: common.round3(Math.min(...times)),
      ms_mean: common.round3(times.reduce((a, b) => a + b, 0) / times.length),
      ms_first: common.round3(first),
      load_ms: common.round3(loadMs),
      input: shape,
    };
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
  return 0;
}

common.runMain(TOOL, USAGE, main);
