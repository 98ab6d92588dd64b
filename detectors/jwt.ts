import { defineDetector } from '../src/detector';
import { NESTED_YAML_KEY_RESCAN } from './rescan-shapes';
import { isJwtStructure } from '../src/validators/jwt-structure';
import { isPlausibleNamedSecret } from '../src/validators/url-credentials';

// A JWS compact serialization: base64url(header JSON).base64url(payload JSON).base64url(signature).
// JSON objects start with `{"`, which base64-encodes to `eyJ`. https://www.rfc-editor.org/rfc/rfc7519
// An `alg: none` token has an empty signature; it is still reported because servers that accept it
// treat it as a session.

export const jwtToken = defineDetector({
  id: 'jwt-token',
  provider: 'JWT',
  title: 'JSON Web Token',
  // Often short-lived or test tokens; a long-lived service token is as good as a password.
  severity: 'medium',
  keywords: ['eyj'],
  pattern: String.raw`(?:^|[^A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{10,1000}\.ey[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*)={0,2}(?:[^A-Za-z0-9_.=-]|$)`,
  validate: isJwtStructure,
  remediation: 'Invalidate the token (revoke the session or rotate the signing key at its issuer), and check how long it stays valid (`exp`).',
  examples: {
    positive: [
      'SUPABASE_SERVICE_ROLE_KEY=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1XzQ4MjEzIiwicm9sZSI6ImFkbWluIiwiaWF0IjoxNzEyMDAwMDAwLCJleHAiOjE3MTIwMDM2MDB9.IgQSun1oB2xqdLzmy8iZC4VrqjQdU7eY95uYq7yIrVM',
      'curl -H "Authorization: Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6Ims3UXoifQ.eyJpc3MiOiJodHRwczovL2F1dGguYWNtZS1jb3JwLmlvIiwiYXVkIjoiYXBpIiwic3ViIjoic3ZjLWJpbGxpbmciLCJleHAiOjE4OTM0NTYwMDB9.iAnjpcSfAzNVQ5qXcgdrfFQGMbFvf1bbx5UErBcIZic" https://api.acme-corp.io',
      '{ "id_token": "eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1aWQiOjkwMjEsInNjb3BlIjoicmVhZCB3cml0ZSIsImlhdCI6MTcwMDAwMDAwMH0.TypXMf6hs9e5K22r0d8KxpreF4AGcInMlmYNUKr4MtQ" }',
      'const unsigned = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJxYS1ib3QifQ.";',
    ],
    negative: [
      'token: eyJhbGciOiJIUzI1NiJ9', // header only
      'eyJmb28iOiJiYXIifQ.eyJzdWIiOiJ4In0.r3oLoRCT-VF2YQZeAGeL8tjRWSmLUMPzafDtTwMcSjc', // header has no alg/typ
      'eye.eyeable.should be_nil',
      'x=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.bm90IGpzb24gYXQgYWxs.c2ln', // payload is not JSON
    ],
  },
});

export const jwtSecret = defineDetector({
  id: 'jwt-signing-secret',
  provider: 'JWT',
  title: 'JWT signing secret in configuration',
  severity: 'high',
  keywords: ['jwt'],
  // `JWT_SECRET=…`, `jwtSecret: "…"`, or YAML `jwt:` followed by an indented `secret:`.
  pattern: String.raw`(?i)\bjwt(?:[_.-]?(?:signing[_.-]?)?secret["']?\s*[:=]|["']?\s*:\s*\n[ \t]{1,12}secret\s*:)\s*["']([^\n]{8,256}?)["'](?:[ \t]*(?:#[^\n]*)?(?:\r?\n|$)|[ \t]*[,;})\]])`,
  minEntropy: 3.0,
  validate: isPlausibleNamedSecret,
  rescanWhen: NESTED_YAML_KEY_RESCAN,
  remediation: 'Rotate the signing secret (every token signed with it becomes forgeable), and load it from a secret store.',
  examples: {
    positive: [
      'JWT_SECRET="Pz4!qK8#vN2$wR6t"',
      'auth:\n  jwt:\n    secret: "c91f0e7a3b5d48e2a6f1d9b0c7e3a5f8"\n    ttl: 3600',
      "module.exports = { jwtSecret: 'mT7^xQ2&bL9@zR4w' };",
    ],
    negative: ['JWT_SECRET="${JWT_SECRET}"', "jwtSecret: 'changeme'", 'JWT_SECRET="your-jwt-secret-here"'],
  },
});

export const jwtDetectors = [jwtToken, jwtSecret];
