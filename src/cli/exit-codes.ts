/** The exit-code contract, shared by every command (and written at the top of bin/keyguard.js). */
export const EXIT_CLEAN = 0;
/** Secrets were found: the commit is blocked. */
export const EXIT_FINDINGS = 1;
/** keyguard could not do its job (usage, configuration, git, or internal error): also blocks. */
export const EXIT_ERROR = 2;
