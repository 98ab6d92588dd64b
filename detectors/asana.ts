import { defineDetector } from '../src/detector';

// Asana personal access tokens: `1/<user gid>:<32 hex>`, newer ones `2/<user gid>/<token gid>:<32 hex>`. The
// shape is distinctive but has no fixed text, so the file must mention asana. https://developers.asana.com/docs/personal-access-token

export const asanaPat = defineDetector({
  id: 'asana-pat',
  provider: 'Asana',
  title: 'Personal access token',
  severity: 'high',
  keywords: ['asana'],
  pattern: String.raw`\b([12]/[0-9]{10,20}(?:/[0-9]{10,20})?:[a-f0-9]{32})\b`,
  minEntropy: 3.2,
  remediation: 'Revoke the token at app.asana.com/0/my-apps (Personal access tokens), then create a new one.',
  examples: {
    positive: [
      'ASANA_ACCESS_TOKEN=2/7988193344498003/8934482826123561:9b54d7977405f676c36ad37bf675fe49',
      'client = asana.Client.access_token("2/3006936646773201/5546568321646330:74cb707ed14555de164aeb01b8d53dd4")',
      'curl https://app.asana.com/api/1.0/users/me -H "Authorization: Bearer 2/0253328720286665/1243440262443808:36d8851fad4f932c8e7d2b7e19313cd4"',
    ],
    negative: [
      'ASANA_ACCESS_TOKEN=1/1234567890:00000000000000000000000000000000',
      'ASANA_ACCESS_TOKEN=your-asana-token',
      'TOKEN=2/1521439653580098/0286037590873772:1fb27d257ae6aa0c368ac4daabd6c2db',
    ],
  },
});

export const asanaDetectors = [asanaPat];
