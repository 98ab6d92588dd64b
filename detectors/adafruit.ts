import { defineDetector } from '../src/detector';

// Adafruit IO keys: `aio_` + 28 base62 characters.
// https://io.adafruit.com/api/docs/#authentication

export const adafruitIoKey = defineDetector({
  id: 'adafruit-io-key',
  provider: 'Adafruit',
  title: 'Adafruit IO key',
  severity: 'medium',
  keywords: ['aio_'],
  pattern: String.raw`\b(aio_[A-Za-z0-9]{28})\b`,
  minEntropy: 3.8,
  remediation: 'Regenerate the key at io.adafruit.com (My Key → Regenerate Key) and update your devices.',
  examples: {
    positive: [
      '#define IO_KEY       "aio_xE35XTXgQBN3IEr4gP9X993d8K1b"',
      'export ADAFRUIT_IO_KEY="aio_B2IMX3SnRnUbIblJqjfRMHR3bkl4"',
      'aio = Client("myuser", "aio_xS0kpRC1EN1pJjxUDFJf7hw0pNYL")',
    ],
    negative: [
      'IO_KEY=aio_xxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'IO_KEY=aio_jCY4tl4WCS8Lx7q1wY7mDjqMi',
      'async def aio_fetch_all_records_from_queue(self):',
    ],
  },
});

export const adafruitDetectors = [adafruitIoKey];
