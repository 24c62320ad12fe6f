import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config';
import { pipelineFromConfig } from '../../src/app/composition';
import { cardProblems } from '../replies/card-schema';

// A small inventory: two devices of user-1, one of user-2; admin-1 is helpdesk (HELPDESK_ADMIN_IDS).
const dir = mkdtempSync(join(tmpdir(), 'hb-inv-'));
const csv = join(dir, 'devices.csv');
writeFileSync(
  csv,
  [
    'deviceName,ownerId,edition,osVersion,architecture,vbs,licenses,chpeDisabled,managed,hotpatchPolicy,joinType',
    'LAPTOP-4F2K,user-1,Enterprise,10.0.26100.4349,x64,running,E3,,intune,allow,entra',
    'DESKTOP-OLD1,user-1,Pro,23H2,x64,off,none,,intune,,entra',
    'TABLET-7Q2W,user-2,Enterprise,24H2,arm64,running,E5,no,intune,allow,hybrid',
  ].join('\n'),
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pipeline = pipelineFromConfig(loadConfig({ STORAGE: 'memory', DEVICE_SOURCE: 'csv', INVENTORY_CSV_PATH: csv, HELPDESK_ADMIN_IDS: 'admin-1' }));
const now = new Date('2026-11-25T10:00:00Z');
const user = (id: string) => ({ aadObjectId: id, isHelpdesk: false });

describe('answers from the inventory', () => {
  it('"is my device eligible?" answers per device of the asker, without a form', async () => {
    const reply = await pipeline.ask({ text: 'is my device eligible for hotpatch?', now, requester: user('user-1') });
    expect(reply.answer.kind).toBe('multi');
    expect(reply.attachments).toHaveLength(2);
    expect(reply.text).toMatch(/LAPTOP-4F2K/);
    expect(reply.text).toMatch(/DESKTOP-OLD1/);
    if (reply.answer.kind === 'multi') {
      const statuses = reply.answer.answers.map((a) => (a.kind === 'eligibility' ? a.verdict.status : a.kind));
      expect(statuses).toEqual(['eligible', 'not-eligible']);
    }
  });

  it('a user with one device gets one verdict; Arm64 with CHPE still on is not eligible', async () => {
    const reply = await pipeline.ask({ text: 'am I eligible?', now, requester: user('user-2') });
    expect(reply.answer.kind).toBe('eligibility');
    if (reply.answer.kind === 'eligibility') expect(reply.answer.verdict.blockers).toEqual(['arm64-chpe']);
  });

  it('facts in the question win over the inventory', async () => {
    const reply = await pipeline.ask({ text: 'Windows 11 Home 24H2 eligible?', now, requester: user('user-1') });
    expect(reply.answer.kind).toBe('eligibility');
    if (reply.answer.kind === 'eligibility') expect(reply.answer.device.edition).toBe('home');
  });

  it("the next reboot is per the asker's device", async () => {
    const reply = await pipeline.ask({ text: 'when is my next reboot?', now, requester: user('user-2') });
    if (reply.answer.kind !== 'next-reboot') throw new Error(reply.answer.kind);
    expect(reply.answer.scenarios.map((s) => [s.cycle, s.reboot.releaseDate])).toEqual([['not-eligible', '2026-12-08']]);
  });

  it('the fleet summary is for the helpdesk, with a chart and a text fallback', async () => {
    const reply = await pipeline.ask({ text: 'how ready is our fleet for hotpatch?', now, requester: user('admin-1') });
    expect(reply.answer.kind).toBe('fleet');
    if (reply.answer.kind === 'fleet') {
      expect(reply.answer.summary).toMatchObject({ total: 3, eligible: 1, notEligible: 2, unknown: 0 });
      expect(reply.answer.summary.byBlocker).toMatchObject({ edition: 1, license: 1, 'vbs-running': 1, 'arm64-chpe': 1, 'os-version': 1 });
    }
    expect(reply.text).toMatch(/1 of 3 devices eligible/);
    const card = reply.attachments[0]!.content as { body: { type: string; fallback?: unknown }[] };
    const chart = card.body.find((e) => e.type === 'Chart.Donut');
    expect(chart?.fallback).toBeDefined();
    expect(cardProblems(card).filter((p) => !/Chart\.Donut/.test(p))).toEqual([]);
  });

  it('everyone else is told the fleet summary is for the helpdesk', async () => {
    const reply = await pipeline.ask({ text: 'how ready is our fleet for hotpatch?', now, requester: user('user-1') });
    expect(reply.answer).toMatchObject({ kind: 'notice', notice: 'fleet-forbidden' });
    expect(reply.text).toMatch(/helpdesk staff and admins/);
  });

  it("looking up another user's device by name is refused; the helpdesk may", async () => {
    const refused = await pipeline.ask({ text: 'is TABLET-7Q2W eligible?', now, requester: user('user-1') });
    expect(refused.text).toMatch(/Only helpdesk staff/);
    const allowed = await pipeline.ask({ text: 'is TABLET-7Q2W eligible?', now, requester: user('admin-1') });
    expect(allowed.answer.kind).toBe('eligibility');
    expect(allowed.text).toMatch(/TABLET-7Q2W/);
  });
});
