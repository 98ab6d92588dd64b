import { defineDetector } from '../src/detector';

// LaunchDarkly API access tokens: `api-` + UUID; server-side SDK keys: `sdk-` + UUID. Both prefixes are common words,
// so the file must mention launchdarkly. https://docs.launchdarkly.com/home/account/api
// https://docs.launchdarkly.com/sdk/concepts/client-side-server-side#keys

export const launchdarklyAccessToken = defineDetector({
  id: 'launchdarkly-access-token',
  provider: 'LaunchDarkly',
  title: 'API access token',
  severity: 'high',
  keywords: ['launchdarkly'],
  pattern: String.raw`\b(api-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})\b`,
  minEntropy: 3.2,
  remediation: 'Delete or reset the token at app.launchdarkly.com/settings/authorization, then create a new one.',
  examples: {
    positive: [
      'LAUNCHDARKLY_ACCESS_TOKEN=api-5a106df0-6244-4e15-a6bf-4a2a58049d34',
      'curl -H "Authorization: api-5627f0b8-a6ee-4907-ac13-433295a723c9" https://app.launchdarkly.com/api/v2/flags/default',
      'launchdarkly:\n  apiToken: "api-d988606e-2876-40f0-ab21-016bb262a149"',
    ],
    negative: [
      'LAUNCHDARKLY_ACCESS_TOKEN=api-00000000-0000-0000-0000-000000000000',
      'ACCESS_TOKEN=api-73c9ce57-3dc4-40fd-ad69-f1986b793352',
      'LAUNCHDARKLY_ACCESS_TOKEN=api-0570a5e1-4088-45c8-a708-a73ca3304f',
    ],
  },
});

export const launchdarklySdkKey = defineDetector({
  id: 'launchdarkly-sdk-key',
  provider: 'LaunchDarkly',
  title: 'Server-side SDK key',
  severity: 'medium',
  keywords: ['launchdarkly'],
  pattern: String.raw`\b(sdk-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})\b`,
  minEntropy: 3.2,
  remediation: 'Reset the SDK key in LaunchDarkly (Project settings → Environments → the environment → Reset SDK key).',
  examples: {
    positive: [
      'LAUNCHDARKLY_SDK_KEY=sdk-b9766884-a898-47e4-a5ce-b530363ed85c',
      'ld_client = ldclient.LDClient(Config("sdk-ce030807-e90c-4cd2-a40d-c842c71b9fa2"))  # launchdarkly',
      'const client = LaunchDarkly.init("sdk-d7d64575-89dd-4ce1-aaa3-1efeff01ba94");',
    ],
    negative: [
      'LAUNCHDARKLY_SDK_KEY=sdk-00000000-0000-0000-0000-000000000000',
      'SDK_KEY=sdk-134965cb-7766-4567-a467-7d17e47f8dd6',
      'LAUNCHDARKLY_SDK_KEY=sdk-5b1a2f06-819f-469c-ada1-b5546dac35',
    ],
  },
});

export const launchdarklyDetectors = [launchdarklyAccessToken, launchdarklySdkKey];
