import { defineDetector } from '../src/detector';

export const onepasswordDetectors = [
  defineDetector({
    id: '1password-secret-key',
    provider: '1Password',
    title: 'Account Secret Key',
    severity: 'critical',
    keywords: ['a3-'],
    // `A3-` + six groups of uppercase base32 characters (6-6-5-5-5-5; the middle 6+5 sometimes without
    // the dash). https://support.1password.com/secret-key/ ,
    // https://1passwordstatic.com/files/security/1password-white-paper.pdf (Secret Key format)
    pattern: String.raw`\b(A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})\b`,
    minEntropy: 3.0,
    remediation: 'Change the account password and regenerate the Secret Key (my.1password.com > Profile > Regenerate Secret Key).',
    examples: {
      positive: ['OP_SECRET_KEY=A3-T3HVVD-FS8CHN-59RDM-VQ593-KSWNJ-4RMNG', 'secret key: A3-8NLR64-RQ5FLEME6ZL-YQGH7-MXM9X-BM6NB', '{ "secretKey": "A3-6BPPFV-RM9H7N-WAHLN-EK887-99GP5-8NNTG" }'],
      negative: ['A3-XXXXXX-XXXXXXXXXXX-XXXXX-XXXXX-XXXXX', 'A3-xT3HVV-FS8CHN-59RDM-VQ593-KSWNJ-4RMNG', 'A3-T3HVVD-FS8CHN-59RDM-VQ593-KSWNJ'],
    },
  }),
  defineDetector({
    id: '1password-service-account-token',
    provider: '1Password',
    title: 'Service account token',
    severity: 'critical',
    keywords: ['ops_eyj'],
    // `ops_` + base64url JSON (`{"signInAddress"…` / `{"email"…`, hence `eyJ`), several hundred
    // characters. https://developer.1password.com/docs/service-accounts/security/
    pattern: String.raw`\b(ops_eyJ[0-9A-Za-z_-]{250,}={0,2})(?:[^0-9A-Za-z_=-]|$)`,
    minEntropy: 4.0,
    remediation: 'Revoke the service account\'s token at my.1password.com > Developer > Service Accounts, then create a new token.',
    examples: {
      positive: [
        'export OP_SERVICE_ACCOUNT_TOKEN=ops_eyJzaWduSW5BZGRyZXNzIjoiYWNtZS4xcGFzc3dvcmQuY29tIiwidXNlckF1dGgiOnsibWV0aG9kIjoiU1JQZy00MDk2IiwiYWxnIjoiUEJFUzJnLUhTMjU2IiwiaXRlcmF0aW9ucyI6NjUwMDAwLCJzYWx0IjoiazZBNnYxMDFhcjVNSWVXUFZORVpzRyJ9LCJlbWFpbCI6IjlzZDZsNzkwMzB5eWJAMXBhc3N3b3Jkc2VydmljZWFjY291bnRzLmNvbSIsInNycFgiOiI5NGMzMDUwZWMwNWJlMWZkYWI1OWQ3NjM3MzliYzg1ODAxZTVmNzc4YjUyYmViY2YyYWE0ODZlZGFhZjRkMmZmIiwibXVrIjp7ImFsZyI6IkEyNTZHQ00iLCJleHQiOnRydWUsImsiOiJheXVBemJJN0VCTnFKU2w3NWhxeGl4U1VPRjltVE9qUUtGdkVkZkNOSTN4Iiwia2V5X29wcyI6WyJlbmNyeXB0IiwiZGVjcnlwdCJdLCJrdHkiOiJvY3QiLCJraWQiOiJtcCJ9LCJzZWNyZXRLZXkiOiJBMy1FNVNUQjQtQldEUkdKLVRDUFBWLVBWNkZQLVFaWExaLThNNzdFIn0',
        'env:\n  OP_SERVICE_ACCOUNT_TOKEN: "ops_eyJzaWduSW5BZGRyZXNzIjoiYWNtZS4xcGFzc3dvcmQuY29tIiwidXNlckF1dGgiOnsibWV0aG9kIjoiU1JQZy00MDk2IiwiYWxnIjoiUEJFUzJnLUhTMjU2IiwiaXRlcmF0aW9ucyI6NjUwMDAwLCJzYWx0IjoiRkl5cTJuUXRBOEpTZ0U1S3hVbDVhYyJ9LCJlbWFpbCI6InM1OTVncm5jOHIxenlAMXBhc3N3b3Jkc2VydmljZWFjY291bnRzLmNvbSIsInNycFgiOiIyYmU5YTdkOTlkZGE3ODRhYTQ0OWJlMjU4Y2M4MWFhODRiNzVmMGIzYjRhYzc5MjUzMTQ5Y2YzMTUzOTI2MTg5IiwibXVrIjp7ImFsZyI6IkEyNTZHQ00iLCJleHQiOnRydWUsImsiOiJpTWhuaWgwT1VMY1g0OGpndkYyc1JWd09EQmxUNkhMR0xVQkkzbUhjaE5LIiwia2V5X29wcyI6WyJlbmNyeXB0IiwiZGVjcnlwdCJdLCJrdHkiOiJvY3QiLCJraWQiOiJtcCJ9LCJzZWNyZXRLZXkiOiJBMy1ZRE5aTTItMjU3WkRHLVNBUDIyLTVGR0hELTJGSkhQLVQyWkxGIn0"',
        '{ "token": "ops_eyJzaWduSW5BZGRyZXNzIjoiYWNtZS4xcGFzc3dvcmQuY29tIiwidXNlckF1dGgiOnsibWV0aG9kIjoiU1JQZy00MDk2IiwiYWxnIjoiUEJFUzJnLUhTMjU2IiwiaXRlcmF0aW9ucyI6NjUwMDAwLCJzYWx0IjoiZUZBWWRjRzRucE9XYlZqN3F5SllNTSJ9LCJlbWFpbCI6InRpa3FocHZvamZoYjJAMXBhc3N3b3Jkc2VydmljZWFjY291bnRzLmNvbSIsInNycFgiOiI4OGY2OTgyMWI1NzU4YTI0M2ZiNTgyYTYzNjE3MWQ5ZTRhY2I5YzM3YmY0OTJkZDAyMmJjYjhkYzMxMGRjNDU3IiwibXVrIjp7ImFsZyI6IkEyNTZHQ00iLCJleHQiOnRydWUsImsiOiJkVnhOZ0JDb2JydjM3dEp5U0s4Q3NGY2xkaEJzSld6QUhLUU5IUkV2RDJFIiwia2V5X29wcyI6WyJlbmNyeXB0IiwiZGVjcnlwdCJdLCJrdHkiOiJvY3QiLCJraWQiOiJtcCJ9LCJzZWNyZXRLZXkiOiJBMy03TTZRV0gtRThDREpOLUdNR0dNLVBZQVpWLVNTQ1FCLU5BSEpXIn0" }',
      ],
      negative: [
        'export OP_SERVICE_ACCOUNT_TOKEN=ops_eyJzaWduSW5BZGRyZXNzIjoiaHR0cHM6...',
        'fn::secret: ops_eyJzaWduSW5B..[Redacted]',
        'OP_SERVICE_ACCOUNT_TOKEN=ops_eyJxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      ],
    },
  }),
];
