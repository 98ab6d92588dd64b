#!/usr/bin/env node
'use strict';
// keyguard: blocks commits that add secrets.
// Exit codes: 0 nothing found · 1 secrets found (commit blocked) · 2 could not scan: usage,
// configuration, git or internal error (also blocks: keyguard fails closed).
let cli;
try {
  cli = loadCli();
} catch (error) {
  process.stderr.write(startupFailure(error));
  process.exit(2);
}

// The whole CLI comes from one pre-compiled script when the build made one (dist/bundle, see
// src/cli/load-bundle.ts), otherwise from dist/src module by module: same code, slower start.
function loadCli() {
  const dist = require('path').join(__dirname, '..', 'dist');
  const bundle = require('../dist/src/cli/load-bundle').loadBundle(dist);
  if (bundle === undefined) return { run: require('../dist/src/cli/run').run, io: require('../dist/src/cli/io') };
  return { run: bundle.require('src/cli/run.js').run, io: bundle.require('src/cli/io.js') };
}

// The native regex module (re2) loads with the CLI, so its failure lands here, not in run():
// name its fix (`npm rebuild re2`) rather than suggesting a rebuild of keyguard.
function startupFailure(error) {
  try {
    const { describeError, isNativeRegexLoadError } = require('../dist/src/cli/describe-error');
    if (isNativeRegexLoadError(error)) return describeError(error);
  } catch {
    // dist/ itself is missing or broken: the generic message below says what to do.
  }
  return (
    `keyguard: cannot start (${String(error && error.message).split('\n')[0]}).\n` +
    'If this is a checkout of keyguard itself, run `npm ci` (it builds dist/). ' +
    'The commit is blocked; to commit without the scan once: git commit --no-verify\n'
  );
}
cli.run(process.argv.slice(2), cli.io.processIo()).then((code) => {
  process.exitCode = code;
});
