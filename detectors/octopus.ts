import { defineDetector } from '../src/detector';
import { alnumClassCount } from '../src/validators/char-classes';

export const octopusDetectors = [
  defineDetector({
    id: 'octopus-deploy-api-key',
    provider: 'Octopus Deploy',
    title: 'API key',
    severity: 'critical',
    keywords: ['api-'],
    // Octopus API keys are `API-` + 26 uppercase letters and digits.
    // https://octopus.com/docs/octopus-rest-api/how-to-create-an-api-key
    pattern: String.raw`\b(API-[A-Z0-9]{26})(?:[^A-Za-z0-9_-]|$)`,
    minEntropy: 3.5,
    // A key mixes letters and digits; `API-VIRHEKAPSELOINTIMERKKIJON` is a word.
    validate: (secret) => alnumClassCount(secret.slice(4)) === 2,
    remediation: 'Revoke the key under your Octopus profile > My API Keys, then create a new one (or use a service account).',
    examples: {
      positive: [
        'OCTOPUS_API_KEY=API-HUQCF89WJTLK4YD9VY0TLFC3C4',
        'octo push --package app.1.0.0.zip --server https://octopus.acme.dev --apiKey "API-I4QKNML3JZ0NKGU4WUXHZWF1CB"',
        'curl -H "X-Octopus-ApiKey: API-ESOHQQFGH9B5UR6SQVECT5FHUN" https://octopus.acme.dev/api/projects',
      ],
      negative: [
        'msgstr "GSSAPI-VIRHEKAPSELOINTIMERKKIJONO."',
        'https://acme.notion.site/API-BD80F56CDC1441E6BF6011AB6D852875',
        'OCTOPUS_API_KEY=API-XXXXXXXXXXXXXXXXXXXXXXXXXX',
      ],
    },
  }),
  defineDetector({
    id: 'octopus-deploy-api-key-header',
    provider: 'Octopus Deploy',
    title: 'API key in an X-Octopus-ApiKey header',
    severity: 'critical',
    keywords: ['x-octopus-apikey'],
    // The REST API reads the key from the `X-Octopus-ApiKey` header, whatever its shape (older servers and
    // proxies use other formats than `API-…`, which the detector above reports).
    // https://octopus.com/docs/octopus-rest-api#authentication
    pattern: String.raw`(?i:x-octopus-apikey)["']?[ \t]*[:=][ \t]*["']?([0-9A-Za-z-]{20,64})\b`,
    minEntropy: 3.0,
    validate: (secret) => !secret.startsWith('API-') && alnumClassCount(secret) >= 2,
    remediation: 'Revoke the key under your Octopus profile > My API Keys, then create a new one (or use a service account).',
    examples: {
      positive: [
        'curl -H "X-Octopus-ApiKey: 70e618f7-e6dd-4750-b30f-5d43896d04ef" https://octopus.acme.dev/api/projects',
        'headers = { "X-Octopus-ApiKey": "a4de2225-fef2-498d-8a84-f7c4832234dd" }',
        "Invoke-RestMethod -Uri $url -Headers @{ 'X-Octopus-ApiKey' = 'U2bK9xQm4Lr7Tz1Wd5Nv8Hs3' }",
      ],
      negative: [
        'curl -H "X-Octopus-ApiKey: $OCTOPUS_API_KEY" https://octopus.acme.dev/api',
        'curl -H "X-Octopus-ApiKey: API-HUQCF89WJTLK4YD9VY0TLFC3C4" https://octopus.acme.dev/api', // reported by octopus-deploy-api-key
        'curl -H "X-Octopus-ApiKey: 00000000-0000-0000-0000-000000000000" https://octopus.acme.dev/api',
      ],
    },
  }),
];
