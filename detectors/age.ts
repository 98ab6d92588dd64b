import { defineDetector } from '../src/detector';

// age identities are Bech32 with HRP `AGE-SECRET-KEY-`: `1` + 58 characters (32-byte key + checksum).
// https://github.com/C2SP/C2SP/blob/main/age.md#the-x25519-recipient-type
// Public keys (`age1…`) are recipients, not secrets, and are not reported.
export const ageSecretKey = defineDetector({
  id: 'age-secret-key',
  provider: 'age',
  title: 'age encryption secret key',
  severity: 'critical',
  keywords: ['age-secret-key-1'],
  pattern: String.raw`\b(AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})\b`,
  minEntropy: 3.5,
  remediation: 'Generate a new identity with age-keygen, re-encrypt every file encrypted to the old recipient, and remove the old key.',
  examples: {
    positive: [
      { text: '# created: 2024-03-02T10:11:12Z\n# public key: age1qv6h2p0x9kz7d3l5m8r4t2y6u0w9e3c5v7b1n4m8k2j6h0g3f5d7s9a2\nAGE-SECRET-KEY-1FAFM5YH889F5EN8HZCSKVUWQY939HJ0CZ6AT5AP9HYCQWAZ9XJ5GJHRPDK\n', path: 'keys.txt' },
      'SOPS_AGE_KEY=AGE-SECRET-KEY-1R0SV503NGRGMY2EX22LWTTCACDFHX2PPXGRSS4U0FYM5X5AZVW4Q7FNQNG',
      'env:\n  SOPS_AGE_KEY: "AGE-SECRET-KEY-1JT85KP6MH8V6KFXSNDRN92D8K07VC28LHSSRAT4QXAST5RFGYEAUP8EWMF"',
    ],
    negative: [
      'AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ',
      'AGE-SECRET-KEY-1FAFM5YH889F5EN8HZCSKVUWQY939HJ0CZ6AT5AP9HYCQ', // too short
      'AGE-SECRET-KEY-1BAFM5YH889F5EN8HZCSKVUWQY939HJ0CZ6AT5AP9HYCQWAZ9XJ5GJHRPDK', // `B` is not Bech32
      'age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj', // public key
    ],
  },
});

export const ageDetectors = [ageSecretKey];
