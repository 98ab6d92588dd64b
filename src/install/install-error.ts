/**
 * Why `keyguard install`/`uninstall` refused to touch anything (not in a suitable repository, keyguard
 * not in node_modules, a file in the way). The install command prints the message and exits 2; it is
 * thrown before any file is written, so a refusal never leaves a half-installed hook.
 */
export class InstallError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InstallError';
  }
}
