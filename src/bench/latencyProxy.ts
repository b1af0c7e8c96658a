// A loopback TCP proxy that delays every chunk by a fixed time in each direction: a target on this
// machine made to look as far away as a UAT across a network (benchmarks and tests of concurrency).
// It listens on 127.0.0.1 only and forwards to 127.0.0.1 only.
import { connect, createServer, type Socket } from 'node:net';

export interface LatencyProxy {
  /** The loopback port to use instead of the upstream's. */
  port: number;
  close(): Promise<void>;
}

/** Writes what `from` sends to `to` `delayMs` later, in order; the end travels with the same delay. */
function pipeDelayed(from: Socket, to: Socket, delayMs: number): void {
  const later = (action: () => void) => (delayMs > 0 ? setTimeout(action, delayMs) : setImmediate(action));
  from.on('data', (chunk) => later(() => to.destroyed || to.write(chunk)));
  from.on('end', () => later(() => to.end()));
}

export async function startLatencyProxy(options: { upstreamPort: number; oneWayDelayMs: number }): Promise<LatencyProxy> {
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect({ host: '127.0.0.1', port: options.upstreamPort });
    const later = (action: () => void) => setTimeout(action, options.oneWayDelayMs);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.setNoDelay(true);
      socket.on('close', () => sockets.delete(socket));
    }
    // Either side failing or closing takes the other with it, as a real connection would.
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.on('close', () => later(() => upstream.destroy()));
    upstream.on('close', () => later(() => client.destroy()));
    pipeDelayed(client, upstream, options.oneWayDelayMs);
    pipeDelayed(upstream, client, options.oneWayDelayMs);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the latency proxy has no TCP port');
  return {
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
