// How the kit's requests reach a real implementation: through an HTTP(S) proxy, presenting a client
// certificate (mutual TLS) and trusting a private CA, as UAT environments behind corporate networks
// ask. Node's fetch takes an undici dispatcher for that; without any of these settings it is used
// as it is (and tests can intercept it).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createSecureContext } from 'node:tls';
import type { Dispatcher } from 'undici';
import { TransportError } from './transportFailure.ts';

export interface TlsFiles {
  /** PEM client certificate (mutual TLS); goes with `key`. */
  cert?: string;
  key?: string;
  passphrase?: string;
  /** PEM certificate(s) of a private CA the target's certificate is signed by. */
  ca?: string;
}

export interface ProxySettings {
  /** Proxy for https:// targets (HTTPS_PROXY), and for http:// ones (HTTP_PROXY) when `httpUrl` is absent. */
  url: string;
  httpUrl?: string;
  /** Hosts reached directly (NO_PROXY syntax: `localhost,.internal.example,10.0.0.0`). */
  noProxy?: string;
}

export interface TransportOptions {
  tls?: TlsFiles;
  proxy?: ProxySettings;
}

/** What the kit reads of an answer: fetch's Response has it, and so has the answer of a target in this process. */
export interface TransportAnswer {
  readonly status: number;
  readonly ok: boolean;
  readonly headers: { get(name: string): string | null; entries(): IterableIterator<[string, string]> };
  text(): Promise<string>;
}

export interface HttpTransport {
  fetch(url: string, init: RequestInit): Promise<TransportAnswer>;
}

/** Node's fetch as it is: no proxy, the system's CAs. */
export const directTransport: HttpTransport = { fetch: (url, init) => fetch(url, init) };

function readPem(path: string, key: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new TransportError(`cannot read ${key} ${path} (${(error as NodeJS.ErrnoException).code ?? 'unreadable'}): check target.${key}`);
  }
}

/** The TLS options, read and checked now: a wrong file is one line before anything is sent. */
function tlsOptions(tls: TlsFiles | undefined) {
  if (!tls) return undefined;
  const options = {
    ...(tls.cert ? { cert: readPem(tls.cert, 'tls.cert') } : {}),
    ...(tls.key ? { key: readPem(tls.key, 'tls.key') } : {}),
    ...(tls.passphrase ? { passphrase: tls.passphrase } : {}),
    ...(tls.ca ? { ca: readPem(tls.ca, 'tls.ca') } : {}),
  };
  try {
    createSecureContext(options);
  } catch (error) {
    const reason = (error as Error).message.replace(/^error:[0-9A-F]+:/, '').replace(/:+/g, ' ').trim();
    throw new TransportError(`target.tls cannot be used (${reason}): check that tls.cert and tls.key are the PEM certificate and its key${tls.passphrase ? ', and the key passphrase' : ''}`);
  }
  return options;
}

export function httpTransport(options: TransportOptions = {}): HttpTransport {
  if (!options.tls && !options.proxy) return directTransport;
  const tls = tlsOptions(options.tls);
  const { proxy } = options;
  // Loaded only here: undici takes a fifth of a second to import, a cost every worker would pay.
  const { Agent, EnvHttpProxyAgent } = createRequire(import.meta.url)('undici') as typeof import('undici');
  const dispatcher: Dispatcher = proxy
    ? // requestTls: TLS to the target through the proxy's tunnel; connect: to the hosts NO_PROXY exempts.
      // Plain http:// targets go through the proxy as absolute-URI requests, not a tunnel.
      new EnvHttpProxyAgent({ httpProxy: proxy.httpUrl ?? proxy.url, httpsProxy: proxy.url, noProxy: proxy.noProxy ?? '', connect: tls, requestTls: tls, proxyTunnel: false })
    : new Agent({ connect: tls });
  // Node's fetch accepts an undici dispatcher, an option its RequestInit type does not declare
  // (Node 20 bundles undici 6; dispatchers of undici 7 take its requests, tested on loopback).
  return { fetch: (url, init) => fetch(url, { ...init, dispatcher } as unknown as RequestInit) };
}

/** The proxy as it may be shown: without the credentials a proxy URL can carry. */
export function shownProxy(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.href.replace(/\/$/, '');
  } catch {
    return '<proxy URL>';
  }
}

/** The secrets a transport setting holds: the key passphrase and a proxy's password. */
export function transportSecrets(options: TransportOptions | undefined): string[] {
  const secrets = [options?.tls?.passphrase];
  for (const url of [options?.proxy?.url, options?.proxy?.httpUrl]) {
    try {
      if (url) secrets.push(decodeURIComponent(new URL(url).password), new URL(url).password);
    } catch {
      // not a URL: the config's validation reports it
    }
  }
  return secrets.filter((secret): secret is string => Boolean(secret));
}
