import { defineDetector } from '../src/detector';

/** A docker config `auth` value is base64(`user:password`); anything else is not a credential. */
function isBase64UserPassword(value: string): boolean {
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon > 0 && colon < decoded.length - 1 && /^[\x20-\x7e]+$/.test(decoded);
}

/** Decoded base64 docker config JSON holding a non-empty `auth` or `password`. */
function isEncodedDockerConfigWithCredentials(value: string): boolean {
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  return /"auths"\s*:/.test(decoded) && /"(?:auth|password)"\s*:\s*"[^"]{4,}"/.test(decoded);
}

export const dockerDetectors = [
  defineDetector({
    id: 'dockerhub-pat',
    provider: 'Docker Hub',
    title: 'Personal or organization access token',
    severity: 'critical',
    keywords: ['dckr_pat_', 'dckr_oat_'],
    // Docker Hub access tokens are `dckr_pat_` (personal) or `dckr_oat_` (organization) + 27 base64url.
    // https://docs.docker.com/security/for-developers/access-tokens/ ,
    // https://docs.docker.com/security/for-admins/access-tokens/
    pattern: String.raw`\b(dckr_(?:pat|oat)_[0-9A-Za-z_-]{27})(?:[^0-9A-Za-z_-]|$)`,
    minEntropy: 3.5,
    remediation: 'Delete the token at app.docker.com/settings/personal-access-tokens (or the organization\'s Access tokens page), then create a new one.',
    examples: {
      positive: [
        'echo "$X" | docker login -u acme -p dckr_pat_vwkLXBYFxFv7yFPEqdeHyY1h2QD',
        'DOCKERHUB_TOKEN=dckr_pat_GOzTZZoKHf_4F5CTC8IEygvsP0c',
        '{ "registry": { "password": "dckr_oat_xiiEKQ-HEP4ZOjq3Ci628olTb1T" } }',
      ],
      negative: [
        'DOCKERHUB_TOKEN=dckr_pat_XXXXXXXXXXXXXXXXXXXXXXXXXXX',
        'DOCKERHUB_TOKEN=dckr_pat_tooshort',
        'DOCKERHUB_TOKEN=dckr_pat_NL7OBkPXeJ8ZnjzxpKH6BC5kfeEab', // too long
      ],
    },
  }),
  defineDetector({
    id: 'docker-config-auth',
    provider: 'Docker',
    title: 'Registry credentials in a Docker config.json',
    severity: 'high',
    keywords: ['"auths"'],
    // ~/.docker/config.json keeps `"auths": { "<registry>": { "auth": "<base64 user:password>" } }`.
    // https://docs.docker.com/reference/cli/docker/login/#credential-stores
    pattern: String.raw`"auths"\s*:\s*\{[^\]]{0,400}?"auth"\s*:\s*"([A-Za-z0-9+/]{8,400}={0,2})"`,
    validate: isBase64UserPassword,
    // A new `"auth"` line under an unchanged `"auths"` key.
    rescanWhen: { addedLine: String.raw`[ \t]*"auth"[ \t]*:.*` },
    remediation: 'Change the registry password or token, run `docker logout`, and use a credential helper (credsStore) instead of storing `auth`.',
    examples: {
      positive: [
        { path: '.docker/config.json', text: '{\n  "auths": {\n    "https://index.docker.io/v1/": {\n      "auth": "ZGVwbG95Ym90OlZxOCNuTHIyIXhUeg=="\n    }\n  }\n}' },
        '{"auths":{"registry.acme.dev":{"auth":"Y2ktdXNlcjpoN0t3MHBac1FlNFJ0MQ=="}}}',
        'DOCKER_CONFIG_JSON=\'{"auths": {"ghcr.io": {"username": "octo", "auth": "b2N0bzpabTkhYVEycEw4dkI="}}}\'',
      ],
      negative: [
        '{"auths":{"registry.acme.dev":{"auth":"anVzdG9uZWxvbmd3b3Jk"}}}', // decodes without a colon
        '{"auths":{"registry.acme.dev":{}},"credsStore":"desktop"}',
        '{"auth": "Y2ktdXNlcjpoN0t3MHBac1FlNFJ0MQ=="}', // not a docker config
      ],
    },
  }),
  defineDetector({
    id: 'docker-config-base64',
    provider: 'Docker',
    title: 'Base64-encoded Docker config with registry credentials',
    severity: 'high',
    keywords: ['eyjhdxrocyi6', 'ewogicjhdxrocyi6', 'ewogicagimf1dghz', 'ewojimf1dghz', 'eyaiyxv0ahmi'],
    // Kubernetes `.dockerconfigjson` / `.dockercfg` secrets and CI variables carry the whole config.json
    // base64-encoded; it starts with base64(`{"auths":`) in its compact or pretty-printed spellings.
    // https://kubernetes.io/docs/concepts/configuration/secret/#docker-config-secrets
    pattern: String.raw`\b((?:eyJhdXRocyI6|ewogICJhdXRocyI6|ewogICAgImF1dGhz|ewoJImF1dGhz|eyAiYXV0aHMi)[A-Za-z0-9+/]{16,}={0,2})(?:[^A-Za-z0-9+/=]|$)`,
    validate: isEncodedDockerConfigWithCredentials,
    remediation: 'Change the registry password or token, then recreate the secret from a credential store instead of committing it.',
    examples: {
      positive: [
        'apiVersion: v1\nkind: Secret\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: eyJhdXRocyI6eyJyZWdpc3RyeS5hY21lLmRldiI6eyJ1c2VybmFtZSI6ImNpIiwicGFzc3dvcmQiOiJUcTh2TG0yeFJ6OXciLCJhdXRoIjoiWTJrNlZIRTRka3h0TW5oU2VqbDMifX19',
        'DOCKER_AUTH_CONFIG_B64=ewogICJhdXRocyI6IHsKICAgICJnaGNyLmlvIjogewogICAgICAiYXV0aCI6ICJiMk4wYnpwYWJUbGhVVEp3VERoMlFuYz0iCiAgICB9CiAgfQp9',
        '{ "dockerconfig": "eyJhdXRocyI6eyJxdWF5LmlvIjp7ImF1dGgiOiJjbTlpYjNRclkyazZUalJMWkRkelVIRXlURzFZT1haVWVnPT0iLCJlbWFpbCI6ImNpQGFjbWUuZGV2In19fQ==" }',
      ],
      negative: [
        '.dockerconfigjson: eyJhdXRocyI6eyJxdWF5LmlvIjp7fX19', // no credentials inside
        '.dockerconfigjson: eyJhdXRocyI6eyJxdWF5LmlvIjp7ImF1dGgiOiIifX19', // empty auth
        '.dockerconfigjson: eyJhdXRocyI6', // truncated
      ],
    },
  }),
];
