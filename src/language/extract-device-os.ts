import type { DeviceProfile, Edition } from '../core/device-profile';
import { knownRelease } from '../core/os-version';

/**
 * Edition, Windows family, feature version, build and architecture, read from folded text
 * (lower case, no accents). Build → version is the table of src/core/os-version (HP-OS-1, HP-OS-7/8).
 */
type OsFacts = Pick<DeviceProfile, 'edition' | 'osFamily' | 'osVersion' | 'build' | 'ubr' | 'architecture'>;

// Licence phrases that contain an edition word but name a subscription, not the installed edition.
const licencePhrases =
  /\b(windows|w)\s*365\s+(enterprise|business)|\b(no|without|sans|pas d'?|aucun)\s*(\w+\s+){0,2}(enterprise|entreprise)\b|\b(enterprise|entreprise)\s+(subscription|licen[cs]es?|sku)\b|\b(abonnement|licences?|licenses?|subscription)\s+(windows\s+)?(enterprise|entreprise)\b/g;

const editionRules: Array<[RegExp, Edition]> = [
  [/\biot\s+(enterprise\s+|entreprise\s+)?ltsc\b/, 'iot-enterprise-ltsc'],
  [/\biot\b/, 'iot-enterprise'],
  [/\b(ltsc|ltsb)\b/, 'enterprise-ltsc'],
  [/\b(multi[- ]?session|avd multi)\b/, 'enterprise-multi-session'],
  [/\bpro\s+(for\s+)?workstations?\b/, 'pro-workstation'],
  [/\bpro\s+(education|edu)\b/, 'pro-education'],
  [/\b(enterprise|entreprise|entreprises)\b|\b(windows|win|w)\s*1[01]\s+ent\b/, 'enterprise'],
  [/\b(education|edu)\b/, 'education'],
  [/\b(professionnel(le)?|pro)\b/, 'pro'],
  [/\b(famille|familiale)\b|\b(windows|win|w)\s*1[01]\s+home\b|\bhome\s+(edition|sku|single language)\b/, 'home'],
  [/\b(windows|win|w)\s*11\s+se\b|\bedition\s+se\b|\bse\s+edition\b/, 'se'],
];

function edition(t: string): Edition | undefined {
  // "Surface Pro X" / "Surface Pro 9" are hardware, not the Pro edition.
  const u = t
    .replace(licencePhrases, ' ')
    .replace(/\bsurface\s+pro(\s+x|\s+\d+)?\b/g, ' surface ')
    // French "l'entreprise", "notre entreprise" is the company, not the edition.
    .replace(/\b(l'|d'|de l'|notre |votre |leur |cette |une |toute l')entreprises?\b/g, ' ');
  for (const [re, ed] of editionRules) if (re.test(u)) return ed;
  return undefined;
}

function versionFacts(t: string, out: OsFacts): void {
  if (/\b(windows|win|w)\s*-?\s*10\b/.test(t)) out.osFamily = 'windows-10';
  else if (/\b(windows|win|w)\s*-?\s*11\b/.test(t)) out.osFamily = 'windows-11';
  const v = /\b(\d{2})\s?h\s?([12])\b/.exec(t);
  if (v) {
    const year = Number(v[1]);
    if (year >= 15 && year <= 30) {
      out.osVersion = `${v[1]}H${v[2]}`;
      // 21H2 and 22H2 exist for both Windows 10 and 11: leave the family unknown then.
      if (!out.osFamily && year >= 23) out.osFamily = 'windows-11';
      if (!out.osFamily && (year <= 20 || out.osVersion === '21H1')) out.osFamily = 'windows-10';
    }
  }
  const b = /(?:\b10\.0\.|\bbuild\s*:?\s*|\bos\s+build\s+|\bbuild\s+os\s+|(?<![\d.]))(1\d{4}|2\d{4})(?:\.(\d{1,5}))?(?![\d.]*\d)/.exec(t);
  if (b) {
    const build = Number(b[1]);
    const known = knownRelease(build);
    const explicit = /build|10\.0\./.test(b[0]) || b[2] !== undefined || known;
    if (explicit && build >= 10240 && build < 30000) {
      out.build = build;
      if (b[2] !== undefined) out.ubr = Number(b[2]);
      if (known) {
        out.osFamily = known.osFamily;
        out.osVersion ??= known.osVersion;
      } else if (build < 22000) out.osFamily = 'windows-10';
      else out.osFamily ??= 'windows-11';
    }
  }
}

function architecture(t: string): OsFacts['architecture'] {
  if (/\b(arm\s?64|aarch64|arm|snapdragon|qualcomm|surface pro x|x elite|x plus|sq[123])\b/.test(t)) return 'arm64';
  if (/\b(x64|x86[-_]64|amd64|64[- ]bit intel|intel|amd|ryzen|core i[3579]|core ultra)\b/.test(t)) return 'x64';
  if (/\b(x86|32[- ]bits?)\b/.test(t)) return 'x86';
  return undefined;
}

export function extractOsFacts(folded: string): OsFacts {
  const out: OsFacts = {};
  const ed = edition(folded);
  if (ed) out.edition = ed;
  versionFacts(folded, out);
  const arch = architecture(folded);
  if (arch) out.architecture = arch;
  return out;
}
