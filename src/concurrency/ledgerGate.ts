// The ledger gate: what lets ledger checks run beside scenarios that move money. The ledger identity
// (Σ balances = money entered − money left) holds over the whole marketplace, and reading it takes
// several requests; a payment registered or a payout validated between them makes a correct ledger
// look wrong. So while concurrent workers run, every write to the target (a request that may move
// money) and every ledger reading pass through one gate in the coordinator: writes go together,
// readings go together, never a write during a reading. A reading waits for the writes already
// sent; writes wait a reading out (a few round trips). Serial runs need no gate.
//
// Protocol over one loopback connection per worker, a line per message: `W+ n` / `R+ n` ask to
// enter (answered `ok n` when granted), `W- n` / `R- n` leave. A worker that dies leaves with its
// connection.
import { createServer, connect, type Socket } from 'node:net';

/** Where workers find the gate: `127.0.0.1:<port>`, set by the coordinator of a concurrent run. */
export const ledgerGateVariable = 'MSKIT_LEDGER_GATE';

type Kind = 'W' | 'R';

export interface LedgerGate {
  /** A write to the target: never during a ledger reading. */
  write<T>(body: () => Promise<T>): Promise<T>;
  /** A ledger reading: no write of any scenario runs meanwhile. */
  read<T>(body: () => Promise<T>): Promise<T>;
}

/** The gate of a serial run: one scenario at a time has nothing to wait for. */
export const openGate: LedgerGate = { write: (body) => body(), read: (body) => body() };

interface Waiter {
  kind: Kind;
  grant: () => void;
}

/** The coordinator's side: grants entries in arrival order, all the writers or all the readers at once. */
export class LedgerGateKeeper {
  private holders = { W: 0, R: 0 };
  private readonly queue: Waiter[] = [];

  enter(kind: Kind, grant: () => void): void {
    this.queue.push({ kind, grant });
    this.admit();
  }

  leave(kind: Kind): void {
    this.holders[kind] -= 1;
    this.admit();
  }

  private admit(): void {
    while (this.queue.length > 0) {
      const next = this.queue[0]!;
      const other: Kind = next.kind === 'W' ? 'R' : 'W';
      if (this.holders[other] > 0) return;
      this.queue.shift();
      this.holders[next.kind] += 1;
      next.grant();
    }
  }
}

export interface LedgerGateServer {
  /** The variable to give the workers. */
  env: Record<string, string>;
  close(): Promise<void>;
}

export async function startLedgerGate(): Promise<LedgerGateServer> {
  const keeper = new LedgerGateKeeper();
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.setNoDelay(true);
    const held: Kind[] = [];
    let buffered = '';
    socket.on('data', (chunk) => {
      buffered += chunk.toString('utf8');
      let end: number;
      while ((end = buffered.indexOf('\n')) >= 0) {
        const [command, id] = buffered.slice(0, end).split(' ');
        buffered = buffered.slice(end + 1);
        const kind = command?.[0] as Kind;
        if (command?.[1] === '+') {
          keeper.enter(kind, () => {
            held.push(kind);
            if (!socket.destroyed) socket.write(`ok ${id}\n`);
          });
        } else if (command?.[1] === '-') {
          held.splice(held.indexOf(kind), 1);
          keeper.leave(kind);
        }
      }
    });
    socket.on('error', () => socket.destroy());
    socket.on('close', () => {
      sockets.delete(socket);
      for (const kind of held.splice(0)) keeper.leave(kind);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the ledger gate has no TCP port');
  return {
    env: { [ledgerGateVariable]: `127.0.0.1:${address.port}` },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A worker's side: one connection, opened at the first use. */
class GateClient implements LedgerGate {
  private socket: Socket | undefined;
  private next = 0;
  private readonly pending = new Map<string, () => void>();

  constructor(private readonly port: number) {}

  private connection(): Socket {
    if (this.socket && !this.socket.destroyed) return this.socket;
    const socket = connect({ host: '127.0.0.1', port: this.port });
    socket.setNoDelay(true);
    // Not a reason to keep the worker alive once its scenarios are done.
    socket.unref();
    let buffered = '';
    socket.on('data', (chunk) => {
      buffered += chunk.toString('utf8');
      let end: number;
      while ((end = buffered.indexOf('\n')) >= 0) {
        const id = buffered.slice(0, end).split(' ')[1] ?? '';
        buffered = buffered.slice(end + 1);
        this.pending.get(id)?.();
        this.pending.delete(id);
      }
    });
    socket.on('error', () => {
      // The coordinator is gone (the run is ending): nobody is left to disturb.
      for (const grant of this.pending.values()) grant();
      this.pending.clear();
    });
    this.socket = socket;
    return socket;
  }

  private async pass<T>(kind: Kind, body: () => Promise<T>): Promise<T> {
    const id = String((this.next += 1));
    const socket = this.connection();
    await new Promise<void>((resolve) => {
      this.pending.set(id, resolve);
      socket.write(`${kind}+ ${id}\n`);
    });
    try {
      return await body();
    } finally {
      if (!socket.destroyed) socket.write(`${kind}- ${id}\n`);
    }
  }

  write<T>(body: () => Promise<T>): Promise<T> {
    return this.pass('W', body);
  }

  read<T>(body: () => Promise<T>): Promise<T> {
    return this.pass('R', body);
  }
}

/** The gate this worker was given, or the open gate (a serial run, or cucumber started directly). */
export function ledgerGateFor(env: NodeJS.ProcessEnv): LedgerGate {
  const address = env[ledgerGateVariable];
  const port = Number(address?.split(':')[1]);
  return address && Number.isInteger(port) && port > 0 ? new GateClient(port) : openGate;
}
