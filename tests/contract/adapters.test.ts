import { PassThrough } from 'node:stream';
import { createShellAdapter } from '../../adapters/shell/index';
import { createMemoryAdapter } from '../fakes/memory-adapter';
import { chatAdapterContract } from './chat-adapter.contract';

chatAdapterContract('the shell adapter', async () => {
  const adapter = createShellAdapter({
    input: new PassThrough(),
    output: new PassThrough(),
    exportDir: '/tmp',
  });
  await adapter.start(async () => ({ kind: 'none' }));
  return { adapter, user: adapter.user };
});

chatAdapterContract('the in-memory test adapter', async () => {
  const { adapter } = createMemoryAdapter();
  await adapter.start(async () => ({ kind: 'none' }));
  return { adapter, user: { platform: 'shell', workspaceId: 'local', userId: 'ana' } };
});
