import { isDocumentationHost } from '../src/validators/documentation-host';

describe('documentation hosts (the part of a URL after user:password@)', () => {
  it('recognises the addresses RFC 5737 and RFC 3849 reserve for documentation', () => {
    for (const authority of ['192.0.2.1', '198.51.100.7:6379/0', '203.0.113.250/path', '[2001:db8::1234]/database', '[2001:DB8:85a3::7334]:8443', '[2001:0db8::1]']) {
      expect(isDocumentationHost(authority)).toBe(true);
    }
  });

  it('recognises names under the never-delegated .example and .invalid top-level domains', () => {
    for (const authority of ['db.example', 'api.corp.example:8443/v1', 'DB01.SALES.INVALID:1521', 'host.invalid.']) {
      expect(isDocumentationHost(authority)).toBe(true);
    }
  });

  it('keeps real and local hosts, where credentials open something', () => {
    for (const authority of [
      'localhost:5432', 'app.localhost', 'shop.test', '127.0.0.1', '10.0.3.4:3306', '[::1]:5432', '[fd00::1]',
      '192.0.20.5', '198.51.10.1', '[2001:db80::1]', // near misses of the reserved ranges
      'db.example.com', 'mongodb0.example.net', 'example.org', // delegated and resolving (see the module comment)
      'example', 'invalid', 'api.example-corp.io', 'examples.io', '[db1.acme.io:3306,db2.acme.io:3306]', '(host=db1)', '',
    ]) {
      expect(isDocumentationHost(authority)).toBe(false);
    }
  });
});
