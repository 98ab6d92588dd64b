import { defineDetector } from '../src/detector';
import { NESTED_YAML_KEY_RESCAN } from './rescan-shapes';
import { isBase64Snowflake } from '../src/validators/discord-snowflake';

// Discord bot tokens: base64(user id) + `.` + 6-char timestamp + `.` + 27-38-char HMAC. The first part
// decodes to the bot's numeric snowflake id, which is checked offline.
// https://discord.com/developers/docs/reference#authentication
// The format has no prefix, so the name discord must come first (bounded gap).
export const discordBotToken = defineDetector({
  id: 'discord-bot-token',
  provider: 'Discord',
  title: 'Bot token',
  severity: 'high',
  keywords: ['discord'],
  pattern: String.raw`(?i:discord)[\s\S]{0,300}?\b([MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38})(?:[^A-Za-z0-9_-]|$)`,
  validate: (token) => isBase64Snowflake(token.split('.')[0]),
  minEntropy: 4.0,
  // A new token in `client.login('…')` under an unchanged `require('discord.js')`, or in YAML.
  rescanWhen: [{ addedLine: String.raw`.*\.login\(.*` }, NESTED_YAML_KEY_RESCAN],
  remediation: 'Reset the token at discord.com/developers/applications (your app → Bot → Reset Token).',
  examples: {
    positive: [
      'DISCORD_BOT_TOKEN=ODc4OTMyODc5MjE3NDIxODA5Ng.B0PRfM.BH7_WY5YQ1xOy1bAimCaXyMFSb4hBqlxJJLafB',
      "const { Client } = require('discord.js');\nclient.login('ODkwODEwMDMzOTA3NTc5Mzgz.vv6Q9R.xXTndfYUZx9K1GNNEgeyg1_lWIQ');",
      'discord:\n  token: "NTAxNzQ2ODE0NTM4NDAxOTE2MQ.d9Jjba.CIi05fHFWkvQLuR5qREC8tnECJ9InoRJJ5vFQr"',
    ],
    negative: [
      'DISCORD_BOT_TOKEN=MTAxxxxxxxxxxxxxxxxxxxxxxx.xxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'DISCORD_BOT_TOKEN=NWFre5E32a8yB3fkAnqYYlAmEF.LOg1qx.647KDnL9CdO-_gBvmSZVr4-epzgZ3ZbxcoaRR-', // first part is not a base64 numeric id
      'BOT_TOKEN=NTEwMDMzMDc2NjYxOTM0NTE0NQ.sFIjVO.58jb0w-o5pJEjFjtnCRz6YDieSGO5NvJZZ8gWB', // no provider name
    ],
  },
});

// Webhook URLs: https://discord.com/api/webhooks/<snowflake id>/<68-char token>.
// https://discord.com/developers/docs/resources/webhook#execute-webhook
export const discordWebhookUrl = defineDetector({
  id: 'discord-webhook-url',
  provider: 'Discord',
  title: 'Webhook URL',
  severity: 'medium',
  keywords: ['discord.com/api/webhooks/', 'discordapp.com/api/webhooks/'],
  pattern: String.raw`(https://(?:(?:ptb|canary)\.)?discord(?:app)?\.com/api/webhooks/[0-9]{17,20}/[A-Za-z0-9_-]{60,72})(?:[^A-Za-z0-9_-]|$)`,
  minEntropy: 4.0,
  remediation: 'Delete the webhook in Discord (Server Settings → Integrations → Webhooks) and create a new one.',
  examples: {
    positive: [
      'DISCORD_WEBHOOK=https://discord.com/api/webhooks/1780234588892631662/56ZAwr7paMPbfxLnphCsKE4r1j_DbI2EWqR8T4-Lc4lVgnwamSi-Z0OAwDFzP_LVI60z',
      '{ "webhook_url": "https://discordapp.com/api/webhooks/943772567851369042/CEYTdBkptf-N-PgZ3Cw0UabbRdsXooYbYMReQLhxM31QZzCMZtuOrYJ9NDE9SYXOaWUk" }',
      "curl -H 'Content-Type: application/json' -d '{\"content\":\"hi\"}' https://canary.discord.com/api/webhooks/1190271156768563950/FZX06uvzYVMBpKzYrhjOUzRqv3XzaXJrm8MBtGdimrbzXJx-bPyCONeg4zGZwBMhgjr1",
    ],
    negative: ['DISCORD_WEBHOOK=https://discord.com/api/webhooks/123/abc', 'DISCORD_WEBHOOK=https://discord.com/api/webhooks/0000000000000000000/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'See https://discord.com/api/webhooks/{id}/{token}'],
  },
});

// OAuth2 client secrets: 32 base64url characters, only recognisable next to the word discord.
// https://discord.com/developers/docs/topics/oauth2
export const discordClientSecret = defineDetector({
  id: 'discord-client-secret',
  provider: 'Discord',
  title: 'OAuth2 client secret',
  severity: 'high',
  keywords: ['discord'],
  pattern: String.raw`(?i:discord)[\w.-]{0,20}?(?i:secret)[\w.-]{0,10}["']?\s*[:=]\s*["']?([A-Za-z0-9_-]{32})(?:[^A-Za-z0-9_-]|$)`,
  minEntropy: 3.8,
  remediation: 'Reset the secret at discord.com/developers/applications (your app → OAuth2 → Reset Secret).',
  examples: {
    positive: ['DISCORD_CLIENT_SECRET=M4JFxUx8V-H2-1kznuk9iklDBfFU0xGo', '{ "discordClientSecret": "yGoJc29gfFM7SfOG16PaGtTPu4R16h1u" }', "discord_secret: 'RlQe9OntjiYjeYfZFHBih2DENcjJLUev'"],
    negative: ['DISCORD_CLIENT_SECRET=00000000000000000000000000000000', 'DISCORD_CLIENT_SECRET=99tarr-RJP5b42hxTvTp', 'CLIENT_SECRET=lX2vM7pKK3_7mBJnbKm-pkSctpuPp4j4'],
  },
});

export const discordDetectors = [discordBotToken, discordWebhookUrl, discordClientSecret];
