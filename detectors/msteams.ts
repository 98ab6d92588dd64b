import { defineDetector } from '../src/detector';

// Microsoft Teams incoming-webhook URLs: `https://<tenant>.webhook.office.com/webhookb2/<group uuid>@<tenant uuid>/IncomingWebhook/<32 hex>/<uuid>`
// (legacy host outlook.office.com/webhook/). Power Automate workflow URLs replace them.
// https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook
const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

export const msteamsWebhookUrl = defineDetector({
  id: 'msteams-webhook-url',
  provider: 'Microsoft Teams',
  title: 'Incoming webhook URL',
  severity: 'medium',
  keywords: ['webhook.office.com', 'outlook.office.com/webhook'],
  pattern: String.raw`(https://(?:[a-z0-9-]+\.webhook\.office\.com/webhookb2|outlook\.office(?:365)?\.com/webhook)/${GUID}@${GUID}/IncomingWebhook/[0-9a-f]{32}/${GUID}(?:/[A-Za-z0-9_-]{20,80})?)`,
  minEntropy: 3.5,
  remediation: 'Remove the Incoming Webhook connector from the channel (Manage channel → Connectors) and create a new one.',
  examples: {
    positive: [
      'TEAMS_WEBHOOK=https://acme.webhook.office.com/webhookb2/eee65f53-e942-1ce5-0211-670eae679f02@e8d28a79-023c-39c2-0066-1fccd268a29a/IncomingWebhook/64709ab7f3f386d0cd566647b5aa6663/0d347301-ef56-e64d-c3cd-6089065c3146/ReQLhxM31QZzCMZtuOrYJ9NDE9SYXOaWUkMHR7JM',
      "url = 'https://outlook.office.com/webhook/e80a9c22-2670-bbe4-f4c5-4977656cf2d1@33187c8d-f952-47f2-8660-28de71159b42/IncomingWebhook/acedbd6b0165debbc6530a2c6a8835c4/b4ea410f-b910-2f29-a422-eb14ab2f2d0f'",
      'curl -H "Content-Type: application/json" -d \'{"text":"deployed"}\' https://contoso.webhook.office.com/webhookb2/0cc02223-8dac-eee2-092f-073ff80b9465@aef7ac86-d66c-7a64-4fb1-2853ef86dcfa/IncomingWebhook/abd5c652a9f30b1789a6c52cf63c0337/ea21818b-904c-e608-7413-e3b266f850f1',
    ],
    negative: [
      "webhookUrl: 'https://outlook.office.com/webhook/578b5c72-dc4e-e60c-aea6-3367c29a80b2@1ead8f06-2d15-a4f4-ef27-e9589c6948f6/JenkinsCI/8ec16c03888ad3e21c5cf5f1dfd9c9b9/d30c01c3-f252-edc8-7ff4-adfa36d08401'",
      'TEAMS_WEBHOOK=https://acme.webhook.office.com/webhookb2/00000000-0000-0000-0000-000000000000@00000000-0000-0000-0000-000000000000/IncomingWebhook/00000000000000000000000000000000/00000000-0000-0000-0000-000000000000',
      'TEAMS_WEBHOOK=https://acme.webhook.office.com/webhookb2/<group>@<tenant>/IncomingWebhook/<id>/<owner>',
    ],
  },
});

export const msteamsDetectors = [msteamsWebhookUrl];
