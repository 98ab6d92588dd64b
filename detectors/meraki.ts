import { defineDetector } from '../src/detector';

// Cisco Meraki Dashboard API keys: 40 lowercase hex, only recognisable next to the name meraki
// (not inside a word: `CameraKit` contains "meraki").
// https://developer.cisco.com/meraki/api-v1/authorization/
export const merakiApiKey = defineDetector({
  id: 'meraki-api-key',
  provider: 'Cisco Meraki',
  title: 'Dashboard API key',
  severity: 'critical',
  keywords: ['meraki'],
  pattern: String.raw`(?:^|[^A-Za-z])(?i:meraki)[\w.-]{0,30}?["']?\s*[:=]\s*["']?([0-9a-f]{40})\b`,
  minEntropy: 3.3,
  remediation: 'Revoke the key in the Meraki Dashboard (My profile → API access), then generate a new one.',
  examples: {
    positive: ['MERAKI_DASHBOARD_API_KEY=eee65f53e9421ce50211670eae679f02e8d28a79', '{ "merakiApiKey": "023c39c200661fccd268a29a0d347301ef56e64d" }', "meraki_api_key: 'c3cd6089065c3146e80a9c222670bbe4f4c54977'"],
    negative: ['ReactNativeCameraKit: 656cf2d133187c8df95247f2866028de71159b42', 'meraki: aaaaaaaaaa1111111111bbbbbbbbbb2222222222', 'meraki_token = b4ea410fb9102f29a422eb14ab2f2d0f0cc022238daceee2092f073ff80b9465', 'API_KEY=aef7ac86d66c7a644fb12853ef86dcfaea21818b'],
  },
});

export const merakiDetectors = [merakiApiKey];
