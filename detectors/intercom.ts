import { defineDetector } from '../src/detector';
import { isIntercomToken } from '../src/validators/intercom-token';

// Intercom access tokens are base64 of `tok:<id with underscores>:<n>:<n>`, so they start `dG9rO`.
// The decoded shape is checked offline. https://developers.intercom.com/docs/build-an-integration/learn-more/authentication
export const intercomAccessToken = defineDetector({
  id: 'intercom-access-token',
  provider: 'Intercom',
  title: 'Access token',
  severity: 'high',
  keywords: ['dg9ro'],
  pattern: String.raw`\b(dG9rO[A-Za-z0-9+/]{50,80}={0,2})(?:[^A-Za-z0-9+/=]|$)`,
  validate: isIntercomToken,
  minEntropy: 4.0,
  remediation: 'Revoke the token in the Intercom Developer Hub (your app → Authentication) and generate a new one.',
  examples: {
    positive: ['INTERCOM_ACCESS_TOKEN=dG9rOjg5NTc0NzU0XzI2OTBfZDQwOF80MjhlX2Q0OGI3ZmRiZGEzYjoxOjA=', '{ "intercom": { "token": "dG9rOjhlNGVlNTk2XzViOGJfZTg4Y180Zjc3XzZiNDJkZWMwZDE3NDoxOjA=" } }', 'curl https://api.intercom.io/me -H "Authorization: Bearer dG9rOmZlODVkOGI2X2I0N2ZfNjExYl9hNTk2XzUzNzUyZDFlYTIwNDoxOjA="'],
    negative: ['INTERCOM_ACCESS_TOKEN=dG9rOnh4eHh4eHh4', 'INTERCOM_ACCESS_TOKEN=dG9rOTHaT6RkmsE8ehX21CAUVJfjih0eOqNSzCYgt6KvJQbr02NQblPWxPlSbNpWb', 'INTERCOM_ACCESS_TOKEN=dG9rOnh4eHh4eHh4X3h4eHhfeHh4eF94eHh4X3h4eHh4eHh4eHh4eDoxOjA='],
  },
});

export const intercomDetectors = [intercomAccessToken];
