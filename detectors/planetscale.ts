import { defineDetector } from '../src/detector';

// PlanetScale: `pscale_tkn_` service tokens, `pscale_pw_` database passwords, `pscale_oauth_` OAuth
// tokens, each + 32-64 characters of [A-Za-z0-9_.-] (43 in current tokens).
// https://planetscale.com/docs/concepts/service-tokens  https://planetscale.com/docs/concepts/connection-strings
const PATTERN = (prefix: string): string => String.raw`\b(${prefix}[A-Za-z0-9_.-]{32,64})(?:[^A-Za-z0-9_.-]|$)`;

export const planetscaleServiceToken = defineDetector({
  id: 'planetscale-service-token',
  provider: 'PlanetScale',
  title: 'Service token',
  severity: 'critical',
  keywords: ['pscale_tkn_'],
  pattern: PATTERN('pscale_tkn_'),
  minEntropy: 3.5,
  remediation: 'Delete the service token in the organization settings (Service tokens) and create a new one.',
  examples: {
    positive: [
      'PLANETSCALE_SERVICE_TOKEN=pscale_tkn_MPOMKvPncGKrPi2CD4-042ei4t55dSNKcCmQ_cf4lId',
      '{ "token": "pscale_tkn_-UZdrfatH_YCerTj8itJKSCbY3X4Eiqs0WHDweAIkZv" }',
      'pscale auth login --service-token pscale_tkn_I_4RDXu-LfwwrFn8AZmsaAfvD6Ia3y-P2qXZ6y3Yp2S',
    ],
    negative: [
      'PLANETSCALE_SERVICE_TOKEN=pscale_tkn_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'PLANETSCALE_SERVICE_TOKEN=pscale_tkn_zgkvZXZS13Auajd9', // too short
      'PLANETSCALE_SERVICE_TOKEN=pscale_tkn_<token>',
    ],
  },
});

export const planetscalePassword = defineDetector({
  id: 'planetscale-password',
  provider: 'PlanetScale',
  title: 'Database password',
  severity: 'critical',
  keywords: ['pscale_pw_'],
  pattern: PATTERN('pscale_pw_'),
  minEntropy: 3.5,
  remediation: 'Delete the password in the database branch settings (Passwords) and create a new one.',
  examples: {
    positive: [
      'DATABASE_PASSWORD=pscale_pw_RpsBM65LpCaB760hYJfCGhmd8j7QYgw0sBULK2FSpVs',
      'DATABASE_URL="mysql://u1:pscale_pw_b6dgjvF9fD6aw1ADPLHo_offx3gFzuPBKxUXfjHw17v@aws.connect.psdb.cloud/db?sslaccept=strict"',
      "password: 'pscale_pw_j5ibbvK42JhSvAgxo4abIP2UbiFfE2HE1CqpF1LsdEv'",
    ],
    negative: [
      'DATABASE_PASSWORD=pscale_pw_KThvEjpv6c', // too short
      'DATABASE_PASSWORD=pscale_pw_************',
      'DATABASE_PASSWORD=pscale_pw_<password>',
    ],
  },
});

export const planetscaleOauthToken = defineDetector({
  id: 'planetscale-oauth-token',
  provider: 'PlanetScale',
  title: 'OAuth token',
  severity: 'high',
  keywords: ['pscale_oauth_'],
  pattern: PATTERN('pscale_oauth_'),
  minEntropy: 3.5,
  remediation: 'Revoke the OAuth application’s access in PlanetScale (Settings → OAuth applications).',
  examples: {
    positive: [
      'PSCALE_OAUTH_TOKEN=pscale_oauth_opsLDadnIjDT7LM6-bRMsMxWyIWh37A6U6VtY3or6pF',
      '{ "access_token": "pscale_oauth_dOqTHxyAN3uxfxa4s8Uv9jMwEhb_oYxN_bgKgPEueXE" }',
      'Authorization: pscale_oauth_Xf5kTF2cM5GIO0pTGrTz8bSI1kzyXtIPTSYOT3b8YjS',
    ],
    negative: [
      'PSCALE_OAUTH_TOKEN=pscale_oauth_LgdYB0gMxhKR',
      'PSCALE_OAUTH_TOKEN=pscale_oauth_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'PSCALE_OAUTH_TOKEN=pscale_oauth_${TOKEN}',
    ],
  },
});

export const planetscaleDetectors = [planetscaleServiceToken, planetscalePassword, planetscaleOauthToken];
