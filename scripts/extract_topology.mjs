#!/usr/bin/env node
// Likeness — extract the face-mesh topology asset from @vladmandic/human's
// src/face/facemeshcoords.ts into a deterministic JSON file read by the C++ side.
//
//   node scripts/extract_topology.mjs IN/facemeshcoords.ts OUT.json
//
// The TypeScript source is never evaluated: a small tokenizer strips comments,
// finds `export const NAME[: Type] = <literal>` declarations and parses the
// literal (arrays, objects with identifier/string keys, numbers, strings).
// Declarations whose initialiser is not a plain literal (e.g. `VTX68.map(...)`)
// are skipped. Plain node, no dependencies.
//
// Output (keys in this order; numbers and index rows inline, one row per line):
//   {"format":"likeness-face-topology","version":1,
//    "source":"@vladmandic/human@3.3.6 src/face/facemeshcoords.ts",
//    "uv":[[u,v] x468], "triangles":[[a,b,c] x880],
//    "regions":{name:[indices], ...}            (source order of meshAnnotations),
//    "landmark_subsets":{"vtx68":{"vertices":[..],"triangles":[[..]..]}, ...}  (when present)}
//
// Region indices may reach 477: `leftEyeIris`/`rightEyeIris` name the 10 iris
// points appended by the Iris model (468..477), not mesh vertices.
//
// Exit codes: 0 ok, 1 validation/parse failure, 2 usage error.

import fs from 'node:fs';
import path from 'node:path';

const MESH_VERTICES = 468;
const REFINED_POINTS = 478; // 468 mesh + 2 x 5 iris
const EXPECTED_TRIANGLES = 880;
const SOURCE = '@vladmandic/human@3.3.6 src/face/facemeshcoords.ts';

class TopologyError extends Error {}

function fail(msg) {
  throw new TopologyError(msg);
}

// ---------------------------------------------------------------- tokenizer
// Tokens: {t:'num',v}, {t:'str',v}, {t:'id',v}, {t:'punct',v}; comments dropped.
function tokenize(src) {
  const toks = [];
  let i = 0;
  let line = 1;
  const n = src.length;
  const isIdStart = (c) => /[A-Za-z_$]/.test(c);
  const isId = (c) => /[A-Za-z0-9_$]/.test(c);
  while (i < n) {
    const c = src[i];
    if (c === '\n') { line++; i++; continue; }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v' || c === '\uFEFF') { i++; continue; }
    if (c === '/' && src[i + 1] === '/') {
      while (i < n && src[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      if (end < 0) fail(`unterminated block comment starting on line ${line}`);
      for (let k = i; k < end; k++) if (src[k] === '\n') line++;
      i = end + 2;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') {
      const q = c;
      let j = i + 1;
      let s = '';
      while (j < n && src[j] !== q) {
        if (src[j] === '\\') { s += src[j + 1]; j += 2; continue; }
        if (q === '`' && src[j] === '$' && src[j + 1] === '{') {
          // template with substitutions: keep it opaque (never a literal we need)
          s = null;
        }
        if (src[j] === '\n') line++;
        if (s !== null) s += src[j];
        j++;
      }
      if (j >= n) fail(`unterminated string on line ${line}`);
      toks.push({ t: s === null ? 'tmpl' : 'str', v: s, line });
      i = j + 1;
      continue;
    }
    const numMatch = /^(?:0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d+)?)/.exec(src.slice(i, i + 64));
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[i + 1] || ''))) {
      if (!numMatch) fail(`bad number on line ${line}`);
      const text = numMatch[0].replace(/_/g, '');
      const v = /^0[xXbBoO]/.test(text) ? Number(text) : Number.parseFloat(text);
      if (!Number.isFinite(v)) fail(`bad number '${numMatch[0]}' on line ${line}`);
      toks.push({ t: 'num', v, line });
      i += numMatch[0].length;
      continue;
    }
    if (isIdStart(c)) {
      let j = i + 1;
      while (j < n && isId(src[j])) j++;
      toks.push({ t: 'id', v: src.slice(i, j), line });
      i = j;
      continue;
    }
    // multi-char punctuators we care about: '=>' '==' '===' '!=' '<=' '>=' '...'
    const three = src.slice(i, i + 3);
    const two = src.slice(i, i + 2);
    if (three === '...' || three === '===' || three === '!==') { toks.push({ t: 'punct', v: three, line }); i += 3; continue; }
    if (['=>', '==', '!=', '<=', '>=', '&&', '||', '??', '?.'].includes(two)) { toks.push({ t: 'punct', v: two, line }); i += 2; continue; }
    toks.push({ t: 'punct', v: c, line });
    i++;
  }
  return toks;
}

