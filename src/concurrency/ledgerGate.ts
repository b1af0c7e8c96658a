// The ledger gate: what lets ledger checks run beside scenarios that move money. The ledger identity
// (Σ balances = money entered − money left) holds over the whole marketplace, and reading it takes
// several requests; a payment registered or a payout validated between them makes a correct ledger
// look wrong. So while concurrent scenarios run, every write to the target (a request that may move
// money) and every ledger reading pass through a gate of their marketplace: writes go together,
// readings go together, never a write during a reading. A reading waits for the writes already
// sent; writes wait a reading out (a few round trips). Each marketplace ("seat", docs/parallel.md)
// has its own ledger, so its own gate. Serial runs need no gate; lanes in this process share one
// in memory; worker processes reach the coordinator's.
//
// Protocol over one loopback connection per worker, a line per message: `W+ n seat` / `R+ n seat`
// ask to enter (answered `ok n` when granted), `W- n seat` / `R- n seat` leave. A worker that dies
// leaves with its connection.
import { createServer, connect, type Socket } from 'node:net';

/** Where workers find the gate: `127.0.0.1:<port>`, set by the coordinator of a concurrent run. */
export const ledgerGateVariable = 'MSKIT_LEDGER_GATE';

type Kind = 'W' | 'R';

/** The variable's value that names the gate of lanes in this process (src/cli/laneRun.ts). */
export const inProcessGate = 'in-process';

export interface LedgerGate {
  /** A write to the target as the marketplace at `seat`: never during a reading of its ledger. */
  write<T>(body: () => Promise<T>, seat: number): Promise<T>;
  /** A reading of the ledger of the marketplace at `seat`: no write of any scenario to it runs meanwhile. */
  read<T>(body: () => Promise<T>, seat: number): Promise<T>;
}

/** The gate of a serial run: one scenario at a time has nothing to wait for. */
export const openGate: LedgerGate = { write: (body) => body(), read: (body) => body() };

interface Waiter {
  kind: Kind;
  grant: () => void;
}

/** One marketplace's side: grants entries in arrival order, all the writers or all the readers at once. */
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

/** A keeper per marketplace. */
class SeatKeepers {
  private readonly keepers = new Map<number, LedgerGateKeeper>();

  of(seat: number): LedgerGateKeeper {
    let keeper = this.keepers.get(seat);
    if (!keeper) this.keepers.set(seat, (keeper = new LedgerGateKeeper()));
    return keeper;
  }
}

/** The gate of lanes that share this process: no connection, the keepers in memory. */
class InProcessGate implements LedgerGate {
  private readonly keepers = new SeatKeepers();

  private async pass<T>(kind: Kind, body: () => Promise<T>, seat: number): Promise<T> {
    const keeper = this.keepers.of(seat);
    await new Promise<void>((grant) => keeper.enter(kind, grant));
    try {
      return await body();
    } finally {
      keeper.leave(kind);
    }
  }

  write<T>(body: () => Promise<T>, seat: number): Promise<T> {
    return this.pass('W', body, seat);
  }

  read<T>(body: () => Promise<T>, seat: number): Promise<T> {
    return this.pass('R', body, seat);
  }
}

export interface LedgerGateServer {
  /** The variable to give the workers. */
  env: Record<string, string>;
  close(): Promise<void>;
}

export async function startLedgerGate(): Promise<LedgerGateServer> {
  const keepers = new SeatKeepers();
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.setNoDelay(true);
    const held: { kind: Kind; seat: number }[] = [];
    let buffered = '';
    socket.on('data', (chunk) => {
      buffered += chunk.toString('utf8');
      let end: number;
      while ((end = buffered.indexOf('\n')) >= 0) {
        const [command, id, seatText] = buffered.slice(0, end).split(' ');
        buffered = buffered.slice(end + 1);
        const kind = command?.[0] as Kind;
        const seat = Number(seatText ?? 0);
        if (command?.[1] === '+') {
          keepers.of(seat).enter(kind, () => {
            held.push({ kind, seat });
            if (!socket.destroyed) socket.write(`ok ${id}\n`);
          });
        } else if (command?.[1] === '-') {
          held.splice(held.findIndex((entry) => entry.kind === kind && entry.seat === seat), 1);
          keepers.of(seat).leave(kind);
        }
      }
    });
    socket.on('error', () => socket.destroy());
    socket.on('close', () => {
      sockets.delete(socket);
      for (const { kind, seat } of held.splice(0)) keepers.of(seat).leave(kind);
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

  private async pass<T>(kind: Kind, body: () => Promise<T>, seat: number): Promise<T> {
    const id = String((this.next += 1));
    const socket = this.connection();
    await new Promise<void>((resolve) => {
      this.pending.set(id, resolve);
      socket.write(`${kind}+ ${id} ${seat}\n`);
    });
    try {
      return await body();
    } finally {
      if (!socket.destroyed) socket.write(`${kind}- ${id} ${seat}\n`);
    }
  }

  write<T>(body: () => Promise<T>, seat: number): Promise<T> {
    return this.pass('W', body, seat);
  }

  read<T>(body: () => Promise<T>, seat: number): Promise<T> {
    return this.pass('R', body, seat);
  }
}

/** The gate this run was given, or the open gate (a serial run, or cucumber started directly). */
export function ledgerGateFor(env: NodeJS.ProcessEnv): LedgerGate {
  const address = env[ledgerGateVariable];
  if (address === inProcessGate) return new InProcessGate();
  const port = Number(address?.split(':')[1]);
  return address && Number.isInteger(port) && port > 0 ? new GateClient(port) : openGate;
}
