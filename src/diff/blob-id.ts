/**
 * The object id of the file's new content, from the `index <old>..<new>[ <mode>]` header line of its
 * patch. `git diff --full-index` (src/git/staged.ts) makes it the full id (40 hex, or 64 in a SHA-256
 * repository), also for binary files. A whole-file finding hashes it into its fingerprint: the same
 * bytes staged under another name keep their fingerprint, and the id reveals nothing of the content.
 * Undefined when the patch has no such line (a pure rename or a mode change adds no content).
 */
const INDEX_LINE = /^index [0-9a-f]+\.\.([0-9a-f]+)(?: [0-7]+)?$/m;

export function newBlobId(patch: Buffer): string | undefined {
  // The header ends where the first hunk, "Binary files" or "GIT binary patch" line starts.
  const header = patch.subarray(0, headerEnd(patch)).toString('utf8');
  return INDEX_LINE.exec(header)?.[1];
}

function headerEnd(patch: Buffer): number {
  const ends = ['\n@@', '\n---', '\nBinary files ', '\nGIT binary patch'].map((marker) => patch.indexOf(marker));
  const found = ends.filter((at) => at !== -1);
  return found.length === 0 ? patch.length : Math.min(...found);
}
