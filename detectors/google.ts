import { defineDetector } from '../src/detector';

export const googleApiKey = defineDetector({
  id: 'google-api-key',
  provider: 'Google',
  title: 'API key',
  // Many (Maps, Firebase web config) are meant to ship in clients, restricted by referrer; others
  // bill or read data with no restriction at all. A Firebase web config (`authDomain:
  // '….firebaseapp.com'` beside the key) is still reported: Firebase calls these keys public by
  // design only while they stay restricted to Firebase APIs
  // (https://firebase.google.com/docs/projects/api-keys), and once the Generative Language API is
  // enabled on the project the same unrestricted key reaches Gemini and its files
  // (https://trufflesecurity.com/blog/google-api-keys-werent-secrets-but-then-gemini-changed-the-rules).
  // Offline, keyguard cannot see a key's restrictions, so the owner decides (`keyguard allow`).
  severity: 'high',
  keywords: ['aiza'],
  keywordLines: true,
  // `AIza` + 35 characters of [0-9A-Za-z_-]. https://cloud.google.com/docs/authentication/api-keys
  pattern: String.raw`\b(AIza[0-9A-Za-z_-]{35})(?:[^0-9A-Za-z_-]|$)`,
  minEntropy: 3.5,
  remediation: 'Delete or regenerate the key at console.cloud.google.com/apis/credentials, and add API and application restrictions to its replacement.',
  examples: {
    positive: [
      'GOOGLE_API_KEY=AIzaSyCZiDbaqRMjjlxI8WdqTeMEYaA5BSEe0_y',
      '{ "firebase": { "apiKey": "AIzaSyZB0PS6lraQRjOMmssOsnTNKqBoEqrmAjV" } }',
      "var DEVELOPER_KEY = 'AIzaSyvqXqirVFGvzxOi3iBPaplr6RMBxyyx5Hu';",
      'curl "https://maps.googleapis.com/maps/api/geocode/json?address=Paris&key=AIzaSyzrlk8GzS2zrHM9m7QzedOhRHdrBaJ61ik"',
    ],
    negative: [
      'GOOGLE_API_KEY=AIza00000000000000000000000000000000000',
      'GOOGLE_API_KEY=AIzaSy0123456789abcdefghijklmnopqrstuvw',
      'GOOGLE_API_KEY=AIza4NDmaVZPpNILtnkQsjWEnTuxRQZVuX', // too short
      'GOOGLE_API_KEY=AIzaEE8uFCIYwRYKUU6RB7eAzITEEjmL60lhB0Cb', // too long
      'GOOGLE_API_KEY=xAIzahY9woE0lEi4di1KHaIepV6cIOWnWGadZ3G8', // glued to a word
    ],
  },
});

export const googleDetectors = [googleApiKey];
