/**
 * Is `segment` the unpadded base64 (standard or URL alphabet) of a Discord snowflake id, i.e. of
 * 17 to 20 ASCII digits? The first segment of every Discord bot token is exactly that.
 * https://discord.com/developers/docs/reference#snowflakes
 */
export function isBase64Snowflake(segment: string): boolean {
  if (!/^[A-Za-z0-9_+/-]{22,28}$/.test(segment)) return false;
  const decoded = Buffer.from(segment.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('latin1');
  return /^[0-9]{17,20}$/.test(decoded);
}
