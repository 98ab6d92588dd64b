import { defineDetector } from '../src/detector';

export const teamcityDetectors = [
  defineDetector({
    id: 'teamcity-access-token',
    provider: 'TeamCity',
    title: 'Access token',
    severity: 'critical',
    keywords: ['eyj0exaioiaivenwmij9'],
    // TeamCity 2019.1+ tokens are JWT-like: the fixed header base64(`{"typ": "TCV2"}`) =
    // `eyJ0eXAiOiAiVENWMiJ9`, then two base64url parts.
    // https://www.jetbrains.com/help/teamcity/configuring-your-user-profile.html#Managing+Access+Tokens
    pattern: String.raw`\b(eyJ0eXAiOiAiVENWMiJ9\.[0-9A-Za-z_-]{30,60}\.[0-9A-Za-z_-]{40,80})(?:[^0-9A-Za-z_.-]|$)`,
    minEntropy: 4.0,
    remediation: 'Delete the token under your TeamCity profile > Access Tokens, then create a new one.',
    examples: {
      positive: [
        'TEAMCITY_TOKEN=eyJ0eXAiOiAiVENWMiJ9.SGJ6ZzJ2dWh4S3JfMXdQcFI0cmVZc1dOaUhV.NzBlNjE4ZjctZTZkZC00NzUwLWIzMGYtNWQ0Mzg5NmQwNGVm',
        'curl -H "Authorization: Bearer eyJ0eXAiOiAiVENWMiJ9.a2ZUYmhGWjNTZVJfcUxNdVhZZTBBNnRkUm9J.YTRkZTIyMjUtZmVmMi00OThkLThhODQtZjdjNDgzMjIzNGRk" https://tc.acme.dev/app/rest/server',
        '<add key="ClearTextPassword" value="eyJ0eXAiOiAiVENWMiJ9.Tm5kUjhMa19oeVFXc3BBemVPeTJfbVZjR2Rx.Y2ZmMjViNjItNDkzNS00ZTUyLTk2MjYtM2VlYmQ5NWNjYTYz" />',
      ],
      negative: [
        'TEAMCITY_TOKEN=eyJ0eXAiOiAiVENWMiJ9.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
        'TEAMCITY_TOKEN=eyJ0eXAiOiAiVENWMiJ9.SGJ6ZzJ2dWh4S3JfMXdQ', // truncated
        'TEAMCITY_TOKEN=eyJ0eXAiOiAiSldUIn0.SGJ6ZzJ2dWh4S3JfMXdQcFI0cmVZc1dOaUhV.NzBlNjE4ZjctZTZkZC00NzUwLWIzMGYtNWQ0Mzg5NmQwNGVm', // a plain JWT header
      ],
    },
  }),
];
