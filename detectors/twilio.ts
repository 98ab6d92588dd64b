import { defineDetector } from '../src/detector';
import { NESTED_YAML_KEY_RESCAN } from './rescan-shapes';

// Twilio API key SIDs are `SK` + 32 lowercase hex; an SID is only half a credential but it names the
// key to revoke, and it sits next to its secret. Auth tokens are 32 hex with no prefix.
// https://www.twilio.com/docs/iam/api-keys  https://www.twilio.com/docs/iam/access-tokens
// `SK` + hex is too common to scan every file for, so the name twilio must come first (bounded gap).
const REVOKE = 'Delete the key or rotate the auth token at console.twilio.com (Account → API keys & tokens).';

export const twilioApiKey = defineDetector({
  id: 'twilio-api-key',
  provider: 'Twilio',
  title: 'API key SID',
  severity: 'high',
  keywords: ['twilio'],
  pattern: String.raw`(?i:twilio)[\s\S]{0,200}?\b(SK[0-9a-f]{32})\b`,
  minEntropy: 3.0,
  rescanWhen: NESTED_YAML_KEY_RESCAN,
  remediation: REVOKE,
  examples: {
    positive: [
      'TWILIO_API_KEY=SKeee65f53e9421ce50211670eae679f02',
      "const twilioAccountSid = 'ACe8d28a79023c39c200661fccd268a29a';\nconst twilioApiKeySID = 'SK0d347301ef56e64dc3cd6089065c3146';",
      'twilio:\n  api_key: SKe80a9c222670bbe4f4c54977656cf2d1',
    ],
    negative: ['TWILIO_API_KEY=SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'TWILIO_API_KEY=SK33187c8df95247f28660', 'API_KEY=SK28de71159b42b4ea410fb9102f29a422', 'TWILIO_API_KEY=ASKeb14ab2f2d0f0cc022238daceee2092f'],
  },
});

export const twilioAuthToken = defineDetector({
  id: 'twilio-auth-token',
  provider: 'Twilio',
  title: 'Auth token',
  severity: 'critical',
  keywords: ['twilio'],
  pattern: String.raw`(?i:twilio)[\w.-]{0,20}?(?i:auth)[\w.-]{0,10}?["']?\s*[:=,]\s*["']?([0-9a-f]{32})\b`,
  minEntropy: 3.0,
  remediation: REVOKE,
  examples: {
    positive: ['TWILIO_AUTH_TOKEN=073ff80b9465aef7ac86d66c7a644fb1', '{ "twilioAuthToken": "2853ef86dcfaea21818b904ce6087413" }', "env('TWILIO_AUTH_TOKEN', 'e3b266f850f1578b5c72dc4ee60caea6')"],
    negative: ['TWILIO_AUTH_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'TWILIO_AUTH_TOKEN=3367c29a80b21ead', 'AUTH_TOKEN=8f062d15a4f4ef27e9589c6948f6d30c'],
  },
});

export const twilioDetectors = [twilioApiKey, twilioAuthToken];
