import { defineDetector } from '../src/detector';

// Kagi API and session tokens: 11 URL-safe base64 characters, `.`, 43 more; no prefix, so the name must be
// nearby (also as kagi.com/search?token=…). https://help.kagi.com/kagi/api/search.html

export const kagiApiToken = defineDetector({
  id: 'kagi-api-token',
  provider: 'Kagi',
  title: 'API or session token',
  severity: 'medium',
  keywords: ['kagi'],
  pattern: String.raw`\b(?i:kagi)[\w.\-\[\]"'()/?&]{0,60}?(?:["']?\s*:\s*\{?\s*["']?[\w.\-]{1,30}["']?)?\s*(?:=>|:=|[:=,])\s*["']?([A-Za-z0-9_-]{11}\.[A-Za-z0-9_-]{43})(?:[^A-Za-z0-9_-]|$)`,
  minEntropy: 4.0,
  remediation: 'Revoke the API key at kagi.com/settings?p=api (or reset the session link at kagi.com/settings?p=user_details), then create a new one.',
  examples: {
    positive: [
      'KAGI_API_KEY=SeqP2VT7zaO.lBu_aFHjmZOn5OUp47ulVJFB7_KqhN_3_YpBtLkgfKR',
      'https://kagi.com/search?token=DDySlvXVNnp.wXtodvRvgeHFNzGb-2-UmKSdUR4zLF49YbvAE2SkJH1',
      '{"kagi": {"token": "rI4BWVwlA4s.Z8Kp62TzKHqm1v9RmrDYc5KSv1ue4yhOdXZOcgMYg_d"}}',
    ],
    negative: [
      '6cOK0J4RON6.yVY8LRvHzeGvFBb6mPR2LZOtVurBgPevt_FtMtpOEfg',
      'KAGI_API_KEY=your-kagi-api-key',
      'KAGI_API_KEY=qdCf6FSSixi.IhtREMZ2MukeSJmrufszqHrp9vfesTRaA6z5y',
      'KAGI_API_KEY=xxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
});

export const kagiDetectors = [kagiApiToken];
