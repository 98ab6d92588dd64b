import { defineDetector } from '../src/detector';

// Plivo auth tokens: 40 alphanumerics, only recognisable next to the name plivo (auth ids are
// `MA`/`SA` + 18 uppercase alphanumerics). https://www.plivo.com/docs/messaging/api/overview#authentication
export const plivoAuthToken = defineDetector({
  id: 'plivo-auth-token',
  provider: 'Plivo',
  title: 'Auth token',
  severity: 'critical',
  keywords: ['plivo'],
  pattern: String.raw`(?i:plivo)[\w.-]{0,20}?(?i:token|secret)[\w.-]{0,10}["']?\s*[:=]\s*["']?([A-Za-z0-9]{40})\b`,
  minEntropy: 3.5,
  remediation: 'Regenerate the auth token in the Plivo console (Account → Overview → Auth Token), then update its users.',
  examples: {
    positive: ['PLIVO_AUTH_TOKEN=QSr6rz24LpOqJ3OpuLIEi2NvSBbI1rmAR1JF3yz4', "plivo_auth_token: 'zQ0cvb8Iy4QW2Of5wjkbqX4boUpHW0mzoQscjnvI'", '{ "plivoAuthToken": "cruciLSMLhWQXdQmRZ4IkfjPkP4MsXIEbpo9dYAu" }'],
    negative: ['PLIVO_AUTH_TOKEN=b73COJfzs1coQKuav3Q4', 'AUTH_TOKEN=wzWMt2oXhtqI5tmPufN3nClslCWlukVLSMKyrjH5', 'PLIVO_AUTH_ID=MA752D1EA20493D982FB'],
  },
});

export const plivoDetectors = [plivoAuthToken];
