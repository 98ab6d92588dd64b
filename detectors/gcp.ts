import { defineDetector } from '../src/detector';

// Google Cloud / Google OAuth credentials. The browser API key (`AIza…`) lives in google.ts.

export const gcpServiceAccountKey = defineDetector({
  id: 'gcp-service-account-key',
  provider: 'Google Cloud',
  title: 'Service account key file',
  severity: 'critical',
  keywords: ['service_account'],
  // A key file is JSON with `"type": "service_account"` followed (a few fields later) by the PEM
  // `"private_key"` with `\n` escapes. https://cloud.google.com/iam/docs/keys-create-delete
  // The secret is the key block up to its END line (not required: hand-edited files mangle it);
  // the bounded gap without braces keeps the match inside one JSON object.
  pattern: String.raw`"type"\s*:\s*"service_account"[^{}]{0,600}?"private_key"\s*:\s*"(-----BEGIN PRIVATE KEY-----[A-Za-z0-9+/=\\\s]{64,})`,
  minEntropy: 4.0,
  // A new key pasted into a committed file changes the `"private_key"` line alone, not the `type` line.
  rescanWhen: { addedLine: String.raw`[ \t]*"private_key"[ \t]*:.*` },
  remediation: 'Delete the key in the console (IAM → Service accounts → Keys) or with `gcloud iam service-accounts keys delete`, then create a new one or move to workload identity.',
  description: 'A private-key finding may be reported for the same block.',
  examples: {
    positive: [
      { path: 'credentials.json', text: '{\n  "type": "service_account",\n  "project_id": "acme-prod-3141",\n  "private_key_id": "2da9ed5f181adb876b2d0b644a55692c7481bb11",\n  "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIExvuw2ijkLU8QOX1rhrzAqgyRXq5DrC04J71LTiC2zztGtGZb/u2M+doPpZhC\\n1tvlPhMw2/xpxLIKQ3THXmAVdICi6VKUV1ZJJj77TrvAqtNHZM5OZ+V0cJbTzWmO\\n2ImYNA00R87JWS/EE+tY/SuueiPtNolnPIGu4s+7qMn1GdVqiy8Yq6pyvi2VLOBt\\nswWqLIpxJN2sCDuEowGruZpy2epV2ZXdoQJq/eI56eOUE2nsNN6iawjToSPrILBx\\nkFuwH0fY3GhaRbn2gnGLsRDJ5S0kSNTbWMRN0To4ca548Xqk\\n-----END PRIVATE KEY-----\\n",\n  "client_email": "ci@acme-prod-3141.iam.gserviceaccount.com"\n}' },
      { path: 'sa.json', text: '{\n  "type": "service_account",\n  "project_id": "build-runner-27",\n  "private_key_id": "748e881b8aaa8662095bbcbf37e9c7e6f0ae53ca",\n  "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIE00UwNXCKZN5qaBvP5f17mAGTMIBeA1ch81ukPCsgbnlQ4ac2NEs06JvACsoL\\n+LUsxIpwteOKoL81BHzJt9DimkFQWRr8ZrDf8kIf2xKSNo1XCY6J7bt/2k8O0sFx\\nZTtxyPPV0BVAiUmA9xgbI7zFUiGFc9GbMAv/Mi7Qva6K1Hv87zpSUgfWO5OBaied\\nWZAokST7baVdWFSA9VAR0XCItG5R4M25bmmeh2tWAMkXjpnoT59ZRdh9ENztrrxX\\n7OTjdeTmIbHThLXxWdPifqf3RCzmHLvnsnEi8Nc7zyNtt4+B\\n-----END PRIVATE KEY-----\\n",\n  "client_email": "ci@build-runner-27.iam.gserviceaccount.com"\n}' },
      'const creds = {\n  "type": "service_account",\n  "project_id": "data-pipeline-7",\n  "private_key_id": "87737ecf384af9e2b03294787cc07858e39dc22a",\n  "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIExaNphR3f7bkSwDIyi22vPFeIsToOiCmblHoJGsOpeWAtChxg3N3mfa65/4IP\\nUoYtoBdgE38beiNlMM5BglgcLoaFaG22A0rCySa5nUO1z2cljmGJ0LQtyTHdgJFh\\nt2CrHb0VFFy6Mpcu0xyxl/7Fey6Tvu3PRWQjz8kmy1jEEQEUZkg1M63g2Vc70KMY\\nFE/CRqB/yO3dPxeQZG0zcurEmbPywmp0033CeyyFCQqd709HljnKUOsV7yI8fhfL\\nxvBWzXK0Tg2TTZVg5ibwx+erY3zR6L2V9M2V1rBkA4Rs7QKE\\n-----END PRIVATE KEY-----\\n",\n  "client_email": "ci@data-pipeline-7.iam.gserviceaccount.com"\n};',
    ],
    negative: [
      '{\n  "private_key_id": "DUMMY",\n  "private_key": "DUMMY"\n}',
      '{\n  "type": "service_account",\n  "project_id": "p",\n  "private_key": "${GCP_PRIVATE_KEY}"\n}',
      '{\n  "type": "authorized_user",\n  "client_id": "x"\n}',
    ],
  },
});

