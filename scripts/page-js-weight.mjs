#!/usr/bin/env node
// The first-load JavaScript of one page of the production build: the root main files plus the page's
// entry chunks (from .next/build-manifest.json and the page's client reference manifest), raw and gzipped.
// Usage: node scripts/page-js-weight.mjs [/agents/[agentId]/page]
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { gzipSync } from "node:zlib";

const root = path.join(path.dirname(new URL(import.meta.url).pathname), "..");
const page = process.argv[2] ?? "/agents/[agentId]/page";
const next = path.join(root, ".next");
const buildManifest = JSON.parse(readFileSync(path.join(next, "build-manifest.json"), "utf8"));
globalThis.self = globalThis;
createRequire(import.meta.url)(path.join(next, "server", "app", `${page}_client-reference-manifest.js`));
const manifest = globalThis.__RSC_MANIFEST[page];
const files = new Set([...buildManifest.rootMainFiles, ...(manifest.entryJSFiles[`[project]/app${page}`] ?? [])]);
let raw = 0;
let gzip = 0;
for (const file of files) {
  const content = readFileSync(path.join(next, file));
  raw += content.length;
  gzip += gzipSync(content).length;
}
console.log(`${page}: ${files.size} files, ${(raw / 1024).toFixed(1)} KiB raw, ${(gzip / 1024).toFixed(1)} KiB gzip`);
