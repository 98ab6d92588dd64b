/**
 * Is `token` an Intercom access token: base64 of `tok:<8_4_4_4_12 hex id>:<digits>:<digits>`?
 * https://developers.intercom.com/docs/build-an-integration/learn-more/authentication
 */
export function isIntercomToken(token: string): boolean {
  const decoded = Buffer.from(token, 'base64').toString('latin1');
  return /^tok:[0-9a-f]{8}_[0-9a-f]{4}_[0-9a-f]{4}_[0-9a-f]{4}_[0-9a-f]{12}:[0-9]+:[0-9]+$/.test(decoded);
}
