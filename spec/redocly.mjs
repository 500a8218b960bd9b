#!/usr/bin/env node
// Redocly CLI with its telemetry and notices off, and without the Node 20 end-of-life box it prints on every run (no
// setting turns that one off): the rest of its output, errors included, passes through unchanged.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const manifest = require.resolve('@redocly/cli/package.json');
const bin = join(dirname(manifest), require(manifest).bin.redocly);
const child = spawn(process.execPath, [bin, ...process.argv.slice(2)], {
  stdio: ['inherit', 'inherit', 'pipe'],
  env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', REDOCLY_SUPPRESS_NOTIFICATIONS: 'true' },
});
let pending = '';
let box = null;
// Blank lines wait: the ones around a dropped box go with it.
let blanks = 0;
let afterDropped = false;
const flush = (line) => {
  if (box === null && line.includes('╔')) box = [];
  if (box === null) {
    if (line.trim() === '') return void (afterDropped || blanks++);
    process.stderr.write(`${'\n'.repeat(blanks)}${line}\n`);
    blanks = 0;
    afterDropped = false;
    return;
  }
  box.push(line);
  if (!line.includes('╚')) return;
  const text = box.join('\n');
  box = null;
  if (/Node\.js 20 support is ending/.test(text)) {
    blanks = 0;
    afterDropped = true;
  } else {
    process.stderr.write(`${'\n'.repeat(blanks)}${text}\n`);
    blanks = 0;
  }
};
child.stderr.on('data', (chunk) => {
  const lines = (pending + chunk).split('\n');
  pending = lines.pop();
  lines.forEach(flush);
});
child.on('close', (code, signal) => {
  if (pending) flush(pending);
  if (box) process.stderr.write(`${box.join('\n')}\n`);
  else if (blanks > 0) process.stderr.write('\n'.repeat(blanks));
  process.exit(code ?? (signal ? 1 : 0));
});
