/**
 * A cheap necessary condition for a path glob: a regex source for the file NAME that any path the
 * glob matches must have. `**\/.aws/credentials` → `credentials`, `**\/*.{p12,pfx}` → `[^/]*\.(?:p12|pfx)`.
 * One union of these is tested on each staged file's name before any glob is compiled: picomatch
 * takes ~17 ms to compile the registry's globs on a cold start, and a commit without credential
 * files should not pay it. Supports the glob syntax file detectors use in a last segment: literals,
 * `*`, `?`, `[…]` classes and `{a,b}` lists; anything else gives undefined (no filtering), so the
 * condition never rejects a path the glob accepts.
 */
export function basenamePattern(glob: string): string | undefined {
  const name = glob.slice(glob.lastIndexOf('/') + 1);
  if (name === '' || name.includes('**') || /[!()+@\\]/.test(name)) return undefined;
  let out = '';
  let inList = 0;
  for (let i = 0; i < name.length; i++) {
    const char = name[i];
    if (char === '*') out += '[^/]*';
    else if (char === '?') out += '[^/]';
    else if (char === '[') {
      const end = name.indexOf(']', i + 1);
      if (end === -1) return undefined;
      out += `[${name.slice(i + 1, end).replace(/[\\\]^]/g, '\\$&')}]`;
      i = end;
    } else if (char === '{') {
      inList++;
      out += '(?:';
    } else if (char === '}' && inList > 0) {
      inList--;
      out += ')';
    } else if (char === ',' && inList > 0) out += '|';
    else out += char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return inList === 0 ? out : undefined;
}

/** A test on a path's last segment that passes whenever one of `globs` could match the path. */
export function basenameFilter(globs: readonly string[]): (path: string) => boolean {
  const sources = globs.map(basenamePattern);
  if (sources.some((source) => source === undefined)) return () => true;
  const union = new RegExp(`^(?:${sources.join('|')})$`, 'i'); // nocase, like the globs
  return (path) => union.test(path.slice(path.lastIndexOf('/') + 1));
}
