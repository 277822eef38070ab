import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { unzipSync } from 'fflate';
import { DESTINATIONS, REQUIRED, scriptPath, selfHostZip, TOP_FOLDER } from '../../tools/self-host-zip.mjs';

/** A package folder as the build leaves it: what the upload needs, and what it must leave out. */
const TREE: Record<string, string> = {
  'dist/cdn/partner-elements.js': 'export {};',
  'dist/cdn/partner-elements.js.map': '{}',
  'dist/cdn/partner-list-abc123.js': 'export const x = 1;',
  'dist/index.js': 'npm build, not for the web server',
  'dist/elements/partner-list/partner-list.js': 'npm build',
  'data/partnerships.json': '{"partnerships":[]}',
  'data/partnerships.csv': 'id\n',
  'data/schema.json': '{}',
  'data/shards/index/h.json': '{"version":2}',
  'data/shards/15085.json': '{"partnerships":[]}',
  'data/geo/world.json': '{"type":"Topology"}',
  'data/sources/000_page.txt': 'a source page',
  'data/sources/sources.json': '{}',
  'data/curation/corrections.json': '{}',
  'src/index.ts': 'source',
  'package.json': '{"version":"9.8.7"}',
};

let root: string;

function write(base: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(base, file)), { recursive: true });
    writeFileSync(join(base, file), text);
  }
}

describe('self-host zip (npm run selfhost:zip)', () => {
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'selfhost-'));
    write(root, TREE);
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('holds exactly a README.txt, dist/cdn and the published data, under one top folder, byte for byte', () => {
    const entries = unzipSync(selfHostZip(root));
    const expected = Object.keys(TREE)
      .filter(
        (f) => f.startsWith('dist/cdn/') || (f.startsWith('data/') && !/^data\/(sources|curation)\//.test(f)),
      )
      .map((f) => `${TOP_FOLDER}/${f}`)
      .sort();
    assert.deepEqual(Object.keys(entries).sort(), [`${TOP_FOLDER}/README.txt`, ...expected].sort());
    for (const name of expected) {
      assert.equal(new TextDecoder().decode(entries[name]), TREE[name.slice(TOP_FOLDER.length + 1)], name);
    }
  });

  it('keeps the layout the bundle relies on: data two folders above the bundle', () => {
    const names = Object.keys(unzipSync(selfHostZip(root)));
    const bundle = new URL(`https://town.example/${TOP_FOLDER}/dist/cdn/partner-elements.js`);
    for (const needed of [
      '../../data/partnerships.json',
      '../../data/shards/index/h.json',
      '../../data/shards/15085.json',
      '../../data/geo/world.json',
    ]) {
      const path = new URL(needed, bundle).pathname.slice(1);
      assert.ok(names.includes(path), `${needed} from the bundle is ${path}`);
    }
  });

  it('says in its README.txt, in German and English, which folder goes where and the script tag to paste', () => {
    const readme = new TextDecoder().decode(unzipSync(selfHostZip(root))[`${TOP_FOLDER}/README.txt`]);
    assert.match(readme, /^partner-elements 9\.8\.7: /u, 'the version of the package it was built from');
    for (const words of [
      'DEUTSCH',
      'Laden Sie den Ordner selbst hoch',
      'ENGLISH',
      'Upload the folder itself',
    ]) {
      assert.ok(readme.includes(words), words);
    }
    assert.ok(
      readme.includes(`<script type="module" src="/${TOP_FOLDER}/dist/cdn/partner-elements.js"></script>`),
      'the plain HTML recipe’s script tag',
    );
    assert.ok(readme.includes('<partner-list gemeinde="halberstadt"></partner-list>'));
    for (const destination of Object.values(DESTINATIONS)) {
      for (const theme of ['<your-theme>', '<Ihr-Theme>']) {
        const path = scriptPath(destination).replace('<your-theme>', theme);
        assert.ok(readme.includes(`-> ${path}\n`), `${path} in the README`);
      }
    }
    assert.ok(
      readme.split('\n').every((line) => line.length <= 110),
      'no line wider than a plain text editor shows',
    );
  });

  it('is the same for the same files (fixed dates), so a release can be checked', () => {
    assert.deepEqual(selfHostZip(root), selfHostZip(root));
  });

  it('refuses to build without the files the bundle loads', () => {
    for (const file of REQUIRED) {
      const partial = mkdtempSync(join(tmpdir(), 'selfhost-partial-'));
      try {
        write(partial, Object.fromEntries(Object.entries(TREE).filter(([f]) => f !== file)));
        assert.throws(() => selfHostZip(partial), new RegExp(file.replaceAll('.', '\\.')));
      } finally {
        rmSync(partial, { recursive: true, force: true });
      }
    }
  });
});
