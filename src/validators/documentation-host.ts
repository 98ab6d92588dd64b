/**
 * Hosts that documentation uses and that no one can reach: addresses never routed and names never
 * delegated. Credentials written for one (`postgres://app:Xy7…@[2001:db8::5]/orders`) cannot open
 * anything, so they are examples.
 *
 * - IPv4 TEST-NET-1/2/3 (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24): RFC 5737
 *   (https://www.rfc-editor.org/rfc/rfc5737).
 * - IPv6 2001:db8::/32: RFC 3849 (https://www.rfc-editor.org/rfc/rfc3849).
 * - the `.example` and `.invalid` top-level domains: RFC 2606 §2, RFC 6761 §6.4–6.5
 *   (https://www.rfc-editor.org/rfc/rfc6761#section-6.4).
 *
 * Not included, on purpose:
 * - example.com / .net / .org (RFC 2606 §3) are delegated and resolve (IANA serves them). Vendor
 *   docs write realistic-looking credentials there (MongoDB's `D1fficultP%40ssw0rd@mongodb0.example.com`)
 *   that peers' rule examples count as findings, and test fixtures that stand for real leaks use
 *   them too: reported as before.
 * - `localhost`, `*.localhost`, `*.test` and private addresses: developers run real databases there
 *   (Laravel Valet and others serve `*.test` locally), so their credentials are still reported.
 */

const DOCUMENTATION_TLDS = new Set(['example', 'invalid']);
const TEST_NET_IPV4 = /^(?:192\.0\.2|198\.51\.100|203\.0\.113)\.[0-9]{1,3}$/;
// 2001:db8::/32, with or without leading zeros in the second group.
const DOCUMENTATION_IPV6 = /^2001:0?db8(?::|$)/i;

/**
 * Is the host at the start of `authority` (what follows `user:password@` in a URL: a name, an IPv4
 * address or a bracketed IPv6 address, then maybe `:port`, a path, …) one documentation reserves?
 */
export function isDocumentationHost(authority: string): boolean {
  if (authority.startsWith('[')) {
    const end = authority.indexOf(']');
    return end > 0 && DOCUMENTATION_IPV6.test(authority.slice(1, end));
  }
  const host = /^[A-Za-z0-9._-]*/.exec(authority)?.[0].toLowerCase().replace(/\.$/, '') ?? '';
  if (TEST_NET_IPV4.test(host)) return true;
  // A single label (`example`) is a local name, e.g. a compose service, not a top-level domain.
  return host.includes('.') && DOCUMENTATION_TLDS.has(host.slice(host.lastIndexOf('.') + 1));
}
