import { defineDetector } from '../src/detector';

// Dropbox short-lived access tokens: `sl.` + ~135 URL-safe characters (newer ones `sl.u.` + a longer body).
// https://developers.dropbox.com/oauth-guide

export const dropboxAccessToken = defineDetector({
  id: 'dropbox-access-token',
  provider: 'Dropbox',
  title: 'Short-lived access token',
  severity: 'high',
  keywords: ['sl.'],
  // Expires after about four hours, but reads or writes the user's files until then.
  pattern: String.raw`\b(sl\.(?:u\.)?[A-Za-z0-9_-]{130,1000})(?:[^A-Za-z0-9_-]|$)`,
  minEntropy: 4.5,
  remediation: 'Revoke it with POST /2/auth/token/revoke or by disconnecting the app at dropbox.com/account/connected_apps; rotate the app secret if it leaked too.',
  examples: {
    positive: [
      'DROPBOX_ACCESS_TOKEN=sl.IfbBg8TPqLRPNF-emOzK8FPucQFM2Sl_dz9bxWHra-hjbb6AyTaH66ABF2Ph0oktb_l7fnvoUlwOoS814su71yuWvRAHZorW8-Q0cfoApjDalhfzSACdGKk2SJdUXfeJFKbYWELkTI',
      '  "access_token": "sl.URLwmMAkrFEMQZwjbOTQE7gUDZgF8u5BUuQ16_EY-0aqyDcnb6cQKbMx5V-LsODXzmSRSQYLhg_mzLmHBoJk1KJOraSWc1SsXw2AK1HCOQXOmpeDOYYzFL9vGXKJDyOetgD7g3mwHy",',
      'curl -X POST https://api.dropboxapi.com/2/users/get_current_account --header "Authorization: Bearer sl.L1QNzjyBwHZfdCYWntPCLMsI5DEYpoTBKBy1WsbgXq417PdJjW9u95-fAnaFzrh1St1StZ_q0rEbQ6HLXwR3uHgdbepBN_1qBt0_qYrXdp_u-P1cB_O6z-JNtVF3Yi9uWRiorqCeLn"',
    ],
    negative: [
      'DROPBOX_ACCESS_TOKEN=sl.xxxxxxxxxxxxxxxxxxxxxxxx',
      'DROPBOX_ACCESS_TOKEN=sl.wikyy8TrdMT0DixLla6oDIfrSWd_RipoSjK19nxtCd_A-V56-vOd7bqGliyk8lJFvUyQucwV4kJDCO3n9RS3du7J1Q8TCkRVT',
      'import tsl.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
});

export const dropboxDetectors = [dropboxAccessToken];
