import { defineDetector } from '../src/detector';

// MessageBird (Bird) REST API access keys: 25 alphanumerics, only recognisable next to the name.
// https://developers.messagebird.com/api/#authentication
export const messagebirdApiKey = defineDetector({
  id: 'messagebird-api-key',
  provider: 'MessageBird',
  title: 'API access key',
  severity: 'high',
  keywords: ['messagebird', 'message_bird', 'message-bird'],
  pattern: String.raw`(?i:message[_-]?bird)[\w.-]{0,30}?["']?\)?\s*[:=(]\s*["']?([A-Za-z0-9]{25})\b`,
  minEntropy: 3.5,
  remediation: 'Delete the key in the MessageBird Dashboard (Developers → API access) and create a new one.',
  examples: {
    positive: ['MESSAGEBIRD_API_KEY=c3j27xdcg2lMLzgeonyLGcTJF', "var messagebird = require('messagebird')('iz4soCmZ9cpvnpKnA1hEDCM4P');", '{ "messagebirdAccessKey": "mBxdUcl1MhOoSfAqFdpRaj71F" }'],
    negative: ['MESSAGEBIRD_API_KEY=tQUwOgSBEkxGZG2', 'API_KEY=SYE9B2rANN76DeYtZaEkoMxrR', 'MESSAGEBIRD_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
});

export const messagebirdDetectors = [messagebirdApiKey];
