import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * eslint.config.mjs writes the floors of layers.test.ts as no-restricted-imports patterns, per folder, from
 * the folders on disk. These cases prove each pattern refuses what it should and lets the rest through (a
 * wrong pattern would either stop nothing or stop every import of a folder).
 */
const eslint = new ESLint({ cwd: resolve(__dirname, '../..') });

/** The no-restricted-imports messages for one import line in a file at `path` (need not exist). */
async function refusals(path: string, line: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${line}\nexport const used = x;\n`, { filePath: resolve(__dirname, '../..', path) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('lint: the layers as import rules', () => {
  it('core imports nothing of ours outside core but the error catalogue, at any depth', async () => {
    expect(await refusals('src/core/any.ts', "import { x } from '../language';")).toHaveLength(1);
    expect(await refusals('src/core/calendar/any.ts', "import type { x } from '../../answers';")).toHaveLength(1);
    expect(await refusals('src/core/knowledge/units/any.ts', "import { x } from '../../../config';")).toHaveLength(1);
    expect(await refusals('src/core/any.ts', "import { x } from '../errors';")).toEqual([]);
    expect(await refusals('src/core/calendar/any.ts', "import { x } from '../../errors';")).toEqual([]);
    expect(await refusals('src/core/calendar/any.ts', "import { x } from '../dates';")).toEqual([]);
  });

  it('only src/teams imports botbuilder, botframework-* and teams-ai, type imports included; storage may use the blob store', async () => {
    expect(await refusals('src/answers/any.ts', "import type { x } from 'botbuilder';")).toHaveLength(1);
    expect(await refusals('src/replies/any.ts', "import { x } from '@microsoft/teams-ai';")).toHaveLength(1);
    expect(await refusals('src/app/any.ts', "import { x } from 'botframework-connector';")).toHaveLength(1);
    expect(await refusals('src/reminders/any.ts', "import { x } from 'botbuilder-core';")).toHaveLength(1);
    expect(await refusals('src/answers/any.ts', "import { x } from 'botbuilder-azure-blobs';")).toHaveLength(1);
    expect(await refusals('src/storage/any.ts', "import { x } from 'botbuilder-azure-blobs';")).toEqual([]);
    expect(await refusals('src/storage/any.ts', "import { x } from 'botbuilder';")).toHaveLength(1);
    expect(await refusals('src/teams/routes/any.ts', "import { x } from 'botbuilder';")).toEqual([]);
  });

  it('nothing outside src/app imports it', async () => {
    expect(await refusals('src/replies/any.ts', "import { x } from '../app/server';")).toHaveLength(1);
    expect(await refusals('src/errors.ts', "import { x } from './app';")).toHaveLength(1);
    expect(await refusals('src/app/cli/any.ts', "import { x } from '../server';")).toEqual([]);
  });

  it('another folder is imported through its index.ts, a sub-folder with its own index.ts through that one', async () => {
    expect(await refusals('src/replies/any.ts', "import type { x } from '../answers/types';")).toHaveLength(1);
    expect(await refusals('src/app/cli/any.ts', "import { x } from '../../config/server-config';")).toHaveLength(1);
    expect(await refusals('src/teams/any.ts', "import { x } from './guards/service-url';")).toHaveLength(1);
    expect(await refusals('src/answers/any.ts', "import { x } from '../core/knowledge/units/computed';")).toHaveLength(1);
    expect(await refusals('src/answers/any.ts', "import { x } from '../core/knowledge/types';")).toHaveLength(1);
    expect(await refusals('src/replies/any.ts', "import type { x } from '../answers';")).toEqual([]);
    expect(await refusals('src/replies/any.ts', "import type { x } from '../answers/index';")).toEqual([]);
    expect(await refusals('src/teams/any.ts', "import { x } from './guards';")).toEqual([]);
    expect(await refusals('src/answers/any.ts', "import { x } from '../core/knowledge/units';")).toEqual([]);
    // A folder without index.ts (core) is imported file by file; inside a folder, files import each other.
    expect(await refusals('src/answers/any.ts', "import { x } from '../core/dates';")).toEqual([]);
    expect(await refusals('src/replies/cards/any.ts', "import { x } from '../doc';")).toEqual([]);
  });

  it('tests may import any file of src', async () => {
    expect(await refusals('tests/replies/any.test.ts', "import { x } from '../../src/answers/types';")).toEqual([]);
  });
});
