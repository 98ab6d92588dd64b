import { LockTimeoutError } from '../allow/file-lock';
import { InvalidFingerprintError } from '../allow/ignore-file';
import { ConfigError } from '../config/config';
import { GitError, GitNotFoundError } from '../git/exec';
import { NotARepositoryError } from '../git/repository';
import { isUnsupportedGitVersion, MIN_GIT_VERSION } from '../git/version';
import { ReportWriteError } from '../report/write-report';
import { UsageError } from './usage-error';

const BYPASS = 'To commit without the scan, once: git commit --no-verify';
const REPORT = 'Please report this with the message above and the output of `npx keyguard --version` to the keyguard maintainers.';

/**
 * The one place error messages are written. Every error blocks the commit (fail closed), and each
 * message says what went wrong, what to do, and how to get past it once.
 */
export function describeError(error: unknown): string {
  if (error instanceof UsageError) return `keyguard: ${error.message}\nRun \`keyguard help\` for usage.\n`;
  if (error instanceof InvalidFingerprintError) return `keyguard: ${error.message}\n`;
  if (error instanceof LockTimeoutError) return `keyguard: nothing was changed: ${error.message}\n`;
  if (error instanceof ConfigError) {
    const lines = error.problems.map((problem) => `  ${problem.file}: ${problem.key}: ${problem.message}`);
    return `keyguard: invalid configuration, nothing was scanned:\n${lines.join('\n')}\nFix the configuration and try again. ${BYPASS}\n`;
  }
  if (error instanceof ReportWriteError) return `keyguard: ${error.message}\nChoose another --output path. ${BYPASS}\n`;
  if (error instanceof NotARepositoryError) return `keyguard: ${error.message}\nRun keyguard inside a git work tree.\n`;
  if (error instanceof GitNotFoundError) {
    return (
      `keyguard: git was not found on the PATH (${error.path ?? 'PATH is not set'}). keyguard reads the staged changes ` +
      `with git ${MIN_GIT_VERSION} or later: install git or add it to the PATH. The commit is blocked. ${BYPASS}\n`
    );
  }
  if (error instanceof GitError) {
    const old = error.version !== undefined && isUnsupportedGitVersion(error.version);
    const hint = old ? `This ${error.version} is older than git ${MIN_GIT_VERSION}, the oldest keyguard supports: upgrade git.\n` : '';
    return `keyguard: ${error.message}\n${hint}keyguard could not read what it was asked to scan, so the commit is blocked (or the push, in a pre-push hook). ${BYPASS} (or git push --no-verify)\n`;
  }
  if (isNativeRegexLoadError(error)) {
    return (
      `keyguard: the regular-expression engine (the native module re2) could not be loaded: ${firstLine(error)}\n` +
      'Rebuild it for this Node.js with `npm rebuild re2` (with npm 11 and later, first allow its build script: ' +
      '`npm install-scripts approve re2`). The commit is blocked until keyguard can scan. ' +
      `${BYPASS}\n`
    );
  }
  return (
    `keyguard: internal error: ${firstLine(error)}\n` +
    `keyguard could not finish its scan, so the commit is blocked (it fails closed). ${BYPASS}\n${REPORT}\n`
  );
}

/** True when `error` is the native re2 module failing to load (missing, or built for another Node.js). */
export function isNativeRegexLoadError(error: unknown): boolean {
  const text = String((error as Error)?.stack ?? error);
  return /\bre2\b/.test(text) && /(Cannot find module|NODE_MODULE_VERSION|was compiled against|invalid ELF|\.node)/.test(text);
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0];
}
