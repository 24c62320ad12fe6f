import AdmZip from 'adm-zip';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readEnv, substitute } from './package-app-env';
import { drawIcon } from './package-app-icons';

export const ROOT = resolve(__dirname, '..');
export const MANIFEST_DIR = resolve(ROOT, 'manifest');
/** Local mode has no bot id (no auth); the local manifest still needs a GUID to be valid. */
export const LOCAL_BOT_ID_PLACEHOLDER = '00000000-0000-0000-0000-000000000001';

export interface RenderedApp {
  envName: string;
  manifest: Record<string, unknown>;
  localizations: Record<string, Record<string, unknown>>;
}

/** manifest/manifest.json + manifest/fr.json with the values of env/.env.<envName>. */
export function renderApp(envName = 'local', root = ROOT): RenderedApp {
  const env = readEnv(root, envName);
  if (!env.BOT_ID && envName === 'local') env.BOT_ID = LOCAL_BOT_ID_PLACEHOLDER;
  const read = (file: string) => JSON.parse(substitute(readFileSync(resolve(root, 'manifest', file), 'utf8'), env, envName)) as Record<string, unknown>;
  const manifest = read('manifest.json');
  const info = manifest.localizationInfo as { additionalLanguages?: { file: string }[] } | undefined;
  const localizations = Object.fromEntries((info?.additionalLanguages ?? []).map((l) => [l.file, read(l.file)]));
  return { envName, manifest, localizations };
}

/** Writes appPackage/build/appPackage.<env>.zip (manifest, localization files, icons) and returns its path. */
export function packageApp(envName = 'local', root = ROOT): string {
  const app = renderApp(envName, root);
  const zip = new AdmZip();
  zip.addFile('manifest.json', Buffer.from(JSON.stringify(app.manifest, null, 2)));
  for (const [file, content] of Object.entries(app.localizations)) zip.addFile(file, Buffer.from(JSON.stringify(content, null, 2)));
  zip.addFile('color.png', readFileSync(resolve(root, 'manifest', 'color.png')));
  zip.addFile('outline.png', readFileSync(resolve(root, 'manifest', 'outline.png')));
  const outDir = resolve(root, 'appPackage', 'build');
  mkdirSync(outDir, { recursive: true });
  const out = resolve(outDir, `appPackage.${envName}.zip`);
  zip.writeZip(out);
  return out;
}

/** Redraws manifest/color.png and manifest/outline.png (committed; run after changing the design). */
export function writeIcons(root = ROOT): void {
  writeFileSync(resolve(root, 'manifest', 'color.png'), drawIcon('color'));
  writeFileSync(resolve(root, 'manifest', 'outline.png'), drawIcon('outline'));
}

// npm run package [-- <env>]   |   npm run package -- --icons
if (process.argv[1] === __filename) {
  const arg = process.argv[2] ?? 'local';
  try {
    if (arg === '--icons') {
      writeIcons();
      console.log('wrote manifest/color.png (192×192) and manifest/outline.png (32×32)');
    } else {
      console.log(`wrote ${packageApp(arg)}`);
    }
  } catch (err) {
    console.error((err as Error).message);
    process.exitCode = 1;
  }
}
