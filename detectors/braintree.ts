import { defineDetector } from '../src/detector';

// Braintree (PayPal) access tokens: `access_token$production$<16 merchant-id chars>$<32 hex>`.
// https://developer.paypal.com/braintree/articles/control-panel/important-gateway-credentials
// https://github.com/gitleaks/gitleaks/blob/master/cmd/generate/config/rules/braintree.go (format reference)
export const braintreeAccessToken = defineDetector({
  id: 'braintree-access-token',
  provider: 'PayPal Braintree',
  title: 'Production access token',
  severity: 'critical',
  keywords: ['access_token$production$'],
  pattern: String.raw`\b(access_token\$production\$[0-9a-z]{16}\$[0-9a-f]{32})\b`,
  minEntropy: 3.5,
  remediation: 'Revoke the token in the Braintree Control Panel (Settings → API) or the PayPal developer dashboard, then generate a new one.',
  examples: {
    positive: [
      'BRAINTREE_ACCESS_TOKEN=access_token$production$29326ml64lg2tjf8$1ce50211670eae679f02e8d28a79023c',
      '{ "braintree": "access_token$production$gsyebannd4yz0emr$a29a0d347301ef56e64dc3cd6089065c" }',
      'gateway = braintree.BraintreeGateway(access_token="access_token$production$gcjn2qavsyeefnpa$bbe4f4c54977656cf2d133187c8df952")',
    ],
    negative: [
      'BRAINTREE_ACCESS_TOKEN=access_token$production$xxxxxxxxxxxxxxxx$xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'BRAINTREE_ACCESS_TOKEN=access_token$production$io49ernnber02pdc$59b42b4ea410fb9102f2', // too short
      'BRAINTREE_ACCESS_TOKEN=access_token$sandbox$tuiee28xcivwf4e0$0f0cc022238daceee2092f073ff80b94', // sandbox
    ],
  },
});

export const braintreeDetectors = [braintreeAccessToken];
