import { defineDetector } from '../src/detector';

export const dtrackDetectors = [
  defineDetector({
    id: 'dependency-track-api-key',
    provider: 'OWASP Dependency-Track',
    title: 'API key',
    severity: 'high',
    keywords: ['odt_'],
    // Since 4.x keys are `odt_` + 32 base62 characters (newer versions add a public-id part, up to 40).
    // https://docs.dependencytrack.org/integrations/rest-api/ ,
    // https://github.com/DependencyTrack/dependency-track/blob/master/src/main/java/org/dependencytrack/model/ApiKey.java
    pattern: String.raw`\b(odt_[0-9A-Za-z]{32,40})\b`,
    minEntropy: 3.5,
    remediation: 'Regenerate or delete the key under Administration > Access Management > Teams in Dependency-Track.',
    examples: {
      positive: [
        'DTRACK_API_KEY=odt_u5mFfNU2Rb9zAqYBAtE7a5m2ibZh4GUf',
        'curl -X POST -H "X-Api-Key: odt_hGYc5SE2l8GXlPnSp7aNiyBdtPOCkcFV" https://dtrack.acme.dev/api/v1/bom',
        '{ "apiKey": "odt_EsOhQQfgH9B5Ur6SQvecT5FHunU34YhfknCn" }',
      ],
      negative: ['DTRACK_API_KEY=odt_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'DTRACK_API_KEY=odt_u5mFfNU2Rb9zAqYBAtE', 'DTRACK_API_KEY=u5mFfNU2Rb9zAqYBAtE7a5m2ibZh4GUf'],
    },
  }),
];