export const gcpOauthClientSecret = defineDetector({
  id: 'gcp-oauth-client-secret',
  provider: 'Google Cloud',
  title: 'OAuth client secret',
  severity: 'high',
  keywords: ['gocspx-'],
  // `GOCSPX-` + 28 characters of [A-Za-z0-9_-] (format since 2021).
  // https://cloud.google.com/iam/docs/credentials-overview  (client secret prefix announced in
  // https://developers.googleblog.com/2021/06/upcoming-security-changes-to-googles-oauth-2.0-authorization-endpoint.html)
  pattern: String.raw`\b(GOCSPX-[A-Za-z0-9_-]{28})(?:[^A-Za-z0-9_-]|$)`,
  minEntropy: 3.5,
  remediation: 'Reset the secret of the OAuth client at console.cloud.google.com/apis/credentials (or delete the client), then update your app.',
  examples: {
    positive: [
      'GOOGLE_CLIENT_SECRET=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',
      '{ "web": { "client_id": "1.apps.googleusercontent.com", "client_secret": "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" } }',
      "const clientSecret = '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';",
      'google:\n  client_secret: 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',
    ],
    negative: [
      'GOOGLE_CLIENT_SECRET=GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'GOOGLE_CLIENT_SECRET=GOCSPX-rDEysj0niAFOxoPC4HFu', // too short
      'GOOGLE_CLIENT_SECRET=GOCSPX-<your-client-secret>',
    ],
  },
});

export const googleOauthAccessToken = defineDetector({
  id: 'google-oauth-access-token',
  provider: 'Google',
  title: 'OAuth access token',
  // Short-lived (an hour), but acts with the user's or service account's full granted scopes.
  severity: 'high',
  keywords: ['ya29.'],
  // Google access tokens start with `ya29.`. https://developers.google.com/identity/protocols/oauth2
  pattern: String.raw`\b(ya29\.[0-9A-Za-z_-]{30,1000})(?:[^0-9A-Za-z_.-]|$)`,
  minEntropy: 4.0,
  remediation: 'Revoke it at https://oauth2.googleapis.com/revoke?token=… (or remove the app at myaccount.google.com/permissions) and find where it was captured.',
  examples: {
    positive: [
      'GOOGLE_ACCESS_TOKEN=ya29.a0WsWCIeeF3ga-5lH3dnKSLJoHX7_pEJLKDFl8xJnL1sAiab4ZnplBlBZ7htxS9xWbJYVNNqUDXiYdLjW9Db1a0OvOSdzmJSNzRB8hDPXkjQJPoQI67RdkjuxCX5BMMSGzy76N4Ms8jvK0t8bdheUfX_',
      'curl -H "Authorization: Bearer ya29.a01doP-NmVGL06In9LOthwSSdmr-cnQTn5CjUppfUu3hkM80OI_rpORkb-Mn9V2chkJb0Ruf1V6bVriOBHDEwEryYB1nHMhsIqaTHH2Wd6pT2akmU0zu72c5L8sPkj794aPeywTQlYOFVCa5yqDbGyYW" https://www.googleapis.com/drive/v3/files',
      '{ "access_token": "ya29.a0asjHKRb5DDeCOQfdwonuwZ1Lma5cbKZDcIHl--WuPsosCd4lD8F2v9QiJGJ15qta1Ccb7lc76WeX1jXPFl3O8wqUu1mcRNUl9kkCspB4Qbsoe02IGX4arZwJSD5aHmxf14Qzjrdxtr9YjYN5eCDDB5", "expires_in": 3599 }',
    ],
    negative: [
      'GOOGLE_ACCESS_TOKEN=ya29.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'GOOGLE_ACCESS_TOKEN=ya29.ixgiGs0wLUae', // too short
      'GOOGLE_ACCESS_TOKEN=ya29.<access-token>',
    ],
  },
});

export const googleOauthRefreshToken = defineDetector({
  id: 'google-oauth-refresh-token',
  provider: 'Google',
  title: 'OAuth refresh token',
  severity: 'high',
  keywords: ['1//0'],
  // Google refresh tokens start with `1//0` followed by about 100 characters of [A-Za-z0-9_-].
  // https://developers.google.com/identity/protocols/oauth2#expiration
  pattern: String.raw`(?:^|[^0-9A-Za-z/:])(1//0[0-9A-Za-z_-]{60,300})(?:[^0-9A-Za-z_-]|$)`,
  minEntropy: 4.0,
  remediation: 'Revoke it at https://oauth2.googleapis.com/revoke?token=… or remove the app at myaccount.google.com/permissions.',
  examples: {
    positive: [
      'GOOGLE_REFRESH_TOKEN=1//07y-kPSpB_R5kJ-x4sCad6_0Xq_hbWNRHz2mHrxGiuQE-uQHLd-KXPzvJssGMmPpx4Azcg8EUiAlTtg4DSoxkcfnfsbRS5eDK-ef',
      '{ "refresh_token": "1//03TJHfs5hn3SfrPZwAUdAAQGkdtYZ4p4ClSRZOHWPiDL8HQIlKkuacYu2M1lefsEYa2RzdzOPIVu-q-diQfdU-D0otAzgjjrO3m2", "token_type": "Bearer" }',
      "refresh_token = '1//0K-plLBv4HKYa5NqfbLGTRCvpuoTCx8ffeS3gY7HvKBFmekJ_iVNjK4TvD21d68c3YElCKUTMjwtcyjEBZKVKzxA-0Xoq3KBToiZ'",
    ],
    negative: [
      'GOOGLE_REFRESH_TOKEN=1//0xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'GOOGLE_REFRESH_TOKEN=1//0GGbem1d7m3pionsC9zVX', // too short
      'see https://1//0W7x0r5MX2ldVbj6iyj0DBLgqU3TWOty9tKV9wSbtReFZ5G2yMMy4IYYu1EaWYwyUG8veFO', // inside a URL-like string
    ],
  },
});

