import { defineDetector } from '../src/detector';
import { LITERAL_BEARER_RESCAN } from './rescan-shapes';

// Blynk IoT cloud credentials (https://docs.blynk.io/en/blynk.cloud/https-api-overview and
// https://docs.blynk.io/en/blynk.cloud-rest-api/platform-api): device auth tokens are 32 base64url
// characters passed as `token=` to <region>.blynk.cloud/external/api; platform API bearer tokens
// are 40; OAuth clients are `oa2-client-id_` + 32 with a 40-character secret.
const HOST = String.raw`(?:[a-z0-9]+\.)?blynk\.cloud`;
const REVOKE = 'Regenerate the credential in the Blynk.Console (device → Device info → Auth token, or Organization → Developers / OAuth2 clients).';

export const blynkDeviceToken = defineDetector({
  id: 'blynk-device-token',
  provider: 'Blynk',
  title: 'Device auth token',
  severity: 'medium',
  keywords: ['blynk.cloud'],
  pattern: String.raw`${HOST}/external/api/[A-Za-z0-9/_-]{0,40}\?(?:[^\s"'&]*&)*token=([A-Za-z0-9_-]{32})(?:[^A-Za-z0-9_-]|$)`,
  minEntropy: 3.5,
  remediation: REVOKE,
  examples: {
    positive: [
      'curl "https://blynk.cloud/external/api/get?token=575YX8XM5mSLFy5UBIHEYeD7p4Zdl-AK&V1"',
      'fetch("https://fra1.blynk.cloud/external/api/update?token=6j0KgodkDINzNlxICAbaG8wy1JZirLnq&v1=on")',
      'url = "https://ny3.blynk.cloud/external/api/batch/update?pin=v1&token=B0PRfMBH7_WY5YQ1xOy1bAimCaXyMFSb"',
    ],
    negative: ['curl "https://blynk.cloud/external/api/get?token=4hBqlxJJLafB&V1"', 'curl "https://example.cloud/external/api/get?token=vv6Q9RxXTndfYUZx9K1GNNEgeyg1_lWI&V1"', 'curl "https://blynk.cloud/external/api/get?token=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx&V1"'],
  },
});

export const blynkApiToken = defineDetector({
  id: 'blynk-api-token',
  provider: 'Blynk',
  title: 'Platform API bearer token',
  severity: 'high',
  keywords: ['blynk.cloud'],
  pattern: String.raw`${HOST}/api/[^\n]{0,100}?(?:\n[^\n]{0,40}?)?Bearer\s+([A-Za-z0-9_-]{40})(?:[^A-Za-z0-9_-]|$)`,
  minEntropy: 3.5,
  rescanWhen: LITERAL_BEARER_RESCAN,
  remediation: REVOKE,
  examples: {
    positive: [
      'curl https://fra1.blynk.cloud/api/organization/profile -H "Authorization: Bearer Qd9JjbaCIi05fHFWkvQLuR5qREC8tnECJ9InoRJJ"',
      'curl https://fra1.blynk.cloud/api/organization/profile \\\n-H "Authorization: Bearer 5vFQrtK8J1D-BwwBJKLOg1qx647KDnL9CdO-_gBv"\n',
      'const api = "https://blynk.cloud/api/devices"; headers.Authorization = `Bearer mSZVr4-epzgZ3ZbxcoaRR-sFIjVO58jb0w-o5pJE`;',
    ],
    negative: ['curl https://fra1.blynk.cloud/api/organization -H "Authorization: Bearer jFjtnCRz6YDieSGO5NvJ"', 'curl https://example.com/api/organization -H "Authorization: Bearer ZZ8gWB8EWcisUycL0xQ56ZAwr7paMPbfxLnphCsK"', 'curl https://fra1.blynk.cloud/api/x -H "Authorization: Bearer xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"'],
  },
});

