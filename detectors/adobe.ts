import { defineDetector } from '../src/detector';

// Adobe Developer Console OAuth client secrets: `p8e-` + 32 URL-safe characters.
// https://developer.adobe.com/developer-console/docs/guides/authentication/ServerToServerAuthentication/

export const adobeClientSecret = defineDetector({
  id: 'adobe-client-secret',
  provider: 'Adobe',
  title: 'OAuth client secret',
  severity: 'high',
  keywords: ['p8e-'],
  pattern: String.raw`\b(p8e-[A-Za-z0-9_-]{32})(?:[^A-Za-z0-9_-]|$)`,
  minEntropy: 4.0,
  remediation: 'Rotate the client secret in the Adobe Developer Console (project → credential → Retrieve client secret / Rotate).',
  examples: {
    positive: [
      'ADOBE_CLIENT_SECRET=p8e-3bEBe7MQLEcLRv0DuO17X0XO4L9tvMLX',
      '{\n "client_credentials": {\n  "client_id": "f263c2e71e5cf2d9e1cb78f134a0fec9",\n  "client_secret": "p8e-u7Z9S8Xaqe51m-yB1zc938u-BbskkVaI"\n }\n}',
      '-d "client_secret=p8e-LatTLSFipWnY4dOOBL5nXX0XKTI1Ek7C&grant_type=client_credentials"',
    ],
    negative: [
      'ADOBE_CLIENT_SECRET=p8e-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'ADOBE_CLIENT_SECRET=p8e-O-JV-IeUVbpPcZqDpIvuLuktezhR',
      'ADOBE_CLIENT_SECRET=p8e-iKqA99JThh_aUd7uAiiBO-8l5JV-QmhOZz9',
    ],
  },
});

export const adobeDetectors = [adobeClientSecret];
