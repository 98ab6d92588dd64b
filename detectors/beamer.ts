import { defineDetector } from '../src/detector';

// Beamer API keys: `b_` + 44 base64 characters; `b_` is too common alone, so the name must be nearby.
// https://www.getbeamer.com/api

export const beamerApiKey = defineDetector({
  id: 'beamer-api-key',
  provider: 'Beamer',
  title: 'API key',
  severity: 'medium',
  keywords: ['beamer'],
  pattern: String.raw`\b(?i:beamer)[\w.\-\[\]"'(){]{0,40}?(?:["']?\s*:\s*\{?\s*["']?[\w.\-]{1,30}["']?)?\s*(?:=>|:=|[:=,])\s*["']?(b_[A-Za-z0-9=_\-]{44})(?:[^A-Za-z0-9_-]|$)`,
  minEntropy: 4.0,
  remediation: 'Delete the key in Beamer (Settings → API), then create a new one.',
  examples: {
    positive: [
      'BEAMER_API_KEY=b_91bcBwuz7rffIrFjz36BQkpwhsOpLNWymGLMma5cRPx=',
      'curl -H "Beamer-Api-Key: b_L7odvmsiYmlwFU4qTDAwSHIsrrASLP-4J43cGfzCndj=" https://api.getbeamer.com/v0/ping',
      '{"beamer": {"apiKey": "b_Rll55xmDIv1RFXkHVKfKkilkpqa2NAaxhY4AhdPP63s="}}',
    ],
    negative: [
      'R21A-A-V010SP13RC181024R16900-CN-B_250K-Release-OTA-97B6C6C59241976086FABDC41472150C.bfu',
      'BEAMER_API_KEY=b_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'API_KEY=b_bgdMgl9XBPFRaR-XBvvJKjQXl__n8RZ7Pr76gve_BI1=',
    ],
  },
});

export const beamerDetectors = [beamerApiKey];
