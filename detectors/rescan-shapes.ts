import { RescanTrigger } from '../src/rescan-trigger';

// Rescan triggers (src/rescan-trigger.ts) that several providers' detectors share.

/**
 * A vendor's key nested under its name in YAML (`datadog:` then `  api_key: …`): a commit that
 * changes only the value line adds it without the vendor's name. git names the top-level key above
 * a hunk in its header (`@@ -2 +2 @@ datadog:`), so the sign is an indented key-like entry added
 * under a bare top-level mapping key (or under no key at all); code files' hunk headers are
 * function lines, never that.
 */
export const NESTED_YAML_KEY_RESCAN: RescanTrigger = {
  addedLine: String.raw`(?i:[ \t]+-?[ \t]*["']?[\w.-]*(?:key|token|secret|pass|auth|sid)[\w.-]*["']?[ \t]*:[ \t]*\S.*)`,
  hunkContext: String.raw`(?:[A-Za-z_][\w.-]*:[ \t]*)?`, // or none: a YAML list's first item, `- uses: …`
};

/**
 * A token given to an API whose host is named on a neighbouring line (`curl https://host/… \` then
 * `-H "Authorization: Bearer …"`): the sign is a literal 40-character token after `Bearer` or
 * `access_token=` on an added line (code that builds the header from a variable never fires).
 */
export const LITERAL_BEARER_RESCAN: RescanTrigger = {
  addedLine: String.raw`.*(?:access_token=|[Bb]earer[ \t]+)[0-9A-Za-z_-]{40}.*`,
};
