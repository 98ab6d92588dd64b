import { defineDetector } from '../src/detector';

// `sk-ant-api03-` (API) or `sk-ant-admin01-` (Admin API) + 93 base64url characters + `AA`.
// https://docs.anthropic.com/en/api/admin-api (admin prefix); layout as matched by gitleaks `anthropic.go`.
const BODY = '[A-Za-z0-9_-]{93}AA';
const END = '(?:[^A-Za-z0-9_-]|$)';

export const anthropicApiKey = defineDetector({
  id: 'anthropic-api-key',
  provider: 'Anthropic',
  title: 'API key',
  severity: 'critical',
  keywords: ['sk-ant-api03-'],
  pattern: String.raw`\b(sk-ant-api03-${BODY})${END}`,
  minEntropy: 4.0,
  remediation: 'Delete the key at console.anthropic.com/settings/keys, then create a new one.',
  examples: {
    positive: [
      'ANTHROPIC_API_KEY=sk-ant-api03-vWz4NWXyLqgaYKEoKt1or4NJypHmeYx0Hhjc7CWYtfXdQprR1ePTLJIYqIKt79PN5-Ym4AcmQJFmBKnUvaBEg6Dacss-8AA',
      '{ "anthropicApiKey": "sk-ant-api03-ySjyjzfYboboKZgPmIIsKRBJYalpAVwXQRpyQh3JaymtKXJuBNpcZNQVgQw5jNa5M9D1v38aKWY1SLb3QqllTcTYHJkIzAA" }',
      'client = anthropic.Anthropic(api_key="sk-ant-api03-TjXKwus6y3fWGbwGIjAslKpsQO2lTdziQ12UqsHkdINKY-7NnZyaqeaIRmhZQh2bb7UypgGd8jucdyOnn-OsvhsN9jshjAA")',
      'curl https://api.anthropic.com/v1/messages -H "x-api-key: sk-ant-api03-y-XZTzpSWn6hWx7X_Rt7XZmuUB2T6WcDGR_cXLixKdrOxGreqQ4jt5h1i3sGaNsD7iXm82BAeMZUAQiOKJhY160V83AwdAA"',
    ],
    negative: [
      'ANTHROPIC_API_KEY=sk-ant-api03-' + 'x'.repeat(93) + 'AA',
      'ANTHROPIC_API_KEY=sk-ant-api03-RksY2ImpxPwKKaDHxpIkvZcs8Qh9TjsNrOyn9zsbUOqHquYPjdp9MX4gAne6zEz5FaSEoZxQnp6wF3fiPKShurq8ihFXZBB', // wrong suffix
      'ANTHROPIC_API_KEY=sk-ant-api03-UzkSAYEm8T3zmZwDwVHW5Rub4zvQlJHD3WuyBw6dw4HUWAec0TmzoxCN79OWt5Rm7vkXucfifYoZQQk9AA', // too short
      'ANTHROPIC_API_KEY=sk-ant-api03-your-key-here',
    ],
  },
});

export const anthropicAdminKey = defineDetector({
  id: 'anthropic-admin-key',
  provider: 'Anthropic',
  title: 'Admin API key',
  severity: 'critical',
  keywords: ['sk-ant-admin01-'],
  pattern: String.raw`\b(sk-ant-admin01-${BODY})${END}`,
  minEntropy: 4.0,
  remediation: 'Delete the admin key at console.anthropic.com/settings/admin-keys, then create a new one.',
  examples: {
    positive: ['ANTHROPIC_ADMIN_KEY=sk-ant-admin01-H9RVCLRqq_lKHAny4fNbcY-N6FymBd3JYPIrgmT_K9lYWEQ5i4iq9XvkYd6_9hQRZnoymPqIBNRfTy5gGWNBhXKbE9QqrAA', 'admin_key: "sk-ant-admin01-_z9Gv7jZ_5I7vjvEbP-9cNXeipIvuIYje7EnFsVwie8w117WIS400w6FulPCy1HDkchq42uRF4XXbE6zruFElxCuFSHSSAA"', 'const admin = new Anthropic({ apiKey: "sk-ant-admin01-8_g46hT6kWQijTJux2Bpc35XvpLrqe51v8ptLS0TYfsc8Ks88bXa24O7o2z3fKEMMYclnRahyu0IDPNjXmEXcuMhCh1GIAA" });'],
    negative: [
      'ANTHROPIC_ADMIN_KEY=sk-ant-admin01-' + '0'.repeat(93) + 'AA',
      'ANTHROPIC_ADMIN_KEY=sk-ant-admin01-BqRbzPlquXZMcK6SAfwOEB1chpReOQxqvFhLPPMrAcM0GAkt8gzX3D1PAQYpXIAR03cSLNYrF8wbYcp3CJl8jcrX2vtvnAb', // wrong suffix
      'ANTHROPIC_ADMIN_KEY=sk-ant-admin02-ShBw4n24iBud484TvczplGGgrLONS5ya6isrVZ3p7IMexCSoXb6BeG1EL8rTKMrIqta6GtI9NmwAJYIG4xBuSnveYkDHsAA', // unknown version
    ],
  },
});

export const anthropicDetectors = [anthropicApiKey, anthropicAdminKey];
