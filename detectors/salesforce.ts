import { defineDetector } from '../src/detector';

// Salesforce session / OAuth access tokens: the 15-character org id (`00D…`) + `!` + ~96 characters.
// https://help.salesforce.com/s/articleView?id=sf.remoteaccess_access_tokens.htm
export const salesforceAccessToken = defineDetector({
  id: 'salesforce-access-token',
  provider: 'Salesforce',
  title: 'Session or OAuth access token',
  severity: 'critical',
  keywords: ['00d'],
  keywordLines: true,
  pattern: String.raw`\b(00D[A-Za-z0-9]{12}![A-Za-z0-9._]{80,120})(?:[^A-Za-z0-9._]|$)`,
  minEntropy: 4.0,
  remediation: 'Revoke the session in Salesforce Setup (Session Management, or Connected Apps OAuth Usage → Revoke).',
  examples: {
    positive: [
      'SF_ACCESS_TOKEN=00Dc3j27xdcg2lM!LzgeonyLGcTJFiz4soCmZ9cpvnpKnA1hEDCM4PmB.xdUcl1MhOoSfAqFdpRaj71FtQUwOgSBEkxGZG2SYE9B2rANN76DeYtZ',
      'Access Token      00DaEkoMxrRVFTV!A9aw7HIPtGADdzfLrjMcgMuxIapYHZaNAR3zlT4BNLZ2mpkGCJNcQAxnV1SYEEFNloPAmXXndI9le1kI3YLoJT6O0nPuMKvo',
      'curl https://acme.my.salesforce.com/services/data/v60.0/ -H "Authorization: Bearer 00D8jMr8Y4emFaD!GGCg9QPvtZQa05mfShL7uEIOejp2nn_ERN66NvBERacPDCLSXhkIFXI5cVqushl8IlC7Be6WsT9CBmoEeEuTUIEEciX"',
    ],
    negative: ['SF_ACCESS_TOKEN=00DvC57vvtIy96V!WFre5E32a8yB3fkAnqYYlAmEFFoHQ4', 'SF_ORG_ID=00DauVY7vsldcd1', 'SF_ACCESS_TOKEN=00DE0X0A0M0PeLE!xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
});

export const salesforceDetectors = [salesforceAccessToken];
