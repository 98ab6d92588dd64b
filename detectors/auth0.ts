import { defineDetector } from '../src/detector';

// Auth0 application client secrets: 64 base64url characters, only recognisable next to the name
// auth0 and the word secret. https://auth0.com/docs/get-started/applications/application-settings
export const auth0ClientSecret = defineDetector({
  id: 'auth0-client-secret',
  provider: 'Auth0',
  title: 'Application client secret',
  severity: 'high',
  keywords: ['auth0'],
  pattern: String.raw`(?i:auth0)[\w.-]{0,20}?(?i:client)[\w.-]{0,3}(?i:secret)[\w.-]{0,10}["']?\s*[:=]\s*["']?([A-Za-z0-9_-]{64})(?:[^A-Za-z0-9_-]|$)`,
  minEntropy: 4.0,
  remediation: 'Rotate the client secret in the Auth0 Dashboard (Applications → your app → Settings → Rotate), then update its users.',
  examples: {
    positive: [
      "export AUTH0_CLIENT_SECRET='575YX8XM5mSLFy5UBIHEYeD7p4Zdl-AK6j0KgodkDINzNlxICAbaG8wy1JZirLnq'",
      '{ "auth0ClientSecret": "B0PRfMBH7_WY5YQ1xOy1bAimCaXyMFSb4hBqlxJJLafBvv6Q9RxXTndfYUZx9K1G" }',
      'REACT_APP_AUTH0_CLIENT_SECRET=NNEgeyg1_lWIQd9JjbaCIi05fHFWkvQLuR5qREC8tnECJ9InoRJJ5vFQrtK8J1D-',
    ],
    negative: ['AUTH0_CLIENT_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'AUTH0_CLIENT_SECRET=BwwBJKLOg1qx647KDnL9CdO-_gBvmSZV', 'CLIENT_SECRET=r4-epzgZ3ZbxcoaRR-sFIjVO58jb0w-o5pJEjFjtnCRz6YDieSGO5NvJZZ8gWB8E', 'AUTH0_CLIENT_ID=WcisUycL0xQ56ZAwr7paMPbfxLnphCsKE4r1j_DbI2EWqR8T4-Lc4lVgnwamSi-Z'],
  },
});

export const auth0Detectors = [auth0ClientSecret];
