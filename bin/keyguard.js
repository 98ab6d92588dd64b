#!/usr/bin/env node
'use strict';
// keyguard: blocks commits that add secrets.
// Exit codes: 0 nothing found · 1 secrets found (commit blocked) · 2 could not scan: usage,
// configuration, git or internal error (also blocks: keyguard fails closed).
let run;
try {
  ({ run } = require('../dist/src/cli/run'));
} catch (error) {
  process.stderr.write(
    `keyguard: cannot start (${String(error && error.message).split('\n')[0]}).\n` +
      'If this is a checkout of keyguard itself, run `npm ci` (it builds dist/). ' +
      'The commit is blocked; to commit without the scan once: git commit --no-verify\n',
  );
  process.exit(2);
}
run(process.argv.slice(2), require('../dist/src/cli/io').processIo()).then((code) => {
  process.exitCode = code;
});
