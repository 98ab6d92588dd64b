import { defineDetector } from '../src/detector';

// Token prefixes name the kind: xoxb bot, xoxp user, xapp app-level, xoxe.xoxp/xoxe.xoxb
// configuration, xoxe refresh, xoxa/xoxr/xoxs/xoxo legacy workspace and session tokens.
// https://api.slack.com/authentication/token-types
// https://api.slack.com/authentication/config-tokens
const REVOKE = 'Revoke it at api.slack.com/apps (your app → OAuth & Permissions / Basic Information) or with auth.revoke, then reinstall or regenerate.';

export const slackBotToken = defineDetector({
  id: 'slack-bot-token',
  provider: 'Slack',
  title: 'Bot token',
  severity: 'high',
  keywords: ['xoxb-'],
  // xoxb-<team id digits>-<bot id digits>-<24 alphanumerics>; legacy bot tokens lack the second number.
  pattern: String.raw`\b(xoxb-[0-9]{8,14}-(?:[0-9]{8,14}-)?[A-Za-z0-9]{18,34})\b`,
  minEntropy: 3.0,
  remediation: REVOKE,
  examples: {
    positive: [
      'SLACK_BOT_TOKEN=xoxb-858132883997-2675781182638-79zhU1ADDKPRbrQ6buEmvMJN',
      '{ "bot_token": "xoxb-640681413583-8001749012282-1cEn2oPQcvRLiiF0xwY4ZXZ7" }',
      'client = WebClient(token="xoxb-05757311717-D0GenANptPzR1MyyJylGFoQx")',
      'curl -H "Authorization: Bearer xoxb-846068918354-7378036440042-icI1UA1B5LOFbwJJTMDpp3T7" https://slack.com/api/auth.test',
    ],
    negative: [
      'SLACK_BOT_TOKEN=xoxb-xxxxxxxxxxxx-xxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx',
      'SLACK_BOT_TOKEN=xoxb-000000000000-0000000000000-XXXXXXXXXXXXXXXXXXXXXXXX',
      'SLACK_BOT_TOKEN=xoxb-your-bot-token',
      'SLACK_BOT_TOKEN=xoxb-4242-Zq9f', // too short
    ],
  },
});

export const slackUserToken = defineDetector({
  id: 'slack-user-token',
  provider: 'Slack',
  title: 'User token',
  severity: 'high',
  keywords: ['xoxp-', 'xoxe-'],
  // xoxp-<team>-<user>-<token id>-<32 hex>; xoxe- rotating user tokens share the layout.
  pattern: String.raw`\b(xox[pe]-[0-9]{8,14}-[0-9]{8,14}-[0-9]{8,14}-[A-Za-z0-9]{28,34})\b`,
  minEntropy: 3.0,
  remediation: REVOKE,
  examples: {
    positive: [
      'SLACK_USER_TOKEN=xoxp-976400923169-715432156647-396819360666-6e4fbdeca1d9b9f407d94d5910d596cf',
      'url := "https://slack.com/api/conversations.history?token=xoxp-636122155031-560333692662-882704726485-27dd170df87222d8d6f5828a43748e6f&channel=C0123"',
      '"user_token": "xoxp-066844388853-940037994224-314815355166-489af0ae9985160788bc266cbe87b6e6"',
    ],
    negative: [
      '"token": "xoxp-000000000000-000000000000-000000000000-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"',
      '"token": "xoxp-9876"',
      '"token": "xoxp-1234-1234-1234-16f80c30ee04b1964377627e7dc8d4c4"', // ids too short
    ],
  },
});

export const slackAppToken = defineDetector({
  id: 'slack-app-token',
  provider: 'Slack',
  title: 'App-level token',
  severity: 'high',
  keywords: ['xapp-'],
  // xapp-<version>-<app id (A… in Slack's docs)>-<digits>-<64 hex in tokens seen so far>.
  pattern: String.raw`\b(xapp-[0-9]+-[A-Z][A-Z0-9]{8,13}-[0-9]{8,16}-[A-Za-z0-9]{32,128})\b`,
  minEntropy: 3.0,
  remediation: REVOKE,
  examples: {
    positive: ['SLACK_APP_TOKEN=xapp-1-AZTLSVJW6GU-1092074564530-bd955804e1c8f6b713a5e8d0f384ec2d1a94423101d1d600deb87b5fea853bbe', 'app = App(token=os.environ["BOT"], app_token="xapp-1-AQOSXB00YX3-0064755783895-1353edc493add4391a17f32a9e6a35fc77c9c630d429edbfb8f74468e0d7645b")', 'slack:\n  app_token: xapp-1-AL3MDHVQRFI-4820259226868-df1ba3559ed8b6868a206ca9961ace7e7fbaaca2a5b3115b2d27fa98ac57da85'],
    negative: ['SLACK_APP_TOKEN=xapp-1-A0000000000-0000000000000-' + '0'.repeat(64), 'SLACK_APP_TOKEN=xapp-your-app-token', 'SLACK_APP_TOKEN=xapp-1-A123-456-abc'],
  },
});

