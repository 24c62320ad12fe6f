import { AppManifestUtils } from '@microsoft/app-manifest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PNG } from 'pngjs';
import { renderApp, ROOT } from './package-app';

const SCHEMA_DIR = resolve(ROOT, 'node_modules/@microsoft/app-manifest/build/json-schemas/teams');

/**
 * Offline validation of the rendered manifest (placeholders filled from env/.env.<name>) against the
 * schema bundled in @microsoft/app-manifest, of each localization file against its schema, and of the
 * icon sizes (the schema does not check them: color 192×192, outline 32×32 white on transparent).
 */
export async function validateApp(envName = 'local', root = ROOT): Promise<string[]> {
  const app = renderApp(envName, root);
  const errors: string[] = [];
  const manifestErrors = await AppManifestUtils.validateAgainstSchema(app.manifest as never);
  errors.push(...manifestErrors.map((e) => `manifest.json ${e}`));
  const version = String(app.manifest.manifestVersion);
  const locSchema = JSON.parse(readFileSync(resolve(SCHEMA_DIR, `v${version}`, 'MicrosoftTeams.Localization.schema.json'), 'utf8'));
  for (const [file, content] of Object.entries(app.localizations)) {
    errors.push(...localizationProblems(content, locSchema).map((e) => `${file} ${e}`));
  }
  errors.push(...iconProblems(root));
  return errors;
}

interface LocSchema {
  properties: Record<string, { type?: string; maxLength?: number }>;
  patternProperties: Record<string, { type?: string; maxLength?: number }>;
}

/**
 * The localization schema's key patterns use `\b` inside brackets, which ajv's unicode mode rejects,
 * so the keys are checked here against the same schema: known key or matching pattern, string, length.
 */
export function localizationProblems(content: Record<string, unknown>, schema: LocSchema): string[] {
  const problems: string[] = [];
  const patterns = Object.entries(schema.patternProperties).map(([p, rule]) => [new RegExp(p), rule] as const);
  for (const [key, value] of Object.entries(content)) {
    if (key === '$schema') continue;
    const rule = schema.properties[key] ?? patterns.find(([re]) => re.test(key))?.[1];
    if (!rule) problems.push(`unknown key "${key}"`);
    else if (typeof value !== 'string') problems.push(`"${key}" must be a string`);
    else if (rule.maxLength !== undefined && value.length > rule.maxLength) problems.push(`"${key}" is longer than ${rule.maxLength} characters`);
  }
  return problems;
}

export function iconProblems(root = ROOT): string[] {
  const problems: string[] = [];
  const color = PNG.sync.read(readFileSync(resolve(root, 'manifest', 'color.png')));
  if (color.width !== 192 || color.height !== 192) problems.push(`color.png is ${color.width}×${color.height}, must be 192×192`);
  const outline = PNG.sync.read(readFileSync(resolve(root, 'manifest', 'outline.png')));
  if (outline.width !== 32 || outline.height !== 32) problems.push(`outline.png is ${outline.width}×${outline.height}, must be 32×32`);
  for (let i = 0; i < outline.data.length; i += 4) {
    const [r, g, b, a] = [outline.data[i]!, outline.data[i + 1]!, outline.data[i + 2]!, outline.data[i + 3]!];
    if (a > 0 && (r !== 255 || g !== 255 || b !== 255)) {
      problems.push('outline.png must be white on transparent');
      break;
    }
  }
  return problems;
}

if (process.argv[1] === __filename) {
  const envName = process.argv[2] ?? 'local';
  validateApp(envName).then(
    (errors) => {
      if (errors.length) {
        console.error(`manifest for env "${envName}" is not valid:\n  ${errors.join('\n  ')}`);
        process.exitCode = 1;
      } else {
        console.log(`manifest for env "${envName}" is valid (schema ${'v'}${renderApp(envName).manifest.manifestVersion}, icons 192×192 and 32×32)`);
      }
    },
    (err: Error) => {
      console.error(err.message);
      process.exitCode = 1;
    },
  );
}
