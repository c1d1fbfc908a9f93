// Issue 5, the command center's board (rules M1, M2): an application taken ten days ago (the
// server's test clock) is overdue after the supervision sweep and shows in red; the command center
// handles the warning with a note, and reassigns through the workflow's assign_managers form.
import { assert, setTestClock, test } from './lib.mjs';
import { apiAs, findItem, hallApplication, freshPhone, openAs, privateServer, redShare, staffOf, waitItem } from './staff_lib.mjs';

test('command center: an overdue application is red on the board; the warning is handled', async (t) => {
  const server = await privateServer(['--test-clock']);
  try {
    const cm = staffOf(server.dataDir, 'customer_manager', '邾堃');
    staffOf(server.dataDir, 'project_manager', '刘犇');
    const cc = staffOf(server.dataDir, 'command_center', '胡敏');
    const admin = staffOf(server.dataDir, 'admin', '邾管理');
    // Ten calendar days ago the hall took an LV resident's application (rule T1: 2 working days).
    await setTestClock(server, new Date(Date.now() - 10 * 86400000).toISOString());
    const cmApi = await apiAs(server.url, cm);
    const old = await cmApi.post('/applications', hallApplication(freshPhone()));
    await setTestClock(server, null);
    const fresh = await (await apiAs(server.url, cm)).post('/applications', hallApplication(freshPhone(), '朱堃'));
    const ccApi = await apiAs(server.url, cc);
    await ccApi.post('/admin/sla/sweep', {});
    const board = await ccApi.get('/board');
    const item = board.items.find((i) => i.number === old.number);
    assert.equal(item.level, 'overdue');
    assert.ok(item.escalation >= 2, `escalation ${item.escalation}`);

    const app = await openAs(t, cc, '/?screen=board', { baseUrl: server.url });
    const row = await findItem(app, 'board.row.', new RegExp(old.number));
    const badge = await app.item(`${row.id}.level`);
    assert.match(badge.label, /超时/);
    assert.ok(await redShare(app, badge) > 0.3, 'the overdue badge is red');
    const other = await findItem(app, 'board.row.', new RegExp(fresh.number));
    assert.ok(await redShare(app, await app.item(`${other.id}.level`)) < 0.05, 'a fresh application is not red');
    assert.match((await app.item('board.count.overdue')).label, /超时 1/);
    await app.screenshot('staff-board-overdue');

    // Ten days on, the warning rose to leadership (M2): the command center sees it is handled above.
    await app.click(row.id);
    await waitItem(app, 'board.panel.title', new RegExp(old.number));
    await waitItem(app, 'board.ack.above');
    await app.screenshot('staff-board-panel');

    // An administrator answers for leadership: a note, and the board marks it handled.
    const adm = await openAs(t, admin, '/?screen=board', { baseUrl: server.url });
    const arow = await findItem(adm, 'board.row.', new RegExp(old.number));
    await adm.click(arow.id);
    await waitItem(adm, 'board.panel.title', new RegExp(old.number));
    await adm.insertText('board.ack.note', '已电话督办，今日装表');
    await adm.click('board.ack.submit');
    await waitItem(adm, 'board.panel.notice', /预警已处理/);
    await adm.until((s) => !s.some((i) => i.id === 'board.ack.submit'), { what: 'handled' });
    const again = (await ccApi.get('/board')).items.find((i) => i.number === old.number);
    assert.equal(again.acknowledged, true);
    // Reassign the customer manager through the assign_managers form (defaults: who holds it now).
    await waitItem(app, 'board.reassign.customer_manager');
    await app.click('board.reassign.submit');
    await waitItem(app, 'board.panel.notice', /已重新指派/);
    const detail = await ccApi.get(`/applications/${old.number}`);
    assert.ok(detail.events.some((e) => e.type === 'assign_managers'));
    await app.screenshot('staff-board-handled');
    // Per manager and per step.
    await app.click('board.tab.managers');
    await waitItem(app, 'board.managers.0', /邾堃/);
    await app.screenshot('staff-board-managers');
  } finally {
    await t.close();
    await server.stop();
  }
});
