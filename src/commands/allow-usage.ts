// Apart from allow.ts, so `keyguard help` and the hook's start-up do not load the allow command.
export const ALLOW_USAGE = `keyguard allow <fingerprint>... [--reason TEXT]
  Lets findings with these fingerprints through from now on, by recording them in .keyguardignore
  at the repository root (fingerprints only, never secrets: commit the file).
keyguard allow --last [--reason TEXT]
  Shows every finding of the most recent blocked scan, then allows them all.
keyguard allow --list
  Lists the entries with their reasons, and whether each still matches anything staged.
keyguard allow --remove <fingerprint>...
  Removes entries: those findings block again.`;
