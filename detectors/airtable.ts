import { defineDetector } from '../src/detector';

// Airtable personal access tokens: `pat` + 14 base62 (the token id) + `.` + 64 hex. `pat` alone is no usable
// keyword, so the file must mention airtable. https://airtable.com/developers/web/guides/personal-access-tokens

export const airtablePat = defineDetector({
  id: 'airtable-pat',
  provider: 'Airtable',
  title: 'Personal access token',
  severity: 'high',
  keywords: ['airtable'],
  pattern: String.raw`\b(pat[A-Za-z0-9]{14}\.[a-f0-9]{64})\b`,
  minEntropy: 4.0,
  remediation: 'Delete the token at airtable.com/create/tokens, then create a new one with the least scopes needed.',
  examples: {
    positive: [
      'AIRTABLE_TOKEN=patYWrf351F9k9MZW.fc8a93830dccee320a9642c2707d6140968ec5d59be7d8515b17cf1b35428736',
      'const base = new Airtable({ apiKey: "patazoM4vUzDUME4m.bcea795caee3af29f5d8cfdd2a58efee070ce909ce114438ce9e5e20d37090bf" }).base("appXk2Pq9vR3sT7wY");',
      'curl https://api.airtable.com/v0/meta/whoami -H "Authorization: Bearer pat55WGGkFn0QiWEc.c3f826b79dc31436da81bbdcbb7ea5ebb5de8b5ca6277c44219d7ab31ca0dd91"',
    ],
    negative: [
      'AIRTABLE_TOKEN=patXXXXXXXXXXXXXX.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'AIRTABLE_TOKEN=patJB2tLK4mChSuoH.1a5c537de3e34ba7483e76e3624713248d1c791e3ebc149d4f5fc98d669d',
      'TOKEN=patWePU0s8X7SKcBq.e78c72cdba5e3d874de49e391a4bdacc64abea0eef60241eda6ddadb6e0bbf7d',
    ],
  },
});

export const airtableDetectors = [airtablePat];
