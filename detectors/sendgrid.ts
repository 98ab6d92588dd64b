import { defineDetector } from '../src/detector';

// SendGrid API keys: `SG.` + 22-character key id + `.` + 43-character secret (base64url).
// https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys
export const sendgridApiKey = defineDetector({
  id: 'sendgrid-api-key',
  provider: 'SendGrid',
  title: 'API key',
  severity: 'high',
  keywords: ['sg.'],
  pattern: String.raw`\b(SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?:[^A-Za-z0-9_-]|$)`,
  minEntropy: 4.0,
  remediation: 'Delete the key at app.sendgrid.com/settings/api_keys and create a new one.',
  examples: {
    positive: ['SENDGRID_API_KEY=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', "var sendgrid = require('sendgrid')('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');", 'curl -H "Authorization: Bearer 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" https://api.sendgrid.com/v3/mail/send'],
    negative: ['SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'SENDGRID_API_KEY=SG.BJKLOg1qx647KDnL9CdO-_.gBvmSZVr4-epzgZ3Zbxc', 'SENDGRID_API_KEY=oaRR-sFIjVO58jb0w-o5pJ.EjFjtnCRz6YDieSGO5NvJZZ8gWB8EWcisUycL0xQ56Z'],
  },
});

export const sendgridDetectors = [sendgridApiKey];
