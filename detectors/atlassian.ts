import { defineDetector } from '../src/detector';
import { NESTED_YAML_KEY_RESCAN } from './rescan-shapes';
import { alnumClassCount } from '../src/validators/char-classes';

// Atlassian API tokens (Jira, Confluence, Bitbucket Cloud): `ATATT3` + ~180 URL-safe characters + `=` + 8 uppercase hex
// (a checksum). Tokens created before 2023 are 24 base62 characters, matched only next to jira/confluence/atlassian.
// https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/

export const atlassianApiToken = defineDetector({
  id: 'atlassian-api-token',
  provider: 'Atlassian',
  title: 'API token',
  severity: 'critical',
  keywords: ['atatt3'],
  pattern: String.raw`\b(ATATT3[A-Za-z0-9_\-]{150,250}=[A-F0-9]{8})\b`,
  minEntropy: 4.5,
  remediation: 'Revoke the token at id.atlassian.com/manage-profile/security/api-tokens, then create a new one.',
  examples: {
    positive: [
      'JIRA_API_TOKEN=ATATT3xFfGF0FzUxtPTfYFEpPx6n1nf2xv54WCA_7e56W8zNIQt3uL4FFQKoKGwRDIOYQ_kVcIsgUpj6Sg9aheovEZXzUjpwVhOGu5NgyvhwvSuqK4dWGlgnoAEcTl31uGQ_dFCGAtmNtc0mRau8URBfT5MISizhBHs4-fVAFHDzXeUHNBZS0Z=D59291F0',
      "api_token = 'ATATT3xFfGF0w37K5WcNhdEPqhGi3hlbKBVheZUpYxqew88AD3dnbyJVSEDONUsSDDFRFIFIuZIxNfaaOEELk9MQMalor2hCsgkGvp8kD0D3Ms8GbLkV3AZkGAs_M_X-shUkbd-VOK_NptMzyL2Dvamh2Vwd6QEspT5pV74gdQq7eYimTTfpsU=7A683536'",
      '"confluence": { "token": "ATATT3xFfGF0xTSmm3jZNNjax7EBz3cl7CSgzAf31ddXP63ohM1fzUg296C0XpBx_NEgbUZsM6a8Cvr06aXyPtHgjwzHBJ11thNcmzcy7bVQIY8cSt07lQ8tdiwg2X9Ajtfmp9_2KuTmxHKpRsBBaJlgMSdX5sTazVLmZ-bK4OPh1dR8-H97S_=7F505AEF" }',
    ],
    negative: [
      'JIRA_API_TOKEN=ATATT3xxxxxxxxxxxxxxxxxxxx',
      'JIRA_API_TOKEN=ATATT3xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=AAAAAAAA',
      'JIRA_API_TOKEN=ATATT3xFfGF0eeMxl1UHlSC4rR4AkXu3F0bjXRXdWZKL-jWaRYnZBI0Hsqk-LB09RifXuEUvAt5JPtfpwHlN-5DRCfLcXVNngDCMYhC7e4NsMWFiP7-jOPPzRddS7yVCx1EyGurzeq3pzGpStf2BuNXIp3ZCcR1y6FFEiiEMgPB3eFkOnsVPHi',
    ],
  },
});

export const atlassianLegacyApiToken = defineDetector({
  id: 'atlassian-legacy-api-token',
  provider: 'Atlassian',
  title: 'API token (legacy 24-character format)',
  severity: 'critical',
  keywords: ['jira', 'confluence', 'atlassian'],
  pattern: String.raw`\b(?i:jira|confluence|atlassian)[\w.\-\[\]"'(){]{0,40}?(?:["']?\s*:\s*\{?\s*["']?[\w.\-]{1,30}["']?)?\s*(?:=>|:=|[:=,])\s*["']?([A-Za-z0-9]{24})(?:[^A-Za-z0-9_-]|$)`,
  minEntropy: 3.8,
  validate: (secret) => alnumClassCount(secret) === 3,
  rescanWhen: NESTED_YAML_KEY_RESCAN,
  remediation: 'Revoke the token at id.atlassian.com/manage-profile/security/api-tokens, then create a new one.',
  examples: {
    positive: [
      'JIRA_API_TOKEN=kSRPvFviS1dnskOpYMjtXd5j',
      'confluence:\n  token: Tnee0TBPVOMgiYlZA7WK38PU',
      'atlassian_token = "jUfRS4NSDxBKjEm3WcqDhY1c"',
    ],
    negative: [
      'getPagesInConfluenceSpace,searchConfluenceUsingCql',
      'JIRA_API_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxx',
      'JIRA_API_TOKEN=HfZ9kJa2yR3nmHY2csdS',
      'API_TOKEN=ZhjmYpUAyv2fYcTLiTzJbkYl',
    ],
  },
});

export const atlassianDetectors = [atlassianApiToken, atlassianLegacyApiToken];
