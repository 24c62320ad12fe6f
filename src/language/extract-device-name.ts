/**
 * Device names as Windows and Intune show them: LAPTOP-4F2K, DESKTOP-ABC123, PC-FIN-042.
 * Knowledge-base ids that look alike (KB5050009, CVE-2026-42910, fact IDs such as HP-LIC-7) are not devices.
 */
const knownPrefix = /\b((?:laptop|desktop|pc|wks|ws|nb|notebook|cpc|vm|srv|poste|surface|tablet|kiosk|borne)-[a-z0-9][a-z0-9-]{2,30})\b/i;
const generic = /\b([A-Z][A-Z0-9]{1,14}-(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{2,30})\b/;
const notDevice = /^(cve|kb|hp|qmr|cal|chk|cf|tc|ws-\d|r-\d|g-|hb-|x86|sha|utf|iso|rfc|win32|amd64|ms|mc\d|arm64)/i;

export function extractDeviceName(text: string): string | undefined {
  for (const re of [knownPrefix, generic]) {
    const m = re.exec(text);
    if (m && !notDevice.test(m[1]) && !/-$/.test(m[1])) return m[1].toUpperCase();
  }
  return undefined;
}
