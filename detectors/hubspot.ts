import { defineDetector } from '../src/detector';

// HubSpot private-app tokens: `pat-<region><n>-` + UUID (pat-na1-, pat-eu1-…); legacy API keys (hapikey, retired
// 2022) are bare UUIDs matched next to the name. https://developers.hubspot.com/docs/api/private-apps

export const hubspotPrivateAppToken = defineDetector({
  id: 'hubspot-private-app-token',
  provider: 'HubSpot',
  title: 'Private app access token',
  severity: 'high',
  keywords: ['pat-na', 'pat-eu', 'pat-ap'],
  pattern: String.raw`\b(pat-(?:na|eu|ap)[0-9]-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})\b`,
  minEntropy: 3.2,
  remediation: 'Rotate the token in HubSpot (Settings → Integrations → Private Apps → the app → Auth → Rotate).',
  examples: {
    positive: [
      'HUBSPOT_ACCESS_TOKEN=pat-na1-491df341-aa28-4435-acd1-2b1eafc9cbba',
      'const hubspotClient = new hubspot.Client({ accessToken: "pat-na1-dc62b6f7-9373-4f67-a7f7-9a8ce6ef2c69" });',
      'curl -H "Authorization: Bearer pat-na1-f16cf8f8-917f-4b22-a33f-ed3a62e38e10" https://api.hubapi.com/crm/v3/objects/contacts',
    ],
    negative: [
      'HUBSPOT_ACCESS_TOKEN=pat-na1-00000000-0000-0000-0000-000000000000',
      'HUBSPOT_ACCESS_TOKEN=pat-na1-5e53a224-f43a-4d1f-a4c1-831864596b',
      'HUBSPOT_ACCESS_TOKEN=pat-na1-your-token-here',
    ],
  },
});

export const hubspotApiKey = defineDetector({
  id: 'hubspot-api-key',
  provider: 'HubSpot',
  title: 'Legacy API key (hapikey)',
  severity: 'high',
  keywords: ['hubspot', 'hapikey'],
  pattern: String.raw`\b(?i:hubspot|hapikey)[\w.\-\[\]"'(){]{0,40}?(?:["']?\s*:\s*\{?\s*["']?[\w.\-]{1,30}["']?)?\s*(?:=>|:=|[:=,])\s*["']?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?:[^A-Za-z0-9_-]|$)`,
  minEntropy: 3.2,
  remediation: 'Legacy keys were retired in 2022: delete it in HubSpot (Settings → Integrations → API key) and move to a private app token.',
  examples: {
    positive: [
      'HUBSPOT_API_KEY=93acd6d0-5dba-4109-a148-43a5298dfe19',
      'const hubspotKey = "f96171d3-4b5c-40c2-ae32-13b6e3549fd2"',
      'https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=bd4b25e4-f3a1-46d3-a466-c5fc7ac1fd03',
    ],
    negative: [
      'const hubspotKey = "12345678-ABCD-ABCD-ABCD-1234567890AB"',
      'REQUEST_ID=30a2bdaa-35e8-454b-a0be-33daded45174',
      'HUBSPOT_PORTAL_ID=1234567',
    ],
  },
});

export const hubspotDetectors = [hubspotPrivateAppToken, hubspotApiKey];
