import { displayName, Finding } from '../finding';
import { ScanResult } from '../scan/scan-staged';

/**
 * The report a developer reads when a commit is blocked: where, what, the redacted secret, and the
 * exact commands to get past a false positive. Never contains a secret.
 */
export function formatHuman(result: ScanResult, options: { verbose: boolean }): string {
  const out: string[] = [];
  if (options.verbose) out.push(...result.skipped.map((file) => `keyguard: skipped ${file.path} (${file.reason})`));
  if (result.findings.length > 0) out.push(...formatFindings(result));
  out.push(summaryLine(result));
  return `${out.join('\n')}\n`;
}

const BLOCKED: Partial<Record<string, string>> = { staged: ' Commit blocked.', push: ' Push blocked.' };

function formatFindings(result: ScanResult): string[] {
  const { findings } = result;
  const noun = findings.length === 1 ? 'secret' : 'secrets';
  const blocked = BLOCKED[result.mode ?? 'staged'] ?? '';
  const out = [`keyguard: ${findings.length} ${noun} found in ${result.scope ?? 'the staged changes'}.${blocked}`, ''];
  for (const finding of findings) {
    out.push(`  ${location(finding)}  ${displayName(finding.provider, finding.title)} [${finding.severity}]`);
    out.push(`    secret       ${finding.redacted}`);
    out.push(`    fingerprint  ${finding.fingerprint}`);
    if (finding.description !== displayName(finding.provider, finding.title)) out.push(`    note         ${finding.description}`);
    out.push(`    if real      ${finding.remediation}`);
    out.push('');
  }
  out.push(
    result.mode === 'range' || result.mode === 'push'
      ? 'If a secret is real: revoke it (see "if real"), then remove it from those commits (git rebase -i, git commit --amend).'
      : 'If a secret is real: remove it from the file, `git add` the file again, and revoke it (see "if real").',
    ...(result.mode === 'push' ? ['To push once without the scan: KEYGUARD=0 git push ... (or git push --no-verify).'] : []),
    'If it is a false positive, either:',
    '  - add the comment `keyguard:allow` on that line, or',
    `  - run \`npx keyguard allow ${findings.length === 1 ? findings[0].fingerprint : '<fingerprint>'} --reason "..."\` (recorded in .keyguardignore; commit that file)`,
    '',
  );
  return out;
}

/** `path:line:column`, prefixed with the commit for range scans (`abc1234:path:…`, like git grep). */
function location(finding: Finding): string {
  const place = `${finding.file}:${finding.line}:${finding.column}`;
  return finding.commit === undefined ? place : `${finding.commit}:${place}`;
}

/** Modes that scan whole texts, where every line counts (not only added ones). */
const WHOLE_FILES = new Set(['tree', 'text']);

function summaryLine(result: ScanResult): string {
  const { files, lines, durationMs, commits } = result.stats;
  const allowed = result.allowed.inline + result.allowed.fingerprint;
  const parts = [
    ...(commits === undefined ? [] : [`scanned ${commits} ${commits === 1 ? 'commit' : 'commits'}`]),
    `${commits === undefined ? 'scanned ' : ''}${files} ${files === 1 ? 'file' : 'files'}, ${lines}${WHOLE_FILES.has(result.mode ?? 'staged') ? '' : ' added'} ${lines === 1 ? 'line' : 'lines'}`,
    `${result.findings.length} ${result.findings.length === 1 ? 'finding' : 'findings'}`,
  ];
  if (allowed > 0) parts.push(`${allowed} allowed`);
  if (result.allowed.baseline > 0) parts.push(`${result.allowed.baseline} baselined`);
  if (result.skipped.length > 0) parts.push(`${result.skipped.length} skipped`);
  return `keyguard: ${parts.join(', ')} in ${durationMs} ms.`;
}
