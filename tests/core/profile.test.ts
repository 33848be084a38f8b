import { afterEach, describe, expect, it } from 'vitest';
import type { UserRef } from '../../src/core/model';
import { createTestApp, eventsFor, type TestApp } from '../fixtures/app';

let app: TestApp;
afterEach(() => app.cleanup());

const ANA: UserRef = { platform: 'slack', workspaceId: 'T1', userId: 'U0ANA' };
const zoneOf = (userId: string) =>
  app.sqlite
    .prepare('select time_zone, time_zone_source from members where platform_user_id = ? order by id')
    .all(userId);
const profile = (user: UserRef) => app.handle({ kind: 'profile', user });

describe('a profile change from the platform', () => {
  it('moves a zone that came from the platform, and the plans with it, in every community of the person', async () => {
    app = createTestApp(new Date('2026-11-23T09:00:00Z'));
    await app.handle(
      eventsFor({ ...ANA, timeZone: 'America/Mexico_City' }).command('schedule add daily 19:00'),
    );
    await app.handle(
      eventsFor({ ...ANA, workspaceId: 'T2', timeZone: 'America/Mexico_City' }).command('help'),
    );
    expect(await profile({ ...ANA, workspaceId: 'T1', timeZone: 'Europe/Madrid' })).toEqual({ kind: 'none' });
    expect(zoneOf('U0ANA')).toEqual([
      { time_zone: 'Europe/Madrid', time_zone_source: 'platform' },
      { time_zone: 'Europe/Madrid', time_zone_source: 'platform' },
    ]);
    expect(app.sqlite.prepare('select next_due_at from plans').all()).toEqual([
      { next_due_at: '2026-11-23T18:00:00.000Z' },
    ]);
  });

  it('never moves a zone the member set, nor makes anyone a member, nor takes a zone that does not exist', async () => {
    app = createTestApp();
    await app.handle(eventsFor(ANA).command('settings timezone Asia/Tokyo'));
    await profile({ ...ANA, timeZone: 'America/Bogota' });
    expect(zoneOf('U0ANA')).toEqual([{ time_zone: 'Asia/Tokyo', time_zone_source: 'member' }]);
    await profile({ ...ANA, userId: 'U0NEW', timeZone: 'America/Lima' });
    expect(app.sqlite.prepare('select count(*) as n from members').get()).toEqual({ n: 1 });

    const ben: UserRef = { ...ANA, userId: 'U0BEN' };
    await app.handle(eventsFor({ ...ben, timeZone: 'Europe/London' }).command('help'));
    await profile({ ...ben, timeZone: 'Mars/Olympus_Mons' });
    expect(zoneOf('U0BEN')).toEqual([{ time_zone: 'Europe/London', time_zone_source: 'platform' }]);
  });

  it('leaves a language the member already has: only their first contact takes the platform’s', async () => {
    app = createTestApp();
    await app.handle(eventsFor({ ...ANA, locale: 'es-MX' }).command('help'));
    await profile({ ...ANA, locale: 'en-US' });
    expect(app.sqlite.prepare('select locale, locale_source from members').get()).toEqual({
      locale: 'es',
      locale_source: 'platform',
    });
  });
});
