import { defineDetector } from '../src/detector';

export const runwayApiSecret = defineDetector({
  id: 'runway-api-secret',
  provider: 'Runway',
  title: 'API secret',
  severity: 'high',
  keywords: ['key_'],
  // `key_` + 128 hex characters, read by the SDKs from RUNWAYML_API_SECRET.
  // https://docs.dev.runwayml.com/guides/setup/ (format seen in keys issued by the developer portal)
  pattern: String.raw`\b(key_[0-9a-fA-F]{128})\b`,
  minEntropy: 3.0,
  remediation: 'Disable the key under API Keys in the Runway developer portal (dev.runwayml.com), then create a new one.',
  examples: {
    positive: [
      'RUNWAYML_API_SECRET=key_29162ce7053c095fd3454851b0e9fa01fc788f9378f3ec942884123509815e12a8bbb30146dff47a6cb0b9b9a902fd8844b3d6622be7abdb2c7b442adebd786d',
      { text: '{ "runwayApiSecret": "key_489bb08121820b87af31f6f06f973959c5277ba02cf584c5a51b4606577fa200fc2c1f58795111361a4e744028d69e52ea3a540b9c83381bbc6b03b123cb9ba6" }', path: 'config/runway.json' },
      'const client = new RunwayML({ apiKey: "key_9998ea90cec2f236b6bdcc1f123f18a9c0f908a2ba9dd2e7c13404b47f28cd22590d1f5cd16d3c6d7c24dd0ac73aebed1157b7865eb15b8a769416120f3bbdc5" });',
      `curl https://api.dev.runwayml.com/v1/tasks -H "Authorization: Bearer key_26fd541d5e84ed01e16639861ecbe74434103c779616d254e565f85a36a96765f952301872806b2ea2735b646b30f6f7804223493e33795b001bbdb96912e382"`,
    ],
    negative: [
      'RUNWAYML_API_SECRET=key_123456789012345678901234567890', // the docs' placeholder: too short
      'RUNWAYML_API_SECRET=key_c09811129ad212f3e8098d41e4072a42932315528f4fd23d79098449c641e26d0b75be9099eeeb23c7a84f3a292b276e', // 96 hex: wrong length
      'RUNWAYML_API_SECRET=key_539520e81fc3123dd5246c7d8f63f94a6b2bfa7057d73753be7eaa151e4e4219c67d682c6708a41aa4774a5dcfa197a7d8a8e71a1a5b6a12a01c9491546a0f209b', // 130 hex: wrong length
      'api_key_d052d59f4f10be40db8ff7afbd12ba62b91d6058a695b8f3e19f3e0d276f5c858b919ce993df50192396aa800f13a969f2317ae51a8b71658a809375c8b4a803', // glued to a word
      'RUNWAYML_API_SECRET=key_' + '0'.repeat(128), // placeholder
    ],
  },
});

export const runwayDetectors = [runwayApiSecret];
