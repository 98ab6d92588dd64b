import { defineDetector } from '../src/detector';

// ThingsBoard device access tokens: 20 lowercase alphanumerics in the device API path
// `/api/v1/<token>/telemetry|attributes|rpc…`; provisioning keys/secrets are 20 as well.
// https://thingsboard.io/docs/reference/http-api/  https://thingsboard.io/docs/user-guide/device-provisioning/
const REVOKE = 'Change the device credentials in ThingsBoard (Devices → your device → Manage credentials), or the provisioning secret in the device profile.';

export const thingsboardAccessToken = defineDetector({
  id: 'thingsboard-access-token',
  provider: 'ThingsBoard',
  title: 'Device access token',
  severity: 'medium',
  keywords: ['thingsboard'],
  pattern: String.raw`(?i:thingsboard)[A-Za-z0-9.-]{0,40}(?::[0-9]{2,5})?/api/v1/([a-z0-9]{20})/(?:telemetry|attributes|rpc|claim|firmware|software)\b`,
  minEntropy: 3.3,
  remediation: REVOKE,
  examples: {
    positive: ['https://thingsboard.cloud/api/v1/29326ml64lg2tjf8cz2k/telemetry', 'coap://coap.thingsboard.cloud/api/v1/a7edcmpb3u2m7os5af3r/attributes', 'curl -X POST -d "{\\"temp\\": 25}" http://demo.thingsboard.io:8080/api/v1/09fquo6sbegzgsyebann/telemetry'],
    negative: ['https://thingsboard.cloud/api/v1/$ACCESS_TOKEN/telemetry', 'https://thingsboard.cloud/api/v1/d4yz0emrvftv/telemetry', 'https://example.com/api/v1/a0hipgad35l9m26mi0yh/telemetry'],
  },
});

export const thingsboardProvisionSecret = defineDetector({
  id: 'thingsboard-provision-secret',
  provider: 'ThingsBoard',
  title: 'Device provisioning key and secret',
  severity: 'medium',
  keywords: ['provisiondevicekey'],
  pattern: String.raw`"provisionDeviceKey"\s*:\s*"([a-z0-9]{20})"\s*,\s*"provisionDeviceSecret"\s*:\s*"[a-z0-9]{20}"`,
  minEntropy: 3.3,
  remediation: REVOKE,
  examples: {
    positive: ['{"deviceName": "DEVICE_NAME", "provisionDeviceKey": "z0nartbnlzgcjn2qavsy", "provisionDeviceSecret": "eefnpaxx3i4iyljtopmk"}', 'payload = \'{"provisionDeviceKey":"9my4f0dggc6qpzq05s7l","provisionDeviceSecret":"eio49ernnber02pdclsx"}\'', 'mosquitto_pub -t /provision -m \'{"provisionDeviceKey": "7ifxi2v7icb4wtcbe4et", "provisionDeviceSecret": "uiee28xcivwf4e0b5ayy"}\''],
    negative: ['{"provisionDeviceKey": "aeffhq0vy3238f76btf4"}', '{"provisionDeviceKey": "PUT_PROVISION_KEY_HERE", "provisionDeviceSecret": "PUT_PROVISION_SECRET_HERE"}', '{"provisionDeviceKey": "boh55qaxtj", "provisionDeviceSecret": "m7kv25puzq"}'],
  },
});

export const thingsboardDetectors = [thingsboardAccessToken, thingsboardProvisionSecret];