// ------------------------------------------------------------ literal parser
// Parses a JSON-like literal starting at toks[pos]. Returns {value, end} or
// throws NotLiteral when the expression is anything else.
class NotLiteral extends Error {}

function parseLiteral(toks, pos) {
  let p = pos;
  const peek = () => toks[p];
  const next = () => toks[p++];
  const expectPunct = (v) => {
    const t = next();
    if (!t || t.t !== 'punct' || t.v !== v) throw new NotLiteral(`expected '${v}' on line ${t ? t.line : 'EOF'}`);
  };
  function value() {
    const t = peek();
    if (!t) throw new NotLiteral('unexpected end of input');
    if (t.t === 'num') { p++; return t.v; }
    if (t.t === 'str') { p++; return t.v; }
    if (t.t === 'punct' && (t.v === '-' || t.v === '+')) {
      p++;
      const u = next();
      if (!u || u.t !== 'num') throw new NotLiteral(`expected number after '${t.v}' on line ${t.line}`);
      return t.v === '-' ? -u.v : u.v;
    }
    if (t.t === 'id' && (t.v === 'true' || t.v === 'false' || t.v === 'null')) {
      p++;
      return t.v === 'true' ? true : t.v === 'false' ? false : null;
    }
    if (t.t === 'punct' && t.v === '[') {
      p++;
      const arr = [];
      for (;;) {
        const u = peek();
        if (!u) throw new NotLiteral('unterminated array');
        if (u.t === 'punct' && u.v === ']') { p++; break; }
        arr.push(value());
        const w = peek();
        if (w && w.t === 'punct' && w.v === ',') { p++; continue; }
        if (w && w.t === 'punct' && w.v === ']') { p++; break; }
        throw new NotLiteral(`expected ',' or ']' on line ${w ? w.line : 'EOF'}`);
      }
      return arr;
    }
    if (t.t === 'punct' && t.v === '{') {
      p++;
      const obj = {};
      const keys = [];
      for (;;) {
        const u = next();
        if (!u) throw new NotLiteral('unterminated object');
        if (u.t === 'punct' && u.v === '}') break;
        let key;
        if (u.t === 'id' || u.t === 'str') key = u.v;
        else if (u.t === 'num') key = String(u.v);
        else throw new NotLiteral(`unsupported object key on line ${u.line}`);
        expectPunct(':');
        if (Object.prototype.hasOwnProperty.call(obj, key)) fail(`duplicate key '${key}' on line ${u.line}`);
        obj[key] = value();
        keys.push(key);
        const w = next();
        if (w && w.t === 'punct' && w.v === ',') continue;
        if (w && w.t === 'punct' && w.v === '}') break;
        throw new NotLiteral(`expected ',' or '}' on line ${w ? w.line : 'EOF'}`);
      }
      return obj;
    }
    throw new NotLiteral(`not a literal ('${t.v}') on line ${t.line}`);
  }
  const v = value();
  // a literal initialiser must be followed by ';', end of input or a new statement
  const after = toks[p];
  if (after && !(after.t === 'punct' && after.v === ';') && !(after.t === 'id' && (after.v === 'export' || after.v === 'const' || after.v === 'let' || after.v === 'var' || after.v === 'function' || after.v === 'type' || after.v === 'interface'))) {
    throw new NotLiteral(`initialiser continues after literal on line ${after.line}`);
  }
  return { value: v, end: p };
}

// Skip a type annotation `: T` up to the '=' of the initialiser (bracket depth 0).
function skipTypeAnnotation(toks, pos) {
  let p = pos;
  let depth = 0;
  for (; p < toks.length; p++) {
    const t = toks[p];
    if (t.t !== 'punct') continue;
    if ('<([{'.includes(t.v)) depth++;
    else if ('>)]}'.includes(t.v)) depth--;
    else if (t.v === '=' && depth === 0) return p;
    else if (t.v === ';' && depth === 0) return -1;
  }
  return -1;
}

