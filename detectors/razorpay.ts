import { defineDetector } from '../src/detector';

// Razorpay API keys come in pairs: key id `rzp_live_` / `rzp_test_` + 14 alphanumerics (public,
// used in Checkout) and a 24-alphanumeric key secret, sent together as basic auth `<id>:<secret>`.
// https://razorpay.com/docs/api/authentication/
export const razorpayKeySecret = defineDetector({
  id: 'razorpay-key-secret',
  provider: 'Razorpay',
  title: 'API key secret',
  severity: 'critical',
  keywords: ['razorpay', 'rzp_live_'],
  pattern: String.raw`(?:(?i:razorpay)[\w.-]{0,20}?(?i:secret)[\w.-]{0,10}["']?\s*[:=]\s*["']?|\brzp_live_[A-Za-z0-9]{14}:)([A-Za-z0-9]{24})\b`,
  minEntropy: 3.5,
  remediation: 'Regenerate the key pair in the Razorpay Dashboard (Account & Settings → API Keys), then update its users.',
  examples: {
    positive: ['RAZORPAY_KEY_SECRET=QSr6rz24LpOqJ3OpuLIEi2Nv', 'curl -u rzp_live_SBbI1rmAR1JF3y:z4zQ0cvb8Iy4QW2Of5wjkbqX https://api.razorpay.com/v1/payments', '{ "razorpaySecret": "4boUpHW0mzoQscjnvIcruciL" }'],
    negative: ['RAZORPAY_KEY_ID=rzp_live_SMLhWQXdQmRZ4I', 'RAZORPAY_KEY_SECRET=kfjPkP4MsXIE', 'KEY_SECRET=bpo9dYAub73COJfzs1coQKua', 'curl -u rzp_test_v3Q4wzWMt2oXht:qI5tmPufN3nClslCWlukVLSM https://api.example.com/v1/payments'],
  },
});

export const razorpayDetectors = [razorpayKeySecret];
