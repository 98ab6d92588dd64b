import { defineDetector } from '../src/detector';

// Twitch stream keys: `live_` + numeric channel id + `_` + 30 alphanumerics. Anyone holding one can
// broadcast on the channel. https://help.twitch.tv/s/article/twitch-stream-key-faq
export const twitchStreamKey = defineDetector({
  id: 'twitch-stream-key',
  provider: 'Twitch',
  title: 'Stream key',
  severity: 'medium',
  keywords: ['live_'],
  pattern: String.raw`\b(live_[0-9]{6,12}_[A-Za-z0-9]{30})\b`,
  minEntropy: 3.5,
  remediation: 'Reset the stream key in the Twitch Creator Dashboard (Settings → Stream → Primary Stream key → Reset).',
  examples: {
    positive: ['STREAM_KEY=live_198344417_Tdr3ZZx6HQO35UWzQXzoohJKjqqRKA', 'rtmp://live.twitch.tv/app/live_119501436_Zl7c5mG3pr4HllooXL3Gv3fgrMRcnN', '{ "twitch": { "streamKey": "live_74841114_RHBKvaHrhlFberKiYdTfdbam0GQeZP" } }'],
    negative: ['TWITCH_STREAM_KEY = "797192749_cB0tZ8bBWtkX8eQWThMCojezQGYGCM"', 'live_400984854_HC9JxMAOQ3gQLPNmr6VSuw5XC', 'stream_url: "rtmp://live.twitch.tv/app/STREAM_KEY"'],
  },
});

// OAuth client secrets and user access tokens: 30 lowercase alphanumerics, only recognisable next
// to the name twitch. https://dev.twitch.tv/docs/authentication/register-app/
export const twitchClientSecret = defineDetector({
  id: 'twitch-client-secret',
  provider: 'Twitch',
  title: 'OAuth client secret or access token',
  severity: 'high',
  keywords: ['twitch'],
  pattern: String.raw`(?i:twitch)[\w.-]{0,20}?(?i:secret|token)[\w.-]{0,10}["']?\s*[:=]\s*["']?(?:oauth:)?([a-z0-9]{30})\b`,
  minEntropy: 3.5,
  remediation: 'Generate a new client secret at dev.twitch.tv/console/apps (Manage → New Secret) and revoke tokens via id.twitch.tv/oauth2/revoke.',
  examples: {
    positive: ['TWITCH_CLIENT_SECRET=9k6mx5ypy89u5cp14vfqgimdjnq52i', "twitch_oauth_token: 'oauth:8ydgqx810i2ofjljbow9c03r4uexd8'", '{ "twitchAccessToken": "ge1hdkeatciyja2357bsfrps6a9paw" }'],
    negative: ['TWITCH_CLIENT_SECRET=hhzy2swvbqistn72', 'CLIENT_SECRET=be2vy1q0mby4py7hopmqepf39dbms1', 'TWITCH_CLIENT_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
});

export const twitchDetectors = [twitchStreamKey, twitchClientSecret];
