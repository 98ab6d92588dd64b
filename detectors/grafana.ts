import { defineDetector } from '../src/detector';

// Grafana Cloud access-policy tokens: `glc_` + base64 JSON; service-account tokens: `glsa_` + 32 base62 + `_` + 8 hex
// (a CRC32). https://grafana.com/docs/grafana/latest/administration/service-accounts/
// https://grafana.com/docs/grafana-cloud/account-management/authentication-and-permissions/access-policies/
// Legacy API keys are bare base64 JSON {"k":"<32 chars>","n":"<name>","id":N}, so they start with eyJrIjoi.

export const grafanaCloudToken = defineDetector({
  id: 'grafana-cloud-token',
  provider: 'Grafana',
  title: 'Grafana Cloud access-policy token',
  severity: 'high',
  keywords: ['glc_'],
  pattern: String.raw`\b(glc_[A-Za-z0-9+/]{32,400}={0,2})(?:[^A-Za-z0-9+/=_-]|$)`,
  minEntropy: 4.0,
  remediation: 'Delete the token at grafana.com → your org → Access Policies, then create a new one.',
  examples: {
    positive: [
      'GRAFANA_CLOUD_TOKEN=glc_eyJvIjoiMTM5MjkiLCJuIjoic3RhY2stMjcxNDUzLWhsLXdyaXRlLXVwdWZncCIsImsiOiIwSTNUYnRvdTdOSnBacUFxU0JZY3VVaG0iLCJtIjp7InIiOiJ1cyJ9fQ==',
      'loki_key: glc_eyJvIjoiMjQyNzQzIiwibiI6InN0YWNrLTM1MzA3OC1obC13cml0ZS1jZWJ2Y2oiLCJrIjoiQ3lTVHlpc3pLSEZ1cEU3VEJ4dTZYdExuIiwibSI6eyJyIjoidXMifX0=',
      'curl -u "123456:glc_eyJvIjoiNDE0MTM5IiwibiI6InN0YWNrLTY2NzYxMC1obC13cml0ZS1xeG5kZHEiLCJrIjoiZFRmOWNZR2I3T1lNVWVwdDFZWmh3alIxIiwibSI6eyJyIjoidXMifX0=" https://prometheus-prod-01.grafana.net/api/prom/push',
    ],
    negative: [
      'glc_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      '   API_KEY="glc_111111111111111111111111111111111111111111="',
      'static void GLC_CreateLightmapTextureArray(void);',
    ],
  },
});

export const grafanaServiceAccountToken = defineDetector({
  id: 'grafana-service-account-token',
  provider: 'Grafana',
  title: 'Service account token',
  severity: 'high',
  keywords: ['glsa_'],
  pattern: String.raw`\b(glsa_[A-Za-z0-9]{32}_[a-f0-9]{8})\b`,
  minEntropy: 4.0,
  remediation: 'Delete the token in Grafana (Administration → Service accounts → the account → Tokens), then add a new one.',
  examples: {
    positive: [
      'GRAFANA_TOKEN=glsa_GbEksNl1u3RrfSLkbBSdlUTjRopgFGzh_fa7b3a99',
      "'Authorization': 'Bearer glsa_XPa65gRmm5Pb8dQ802nzNIjpIzzjAFQ3_5b86ce53'",
      'grafana:\n  token: glsa_TqzGLepphraC5M99ZZrbMXqsjvpSZqkZ_c6c4ae12',
    ],
    negative: [
      'glsa_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX_AAAAAAAA',
      'GRAFANA_TOKEN=glsa_2STFRNZ6A8bOYdAc3oYyAG98OZQPBlGd_d27e96',
      'GRAFANA_TOKEN=glsa_your_service_account_token',
    ],
  },
});

export const grafanaApiKey = defineDetector({
  id: 'grafana-api-key',
  provider: 'Grafana',
  title: 'API key (legacy)',
  severity: 'high',
  keywords: ['eyjrijoi'],
  // Base64 of {"k":"<32 chars>","n":"… puts LCJuIjoi (,"n":") at a fixed place: other eyJrIjoi blobs (Power BI embed ids) lack it.
  pattern: String.raw`\b(eyJrIjoi[A-Za-z0-9+/]{60,200}={0,2})(?:[^A-Za-z0-9+/=]|$)`,
  minEntropy: 4.0,
  validate: (secret) => secret.slice(52, 60) === 'LCJuIjoi',
  remediation: 'Delete the key in Grafana (Administration → API keys, or migrate it to a service account), then create a new one.',
  examples: {
    positive: [
      'GRAFANA_API_KEY=eyJrIjoiQ1ZRdHY3OHBRcVI3YnhoY2NkZHdrVTZIc25MekhQdnIiLCJuIjoidndlZ2VncCIsImlkIjo2fQ',
      'admin_client = GrafanaClient("eyJrIjoiTThWdWNleUNvMUwwRExjRUVjQkI0ZXZhZzlGYU8ySXgiLCJuIjoiYnNuaGtqdSIsImlkIjo4fQ", host="grafana.local")',
      'curl -H "Authorization: Bearer eyJrIjoiYVpEcDRnQVVDbXliTU9WQUJHMUQyYjIxZnNmOVgxR2wiLCJuIjoibXNrYW11aSIsImlkIjo3fQ" http://localhost:3000/api/dashboards/home',
    ],
    negative: [
      'View [here](https://app.powerbi.com/view?r=eyJrIjoiODMxMTY3NjItODgyOC00ZjU4LWEwOWUtN2I3ZDM3MDNhM2VmIiwidCI6IjA3NmIxYWNkLWM3OWQtNDJlZC1hZjg1LWRkNjE2ZTczMmJkMCIsImMiOjV9)',
      'GRAFANA_API_KEY=eyJrIjoi',
      'GRAFANA_API_KEY=eyJrIjoidFM4cUFKVXQ0c0R3eVBCNnBLelFQdVkx',
    ],
  },
});

export const grafanaDetectors = [grafanaCloudToken, grafanaServiceAccountToken, grafanaApiKey];
