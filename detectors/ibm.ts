import { defineDetector } from '../src/detector';

export const ibmCloudApiKey = defineDetector({
  id: 'ibm-cloud-api-key',
  provider: 'IBM Cloud',
  title: 'IAM API key',
  severity: 'critical',
  keywords: ['ibm'],
  keywordLines: true,
  // 44 characters of [A-Za-z0-9_-] with no prefix, so trusted only under an IBM name
  // (IBMCLOUD_API_KEY, ibm_cloud_apikey, IC_API_KEY is too vague and left to the generic detectors).
  // https://cloud.ibm.com/docs/account?topic=account-userapikey
  pattern: String.raw`(?i)\bibm[\w.-]{0,30}?(?:api[_.-]?key|iam[_.-]?key)["'\x60]?[ \t]*(?::=|=>|=|:)[ \t]*["'\x60]?([A-Za-z0-9_-]{44})(?:[^A-Za-z0-9_-]|$)`,
  minEntropy: 4.0,
  remediation: 'Delete the key at cloud.ibm.com/iam/apikeys (service IDs: IAM → Service IDs → API keys), then create a new one.',
  examples: {
    positive: [
      'IBMCLOUD_API_KEY=z0ZyKDTlrrmXXlkGSfLJFV_Ze5U4yQvslgGDExI7YawG',
      '{ "ibm_cloud_apikey": "7qTbHEgJJDwX_JgPpMuV0PGVVgDfKjaI6qZeBEKr0KcO" }',
      'ibmcloud login --apikey x\nibm_api_key: 6k3y6HxALmaFl2MnpLOOhZ1VhheiOR31bNl7q9XyoBUi',
    ],
    negative: [
      'API_KEY=UO4UtKJl3WfEDTQtdk3FxgUCCwNiMzePzqbAfZDvdwSi', // no IBM name
      'IBMCLOUD_API_KEY=AraaIniMmWM7jJsZiAPIY42sI10b9n', // too short
      'IBMCLOUD_API_KEY=<your-api-key>',
    ],
  },
});

export const ibmDetectors = [ibmCloudApiKey];
