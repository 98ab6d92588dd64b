import { defineDetector } from '../src/detector';

// Private AI API keys: 32 alphanumerics without a prefix, so the name must sit next to the value.
// https://docs.private-ai.com/reference/latest/

export const privateaiApiKey = defineDetector({
  id: 'privateai-api-key',
  provider: 'Private AI',
  title: 'API key',
  severity: 'medium',
  keywords: ['privateai', 'private_ai', 'private-ai'],
  pattern: String.raw`\b(?i:private[_-]?ai)[\w.\-\[\]"'(){]{0,40}?(?:["']?\s*:\s*\{?\s*["']?[\w.\-]{1,30}["']?)?\s*(?:=>|:=|[:=,])\s*["']?([A-Za-z0-9]{32})(?:[^A-Za-z0-9_-]|$)`,
  minEntropy: 3.5,
  remediation: 'Ask Private AI (portal.private-ai.com) to revoke the key and issue a new one.',
  examples: {
    positive: [
      'PRIVATE_AI_API_KEY=uyqt9z60dttpy18qtmidn8x35jxvm39d',
      'const privateaiToken = "ua8e0ucro2smn3z2nndl1hdie5la9k5o";',
      '{"private-ai": {"api_key": "sn8kjn7g3gmfd0oq21jdick2sou9jtqu"}}',
    ],
    negative: [
      'const privateaiToken = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";',
      'PRIVATE_AI_API_KEY=<your key>',
      'PRIVATE_AI_API_KEY=te93g9hkz3ccc6g0i0wexkxkfva4t',
      'API_KEY=gphj5r88hu3pk8c6qxmsz9nip86pgagd',
    ],
  },
});

export const privateaiDetectors = [privateaiApiKey];
