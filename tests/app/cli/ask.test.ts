import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { askCommand } from '../../../src/app/cli/ask';
import { main } from '../../../src/app/cli';
import { fakeIo } from '../../helpers/fake-io';

describe('hotpatch-bot ask (CLI contract)', () => {
  it('--json prints { intent, locale, text, attachments[{contentType, content}] }', async () => {
    const f = fakeIo();
    const code = await askCommand(['Devrai-je redémarrer le 14 avril 2026 ?', '--json', '--today', '2026-11-25'], f.io);
    expect(code).toBe(0);
    const out = f.json();
    expect(out.intent).toBe('calendar');
    expect(out.locale).toBe('fr');
    expect(out.text).toMatch(/14 avril 2026/);
    expect(out.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(out.attachments[0].content.version).toBe('1.5');
  });

  it('--today moves "next reboot" (never before today)', async () => {
    const f = fakeIo();
    // 25H2: 24H2 Pro is past its end of servicing (LIFE-2) and gets no update at all.
    await askCommand(['When is my next reboot? Windows 11 Pro 25H2', '--json', '--today', '2027-01-13'], f.io);
    expect(f.json().text).toMatch(/2027-02-09/);
  });

  it.each([[[]], [['hello', '--locale', 'de']], [['hello', '--today', 'tomorrow']], [['hello', '--tz', 'Mars/Olympus']], [['hello', '--bogus']]])(
    'bad input %j → exit 2 with help',
    async (args) => {
      const f = fakeIo();
      expect(await askCommand(args, f.io)).toBe(2);
      expect(f.stderr()).toMatch(/Usage: hotpatch-bot ask/);
    },
  );

  it('unknown commands and no command exit 2 with the command list', async () => {
    const f = fakeIo();
    expect(await main(['frobnicate'], f.io)).toBe(2);
    expect(f.stderr()).toMatch(/unknown command "frobnicate"/);
    const g = fakeIo();
    expect(await main([], g.io)).toBe(2);
    expect(g.stdout()).toMatch(/Commands:/);
  });

  it('runs as the installed command', () => {
    const out = execFileSync(process.execPath, ['bin/hotpatch-bot.cjs', 'ask', 'Is Patch Tuesday in December 2026 on the 1st?', '--json'], {
      encoding: 'utf8',
      env: { ...process.env, STORAGE: 'memory' },
    });
    expect(JSON.parse(out).text).toMatch(/8 December 2026/);
  });
});
