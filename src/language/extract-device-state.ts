import type { DeviceProfile, License } from '../core/device-profile';
import { hotpatchPolicyOfWord, serviceRunningOfWord, telemetryOfWord, vbsOfWord } from '../core/device-values';

/**
 * VBS, licences, CHPE, management and policy facts, read from folded text. Negations matter:
 * "VBS not enabled", "no E3", "sans abonnement Enterprise" (HP-VBS-1, HP-LIC-1, HP-CPU-2, HP-MGT-2/5).
 */
type StateFacts = Omit<DeviceProfile, 'edition' | 'osFamily' | 'osVersion' | 'build' | 'ubr' | 'architecture' | 'deviceName'>;

const negation = /\b(no|not|without|sans|pas|aucune?|non|never|jamais|n't|nor|ni)\b[^,.;]{0,12}$/;

const vbsMention = /\b(vbs|virtuali[sz]ation[- ]based security|securite basee sur la virtuali[sz]ation|device ?guard|virtualizationbasedsecuritystatus)\b/;
const vbsOff =
  /^[^.;?!]{0,30}?(\b(off|disabled|not enabled|not running|not on|inactive|inactif|desactivee?|non activee?|pas activee?|pas active|n'est pas|isn't|is not|not turned on|eteinte?|= ?0)\b)/;
const vbsEnabledNotRunning =
  /^[^.;?!]{0,30}?\b(enabled but not running|enabled,? not running|activee? mais (pas|non) (demarree|en cours)|configured but not running|= ?1)\b/;
const vbsRunning = /^[^.;?!]{0,30}?(\b(on|running|enabled|actif|active|activee|en cours d'execution|en cours|turned on|= ?2|status 2|yes|oui)\b)/;

function vbs(t: string): StateFacts['vbs'] {
  const m = vbsMention.exec(t);
  if (!m) {
    if (/\b(no|without|sans) vbs\b/.test(t)) return 'off';
    return undefined;
  }
  const before = t.slice(Math.max(0, m.index - 30), m.index);
  if (/\b(no|without|sans)\s+$/.test(before)) return 'off';
  // "how do I check/enable VBS" asks about VBS; it does not state it.
  if (/\b(check\w*|verif\w*|enable|activer|turn on|how|comment|est-ce|whether|si|if|confirm\w*|control\w*|see|voir|vois)\b[^,.;]{0,16}$/.test(before))
    return undefined;
  const after = t.slice(m.index + m[0].length);
  // Win32_DeviceGuard VirtualizationBasedSecurityStatus: 2 running, 1 enabled not running, 0 off (CHK-2).
  const code = /^\s*(?:status|state|etat|statut|value|valeur)?\s*(?:=|:|is|est)?\s*([012])(?![\d.])/.exec(after);
  if (code) return vbsOfWord(code[1]!);
  if (vbsEnabledNotRunning.test(after)) return 'enabled-not-running';
  if (vbsOff.test(after)) return 'off';
  if (vbsRunning.test(after)) return 'running';
  if (/\b(running|enabled|actif|active)\s+$/.test(before)) return 'running';
  if (/\b(disabled|desactive)\s+$/.test(before)) return 'off';
  return undefined;
}

const licenceRules: Array<[RegExp, License]> = [
  [/\b(windows|w)\s*365\s+(enterprise|entreprise)\b|\bcloud pc enterprise\b/g, 'w365-enterprise'],
  [/\b(windows|w)\s*365\s+business\b/g, 'w365-business'],
  [/\b(m365\s+|microsoft 365\s+)?(business premium|bp)\b/g, 'business-premium'],
  [/\bbusiness standard\b/g, 'business-standard'],
  [/\bbusiness basic\b/g, 'business-basic'],
  [/\be3\b/g, 'e3'],
  [/\be5\b/g, 'e5'],
  [/\b(f3|f5|f1)\b/g, 'f3'],
  [/\ba3\b/g, 'a3'],
  [/\ba5\b/g, 'a5'],
  [/\be1\b/g, 'e1'],
];
const noLicence =
  /\b(no|without|sans|pas d'?|aucune?|not have an?y?|don't have an?y?|n'a pas d'?|n'ont pas d'?)\s*(\w+\s+){0,2}(subscription|abonnement|licen[cs]es?|license|entitlement)\b/;

function licences(t: string): License[] | undefined {
  const found: License[] = [];
  for (const [re, lic] of licenceRules) {
    for (const m of t.matchAll(re)) {
      // "no E3 but E5": a negation does not reach past "but" / "mais".
      const before =
        t
          .slice(Math.max(0, (m.index ?? 0) - 20), m.index)
          .split(/\b(?:but|mais|however|cependant|only|seulement|just|juste)\b/)
          .pop() ?? '';
      if (negation.test(before)) continue;
      if (!found.includes(lic)) found.push(lic);
      break;
    }
  }
  if (found.length > 0) return found;
  return noLicence.test(t) ? [] : undefined;
}

function chpe(t: string): boolean | undefined {
  const m = /\bhotpatchrestrictions(?:\s*(?:=|:|to|a|set|is|est|sur|vaut|at|of|de|egal|equals?|value|valeur)\b|\s*[=:])*\s*(\d)\b/.exec(t);
  if (m) {
    const asking = /\b(should|set|do i|must|need|dois|faut|mettre|configure|what)\b[^.]{0,25}$/.test(t.slice(0, m.index));
    if (!asking) return m[1] === '1';
  }
  if (/\bchpe\s+(is\s+)?(disabled|off|desactive)|\bdisablechpe\s*(=\s*1|enabled|applied|set)|\bchpe\s+already disabled/.test(t)) return true;
  if (/\bchpe\s+(is\s+)?(still\s+|encore\s+|toujours\s+)?(enabled|on|active|actif|activee)\b/.test(t)) return false;
  return undefined;
}

function assign(out: StateFacts, t: string): void {
  if (/\bco-?manag(ed|ement)\b|\bcogeres?\b|\bco-geres?\b/.test(t)) out.management = 'co-managed';
  else if (/\b(not|non|un)[- ]?(managed|gere)s?\b|\bunmanaged\b|\bnot in intune\b/.test(t)) out.management = 'none';
  else if (
    /\bintune[- ]managed\b|\bmanaged (by|with|in) intune\b|\bgeres? (par|dans|avec) intune\b|\benrolled in intune\b|\binscrits? (dans|a|sur) intune\b/.test(t)
  )
    out.management = 'intune';

  const tenant = /\b(tenant (default|setting)|locataire|tenant-wide)\b[^.;]{0,25}?\b(block|bloquer|bloque|allow|autoriser|autorise)\b/.exec(t);
  const tenantWord = tenant ? hotpatchPolicyOfWord(tenant[3]!) : undefined;
  if (tenantWord === 'allow' || tenantWord === 'block') out.tenantDefault = tenantWord;
  const rest = tenant ? t.replace(tenant[0], ' ') : t;
  const pol = /\bhotpatch\b\s*(=|:|set to|is|sur|a|en)?\s*['"«]?\s*(allow(ed)?|autoriser?|autorisee?|block(ed)?|bloquer?|bloquee?)\b/.exec(rest);
  if (pol) {
    // French agreement in a sentence ("stratégie autorisée", "bloquée"); the words themselves are the inventory's.
    const policy = hotpatchPolicyOfWord(pol[2]!.replace(/ee$/, 'e'));
    if (policy) out.hotpatchPolicy = policy;
  } else if (/\b(not in|in no|no) (any )?(quality update )?polic(y|ies)\b|\bhors (de toute )?strategie\b/.test(rest)) out.hotpatchPolicy = 'none';

  if (
    /\b(not on|isn't on|behind|missed|not up to date with) (the )?(latest|last|current|july|april|january|october) baseline|last quarter'?s build|build du trimestre precedent|pas sur la derniere baseline|baseline (manquee|en retard)|previous baseline/.test(
      t,
    )
  )
    out.onLatestBaseline = false;
  else if (
    /\b(on|sur) (the |la |le )?(latest|last|current|derniere) (baseline|mise a jour de reference)\b|\b(is|are|est|sont|suis) (fully |bien |totalement )?(up to date|a jour)\b/.test(
      t,
    )
  )
    out.onLatestBaseline = true;

  const tel =
    /\b(telemetry|telemetrie|diagnostic data|donnees de diagnostic|diagnostics?)\b[^.;]{0,30}?\b(off|security|securite|required|requises?|requis|basic|de base|optional|facultatives?|full|completes?)\b/.exec(
      t,
    );
  const level = tel ? telemetryOfWord(tel[2]!) : undefined;
  if (level) out.telemetry = level;
  const sia =
    /\b(wlidsvc|sign-?in assistant|assistant de connexion)\b[^.;]{0,40}?\b(disabled|desactivee?|stopped|arrete|off|not running|running|enabled|activee?|demarree?|started)\b/.exec(
      t,
    );
  const running = sia ? serviceRunningOfWord(sia[2]!) : undefined;
  if (running !== undefined) out.signInAssistantRunning = running;

  if (/\bhybrid(e|es)?\b|\bhaadj\b/.test(t)) out.joinType = 'hybrid';
  else if (/\b(entra|azure ad|aad)[- ]joined\b|\bjoints? (a )?(microsoft )?entra\b|\baadj\b/.test(t)) out.joinType = 'entra';
  else if (/\bworkgroup\b|\bgroupe de travail\b/.test(t)) out.joinType = 'workgroup';
  else if (/\b(entra|azure ad) registered\b|\bbyod\b/.test(t)) out.joinType = 'registered';

  if (/\bgcc[- ]?high\b/.test(t)) out.cloud = 'gcc-high';
  else if (/\bdod\b/.test(t)) out.cloud = 'dod';
  else if (/\bgcc\b/.test(t)) out.cloud = 'gcc';
}

export function extractStateFacts(folded: string): StateFacts {
  const out: StateFacts = {};
  const v = vbs(folded);
  if (v) out.vbs = v;
  const l = licences(folded);
  if (l) out.licenses = l;
  const c = chpe(folded);
  if (c !== undefined) out.chpeDisabled = c;
  assign(out, folded);
  return out;
}
