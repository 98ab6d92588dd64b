import { defineDetector } from '../src/detector';

// Vonage (formerly Nexmo) API secrets: 16 alphanumerics, only recognisable next to the name.
// https://developer.vonage.com/en/getting-started/concepts/authentication
export const vonageApiSecret = defineDetector({
  id: 'vonage-api-secret',
  provider: 'Vonage (Nexmo)',
  title: 'API secret',
  severity: 'high',
  keywords: ['vonage', 'nexmo'],
  pattern: String.raw`(?i:vonage|nexmo)[\w.-]{0,20}?(?i:secret)[\w.-]{0,10}["']?\s*[:=]\s*["']?([A-Za-z0-9]{16})\b`,
  minEntropy: 3.3,
  remediation: 'Rotate the API secret in the Vonage API Dashboard (Settings → API keys), then update its users.',
  examples: {
    positive: ['VONAGE_API_SECRET=QSr6rz24LpOqJ3Op', "NEXMO_API_SECRET = 'uLIEi2NvSBbI1rmA'", '{ "vonageApiSecret": "R1JF3yz4zQ0cvb8I" }'],
    negative: ['VONAGE_API_SECRET=y4QW2Of5', 'API_SECRET=wjkbqX4boUpHW0mz', 'VONAGE_API_SECRET=xxxxxxxxxxxxxxxx'],
  },
});

export const vonageDetectors = [vonageApiSecret];
