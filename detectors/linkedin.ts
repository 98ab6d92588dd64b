import { defineDetector } from '../src/detector';

// LinkedIn OAuth apps: client id 12-14 lowercase alphanumerics, primary client secret 16 alphanumerics
// (newer secrets `WPL_AP1.` + base64). Both need the name linkedin nearby.
// https://learn.microsoft.com/linkedin/shared/authentication/client-credentials-flow
export const linkedinClientSecret = defineDetector({
  id: 'linkedin-client-secret',
  provider: 'LinkedIn',
  title: 'OAuth client secret',
  severity: 'high',
  keywords: ['linkedin'],
  pattern: String.raw`(?i:linkedin)[\w.-]{0,20}?(?i:secret)[\w.-]{0,10}["']?\s*[:=]\s*["']?((?:WPL_AP1\.[A-Za-z0-9]{16}\.[A-Za-z0-9+/=]{8,24})|[A-Za-z0-9]{16})(?:[^A-Za-z0-9+/=.]|$)`,
  minEntropy: 3.3,
  remediation: 'Generate a new client secret at linkedin.com/developers/apps (your app → Auth) and delete the old one.',
  examples: {
    positive: ['LINKEDIN_SECRET = "c3j27xdcg2lMLzge"', '{ "linkedinClientSecret": "WPL_AP1.onyLGcTJFiz4soCm.Z9cpvnpKnA1h==" }', "linkedin_client_secret: 'EDCM4PmBxdUcl1Mh'"],
    negative: ['LINKEDIN_SECRET = "OoSfAqFdpR"', 'CLIENT_SECRET = "aj71FtQUwOgSBEkx"', 'LINKEDIN_SECRET = "xxxxxxxxxxxxxxxx"'],
  },
});

export const linkedinClientId = defineDetector({
  id: 'linkedin-client-id',
  provider: 'LinkedIn',
  title: 'OAuth client id',
  // Public half of the pair; reported because a secret usually sits beside it.
  severity: 'low',
  keywords: ['linkedin'],
  pattern: String.raw`(?i:linkedin)[\w.-]{0,20}?(?i:key|id)["']?\s*[:=]\s*["']?([a-z0-9]{12,14})\b`,
  minEntropy: 3.2,
  remediation: 'Rotate the app credentials at linkedin.com/developers/apps (your app → Auth) if the secret leaked too.',
  examples: {
    positive: ['LINKEDIN_KEY = "gzgsyebannd4yz"', '{ "linkedinClientId": "0emrvftva0hi" }', "linkedin_api_key: 'pgad35l9m26mi0'"],
    negative: ['LINKEDIN_KEY = "yhz0nart"', 'CLIENT_ID = "bnlzgcjn2qavsy"', 'LINKEDIN_KEY = "xxxxxxxxxxxxxx"'],
  },
});

export const linkedinDetectors = [linkedinClientSecret, linkedinClientId];
