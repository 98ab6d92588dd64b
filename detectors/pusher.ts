import { defineDetector } from '../src/detector';

// Pusher Channels app secrets: 20 lowercase hex, only recognisable next to the name pusher.
// https://pusher.com/docs/channels/server_api/http-api/#authentication
export const pusherAppSecret = defineDetector({
  id: 'pusher-app-secret',
  provider: 'Pusher',
  title: 'Channels app secret',
  severity: 'high',
  keywords: ['pusher'],
  pattern: String.raw`(?i:pusher)[\w.-]{0,20}?(?i:secret)[\w.-]{0,10}["']?\s*[:=]\s*["']?([0-9a-f]{20})\b`,
  minEntropy: 3.0,
  remediation: 'Create a new key pair in the Pusher dashboard (your app → App Keys) and delete the old one.',
  examples: {
    positive: ['PUSHER_APP_SECRET=895747542690d408428e', "config.pusher.secret = 'd48b7fdbda3b8e4ee596'", '{ "pusherSecret": "5b8be88c4f776b42dec0" }'],
    negative: ['PUSHER_APP_SECRET=d174fe85d8b6', 'APP_SECRET=b47f611ba59653752d1e', 'PUSHER_APP_SECRET=00000000000000000000'],
  },
});

export const pusherDetectors = [pusherAppSecret];
