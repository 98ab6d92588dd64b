import { defineDetector } from '../src/detector';
import { ASSIGN, END, pairOf } from './generic-names';

// Many vendors issue keys that are bare UUIDs: Heroku, Snyk, Consul and Nomad ACL tokens, Vault
// AppRole secret IDs, Sauce Labs, Postmark, older Keycloak client secrets; and `uuidgen` is a
// common password generator. generic-secret never judges a UUID (far more often an identifier),
// so this detector takes one only under a name that can only mean a credential: an API key or
// token, an access or auth token, a secret or secret key, a password. The name must END there:
// `client_id`, `tenant_id`, `secret_id`, `api_key_id` and `request_token` are identifiers.

/** Names whose value is a credential whatever its shape; `[a-z0-9_.-]*` admits `heroku_`, `x-`. */
const NAME = '[a-z0-9_.-]*(?:api[_.-]?(?:key|token)|access[_.-]?token|auth[_.-]?token|secret(?:[_.-]?key)?|passw(?:or)?d)';
const UUID = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';

/**
 * Documentation's stock UUIDs, never anyone's key: Wikipedia's and Java's example, RFC 4122's
 * examples, and Swagger UI's default for a `format: uuid` field.
 */
const EXAMPLE_UUIDS = new Set([
  '123e4567-e89b-12d3-a456-426614174000',
  '123e4567-e89b-12d3-a456-426655440000',
  '550e8400-e29b-41d4-a716-446655440000',
  'f47ac10b-58cc-4372-a567-0e02b2c3d479',
  '3fa85f64-5717-4562-b3fc-2c963f66afa6',
]);

export const genericUuidSecret = defineDetector({
  id: 'generic-uuid-secret',
  provider: 'Generic',
  title: 'UUID assigned to an API key, token, secret or password name',
  severity: 'medium',
  keywords: ['api', 'token', 'secret', 'passw'],
  pattern: `(?im)(?:(?:^|[^a-z0-9_.-])(?:${NAME})(?:${ASSIGN})|${pairOf(NAME)})${UUID}${END}`,
  minEntropy: 3.0,
  validate: (uuid) => !EXAMPLE_UUIDS.has(uuid.toLowerCase()),
  generic: true,
  remediation: 'Revoke the key or token where it was issued (or change the password), and load it from the environment or a secret manager instead of the source.',
  examples: {
    positive: [
      'STATUSPAGE_API_TOKEN=5b2e8f41-93c7-4d0a-b6e2-71f9c3a8d054',
      '{ "apiKey": "c81d4e2e-bcf2-4a5a-9d6e-3b8f0c7a1d92" }',
      'consul:\n  acl:\n    access_token: 9f3a7c21-6e4b-4d88-a0c5-2b7e91f4d6a3',
      ' utils.GetEnvOrDefault("api_token", "e4b7c2a9-15d3-4f6e-8a0b-9c3d7e2f1a58")', // a default in code
      "const API_SECRET = 'a7d3e9f1-2c4b-4e8a-b5d6-0f9e8c7b6a41';",
      'export DB_PASSWORD="0c6f2b8e-7a1d-4e93-85b4-d2e9f7a3c160"  # from uuidgen',
    ],
    negative: [
      'AZURE_CLIENT_ID=5b2e8f41-93c7-4d0a-b6e2-71f9c3a8d054', // an identifier
      'tenant_id: "c81d4e2e-bcf2-4a5a-9d6e-3b8f0c7a1d92"',
      'vault_secret_id_accessor: 9f3a7c21-6e4b-4d88-a0c5-2b7e91f4d6a3', // the name goes on past `secret`
      'api_key_id = "e4b7c2a9-15d3-4f6e-8a0b-9c3d7e2f1a58"',
      'request_token: a7d3e9f1-2c4b-4e8a-b5d6-0f9e8c7b6a41', // not an access or auth token
      'API_KEY=00000000-0000-0000-0000-000000000000',
      'api_key: "3fa85f64-5717-4562-b3fc-2c963f66afa6"', // Swagger UI's example value
      'API_TOKEN=${API_TOKEN}',
      'api_token: xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
      'secretRef: 9f3a7c21-6e4b-4d88-a0c5-2b7e91f4d6a3',
    ],
  },
});

export const genericUuidDetectors = [genericUuidSecret];
