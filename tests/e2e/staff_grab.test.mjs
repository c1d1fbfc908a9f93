// Rule M7, work-ticket grabbing (报装工作票抢单): with the company's grab settings on, an application
// the command center takes for a caller waits in the pool; a customer manager grabs it on the
// desktop and lands on its detail; a colleague on a phone then finds the pool empty.
import { assert, test } from './lib.mjs';
import { apiAs, freshPhone, hallApplication, openAs, privateServer, staffOf, waitItem } from './staff_lib.mjs';

test('customer manager: grabs a pooled application (desktop), the pool is then empty (phone)', async (t) => {
  const server = await privateServer();
  try {
    const cm1 = staffOf(server.dataDir, 'customer_manager', '邾堃');
    const cm2 = staffOf(server.dataDir, 'customer_manager', '刘犇');
    staffOf(server.dataDir, 'project_manager', '王工');
    const cc = staffOf(server.dataDir, 'command_center', '胡敏');
    const admin = staffOf(server.dataDir, 'admin', '邾管理');
    await (await apiAs(server.url, admin)).call('PUT', '/admin/config', { grab: { enabled: true, window_minutes: 90, load_cap: 20 } });
    const created = await (await apiAs(server.url, cc)).post('/applications', hallApplication(freshPhone()));
    const pool = await (await apiAs(server.url, cm1)).get('/pool');
    assert.ok(pool.items.some((i) => i.number === created.number), 'pooled');

    const app = await openAs(t, cm1, '/?screen=grab', { baseUrl: server.url });
    await waitItem(app, 'grab.settings', /公司设定/);
    await waitItem(app, `grab.${created.number}.number`, new RegExp(created.number));
    await app.screenshot('staff-grab-pool');
    await app.click(`grab.${created.number}.grab`);
    await waitItem(app, 'app.flash', new RegExp(`已抢到 ${created.number}`));
    const detail = await (await apiAs(server.url, cm1)).get(`/applications/${created.number}`);
    assert.equal(detail.events.filter((e) => e.type === 'assign_managers').at(-1).data.grabbed, true);

    const phone = await openAs(t, cm2, '/?screen=grab', { baseUrl: server.url, device: t.devices.phone });
    await waitItem(phone, 'grab.empty');
    await phone.screenshot('staff-grab-empty-phone');
  } finally {
    await t.close();  // the pages first: the pool refreshes itself and would find the server gone
    await server.stop();
  }
});
