// Issue 5: the staff's screens are made for a 1280 px desktop, but nothing may break on a 390 px
// phone: every screen opens, nothing drawn reaches past the screen's edge, and a screenshot of
// each is kept (desktop ones come from the other staff tests).
import { assert, test } from './lib.mjs';
import { openAs, privateServer, staffOf, waitItem } from './staff_lib.mjs';

const SCREENS = [
  ['queue', 'queue.summary'], ['intake', 'intake.customer.title'], ['reservations', 'reservations.count'], ['board', 'board.count.total'],
  ['indicators', 'indicators.received.value'], ['reserve_pool', 'pool.count'], ['capacity', 'capacity.total'], ['admin', 'admin.tab.users'],
];

test('phone 390 px: every staff screen opens and nothing reaches past the edge', async (t) => {
  const server = await privateServer();
  try {
    const admin = staffOf(server.dataDir, 'admin', '邾管理');
    const app = await openAs(t, admin, '/?screen=queue', { baseUrl: server.url, device: t.devices.phone, allowConsole: [/status of 409/] });
    const width = app.page.viewportSize().width;
    for (const [screen, probe] of SCREENS) {
      await app.goto(`/?screen=${screen}`);
      await app.waitReady();
      await waitItem(app, probe);
      const snap = await app.snapshot();
      const over = snap.filter((i) => i.x < -1 || i.x + i.w > width + 1);
      assert.deepEqual(over.map((i) => `${i.id} ${Math.round(i.x)}+${Math.round(i.w)}`), [], `${screen}: drawn past the edge`);
      await app.screenshot(`staff-phone-${screen}`);
    }
  } finally {
    await t.close();
    await server.stop();
  }
});
