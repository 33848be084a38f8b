import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

/**
 * A local Socket Mode endpoint: says hello, sends envelopes, records the app's acknowledgements,
 * and pings as Slack does. Point the fake Web API's apps.connections.open at `url`.
 */
export async function startFakeSocketMode() {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const acks: { envelope_id: string; payload?: unknown }[] = [];
  let socket: WebSocket | undefined;
  let envelope = 0;
  const connected = new Promise<void>((resolve) => {
    server.on('connection', (ws) => {
      socket = ws;
      ws.on('message', (data) => acks.push(JSON.parse(String(data)) as { envelope_id: string }));
      ws.send(
        JSON.stringify({
          type: 'hello',
          num_connections: 1,
          debug_info: { approximate_connection_time: 3600 },
        }),
      );
      resolve();
    });
  });
  const ping = setInterval(() => socket?.ping(), 10_000);
  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link`,
    connected,
    acks,
    /** Sends an envelope the way Slack does; returns its id. */
    send(type: 'slash_commands' | 'interactive' | 'events_api', payload: unknown): string {
      envelope += 1;
      const id = `env-${envelope}`;
      socket?.send(
        JSON.stringify({ envelope_id: id, type, payload, accepts_response_payload: type !== 'events_api' }),
      );
      return id;
    },
    async close() {
      clearInterval(ping);
      for (const client of server.clients) client.terminate();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
