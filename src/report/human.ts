import { Severity } from '../detector';
import { displayName, Finding } from '../finding';
import { ScanResult } from '../scan/scan-staged';
import { COLOR, NO_COLOR, Style } from './style';

/** Options of the human report. */
export interface HumanOptions {
  /** Also list the files the scan skipped. */
  readonly verbose: boolean;
  /** ANSI colours (only for a terminal; see `wantsColor`). Default false. */
  readonly color?: boolean;
}

/**
 * The report a developer reads when a commit is blocked: where, what, the redacted secret, and the
 * exact commands to get past a false positive. Never contains a secret. Colour only highlights: the
 * text is the same without it.
 */
export function formatHuman(result: ScanResult, options: HumanOptions): string {
  const style = options.color === true ? COLOR : NO_COLOR;
  const out: string[] = [];
  if (options.verbose) out.push(...result.skipped.map((file) => style.dim(`keyguard: skipped ${file.path} (${file.reason})`)));
  if (result.findings.length > 0) out.push(...formatFindings(result, style));
  if (result.warnings.length > 0) out.push(...formatWarnings(result.warnings, style));
  out.push(style.dim(summaryLine(result)));
  return `${out.join('\n')}\n`;
}

const BLOCKED: Partial<Record<string, string>> = { staged: ' Commit blocked.', push: ' Push blocked.' };

function formatFindings(result: ScanResult, style: Style): string[] {
  const { findings } = result;
  const noun = findings.length === 1 ? 'secret' : 'secrets';
  const blocked = BLOCKED[result.mode ?? 'staged'] ?? '';
  const out = [style.bold(style.red(`keyguard: ${findings.length} ${noun} found in ${result.scope ?? 'the staged changes'}.${blocked}`)), ''];
  for (const finding of findings) out.push(...formatFinding(finding, style));
  out.push(
    result.mode === 'range' || result.mode === 'push'
      ? 'If a secret is real: revoke it (see "if real"), then remove it from those commits (git rebase -i, git commit --amend).'
      : 'If a secret is real: remove it from the file, `git add` the file again, and revoke it (see "if real").',
    ...(result.mode === 'push' ? ['To push once without the scan: KEYGUARD=0 git push ... (or git push --no-verify).'] : []),
    'If it is a false positive, either:',
    '  - add the comment `keyguard:allow` on that line (not possible in a whole binary file), or',
    `  - run \`npx keyguard allow ${findings.length === 1 ? findings[0].fingerprint : '<fingerprint>'} --reason "..."\` (recorded in .keyguardignore; commit that file)`,
    '',
  );
  return out;
}

function formatFinding(finding: Finding, style: Style): string[] {
  const label = (name: string) => style.dim(name.padEnd(13));
  const out = [`  ${style.bold(locationOf(finding))}  ${displayName(finding.provider, finding.title)} ${severityTag(finding.severity, style)}`];
  out.push(`    ${label('secret')}${finding.redacted}`);
  out.push(`    ${label('fingerprint')}${style.cyan(finding.fingerprint)}`);
  if (finding.description !== displayName(finding.provider, finding.title)) out.push(`    ${label('note')}${finding.description}`);
  out.push(`    ${label('if real')}${finding.remediation}`, '');
  return out;
}

/**
 * `file:line:column`, or just the file for a whole binary file; prefixed with the commit for range
 * scans (`abc1234:path:…`, like git grep).
 */
function locationOf(finding: Finding): string {
  const place = finding.column === undefined ? `${finding.file} (whole file)` : `${finding.file}:${finding.line}:${finding.column}`;
  return finding.commit === undefined ? place : `${finding.commit}:${place}`;
}

/** Findings below the config's `failOn`: shown the same way, but they do not block. */
function formatWarnings(warnings: readonly Finding[], style: Style): string[] {
  const noun = warnings.length === 1 ? 'possible secret' : 'possible secrets';
  const out = [style.yellow(`keyguard: warning: ${warnings.length} ${noun} below the configured failOn severity (not blocking).`), ''];
  for (const finding of warnings) out.push(...formatFinding(finding, style));
  return out;
}

function severityTag(severity: Severity, style: Style): string {
  const paint = severity === 'critical' || severity === 'high' ? style.red : severity === 'medium' ? style.yellow : style.dim;
  return paint(`[${severity}]`);
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