export const blynkApiTokenBeforeHost = defineDetector({
  id: 'blynk-api-token-before-host',
  provider: 'Blynk',
  title: 'Platform API bearer token (given before the API host)',
  severity: 'high',
  keywords: ['blynk.cloud'],
  pattern: String.raw`Bearer\s+([A-Za-z0-9_-]{40})["']?[^\n]{0,40}?(?:\n[^\n]{0,20}?)?https://${HOST}/api/`,
  minEntropy: 3.5,
  rescanWhen: LITERAL_BEARER_RESCAN,
  remediation: REVOKE,
  examples: {
    positive: [
      'curl -H "Authorization: Bearer E4r1j_DbI2EWqR8T4-Lc4lVgnwamSi-Z0OAwDFzP" https://fra1.blynk.cloud/api/organization/profile',
      'curl -H "Authorization: Bearer _LVI60zif8-Qr38oNY1DhQCEYTdBkptf-N-PgZ3C" \\\nhttps://fra1.blynk.cloud/api/organization/profile\n',
      "http.get({ headers: { Authorization: 'Bearer w0UabbRdsXooYbYMReQLhxM31QZzCMZtuOrYJ9ND' }, url: 'https://blynk.cloud/api/devices' })",
    ],
    negative: ['curl -H "Authorization: Bearer E9SYXOaWUkMHR7JMpy72" https://fra1.blynk.cloud/api/organization', 'curl -H "Authorization: Bearer t3avBFZX06uvzYVMBpKzYrhjOUzRqv3XzaXJrm8M" https://example.com/api/organization', 'curl -H "Authorization: Bearer BtGdimrbzXJx-bPyCONeg4zGZwBMhgjr1M4JFxUx" https://fra1.blynk.cloud/external/api/get'],
  },
});

export const blynkOauthClientSecret = defineDetector({
  id: 'blynk-oauth-client-secret',
  provider: 'Blynk',
  title: 'OAuth2 client secret',
  severity: 'high',
  keywords: ['oa2-client-id_'],
  pattern: String.raw`\boa2-client-id_[A-Za-z0-9_-]{32}(?::|&client_secret=|["']?\s*[,;]?\s*["']?client_secret["']?\s*[:=]\s*["']?)([A-Za-z0-9_-]{40})(?:[^A-Za-z0-9_-]|$)`,
  minEntropy: 3.5,
  remediation: REVOKE,
  examples: {
    positive: [
      'curl -X POST -u oa2-client-id_8V-H2-1kznuk9iklDBfFU0xGoyGoJc29:gfFM7SfOG16PaGtTPu4R16h1uRlQe9OntjiYjeYf https://fra1.blynk.cloud/oauth2/token?grant_type=client_credentials',
      'https://fra1.blynk.cloud/oauth2/token?grant_type=client_credentials&client_id=oa2-client-id_ZFHBih2DENcjJLUev99tarr-RJP5b42h&client_secret=xTvTplX2vM7pKK3_7mBJnbKm-pkSctpuPp4j4n6o',
      '{ "client_id": "oa2-client-id_czfKuuDuyxYvxTWWL6kCcHUlC2InKqKj", "client_secret": "NoKDSM2fc_r6ysrqR-_JF0sAwL7DuBO11SfUwVpa" }',
    ],
    negative: ['curl -u oa2-client-id_x2ljH8nOmTWH6C9EoNZXtbe8c4XjzWn9:h_zrL9czGbRx https://fra1.blynk.cloud/oauth2/token', 'curl -u client-id_jHeB8v5f1U1UpShQiGTWAaTQKtiM97Km:CY1YL4aE0-UnonzJn7IuJRNy7P4Bw8elO6BaTlwm https://fra1.blynk.cloud/oauth2/token', 'curl -u oa2-client-id_ryLgYZwOqnj8q5wLNSMQWXYzE7LMdEUP:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx https://fra1.blynk.cloud/oauth2/token'],
  },
});

export const blynkDetectors = [blynkDeviceToken, blynkApiToken, blynkApiTokenBeforeHost, blynkOauthClientSecret];
