import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Parses a Teams Toolkit env file (KEY=value, # comments, optional quotes). */
export function parseEnvFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    const key = line.slice(0, eq).trim();
    let value = line.slice(eq + 1).trim();
    if (/^(["']).*\1$/.test(value)) value = value.slice(1, -1);
    out[key] = value;
  }
  return out;
}

/** env/.env.<name> then env/.env.<name>.user (git-ignored, secrets; SECRET_ prefix kept). */
export function readEnv(root: string, name: string): Record<string, string> {
  const base = resolve(root, 'env', `.env.${name}`);
  if (!existsSync(base)) throw new Error(`HB-APP-001 env/.env.${name} not found: create it from env/.env.dev (example: cp env/.env.dev env/.env.${name})`);
  const env = parseEnvFile(readFileSync(base, 'utf8'));
  const user = `${base}.user`;
  return existsSync(user) ? { ...env, ...parseEnvFile(readFileSync(user, 'utf8')) } : env;
}

/**
 * Replaces ${{NAME}} placeholders (Teams Toolkit syntax). A missing value is an error naming the
 * variable and the file, so a half-filled env never produces a package.
 */
export function substitute(template: string, env: Record<string, string>, envName: string): string {
  const missing = new Set<string>();
  const out = template.replace(/\$\{\{\s*([A-Z0-9_]+)\s*\}\}/g, (_m, key: string) => {
    const v = env[key];
    if (v === undefined || (v === '' && key !== 'APP_NAME_SUFFIX')) {
      missing.add(key);
      return '';
    }
    return JSON.stringify(v).slice(1, -1);
  });
  if (missing.size) {
    throw new Error(
      `HB-APP-002 missing values in env/.env.${envName}: ${[...missing].join(', ')} (example: TEAMS_APP_ID=${'6f1c2a9e-3b7d-4e52-9c1a-0d8e7f4b2a61'})`,
    );
  }
  return out;
}
