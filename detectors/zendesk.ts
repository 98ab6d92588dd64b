import { defineDetector } from '../src/detector';

// Zendesk API tokens: 40 alphanumerics, only recognisable next to the name zendesk.
// https://support.zendesk.com/hc/en-us/articles/4408889192858-Managing-access-to-the-Zendesk-API
export const zendeskApiToken = defineDetector({
  id: 'zendesk-api-token',
  provider: 'Zendesk',
  title: 'API token',
  severity: 'high',
  keywords: ['zendesk'],
  pattern: String.raw`(?i:zendesk)[\w.-]{0,20}?(?i:token|key|secret)[\w.-]{0,10}["']?\s*[:=]\s*["']?([A-Za-z0-9]{40})\b`,
  minEntropy: 3.5,
  remediation: 'Delete the token in Zendesk Admin Center (Apps and integrations → APIs → Zendesk API) and create a new one.',
  examples: {
    positive: ['ZENDESK_API_TOKEN=QSr6rz24LpOqJ3OpuLIEi2NvSBbI1rmAR1JF3yz4', "zendesk_token: 'zQ0cvb8Iy4QW2Of5wjkbqX4boUpHW0mzoQscjnvI'", '{ "zendeskApiKey": "cruciLSMLhWQXdQmRZ4IkfjPkP4MsXIEbpo9dYAu" }'],
    negative: ['ZENDESK_API_TOKEN=b73COJfzs1coQKuav3Q4', 'API_TOKEN=wzWMt2oXhtqI5tmPufN3nClslCWlukVLSMKyrjH5', 'ZENDESK_API_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
});

export const zendeskDetectors = [zendeskApiToken];
