/**
 * Preloaded with `node --require` into the real CLI: every way Node can reach the network throws
 * and is recorded (one line per attempt) in the file named by KEYGUARD_TEST_NETWORK_LOG, so a
 * test can prove keyguard never tried. Only test code; never shipped.
 */
import { appendFileSync } from 'node:fs';

const log = process.env.KEYGUARD_TEST_NETWORK_LOG ?? '';

function blocked(name: string): () => never {
  return () => {
    if (log !== '') appendFileSync(log, `${name}\n`);
    throw new Error(`keyguard test: network access blocked (${name})`);
  };
}

function block(target: Record<string, unknown>, moduleName: string, names: readonly string[]): void {
  for (const name of names) {
    if (typeof target[name] === 'function') target[name] = blocked(`${moduleName}.${name}`);
  }
}

/* eslint-disable @typescript-eslint/no-require-imports */
const net = require('node:net');
block(net, 'net', ['connect', 'createConnection']);
block(net.Socket.prototype, 'net.Socket', ['connect']);
block(require('node:tls'), 'tls', ['connect']);
block(require('node:http'), 'http', ['request', 'get']);
block(require('node:https'), 'https', ['request', 'get']);
block(require('node:http2'), 'http2', ['connect']);
block(require('node:dgram'), 'dgram', ['createSocket']);
const DNS_CALLS = ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveNs', 'resolveTxt', 'resolveSrv', 'reverse'];
const dns = require('node:dns');
block(dns, 'dns', DNS_CALLS);
block(dns.promises, 'dns.promises', DNS_CALLS);
block(dns.Resolver.prototype, 'dns.Resolver', DNS_CALLS);
block(dns.promises.Resolver.prototype, 'dns.promises.Resolver', DNS_CALLS);
block(globalThis as unknown as Record<string, unknown>, 'global', ['fetch']);
