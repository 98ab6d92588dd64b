import { defineDetector } from '../src/detector';
import { NESTED_YAML_KEY_RESCAN } from './rescan-shapes';

// Datadog API keys are 32 hex, application keys 40 hex, both without a prefix: the name (datadog, DD_API_KEY,
// DD-APPLICATION-KEY…) must be next to the value. https://docs.datadoghq.com/account_management/api-app-keys/

export const datadogApiKey = defineDetector({
  id: 'datadog-api-key',
  provider: 'Datadog',
  title: 'API key',
  severity: 'high',
  keywords: ['datadog', 'dd_api_key', 'dd-api-key'],
  pattern: String.raw`\b(?i:datadog[\w.\-\[\]"'(){]{0,30}?(?:["']?\s*:\s*\{?\s*["']?[\w.\-]{1,30}["']?)?|dd[_-]api[_-]key["'\]]{0,2})\s*(?:=>|:=|[:=,])\s*["']?([a-f0-9]{32})(?:[^A-Za-z0-9_-]|$)`,
  minEntropy: 3.2,
  rescanWhen: NESTED_YAML_KEY_RESCAN,
  remediation: 'Revoke the key at app.datadoghq.com/organization-settings/api-keys, then create a new one.',
  examples: {
    positive: [
      'DD_API_KEY=bd3d48c3bb9e28c9e3ef5404bf7bac80',
      'curl -H "DD-API-KEY: 6081598a878e2f264d9b1ecb19dd8b7c" https://api.datadoghq.com/api/v1/validate',
      'datadog:\n  apiKey: 46b26a22eccdf03eeddf52ecf4076c19',
    ],
    negative: [
      'DD_API_KEY=00000000000000000000000000000000',
      'DD_API_KEY=<DATADOG_API_KEY>',
      'API_KEY=87e966ece6615d3142f505f7965463e3',
      'DD_API_KEY=621d78ed41415e97a498a647c1ac49',
    ],
  },
});

export const datadogAppKey = defineDetector({
  id: 'datadog-app-key',
  provider: 'Datadog',
  title: 'Application key',
  severity: 'high',
  keywords: ['datadog', 'dd_app_key', 'dd-app-key', 'dd-application-key', 'dd_application_key'],
  pattern: String.raw`\b(?i:datadog[\w.\-]{0,20}?app(?:lication)?[\w.\-\[\]"']{0,20}?|dd[_-]app(?:lication)?[_-]key["'\]]{0,2})\s*(?:=>|:=|[:=,])\s*["']?([a-f0-9]{40})(?:[^A-Za-z0-9_-]|$)`,
  minEntropy: 3.2,
  remediation: 'Revoke the key at app.datadoghq.com/organization-settings/application-keys, then create a new one.',
  examples: {
    positive: [
      'DD_APP_KEY=6e45dac31b3629fb0f26f89264f879130b64915a',
      'curl -H "DD-APPLICATION-KEY: bef7ab5392e335ce1113d4db2b5b52a0f9483373" https://api.datadoghq.com/api/v1/monitor',
      '{"datadog_application_key": "4f83ae7518b69c64773031f6725480dc39326771"}',
    ],
    negative: [
      'DD_APP_KEY=0000000000000000000000000000000000000000',
      'DATADOG_COMMIT_SHA=2b5ff4891e5dc9328776e7f1ccacc27ad909f03f',
      'APP_KEY=dd9e4a62bce19a285ed7361c5c8a4b57bc9fa65c',
      'DD_APP_KEY=00537e8b3c48d2ae89b9c1ffb013ce94e1af40',
    ],
  },
});

export const datadogDetectors = [datadogApiKey, datadogAppKey];
