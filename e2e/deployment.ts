import { createServer, request as forward, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a new deployment adds to the service worker: an answer that names the version. */
const NEXT_VERSION = `
self.addEventListener('fetch', (event) => {
  if (new URL(event.request.url).pathname === '/__version') event.respondWith(new Response('next'));
});`;

/**
 * The site as its host serves it, in front of the built app: it passes every request through
 * until `deployNewVersion()`, from when on it serves a changed service worker. (The browser
 * fetches the service worker itself when it looks for updates, out of Playwright's routes.)
 */
export class Deployment {
  private newVersion = false;

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(upstream: string): Promise<Deployment> {
    const deployment: { current?: Deployment } = {};
    const server = createServer((incoming, outgoing) => {
      const isWorker = incoming.url?.split('?')[0] === '/sw.js';
      const changed = isWorker && deployment.current!.newVersion;
      const headers = { ...incoming.headers };
      // The changed script is written out whole: no compression, no validators.
      if (changed) {
        delete headers['accept-encoding'];
        delete headers['if-none-match'];
        delete headers['if-modified-since'];
      }
      const proxied = forward(
        new URL(incoming.url ?? '/', upstream),
        { method: incoming.method, headers },
        (response) => {
          if (!changed) {
            outgoing.writeHead(response.statusCode ?? 502, response.headers);
            response.pipe(outgoing);
            return;
          }
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            const body = Buffer.concat([...chunks, Buffer.from(NEXT_VERSION)]);
            const { etag, 'last-modified': _modified, ...rest } = response.headers;
            void etag;
            outgoing.writeHead(200, { ...rest, 'content-length': body.length });
            outgoing.end(body);
          });
        },
      );
      proxied.on('error', () => outgoing.destroy());
      incoming.pipe(proxied);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    deployment.current = new Deployment(server, `http://127.0.0.1:${port}`);
    return deployment.current;
  }

  deployNewVersion(): void {
    this.newVersion = true;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}
