import { defineDetector } from '../src/detector';

const REVOKE = 'Revoke the key under Settings → API Keys in the Runpod console (console.runpod.io), then create a new one.';

export const runpodApiKey = defineDetector({
  id: 'runpod-api-key',
  provider: 'Runpod',
  title: 'API key',
  severity: 'critical',
  keywords: ['rpa_'],
  // Keys created since November 2024 start with `rpa_` (https://www.runpod.io/blog/scoped-api-keys-runpod).
  // The body is uppercase alphanumerics, 40 of them then 6 mixed-case in the keys peers have seen
  // (betterleaks `runpod.go`); we accept 32+ uppercase then up to 16 mixed so a layout change still matches.
  pattern: String.raw`\b(rpa_[A-Z0-9]{32,64}[A-Za-z0-9]{0,16})\b`,
  minEntropy: 3.5,
  remediation: REVOKE,
  examples: {
    positive: [
      'RUNPOD_API_KEY=rpa_GC5JVDJOO8IKJVV5RXVXTF1AVWFIR93I594F18WTsrukN9',
      'runpod:\n  api_key: "rpa_4P48C1A580PCAGEA55N8O1Z4KHF6O2RY8GE6K9R56Moo8T"',
      'runpod.api_key = "rpa_35VRWV0CC5GUI72E5HFLS2RQA775MMKPMYFKFBV8J0Fs4o"',
      'curl https://rest.runpod.io/v1/pods -H "Authorization: Bearer rpa_YE3I92YDDCOF3I91142G5NOBIUZQRYYFDXE5WLT63Uc5F3"',
    ],
    negative: [
      'RUNPOD_API_KEY=rpa_your_api_key_here',
      'RUNPOD_API_KEY=rpa_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      'REDIRECT_PIZZA_TOKEN=rpa_Qw8eRt5yUi2oPa4sDf6gHj1kLz3xCv', // mixed case: another vendor
      'RUNPOD_API_KEY=rpa_2T9P0E54VBBO2JO2N246JJ8U', // too short
      'scrpa_WEH4IIUZHZAJRGFDC2LY1CROMVYQ7AW7J2XGO7VDXx9zav', // glued to a word
    ],
  },
});

export const runpodLegacyApiKey = defineDetector({
  id: 'runpod-legacy-api-key',
  provider: 'Runpod',
  title: 'Legacy API key',
  severity: 'critical',
  keywords: ['runpod_api_key'],
  // Keys created before November 2024 have no prefix (https://docs.runpod.io/get-started/api-keys);
  // we only trust them beside the variable the SDKs read. Seen as 32 uppercase alphanumerics; we
  // accept 32 to 64 alphanumerics.
  pattern: String.raw`(?i:runpod_api_key)["']?[ \t]*(?::=|=>|=|:)[ \t]*["']?([A-Za-z0-9]{32,64})(?:[^A-Za-z0-9_]|$)`,
  minEntropy: 3.5,
  validate: (secret) => /[0-9]/.test(secret) && /[A-Za-z]/.test(secret),
  remediation: REVOKE,
  examples: {
    positive: [
      'RUNPOD_API_KEY=D0WJNJ1WDUZQS1IDBF4R0PUAZ4SWHVZD',
      'export RUNPOD_API_KEY="EWPDKVEYZ4OOH6CZEA33J8FNECUSYUUI"',
      '{ "RUNPOD_API_KEY": "TIYSV4VMA08VAGNS40830HR0VO8Z5CJF" }',
      'env:\n  RUNPOD_API_KEY: 98HK3TCY3OKRAGZ8ETN11M6PAT5598B9',
    ],
    negative: [
      'RUNPOD_API_KEY=your_runpod_api_key_here',
      'RUNPOD_API_KEY=${RUNPOD_API_KEY}',
      'RUNPOD_API_KEY=ABCDEFGHIJKLMNOPQRSTUVWXYZ123456',
      'RUNPOD_API_KEY=TMK2X12Y5ZV3IMC6P6VELRJ1', // too short
      'RUNPOD_ENDPOINT_ID=WRE53GOPCWOA6BCJF5GCNB1WHCRBAZGQ', // not the key's variable
    ],
  },
});

export const runpodDetectors = [runpodApiKey, runpodLegacyApiKey];
