import { defineDetector } from '../src/detector';

export const openshiftUserToken = defineDetector({
  id: 'openshift-user-token',
  provider: 'OpenShift',
  title: 'OAuth user token',
  severity: 'critical',
  keywords: ['sha256~'],
  // OpenShift 4 OAuth access tokens: `sha256~` + 43 characters of [A-Za-z0-9_-].
  // https://docs.openshift.com/container-platform/4.14/authentication/managing-oauth-access-tokens.html
  pattern: String.raw`(?:^|[^A-Za-z0-9_])(sha256~[A-Za-z0-9_-]{43})(?:[^A-Za-z0-9_-]|$)`,
  minEntropy: 3.5,
  remediation: 'Delete the token with `oc delete oauthaccesstoken <name>` (list with `oc get useroauthaccesstokens`), or log out the session.',
  examples: {
    positive: [
      'OPENSHIFT_TOKEN=sha256~v6St-6GSLU9NBHrULgXdt2Lk-GSyq80jBTxZCq7L9Nn',
      'oc login --token=sha256~j7VUKyHe4N1eRMJGJIAoKh9JD5HPo2ocTsALlkYv0yb --server=https://api.c1.example.org:6443',
      'curl -H "Authorization: Bearer sha256~avw3Duw5A2nRCsBL8w4XSP3CPyfPqKJORNNxuc6OMKe" https://api.c1.example.org:6443/apis',
    ],
    negative: [
      'oc login --token=sha256~_xxxxxx_xxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxx-X',
      '--set token="sha256~XXXXXXXXXX_PUT_YOUR_TOKEN_HERE_XXXXXXXXXXXX"',
      'OPENSHIFT_TOKEN=sha256~-3FYrRBBYMqY-uprmPlNc40dXkJnKt', // too short
    ],
  },
});

export const openshiftDetectors = [openshiftUserToken];
