import { defineDetector } from '../src/detector';

// Telegram bot tokens: `<bot id, 8-10 digits>:AA` + 32-33 base64url characters (as issued by @BotFather).
// https://core.telegram.org/bots/api#authorizing-your-bot
export const telegramBotToken = defineDetector({
  id: 'telegram-bot-token',
  provider: 'Telegram',
  title: 'Bot token',
  severity: 'high',
  keywords: [':aa'],
  pattern: String.raw`(?:^|[^0-9A-Za-z_-]|/bot)([0-9]{8,10}:AA[A-Za-z0-9_-]{32,33})(?:[^A-Za-z0-9_-]|$)`,
  minEntropy: 3.8,
  remediation: 'Revoke the token with @BotFather (/revoke), then update the bot with the new token.',
  examples: {
    positive: ['TELEGRAM_BOT_TOKEN=5787789328:AA8XM5mSLFy5UBIHEYeD7p4Zdl-AK6j0Kgo', 'curl https://api.telegram.org/bot6384019161:AAlxICAbaG8wy1JZirLnqB0PRfMBH7_WY5Y/getMe', '{ "telegram": { "token": "7266166304:AAmCaXyMFSb4hBqlxJJLafBvv6Q9RxXTnd" } }'],
    negative: ['TELEGRAM_BOT_TOKEN=123456789:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'TELEGRAM_BOT_TOKEN=5933283679:AAK1GNNEgeyg1_', 'TELEGRAM_BOT_TOKEN=5482123789:BBJjbaCIi05fHFWkvQLuR5qREC8tnECJ9In', 'time 1252117850:AAQrtK8J1D-BwwBJKLOg1qx647KDnL9CdO-_gBvmSZ'],
  },
});

export const telegramDetectors = [telegramBotToken];
