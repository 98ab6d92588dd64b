import { defineDetector } from '../src/detector';

// Notion integration tokens: `ntn_` + 11 digits + 35 base62 (since Sept 2024); older ones are `secret_` + 43
// base62, matched only next to the name because `secret_` is a common identifier prefix.
// https://developers.notion.com/docs/authorization

export const notionIntegrationToken = defineDetector({
  id: 'notion-integration-token',
  provider: 'Notion',
  title: 'Integration token',
  severity: 'high',
  keywords: ['ntn_'],
  pattern: String.raw`\b(ntn_[0-9]{11}[A-Za-z0-9]{35})\b`,
  minEntropy: 4.0,
  remediation: 'Refresh the integration secret at notion.so/profile/integrations (your integration → Secrets), then update your apps.',
  examples: {
    positive: [
      'NOTION_TOKEN=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',
      'const notion = new Client({ auth: "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" });',
      'curl -H "Authorization: Bearer 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" https://api.notion.com/v1/users/me',
    ],
    negative: [
      'NOTION_TOKEN=ntn_12345678901',
      'NOTION_TOKEN=ntn_00000000000xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'NOTION_TOKEN=ntn_13721590109JiG8XnBE3NnYJoQ9WmXeHH2fdeeTFJGv',
      'NOTION_TOKEN=ntn_e1sKhBN88hXxOiixgVoOnzyw2MzP0ZvzOMhfWuBByReQMs',
    ],
  },
});

export const notionLegacyToken = defineDetector({
  id: 'notion-legacy-token',
  provider: 'Notion',
  title: 'Integration token (legacy secret_ format)',
  severity: 'high',
  keywords: ['notion'],
  pattern: String.raw`\b(?i:notion)[\w.\-\[\]"'(){]{0,40}?(?:["']?\s*:\s*\{?\s*["']?[\w.\-]{1,30}["']?)?\s*(?:=>|:=|[:=,])\s*["']?(secret_[A-Za-z0-9]{43})(?:[^A-Za-z0-9_-]|$)`,
  minEntropy: 4.0,
  remediation: 'Refresh the integration secret at notion.so/profile/integrations (your integration → Secrets), then update your apps.',
  examples: {
    positive: [
      'NOTION_API_KEY=secret_m9Wcz7uW9XFOGOeMVNen5n1Ae6pWzpF1qH6YytwMe4L',
      'client = NotionClient(auth="secret_byoVFz8uZdZv8FuKKIBJl5dzpJn0meq7WJjjIBAzupG")',
      '{"notionToken": "secret_hv7Ib3M03NBQNSgPwlUQia1ID6vW5dql05ha064gIiJ"}',
    ],
    negative: [
      'CLIENT_SECRET=secret_hgB3cxLmAxzJLJenuHjDUrhhjeyxG4jDPMRCxGgcjBw',
      'NOTION_API_KEY=secret_abc123',
      'NOTION_API_KEY=secret_bENqTyH5xJ8tpqXJQ4I9dOv8GZ4fKq1OKtbgZVa',
      'NOTION_API_KEY=secret_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
});

export const notionDetectors = [notionIntegrationToken, notionLegacyToken];
