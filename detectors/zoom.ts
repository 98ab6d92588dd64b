import { defineDetector } from '../src/detector';

// Zoom app (Server-to-Server OAuth, OAuth, legacy JWT) client secrets: 32 alphanumerics, only
// recognisable next to the name zoom and the word secret.
// https://developers.zoom.us/docs/internal-apps/s2s-oauth/
export const zoomClientSecret = defineDetector({
  id: 'zoom-client-secret',
  provider: 'Zoom',
  title: 'App client secret',
  severity: 'high',
  keywords: ['zoom'],
  pattern: String.raw`(?:^|[^A-Za-z])(?i:zoom)[\w.-]{0,20}?(?i:secret)[\w.-]{0,10}["']?\s*[:=]\s*["']?([A-Za-z0-9]{32})\b`,
  minEntropy: 3.8,
  remediation: 'Regenerate the client secret at marketplace.zoom.us (Manage → your app → App Credentials).',
  examples: {
    positive: ['ZOOM_CLIENT_SECRET=Gnswph8PRvQSuEqcTdr3ZZx6HQO35UWz', "zoom_api_secret: 'QXzoohJKjqqRKApEHmVBFRN2YZl7c5mG'", '{ "zoomClientSecret": "3pr4HllooXL3Gv3fgrMRcnNfzSgQGH0F" }'],
    negative: ['ZOOM_CLIENT_SECRET=RRHBKvaHrhlFberK', 'CLIENT_SECRET=iYdTfdbam0GQeZPc3n8fEkJftRkcB0tZ', 'ZOOM_CLIENT_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
});

export const zoomDetectors = [zoomClientSecret];
