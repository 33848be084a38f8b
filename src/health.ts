import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BetweenError } from './core/errors';
import type { ChatAdapter } from './core/port';
import type { Logger } from './log';

export interface HealthReport {
  readonly status: 'ok' | 'unavailable';
  readonly database: 'ok' | 'unreachable';
  /** Each configured platform: whether its connection is up now. */
  readonly platforms: Readonly<Record<string, 'connected' | 'disconnected'>>;
}

/**
 * What `GET /healthz` reports: the database answers a query, and every platform's connection is up.
 * Anything down makes the whole process unavailable (503), so that a load balancer, Docker or
 * systemd sends no work to it and an orchestrator can restart it.
 */
export function healthOf(parts: {
  readonly database: () => void;
  readonly adapters: readonly ChatAdapter[];
}): HealthReport {
  let database: HealthReport['database'] = 'ok';
  try {
    parts.database();
  } catch {
    database = 'unreachable';
  }
  const platforms: Record<string, 'connected' | 'disconnected'> = {};
  for (const adapter of parts.adapters) {
    platforms[adapter.platform] = (adapter.connected?.() ?? true) ? 'connected' : 'disconnected';
  }
  const ok = database === 'ok' && Object.values(platforms).every((p) => p === 'connected');
  return { status: ok ? 'ok' : 'unavailable', database, platforms };
}

export interface HealthServer {
  readonly port: number;
  close(): Promise<void>;
}

/**
 * A small HTTP server for `GET /healthz` (and `HEAD`), apart from the platforms' own: Slack's HTTP
 * receiver answers only signed requests, and Socket Mode and Discord listen on nothing. It reports
 * states only (no member, no text, no token) and is bound to `host` (loopback unless configured).
 */
export async function startHealthServer(
  options: { readonly port: number; readonly host: string; readonly log: Logger },
  report: () => HealthReport,
): Promise<HealthServer> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://health').pathname;
    if (path !== '/healthz') {
      response.writeHead(404).end();
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const health = report();
    const body = `${JSON.stringify(health)}\n`;
    response.writeHead(health.status === 'ok' ? 200 : 503, {
      'content-type': 'application/json',
      'cache-control': 'no-store',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve, reject) => {
    const refused = (error: NodeJS.ErrnoException) =>
      reject(
        new BetweenError(
          'config_invalid',
          `BETWEEN_HEALTH_PORT ${options.port} on ${options.host} cannot be used (${error.code ?? error.message}): choose a free port, or leave it unset for no health endpoint.`,
          { cause: error },
        ),
      );
    server.once('error', refused);
    server.listen(options.port, options.host, () => {
      server.off('error', refused);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  options.log.info({ host: options.host, port }, 'health endpoint listening on /healthz');
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
