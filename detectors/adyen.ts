import { defineDetector } from '../src/detector';

// Adyen API keys start `AQE` and run to 100+ base64-like characters with `-` separated parts.
// Only the name adyen nearby makes them recognisable.
// https://docs.adyen.com/development-resources/api-credentials/#generate-api-key
export const adyenApiKey = defineDetector({
  id: 'adyen-api-key',
  provider: 'Adyen',
  title: 'API key',
  severity: 'critical',
  keywords: ['adyen'],
  pattern: String.raw`(?i:adyen)[\w.-]{0,20}?(?i:key)[\w.-]{0,10}["']?\s*[:=]\s*["']?(AQE[A-Za-z0-9+/=._-]{60,250})(?:[^A-Za-z0-9+/=._-]|$)`,
  minEntropy: 4.5,
  remediation: 'Revoke the key in the Adyen Customer Area (Developers → API credentials → your credential → Generate new key).',
  examples: {
    positive: ['ADYEN_API_KEY=AQEGnswph8PRvQSuEqcTdr3ZZx6HQO35UWzQXzoohJKjqqRKApEHmVBFRN2YZl7==-c5mG3pr4HllooXL3Gv3fgrMRcnNfzSgQGH0FRRHBKva=', "adyen_api_key: 'AQEHrhlFberKiYdTfdbam0GQeZPc3n8fEkJftRkcB0tZ8bBWtkX8eQWThMCojezQGYGCMTBAlgSh7zWQHC9=='", '{ "adyenApiKey": "AQEJxMAOQ3gQLPNmr6VSuw5XCj6mv8ywKgp1MXfYP9Yijx6Uf68nCPp7bexVFQzGIMDs7JNQf-cIi5YDyGQtXibaIcOFJzuLJBq6Op3q0W7mq0jtCk" }'],
    negative: ['ADYEN_API_KEY=AQEadR9eU7E3XDrp7pi0G63', 'API_KEY=AQEEb1H3D1p7KEAyrTCIY4lJA4cdy3fthBSFRPSrlpgAjyPuA7W5H2HZYcSWu7V==-BQIS9kzxtT9Nhl15cB5pEcVkYymbQrw9aMyBY3tePY0=', 'ADYEN_API_KEY=AQExxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
});

export const adyenDetectors = [adyenApiKey];
