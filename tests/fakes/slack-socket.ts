import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';

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
  /** Frames sent while no connection was open: Slack keeps them and sends them on the next one. */
  const waiting: string[] = [];
  const deliver = (frame: string) => {
    if (socket?.readyState === WebSocket.OPEN) socket.send(frame);
    else waiting.push(frame);
  };
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
      for (const frame of waiting.splice(0)) ws.send(frame);
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
      deliver(
        JSON.stringify({ envelope_id: id, type, payload, accepts_response_payload: type !== 'events_api' }),
      );
      return id;
    },
    /** `/between <text>` from U0ANA in T0TEAM, as Slack sends it over the socket; returns its envelope id. */
    slashCommand(text: string, responseUrl: string): string {
      return this.send('slash_commands', {
        command: '/between',
        text,
        team_id: 'T0TEAM',
        user_id: 'U0ANA',
        channel_id: 'C0GENERAL',
        trigger_id: `trigger-${envelope + 1}`,
        response_url: responseUrl,
      });
    },
    /** Sends a frame as it is: a broken envelope, or not JSON at all. */
    sendRaw(frame: string): void {
      deliver(frame);
    },
    async close() {
      clearInterval(ping);
      for (const client of server.clients) client.terminate();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
