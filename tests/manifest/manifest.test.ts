import { describe, expect, it } from 'vitest';
import AdmZip from 'adm-zip';
import { mkdtempSync, cpSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PNG } from 'pngjs';
import { packageApp, renderApp, ROOT } from '../../scripts/package-app';
import { iconProblems, validateApp } from '../../scripts/validate-manifest';
import { parseEnvFile, substitute } from '../../scripts/package-app-env';

/** A copy of manifest/ and env/ to break on purpose without touching the repo. */
function sandbox(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hb-manifest-'));
  cpSync(resolve(ROOT, 'manifest'), join(dir, 'manifest'), { recursive: true });
  cpSync(resolve(ROOT, 'env'), join(dir, 'env'), { recursive: true });
  return dir;
}

describe('Teams app manifest', () => {
  it('the rendered local manifest and fr.json are valid offline (schema bundled in @microsoft/app-manifest)', async () => {
    expect(await validateApp('local')).toEqual([]);
  });

  it('bot in personal, team and groupChat scopes; command lists localized in French', () => {
    const { manifest, localizations } = renderApp('local');
    const bot = (manifest.bots as { scopes: string[]; commandLists: { commands: unknown[] }[] }[])[0]!;
    expect(bot.scopes.sort()).toEqual(['groupChat', 'personal', 'team']);
    const fr = localizations['fr.json']!;
    bot.commandLists.forEach((list, l) =>
      list.commands.forEach((_c, i) => {
        expect(fr[`bots[0].commandLists[${l}].commands[${i}].title`]).toBeTruthy();
        expect(fr[`bots[0].commandLists[${l}].commands[${i}].description`]).toBeTruthy();
      }),
    );
    expect(manifest.validDomains).toEqual(['localhost']);
  });

  it('icons: color 192×192, outline 32×32 white on transparent', () => {
    expect(iconProblems()).toEqual([]);
    const outline = PNG.sync.read(readFileSync(resolve(ROOT, 'manifest/outline.png')));
    const alphas = new Set<number>();
    for (let i = 3; i < outline.data.length; i += 4) alphas.add(outline.data[i]!);
    expect(alphas.has(0)).toBe(true); // transparent background
    expect(alphas.has(255)).toBe(true); // a visible glyph
  });

  it('a wrong icon size is caught', () => {
    const dir = sandbox();
    writeFileSync(join(dir, 'manifest/color.png'), PNG.sync.write(new PNG({ width: 96, height: 96 })));
    expect(iconProblems(dir)).toEqual(['color.png is 96×96, must be 192×192']);
  });

  it('a value that breaks the schema is caught (bot id not a GUID)', async () => {
    const dir = sandbox();
    writeFileSync(join(dir, 'env/.env.broken'), readFileSync(join(dir, 'env/.env.local'), 'utf8').replace(/^BOT_ID=.*$/m, 'BOT_ID=not-a-guid'));
    const errors = await validateApp('broken', dir);
    expect(errors.join('\n')).toMatch(/botId/);
  });

  it('an unfilled env refuses to render, naming the variables (env/.env.dev is a template)', () => {
    expect(() => renderApp('dev')).toThrow(/HB-APP-002.*TEAMS_APP_ID/);
  });

  it('npm run package writes appPackage.<env>.zip with manifest, fr.json and both icons', () => {
    const dir = sandbox();
    const out = packageApp('local', dir);
    expect(out).toBe(join(dir, 'appPackage/build/appPackage.local.zip'));
    const names = new AdmZip(out).getEntries().map((e) => e.entryName).sort();
    expect(names).toEqual(['color.png', 'fr.json', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(new AdmZip(out).readAsText('manifest.json'));
    expect(manifest.id).toBe('6f1c2a9e-3b7d-4e52-9c1a-0d8e7f4b2a61');
    expect(JSON.stringify(manifest)).not.toContain('${{');
  });
});

describe('env files', () => {
  it('parses comments, quotes and empty values', () => {
    expect(parseEnvFile('# c\nA=1\nB=" (x)"\nC=\n  D = two words \n')).toEqual({ A: '1', B: ' (x)', C: '', D: 'two words' });
  });
  it('substitutes ${{X}} and escapes for JSON', () => {
    expect(substitute('{"a":"${{A}}"}', { A: 'say "hi"' }, 't')).toBe('{"a":"say \\"hi\\""}');
  });
  it('the committed env/.env.local holds no secret', () => {
    const env = parseEnvFile(readFileSync(resolve(ROOT, 'env/.env.local'), 'utf8'));
    expect(env.BOT_PASSWORD ?? '').toBe('');
    expect(Object.keys(env).filter((k) => k.startsWith('SECRET_'))).toEqual([]);
  });
});
