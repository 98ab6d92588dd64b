import { defineDetector } from '../src/detector';
import { isRandomSecret } from '../src/validators/assigned-value';
import { ASSIGNMENT_STARTS, BARE_SECRET_NAME, PAIR_SECRET_NAME, SECRET_NAME, assignmentGate, assignmentToNonVendor } from './generic-names';
import { genericPasswordDetectors } from './generic-password';

// A high-entropy value assigned to a secret-looking name, in env files (`X=…`, `export X=…`), JSON
// (`"x": "…"`), YAML (`x: …`) and code (`x = "…"`, `x: "…"`, `x := "…"`, `x => "…"`, `x == "…"`,
// `setenv("X", "…")`), .NET config (`key="X" value="…"`) and prose (`the token is "…"`). The
// value's randomness is judged by `isRandomSecret` (thresholds documented there); identifiers,
// code references, e-mail addresses and placeholders never count. Passwords, including the ones
// people choose, are generic-password.ts's. Checked for
// false positives on ~75 MB of real code with `eval-corpus --real-code` (see that tool).

export { wordOtherThan } from './generic-names';

const GENERIC_SECRET_KEYWORDS = ['key', 'secret', 'token', 'cred', 'auth'];

export const genericSecret = defineDetector({
  id: 'generic-secret',
  provider: 'Generic',
  title: 'Random value assigned to a secret-looking name',
  severity: 'medium',
  keywords: GENERIC_SECRET_KEYWORDS,
  keywordLines: true, // a name and its value share a line; the scan skips the other ~93% of a source file's lines
  // Ordinary code mentions tokens and keys on many lines but rarely assigns one a literal: most
  // commits then never compile the 10 KB pattern below (~6 ms).
  lineGate: assignmentGate(GENERIC_SECRET_KEYWORDS),
  // Neither a name, an assignment nor a value holds `;`, `{` or `}`; a match may only start after or
  // end on one. Minified code is then matched statement by statement, not as one huge line.
  pieceBoundaries: ';{}',
  // Tried where a name starts, never searched for: a search builds a new DFA state for nearly every
  // byte it reads (~7 ms on a typical commit's 25 assignment lines, against 0.5 ms).
  matchStarts: ASSIGNMENT_STARTS,
  pattern: assignmentToNonVendor(SECRET_NAME, PAIR_SECRET_NAME, BARE_SECRET_NAME),
  validate: isRandomSecret,
  generic: true,
  remediation: 'Revoke the credential where it was issued, rotate it, and load it from the environment or a secret manager instead of the source.',
  examples: {
    positive: [
      'SERVICE_API_KEY=04N3qZ9rC2ajpBbq8OMXawieWPjSIJam',
      '{ "client_secret": "3418993b1db7e79b2bdb009ebbd935b8af009aa3" }',
      'webhook_token: PVlfdpnttiRTcFyv/3iGn7kIugdwMc5IMgbZeqn81hTC',
      'const signingKey = "KPs8I2oxMpyUg3D8tlsyHba9hSnSxGF14aPy1i2M";',
      'export MAILER_KEY=OhGpOyDOM9rGjjYzjb0WF9g0IeOQ5le4',
      'authToken := "16f80c30ee04b1964377627e7dc8d4c4"',
      "config.secret_key_base = '3ce67a3876ce6e7fef7389a1cf944e5bbd1889aeeb37b104d149314006d9d7ed'",
      '"credentials" : "9213341dc80620c820a9b72ddc8020a0676dfdb8aeab19257c7746c7f8a448d2"',
      'os.setenv("DEPLOY_TOKEN", "5uGZEgObz76u3V8bQX2bxt6CwVAjDZgl")', // a quoted name and value as arguments
      '<add key="StorageAccessKey" value="nncSZUIW6NWNbdsTaglKVJ3MwE3mYjyedoazDAfU" />',
      'if (req.headers.token === "XToHDgiOz8EctE6H5GWBvtLNxm8c4DQkjWNf3Z64") next();',
      'SESSION_SECRET=v1.Tq8ZmW3kRv7NpL2xYc9BjH4d', // a dot in the value does not make it a code reference
      'POSTHOG_PERSONAL_API_KEY=phx_Q8vIUk2TqB0aGdm3kT2xR7qW9pZ5nB1yH4jK0sLx', // `phx_`: a personal key, secret
      "buildConfigField 'String', 'MAPS_API_KEY', '\"e0c4b97a15d2f86330a9dd7e4f1b6c28\"'", // Gradle
    ],
    negative: [
      'PUBLIC_KEY=tKRGqwWZf05gDA1nutrzxnixG6SxDQ9O', // the public half
      'STRIPE_KEY=pk_live_51HxQ8vIUkTqB0aGdm3kT2xR7qW9pZ5nB1yH4jK0sL', // a publishable key: public by design
      'NEXT_PUBLIC_POSTHOG_KEY=phc_Q8vIUk2TqB0aGdm3kT2xR7qW9pZ5nB1yH4jK0sLx', // PostHog project key: write-only, public
      'MAPBOX_TOKEN=pk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6ImNrOHF6cjF4dDA0In0.Q8vIUk2TqB0aGdm3kT2xR7', // Mapbox public token
      'user.primary_key = "jjahKkcd2zntnuhdJkWQp7yH6Hy94VzH"',
      'tokenizer = "bert-base-multilingual-uncased"',
      'token_type: bearer',
      'API_KEY=${API_KEY}',
      'api_key = os.getenv("API_KEY")',
      'apiKey: process.env.API_KEY',
      'client_secret = "123e4567-e89b-12d3-a456-426614174000"', // a UUID: an identifier, not judged here
      'commit_sha = "2f2b1d2ac82b34573884492b7920461ceaa2ccdc"', // not a secret name
      '"result_key": "SecurityGroupForVpcs"', // a pagination spec names the result's key
      'ACCESS_TOKEN_URL=https://auth.example.com/oauth/token',
      'SECRET_KEY_FILE=/etc/app/secret.key',
      'api_key: your-api-key-here',
      'MAX_TOKENS=4096',
      'enable_token: true',
      'API_KEY=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
      'SECRET_NAME=my-application-secret',
      'access_token: <token>',
      'notes = "Maven - io.jsonwebtoken:jjwt-jackson-0.11.2"', // `:` without a space is not YAML
      'csrf-token=yRvjHVPNlFeQuzI8tSBzTv8DlLFIBjLlepdh', // sent to every browser
      'publicToken = "yRvjHVPNlFeQuzI8tSBzTv8DlLFIBjLlepdh"',
      'nextPageToken: yRvjHVPNlFeQuzI8tSBzTv8DlLFIBjLlepdh', // a pagination cursor
      'token = parseExpectedToken(SyntaxKind.CloseBraceToken);', // a call
      'readonly cancellationToken: HostCancellationToken;', // a type
      'exports.SOCKS5_NO_ACCEPTABLE_AUTH = SOCKS5_NO_ACCEPTABLE_AUTH;',
      'auth: true',
      'const token = this.session.accessToken;',
      'secret: settings.SECRET_KEY_V2',
      "KEYWORDS = ['opaque_trigger_token', 'sfntCMapExtendedSubHeader']", // a list, not a call's arguments
      'nid_key = self._lib.NID_pbe_WithSHA1And3_Key_TripleDES_CBC',
      'if token == Comment.Special:',
      '"access_token":"2YotnFZFEjr1zCsicMWpAA",', // RFC 6749's example
      '"oauth_token_secret=secret%3Dpassword&oauth_token=lock%26key"',
      '"integrity": "sha512-Wq3kC9yX0HbNRZpw1mAT6vE2Uj5dLsOGnf7rKiQ8aMeYBtxoP4lVcI+hDzSJg1NnF2b6R7uKy0OeXsTjWmApLg=="',
      'resolution: {integrity: sha512-Wq3kC9yX0HbNRZpw1mAT6vE2Uj5dLsOGnf7rKiQ8aMeYBtxoP4lVcI+hDzSJg1NnF2b6R7uKy0OeXsTjWmApLg==}',
      'checksum = "0b1c6a3f8e2d47a9b5c03e6f1d8a2b4c7e9f0a1b3c5d7e9f2a4b6c8d0e1f3a5b"',
      'ANY_KEY = ZHVtbXkgdGV4dCBkYXRhIGRhdGEgZGF0YQ==', // base64 of "dummy text data data data"
      "  auth: 'aXNhYWNzOm5vdCBteSByZWFsIHBhc3N3b3Jk',", // base64 of "isaacs:not my real password" (npm's docs)
      'licenseKey=a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7r8', // letters and digits counting up
      'OP_SERVICE_ACCOUNT_TOKEN=ops_eyJzaWduSW5BZGRyZXNzIjoiaHR0cHM6...', // truncated
      // AWS names belong to the AWS detectors: 56 characters are not an AWS secret key (here, ciphertext).
      'AWS_SECRET_ACCESS_KEY = aq6TRdr/hX9Qi47jAfxNunnAHth9FfuXM6+lR6+DZA2bqDfSjdyJ6HVh',
      'meraki-api-key: d4086fe648547c961358e4ecaf2f3b8afc06c39bb9912e', // not Meraki's 40 hex
      "export const FINGERPRINT_KEY = 'keyguardFingerprint/v1';", // names a key: words and a version
      'SESSION_STORAGE_KEY = "acmeCheckout:cartSession/v2"',
      'pkcs11:token=Root%20CA%20Certificates;serial=1', // a token label: %20 is a space
      'Token=prefixstable:2002:da8:1::', // systemd's IPv6 interface token
    ],
  },
});

export const genericDetectors = [genericSecret, ...genericPasswordDetectors];
