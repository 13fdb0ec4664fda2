import net from "node:net";

/**
 * A TCP gate in front of a port: open, it forwards every connection; closed, it refuses new ones and cuts
 * the ones it carries. Stands for a database that goes away and comes back (the stack's Postgres itself
 * also serves Letta, so it cannot be stopped under a test).
 */
export class TcpGate {
  private server: net.Server | undefined;
  private readonly sockets = new Set<net.Socket>();

  constructor(
    readonly port: number,
    private readonly target: number,
  ) {}

  async open(): Promise<void> {
    if (this.server) return;
    const server = net.createServer((incoming) => {
      const outgoing = net.connect(this.target, "127.0.0.1");
      for (const socket of [incoming, outgoing]) {
        this.sockets.add(socket);
        socket.on("close", () => this.sockets.delete(socket));
        socket.on("error", () => socket.destroy());
      }
      incoming.pipe(outgoing).pipe(incoming);
      incoming.on("close", () => outgoing.destroy());
      outgoing.on("close", () => incoming.destroy());
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.port, "127.0.0.1", () => resolve());
    });
    this.server = server;
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const socket of this.sockets) socket.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