export const googleOauthClientSecretLegacy = defineDetector({
  id: 'google-oauth-client-secret-legacy',
  provider: 'Google',
  title: 'OAuth client secret (pre-2021 format)',
  severity: 'high',
  keywords: ['google'],
  // Before `GOCSPX-`, client secrets were 24 characters of [A-Za-z0-9_-] with no prefix: trusted only
  // under a google…client_secret name, or a client_secret shortly after a `….apps.googleusercontent.com`
  // client ID. https://developers.google.com/identity/protocols/oauth2/web-server#creatingcred
  pattern: String.raw`(?i)(?:google[\w.-]{0,20}client[_.-]?secret|googleusercontent\.com[^\n]{0,40}\n?[^\n]{0,40}client[_.-]?secret)["'\x60]?[ \t]*(?::=|=>|=|:)[ \t]*["'\x60]?([A-Za-z0-9_-]{24})(?:[^A-Za-z0-9_-]|$)`,
  minEntropy: 3.5,
  remediation: 'Reset the secret of the OAuth client at console.cloud.google.com/apis/credentials, then update your app.',
  examples: {
    positive: [
      'GOOGLE_CLIENT_SECRET=dJTiFCB6cCoiDwJ9M9nwvstd',
      "$google_client_secret = 'iH4vhq-XM3st1mzxFkGs18Ai';",
      "CLIENT_ID = '3041.apps.googleusercontent.com'\nCLIENT_SECRET = 'MgiZKNpcNKYm7Igvrsi2Rdaq'",
    ],
    negative: [
      'CLIENT_SECRET=5oPjov8tEQzq6Q767kVt5uIx', // no Google context
      'GOOGLE_CLIENT_SECRET=xxxxxxxxxxxxxxxxxxxxxxxx',
      'GOOGLE_CLIENT_SECRET=5oPjov8tEQzq6Q767kVt5uIxabc', // too long
    ],
  },
});

export const gcpHmacAccessId = defineDetector({
  id: 'gcp-hmac-access-id',
  provider: 'Google Cloud',
  title: 'Cloud Storage HMAC key access ID',
  // The ID alone does not authenticate, but its 40-character secret is rarely far away.
  severity: 'high',
  keywords: ['goog1'],
  // `GOOG1` + 56 uppercase alphanumerics (service-account HMAC keys; the S3-interoperable access ID).
  // https://cloud.google.com/storage/docs/authentication/hmackeys
  pattern: String.raw`\b(GOOG1[A-Z0-9]{56})\b`,
  minEntropy: 3.5,
  remediation: 'Deactivate and delete the HMAC key (Cloud Storage → Settings → Interoperability, or `gcloud storage hmac update --deactivate`), then create a new one.',
  examples: {
    positive: [
      'GCS_ACCESS_KEY_ID=GOOG1KNJSUTTVIVVHYZ1UI0JWPR4SG0ZH95JL0V9Y1R1226YVZLPO3IC0CV25',
      '[default]\naws_access_key_id = GOOG1GO9TJ4CA6L04VS6GR3WZ8G8RNV61LC9102B5A6FP1OPDCOGJJEC8MK6E',
      '{ "accessId": "GOOG12D1NYIJ1CJ2XWDIANVSJUDR5NKZY0QU780L4BBMG9S7MQ1US55DC4XVE" }',
    ],
    negative: [
      'GCS_ACCESS_KEY_ID=GOOG1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      'GCS_ACCESS_KEY_ID=GOOG1OYDM2N8G9GTG2PMRGNJW46N13JQK1NXPLAS', // too short
      'GCS_ACCESS_KEY_ID=XGOOG1OYDM2N8G9GTG2PMRGNJW46N13JQK1NXPLASO7WX89O742BSED7BJW43Z', // glued to a word
    ],
  },
});

export const gcpDetectors = [
  gcpServiceAccountKey,
  gcpOauthClientSecret,
  googleOauthAccessToken,
  googleOauthRefreshToken,
  googleOauthClientSecretLegacy,
  gcpHmacAccessId,
];
