import { defineDetector } from '../src/detector';

// GoCardless access tokens: `live_` (or `sandbox_`) + 40 base64url characters. `live_` alone is too
// common a prefix (Twitch stream keys use it too), so the name gocardless must be nearby.
// https://developer.gocardless.com/getting-started/api/making-your-first-request/
export const gocardlessAccessToken = defineDetector({
  id: 'gocardless-access-token',
  provider: 'GoCardless',
  title: 'Live access token',
  severity: 'critical',
  keywords: ['gocardless'],
  pattern: String.raw`(?i:gocardless)[\s\S]{0,60}?\b(live_[A-Za-z0-9_=-]{40})(?:[^A-Za-z0-9_=-]|$)`,
  minEntropy: 3.5,
  remediation: 'Revoke the token in the GoCardless dashboard (Developers → Access tokens), then create a new one.',
  examples: {
    positive: ['GOCARDLESS_ACCESS_TOKEN=live_575YX8XM5mSLFy5UBIHEYeD7p4Zdl-AK6j0Kgodk', '{ "gocardless": { "token": "live_DINzNlxICAbaG8wy1JZirLnqB0PRfMBH7_WY5YQ1" } }', "client = GoCardlessPro::Client.new(access_token: 'live_xOy1bAimCaXyMFSb4hBqlxJJLafBvv6Q9RxXTndf')"],
    negative: ['GOCARDLESS_ACCESS_TOKEN=live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'GOCARDLESS_ACCESS_TOKEN=live_YUZx9K1GNNEgeyg1_lWI', 'ACCESS_TOKEN=live_Qd9JjbaCIi05fHFWkvQLuR5qREC8tnECJ9InoRJJ'],
  },
});

export const gocardlessDetectors = [gocardlessAccessToken];
