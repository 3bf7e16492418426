// Sigstore's public instance (https://fulcio.sigstore.dev, https://rekor.sigstore.dev) played by the
// loopback double of ./server.ts, for a client that cannot be told other URLs: the npm CLI, whose
// `npm publish --provenance` signs with sigstore's defaults (no npm setting or environment variable
// changes the Fulcio or Rekor URL).
//
// How: the client is sent through an HTTPS proxy, the way a runner behind a corporate proxy is,
// with variables that npm honours itself (its HTTP agent, @npmcli/agent, reads HTTPS_PROXY and
// NO_PROXY; Node reads NODE_EXTRA_CA_CERTS at start-up):
//   HTTPS_PROXY=http://127.0.0.1:<this proxy>  NO_PROXY=127.0.0.1,localhost  NODE_EXTRA_CA_CERTS=<throw-away CA>
// The proxy answers `CONNECT fulcio.sigstore.dev:443` (and rekor's) itself, with no upstream
// connection and no DNS: it completes the TLS handshake with a certificate for those names signed
// by a throw-away CA (./throwaway-ca.ts), reads the request and hands it to the double. The client
// checks that certificate against its trust store and the host name as it would check the real
// one, and sends the same requests (method, path, headers, body) it would send to sigstore.dev.
// Every other CONNECT is refused (403) and recorded, so a test sees any other host the client
// tried (TUF's tuf-repo-cdn.sigstore.dev, timestamp.sigstore.dev, ...). Requests to 127.0.0.1 (the
// registry double, GitHub's ID-token double) bypass the proxy through NO_PROXY.
//
//   const sigstore = await startSigstore();
//   const publicSigstore = await startPublicSigstore(sigstore);
//   runAction({ env: { ...publicSigstore.env, ... } });   // npm publish --provenance signs with the double
//   publicSigstore.tunnels();  // [{ host: 'fulcio.sigstore.dev', port: 443, allowed: true }, ...]
//   await publicSigstore.stop();
import { createServer as createHttpServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { Socket } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { listenOnLoopback } from '../loopback.js';
import { createThrowawayCa, type ThrowawayCa } from './throwaway-ca.js';

export const PUBLIC_FULCIO_HOST = 'fulcio.sigstore.dev';
export const PUBLIC_REKOR_HOST = 'rekor.sigstore.dev';

export interface ProxyTunnel {
  /** The CONNECT target. */
  host: string;
  port: number;
  /** Whether it was one of the stand-in hosts (else answered 403). */
  allowed: boolean;
  at: number;
}

export interface PublicRequest {
  /** The TLS server name (SNI) the client asked for, and the Host header it sent. */
  servername: string | null;
  host: string | null;
  method: string;
  path: string;
  /** The User-Agent header (sigstore-js names itself and the Node version). */
  userAgent: string | null;
  /** The double's status (502 when it could not be reached). */
  status: number;
  at: number;
}

export interface PublicSigstore {
  /** `http://127.0.0.1:N`, the proxy. */
  proxyUrl: string;
  /** The host names served (each in the certificate). */
  hosts: string[];
  ca: ThrowawayCa;
  /** What the client's environment needs: HTTPS_PROXY, NO_PROXY, NODE_EXTRA_CA_CERTS. */
  env: Record<'HTTPS_PROXY' | 'NO_PROXY' | 'NODE_EXTRA_CA_CERTS', string>;
  /** CONNECT requests so far, oldest first. */
  tunnels(): ProxyTunnel[];
  /** Requests read inside the tunnels and handed to the double, oldest first. */
  requests(): PublicRequest[];
  reset(): void;
  stop(): Promise<void>;
}

export async function startPublicSigstore(sigstore: { url: string }, opts: { hosts?: string[] } = {}): Promise<PublicSigstore> {
  const hosts = opts.hosts ?? [PUBLIC_FULCIO_HOST, PUBLIC_REKOR_HOST];
  const ca = await createThrowawayCa(hosts);
  const target = new URL(sigstore.url);
  let tunnels: ProxyTunnel[] = [];
  let requests: PublicRequest[] = [];
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy()); // a client gone mid-stream is not a test failure
  };

  /** The inside of a tunnel: the request as the client sent it, answered by the double. */
  function forward(req: IncomingMessage, res: ServerResponse): void {
    const entry: PublicRequest = {
      servername: ((req.socket as TLSSocket).servername as string | false | undefined) || null,
      host: req.headers.host ?? null,
      method: req.method ?? '',
      path: req.url ?? '/',
      userAgent: req.headers['user-agent'] ?? null,
      status: 0,
      at: Date.now(),
    };
    requests.push(entry);
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, method: entry.method, path: entry.path, headers: { ...req.headers, host: target.host } },
      (answer) => {
        entry.status = answer.statusCode ?? 0;
        res.writeHead(entry.status, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', (error) => {
      entry.status = 502;
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`sigstore double unreachable: ${error.message}`);
    });
    req.pipe(upstream);
  }

  const tls = createHttpsServer({ cert: ca.certPem, key: ca.keyPem }, forward);
  tls.on('tlsClientError', () => {}); // a client refusing the certificate shows in its own output
  const proxy = createHttpServer((_req, res) => {
    // Plain-HTTP proxying is not wanted: everything on 127.0.0.1 goes direct (NO_PROXY).
    res.writeHead(405, { 'content-type': 'text/plain' });
    res.end('only CONNECT to the sigstore hosts');
  });
  proxy.on('connection', track);
  proxy.on('connect', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    const [host = '', port = '443'] = (req.url ?? '').split(':');
    const allowed = hosts.includes(host) && port === '443';
    tunnels.push({ host, port: Number(port), allowed, at: Date.now() });
    if (!allowed) {
      socket.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
      return;
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length > 0) socket.unshift(head);
    tls.emit('connection', socket);
  });
  const { url: proxyUrl } = await listenOnLoopback(proxy);

  return {
    proxyUrl,
    hosts: [...hosts],
    ca,
    env: { HTTPS_PROXY: proxyUrl, NO_PROXY: '127.0.0.1,localhost', NODE_EXTRA_CA_CERTS: ca.caFile },
    tunnels: () => tunnels.map((tunnel) => ({ ...tunnel })),
    requests: () => requests.map((request) => ({ ...request })),
    reset() {
      tunnels = [];
      requests = [];
    },
    async stop() {
      for (const socket of sockets) socket.destroy();
      proxy.closeAllConnections();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
      tls.close();
      ca.remove();
    },
  };
}
