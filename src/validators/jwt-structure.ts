/**
 * Is `token` shaped like a JWS compact serialization: base64url(header JSON) `.` base64url(payload
 * JSON) `.` signature? The header must decode to a JSON-looking object naming `alg`, `typ`, `kid` or
 * `x5t`, the payload to an object. https://www.rfc-editor.org/rfc/rfc7519
 */
export function isJwtStructure(token: string): boolean {
  const [header, payload = ''] = token.split('.');
  const headerText = Buffer.from(header, 'base64url').toString('latin1');
  const payloadText = Buffer.from(payload, 'base64url').toString('latin1');
  // Some tokens in the wild have a damaged header after `{"alg":`; the prefix still identifies them.
  return /^\{\s*"(?:[^"]{1,40}"\s*:[^,]{0,200},\s*")*(?:alg|typ|kid|x5t)"/.test(headerText) && /^\{\s*"/.test(payloadText);
}
