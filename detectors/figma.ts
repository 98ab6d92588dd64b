import { defineDetector } from '../src/detector';

// Figma personal access tokens: `figd_` + ~40 URL-safe characters; older tokens were `<4+ digits>-<uuid>`,
// matched only next to the name. https://www.figma.com/developers/api#access-tokens

export const figmaPat = defineDetector({
  id: 'figma-pat',
  provider: 'Figma',
  title: 'Personal access token',
  severity: 'high',
  keywords: ['figd_'],
  pattern: String.raw`\b(figd_[A-Za-z0-9_-]{38,80})(?:[^A-Za-z0-9_-]|$)`,
  minEntropy: 4.0,
  remediation: 'Revoke the token at figma.com → Settings → Security → Personal access tokens, then create a new one.',
  examples: {
    positive: [
      'FIGMA_TOKEN=figd_ad6-wJ9kFZJSqgmRB9H_iMb_lk777PZnK8Cl6J5i',
      'curl -H "X-Figma-Token: figd_xaaJLShuQjOud-_yDUA_5zmS1swoPqApryPZBlgv" https://api.figma.com/v1/me',
      '{"figma": {"accessToken": "figd_IyxJu2jGjNGkTfi3oYv2DzaKG05Rk_GQV81rkmgh"}}',
    ],
    negative: [
      'figd_abc',
      'FIGMA_TOKEN=figd_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'FIGMA_TOKEN=figd_your_personal_access_token',
      'FIGMA_TOKEN=figd_a-ZnYd7chlN-Xc_1HSyG',
    ],
  },
});

export const figmaLegacyPat = defineDetector({
  id: 'figma-legacy-pat',
  provider: 'Figma',
  title: 'Personal access token (legacy format)',
  severity: 'high',
  keywords: ['figma'],
  pattern: String.raw`\b(?i:figma)[\w.\-\[\]"'(){]{0,40}?(?:["']?\s*:\s*\{?\s*["']?[\w.\-]{1,30}["']?)?\s*(?:=>|:=|[:=,])\s*["']?([0-9]{4,8}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[^A-Za-z0-9_-]|$)`,
  minEntropy: 3.0,
  remediation: 'Revoke the token at figma.com → Settings → Security → Personal access tokens, then create a new one.',
  examples: {
    positive: [
      'FIGMA_TOKEN=5572-30282bd3-6cb9-4d21-af6b-e6abf0d7c1c1',
      'curl --header="X-Figma-Token: 7104-62ab8a18-a890-4207-a3fe-c8df4f50947a" https://api.figma.com/v1/me',
      '{"figmaToken": "5759-26c57d21-fa5d-4328-a263-dfe574de7399"}',
    ],
    negative: [
      'FIGMA_TOKEN=0000-00000000-0000-0000-0000-000000000000',
      'REQUEST_ID=0399-62b5e803-b61b-4a41-a681-60adb59261ff',
      'FIGMA_TOKEN=425c8d99-d19b-4dd0-ab6c-c60d5d32cbe5',
      'FIGMA_FILE_URL=https://www.figma.com/file/abc123/Design',
    ],
  },
});

export const figmaDetectors = [figmaPat, figmaLegacyPat];