export const slackConfigToken = defineDetector({
  id: 'slack-config-token',
  provider: 'Slack',
  title: 'Configuration or refresh token',
  severity: 'high',
  keywords: ['xoxe'],
  // Configuration access tokens: xoxe.xoxp-1- / xoxe.xoxb-1- + ~163 characters; refresh tokens:
  // xoxe-1- + ~146. Both bodies are base64 text without padding.
  pattern: String.raw`\b(xoxe(?:\.xox[bp])?-[0-9]-[A-Za-z0-9]{120,200})\b`,
  minEntropy: 4.0,
  remediation: 'Revoke it with tooling.tokens.rotate / auth.revoke, or regenerate configuration tokens at api.slack.com/apps.',
  examples: {
    positive: ['SLACK_CONFIG_TOKEN=xoxe.xoxp-1-tFDytapjwDjPoeZDWSQr29IguJPg672dZHUBfNXbXf6mcZPTqNylJQSM713295pf2npRXH7LFlFnYUZVWCa5uSJZPMEUiB7bKQtyLQtu7xlgwzMTmC2IZQkZW59KHRJ5h3uE1Z6twVkJxN3BKt7AH4ljD226G8dvWDf', '"refresh_token": "xoxe-1-knmbQcdlgrsOrXItlRj2T6JzsPtR01Zxkp07eRjL38JCekuigjhVipTxXCJJ9SKtPiRWWOuXyjhgWZuqtQHXJJh4pQQkOxd2AIRbtsORT8bmt9LF1RZHn24FzOWaCRE2nWGINhAK1IacX7mqEn"', 'config_token = "xoxe.xoxp-1-ndkqZtudNtsKstiJtGkgF1mMic7AEVuG0uEbhSJoCPHDoHMAaHQfuD776xPzx5ahVPvMHRxAcmy5jeaxXTnQEtzQSsPOLWogJJ7z0xW1UKwy4s7AyyqPztgrOR9OYhBj3iO3y2vMFhbOurT5CW1X9UA4thM70JZk1Tl"'],
    negative: ['SLACK_CONFIG_TOKEN=xoxe.xoxp-1-PasteYourConfigTokenHere', 'xoxe.xoxb-1-' + 'A'.repeat(160), 'SLACK_REFRESH_TOKEN=xoxe-1-P6ZKgyl7MGeSBKqAVjtG2GmaCc7gQhZ1PR1YtyMT2R2OKloshp8btl8WOXFO' /* too short */],
  },
});

export const slackLegacyToken = defineDetector({
  id: 'slack-legacy-token',
  provider: 'Slack',
  title: 'Legacy workspace or session token',
  severity: 'high',
  keywords: ['xoxa-', 'xoxr-', 'xoxs-', 'xoxo-'],
  pattern: String.raw`\b(xox[aors]-(?:[0-9]+-){1,4}[0-9A-Za-z]{8,64})\b`,
  minEntropy: 3.0,
  remediation: REVOKE,
  examples: {
    positive: ['"access_token": "xoxs-2534812460-8030553223-9130441569-4df3de545d"', 'SLACK_LEGACY_TOKEN=xoxa-2-061319944-15085616146-3032657079384-e04c81e4733d06b3ff', 'token = "xoxs-1093684664-4261540838-6442123740-c5476b4078"'],
    negative: [
      'https://github.com/xoxa-events/xoxa-events.github.io/tree/main/docs',
      'token: xoxa-notarealtoken',
      '<img src="/img/2019-48-xoxo-festival-3.png">',
    ],
  },
});

export const slackWebhookUrl = defineDetector({
  id: 'slack-webhook-url',
  provider: 'Slack',
  title: 'Incoming webhook or workflow URL',
  // Posts into a channel; cannot read.
  severity: 'medium',
  keywords: ['hooks.slack.com'],
  // https://hooks.slack.com/services/T<team>/B<bot>/<24 alphanumerics>
  // https://api.slack.com/messaging/webhooks
  pattern: String.raw`(https?://hooks\.slack\.com/(?:services/T[A-Z0-9]{6,12}/B[A-Z0-9]{6,12}|workflows/T[A-Z0-9]{6,12}/A[A-Z0-9]{6,12}/[0-9]{12,24})/[A-Za-z0-9]{20,32})\b`,
  minEntropy: 3.5,
  remediation: 'Remove the webhook at api.slack.com/apps (your app → Incoming Webhooks) or delete the workflow trigger, then create a new one.',
  examples: {
    positive: [
      'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/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',
      '{ "webhook": "https://hooks.slack.com/services/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" }',
      'curl -X POST -d \'{"text":"deployed"}\' https://hooks.slack.com/workflows/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',
    ],
    negative: [
      'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX',
      'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T00000000/B00000000/your-webhook-secret',
      'See https://hooks.slack.com/services for setup.',
    ],
  },
});

export const slackDetectors = [slackBotToken, slackUserToken, slackAppToken, slackConfigToken, slackLegacyToken, slackWebhookUrl];
