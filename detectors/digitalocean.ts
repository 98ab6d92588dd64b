import { defineDetector } from '../src/detector';

// DigitalOcean tokens: `dop_v1_` personal access, `doo_v1_` OAuth access, `dor_v1_` OAuth refresh,
// each + 64 lowercase hex. https://docs.digitalocean.com/reference/api/create-personal-access-token/
// https://docs.digitalocean.com/reference/api/oauth-api/
const REVOKE = 'Revoke it at cloud.digitalocean.com/account/api/tokens (or the OAuth app’s authorized applications), then create a new one.';

export const digitaloceanPat = defineDetector({
  id: 'digitalocean-pat',
  provider: 'DigitalOcean',
  title: 'Personal access token',
  severity: 'critical',
  keywords: ['dop_v1_'],
  pattern: String.raw`\b(dop_v1_[a-f0-9]{64})\b`,
  minEntropy: 3.0,
  remediation: REVOKE,
  examples: {
    positive: [
      'DIGITALOCEAN_TOKEN=dop_v1_9cb98ae7494ede7a48b0f55c7d6e0c67245fcceb7313e0500dd7bc9f6adb4f63',
      'provider "digitalocean" {\n  token = "dop_v1_5eb09924f002bb25f54fe7a95701becebab4c5695b831726c0b31a5ac0025461"\n}',
      'curl -H "Authorization: Bearer dop_v1_d794b3a20d4fd2e5318333af8b77f63698f3d0e500d59cd318a4bbeb11bca9b0" https://api.digitalocean.com/v2/droplets',
    ],
    negative: [
      'DIGITALOCEAN_TOKEN=dop_v1_' + '0'.repeat(64),
      'DIGITALOCEAN_TOKEN=dop_v1_cf460b959708c4572d41667e4c355a1538757993', // too short
      'DIGITALOCEAN_TOKEN=dop_v1_08c450175328b6622f093913e76e812a6efc487097e1b38eba05641072e759aca', // too long
    ],
  },
});

export const digitaloceanOauthToken = defineDetector({
  id: 'digitalocean-oauth-token',
  provider: 'DigitalOcean',
  title: 'OAuth access token',
  severity: 'critical',
  keywords: ['doo_v1_'],
  pattern: String.raw`\b(doo_v1_[a-f0-9]{64})\b`,
  minEntropy: 3.0,
  remediation: REVOKE,
  examples: {
    positive: [
      'DO_OAUTH_TOKEN=doo_v1_775dbb7c10271e5c8c026cd399a0cd2b2b2377f7c256dbac4152b646e302e117',
      '{ "access_token": "doo_v1_188fdaffbf5c2a540b3d71af31019ea05042098c128bf02a9ea5e8542a680a39", "token_type": "bearer" }',
      'curl -H "Authorization: Bearer doo_v1_6fa6368b6f5346dc8b909313e157c1fd09885fc883dc61e9e924f6da263b9107" https://api.digitalocean.com/v2/account',
    ],
    negative: [
      'DO_OAUTH_TOKEN=doo_v1_<token>',
      'DO_OAUTH_TOKEN=doo_v1_6e57c3e643f179e0bdfd37dd581323be39968d3e403c390465c6926b2915f7c', // too short
      'DO_OAUTH_TOKEN=doo_v2_88b744b098f483d39efc887d93268425c22fca6ad8915a9e6a05cc36997bd836', // unknown version
    ],
  },
});

export const digitaloceanRefreshToken = defineDetector({
  id: 'digitalocean-refresh-token',
  provider: 'DigitalOcean',
  title: 'OAuth refresh token',
  severity: 'high',
  keywords: ['dor_v1_'],
  pattern: String.raw`\b(dor_v1_[a-f0-9]{64})\b`,
  minEntropy: 3.0,
  remediation: REVOKE,
  examples: {
    positive: [
      'DO_REFRESH_TOKEN=dor_v1_34c3a4f960041ea5d237b79750ba4a02ab2a0a3e25d79881988eb3399e4033ed',
      '{ "refresh_token": "dor_v1_1fa715b6e511bdabca5786e7efe0af98d8e40d969ca0d7bc10ce295a86b78b67" }',
      "refresh_token: 'dor_v1_cee6b66087fa22b3c4f3d815fda34e8cb7ee639dda5d12c9eb394066e7180123'",
    ],
    negative: [
      'DO_REFRESH_TOKEN=dor_v1_xxxxxxxx',
      'DO_REFRESH_TOKEN=dor_v1_4c8f8cb79b62c9f9aa3fa40772d6452f', // too short
      'DO_REFRESH_TOKEN=dor_v1_EB46574A0947DF24C052122CAF2D60FFFFCD5FD3E66010C360875E528991AFF5', // uppercase hex is not issued
    ],
  },
});

export const digitaloceanDetectors = [digitaloceanPat, digitaloceanOauthToken, digitaloceanRefreshToken];