// Returns Map name -> {value, line} for every `export const NAME ... = literal`.
function extractExportedLiterals(src) {
  const toks = tokenize(src);
  const out = new Map();
  for (let i = 0; i + 2 < toks.length; i++) {
    const a = toks[i];
    const b = toks[i + 1];
    const c = toks[i + 2];
    if (!(a.t === 'id' && a.v === 'export' && b.t === 'id' && b.v === 'const' && c.t === 'id')) continue;
    const name = c.v;
    let p = i + 3;
    if (toks[p] && toks[p].t === 'punct' && toks[p].v === ':') p = skipTypeAnnotation(toks, p + 1);
    if (p < 0 || !toks[p] || toks[p].t !== 'punct' || toks[p].v !== '=') continue;
    try {
      const { value, end } = parseLiteral(toks, p + 1);
      if (out.has(name)) fail(`'${name}' is exported twice`);
      out.set(name, { value, line: c.line });
      i = end - 1;
    } catch (e) {
      if (!(e instanceof NotLiteral)) throw e;
      // not a plain literal (computed value): ignored
    }
  }
  return out;
}

// ---------------------------------------------------------------- validation
function isInt(x) { return typeof x === 'number' && Number.isInteger(x); }

function requireIndexList(name, arr, limit) {
  if (!Array.isArray(arr)) fail(`${name} is not an array`);
  arr.forEach((x, k) => {
    if (!isInt(x)) fail(`${name}[${k}] = ${JSON.stringify(x)} is not an integer`);
    if (x < 0 || x >= limit) fail(`${name}[${k}] = ${x} is out of range [0, ${limit})`);
  });
}

function toTriangles(name, flat, limit) {
  requireIndexList(name, flat, limit);
  if (flat.length % 3 !== 0) fail(`${name} has ${flat.length} indices, not divisible by 3`);
  const tris = [];
  for (let k = 0; k < flat.length; k += 3) {
    const t = [flat[k], flat[k + 1], flat[k + 2]];
    if (t[0] === t[1] || t[1] === t[2] || t[0] === t[2]) fail(`${name} triangle ${k / 3} is degenerate: [${t}]`);
    tris.push(t);
  }
  return tris;
}

function buildTopology(lits) {
  for (const req of ['UV468', 'TRI468', 'meshAnnotations']) {
    if (!lits.has(req)) fail(`required literal '${req}' not found (or not a plain literal) in the source`);
  }
  const uvRaw = lits.get('UV468').value;
  if (!Array.isArray(uvRaw)) fail('UV468 is not an array');
  if (uvRaw.length !== MESH_VERTICES) fail(`UV468 has ${uvRaw.length} entries, expected ${MESH_VERTICES}`);
  const uv = uvRaw.map((e, k) => {
    if (!Array.isArray(e) || e.length !== 2 || !e.every((x) => typeof x === 'number' && Number.isFinite(x))) {
      fail(`UV468[${k}] is not a pair of finite numbers: ${JSON.stringify(e)}`);
    }
    if (e.some((x) => x < 0 || x > 1)) fail(`UV468[${k}] = ${JSON.stringify(e)} lies outside [0,1]`);
    return [e[0], e[1]];
  });

  const triangles = toTriangles('TRI468', lits.get('TRI468').value, MESH_VERTICES);
  if (triangles.length !== EXPECTED_TRIANGLES) {
    fail(`TRI468 has ${triangles.length} triangles, expected ${EXPECTED_TRIANGLES} (is this the facemeshcoords.ts of ${SOURCE.split(' ')[0]}?)`);
  }
  const seen = new Set();
  for (const t of triangles) {
    const key = [...t].sort((x, y) => x - y).join(',');
    if (seen.has(key)) fail(`TRI468 contains a duplicate triangle [${t}]`);
    seen.add(key);
  }

  const ann = lits.get('meshAnnotations').value;
  if (ann === null || typeof ann !== 'object' || Array.isArray(ann)) fail('meshAnnotations is not an object');
  const regions = {};
  for (const [name, list] of Object.entries(ann)) {
    requireIndexList(`meshAnnotations.${name}`, list, REFINED_POINTS);
    if (list.length === 0) fail(`meshAnnotations.${name} is empty`);
    regions[name] = list.slice();
  }
  if (Object.keys(regions).length === 0) fail('meshAnnotations has no regions');
  // Likeness follows MediaPipe's 478-point convention: 468-472 are the subject's
  // right iris (centre first), 473-477 the left one. Human's annotations swap the
  // two names, so the iris regions are normalised here.
  if (regions.rightEyeIris && regions.leftEyeIris) {
    regions.rightEyeIris = [468, 469, 470, 471, 472];
    regions.leftEyeIris = [473, 474, 475, 476, 477];
  }

  const topo = {
    format: 'likeness-face-topology',
    version: 1,
    source: SOURCE,
    uv,
    triangles,
    regions,
  };

  // Optional sparse-landmark subsets (e.g. VTX68 = mesh vertex of each dlib-68 point).
  const subsets = {};
  for (const k of ['68', '33', '7']) {
    const vtx = lits.get(`VTX${k}`);
    if (!vtx) continue;
    requireIndexList(`VTX${k}`, vtx.value, MESH_VERTICES);
    const entry = { vertices: vtx.value.slice() };
    const tri = lits.get(`TRI${k}`);
    if (tri) entry.triangles = toTriangles(`TRI${k}`, tri.value, vtx.value.length);
    subsets[`vtx${k}`] = entry;
  }
  if (Object.keys(subsets).length) topo.landmark_subsets = subsets;
  return topo;
}

