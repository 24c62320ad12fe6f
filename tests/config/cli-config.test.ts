import { describe, expect, it } from 'vitest';
import { cliSettings } from '../../src/config/cli-config';
import { catalogSettings } from '../../src/config/inventory-config';

describe('cliSettings: the variables the one-shot commands read, as set', () => {
  it('keeps values raw, so each command names the variable it rejects', () => {
    expect(cliSettings({ DEFAULT_TIMEZONE: ' Bad/Zone', RELEASES_OVERRIDE_PATH: '', PORT: 'x' })).toEqual({
      defaultTimeZone: ' Bad/Zone',
      releasesOverridePath: '',
      port: 'x',
      fleetInProcess: false,
    });
  });

  it.each([
    ['1', true],
    ['true', false],
    [' 1', false],
    [undefined, false],
  ])('HOTPATCH_FLEET_IN_PROCESS=%j → fleetInProcess %s', (v, want) => {
    expect(cliSettings({ HOTPATCH_FLEET_IN_PROCESS: v }).fleetInProcess).toBe(want);
  });

  it('ignores variables that are not its own (bot settings may be incomplete for check)', () => {
    expect(cliSettings({ BOT_ID: 'not-a-guid', BOT_PASSWORD: '' })).toEqual({ fleetInProcess: false });
  });
});

describe('catalogSettings: Graph settings for data status only when the catalog is turned on (G-CAT-5)', () => {
  it.each([
    [{ GRAPH_READ_CATALOG: 'true', GRAPH_TENANT_ID: 't' }, true],
    [{ GRAPH_READ_CATALOG: '1' }, true],
    [{ GRAPH_READ_CATALOG: 'false' }, false],
    [{}, false],
    [{ GRAPH_READ_CATALOG: 'yes' }, false],
    [{ GRAPH_READ_CATALOG: 'true', DEVICE_SOURCE: 'ldap' }, false],
  ])('%j → %s', (env, on) => {
    const s = catalogSettings(env);
    expect(s !== undefined).toBe(on);
    if (s) expect(s.GRAPH_READ_CATALOG).toBe(true);
  });
});