// ------------------------------------------------------- deterministic output
// Scalars and flat arrays inline, arrays of arrays one row per line, object keys
// in insertion order. Numbers use JavaScript's shortest round-trip formatting.
function serialize(v, indent = '') {
  const inner = indent + '  ';
  if (Array.isArray(v)) {
    if (v.every((x) => !Array.isArray(x) && (x === null || typeof x !== 'object'))) return JSON.stringify(v);
    return '[\n' + v.map((x) => inner + serialize(x, inner)).join(',\n') + '\n' + indent + ']';
  }
  if (v !== null && typeof v === 'object') {
    const keys = Object.keys(v);
    if (keys.length === 0) return '{}';
    return '{\n' + keys.map((k) => inner + JSON.stringify(k) + ': ' + serialize(v[k], inner)).join(',\n') + '\n' + indent + '}';
  }
  if (typeof v === 'number' && !Number.isFinite(v)) fail('non-finite number in output');
  return JSON.stringify(v);
}

function main(argv) {
  if (argv.length !== 2 || argv.includes('-h') || argv.includes('--help')) {
    process.stderr.write('usage: node scripts/extract_topology.mjs IN/facemeshcoords.ts OUT.json\n');
    return 2;
  }
  const [inPath, outPath] = argv;
  let src;
  try {
    src = fs.readFileSync(inPath, 'utf8');
  } catch (e) {
    process.stderr.write(`extract_topology: cannot read ${inPath}: ${e.message}\n`);
    return 1;
  }
  let topo;
  try {
    topo = buildTopology(extractExportedLiterals(src));
  } catch (e) {
    if (e instanceof TopologyError) {
      process.stderr.write(`extract_topology: ${inPath}: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  const text = serialize(topo) + '\n';
  // sanity: the text must round-trip to the same structure
  if (JSON.stringify(JSON.parse(text)) !== JSON.stringify(topo)) {
    process.stderr.write('extract_topology: internal error: output does not round-trip\n');
    return 1;
  }
  try {
    fs.mkdirSync(path.dirname(path.resolve(outPath)), { recursive: true });
    const tmp = `${outPath}.tmp-${process.pid}`;
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, outPath);
  } catch (e) {
    process.stderr.write(`extract_topology: cannot write ${outPath}: ${e.message}\n`);
    return 1;
  }
  const used = new Set(topo.triangles.flat());
  process.stdout.write(
    `extract_topology: wrote ${outPath}: ${topo.uv.length} uv, ${topo.triangles.length} triangles ` +
    `(${used.size} vertices referenced), ${Object.keys(topo.regions).length} regions` +
    (topo.landmark_subsets ? `, subsets ${Object.keys(topo.landmark_subsets).join('/')}` : '') + '\n',
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
