/**
 * The names people give the products when they don't know theirs (issue 11, ninth session: blind questions written
 * without the jargon abstained on them): "reboot-free updates", "no-restart security patches", « maj sans redem »
 * are hotpatch (HP-1: security updates installed without a restart); "the automatic boot repair feature", « la
 * réparation cloud au démarrage », « le pc se répare tout seul » are quick machine recovery (QMR-1: a PC that no longer
 * starts repaired from WinRE with a fix from Windows Update). Read on folded text (foldText), and said by the products'
 * own names to the retrieval index, the product signals and the anchor.
 */
const UPDATE = String.raw`(?:(?:security |monthly |windows |quality )?(?:updates?|patch\w*|fix|fixes))`;
const MAJ = String.raw`(?:maj|mises? a jour|correctifs?|patchs?)(?: (?:de )?(?:securite|secu|qualite))?`;
const HOTPATCH_SAID = new RegExp(
  [
    String.raw`\b(?:reboot|restart)[- ]?(?:free|less)(?: ${UPDATE})?`,
    String.raw`\bno[- ](?:reboot|restart)s? ${UPDATE}`,
    String.raw`\b${UPDATE} (?:that (?:install|apply) )?without (?:a |any |the )?(?:reboot|restart)\w*`,
    String.raw`\b${MAJ} sans (?:(?:aucun |de |un )?(?:redem\w*|reboot\w*))`,
    String.raw`\bsans[- ]redemarrage\b`,
    // « les mises à jour de sécurité « à chaud » »: quoted, or after the kind of update.
    String.raw`\b${MAJ} (?:« |" |')?a chaud\b`,
  ].join('|'),
  'g',
);
const QMR_SAID = new RegExp(
  [
    String.raw`\b(?:automatic |auto |cloud |remote |quick )(?:boot|startup) (?:repair|recovery|remediation)\b`,
    String.raw`\b(?:boot|startup) (?:repair|recovery) feature\b`,
    String.raw`\b(?:reparation|recuperation|recup|correction|remediation)s? (?:auto |automatique |cloud |a distance )?(?:au|du) demarrage\b`,
    String.raw`\b(?:reparation|recuperation|recup|correction|remediation) (?:auto |automatique )?(?:cloud|dans le cloud)\b`,
    String.raw`\bcloud (?:recovery|remediation)\b`,
    // "the thing that fixes PCs that won't start", « le truc qui répare les pc qui démarrent plus »
    String.raw`\b(?:repair|fix)(?:es|ing)? (?:the |our )?(?:pcs?|computers?|machines?|laptops?) (?:that|which) (?:won'?t|don'?t|can'?t|no longer) (?:boot|start)\b`,
    String.raw`\brepar\w* (?:les |le |nos )?(?:pcs?|postes?|ordis?|machines?) qui (?:ne )?(?:demarre|demarrent|bootent|boote) (?:plus|pas)\b`,
    String.raw`\bse (?:repare|reparer|reparera) (?:tout seul|toute seule|automatiquement|tt seul)\b`,
  ].join('|'),
  'g',
);

/** The folded text with the products' descriptive names said by their names. */
export function productNamesSaid(folded: string): string {
  return folded.replace(HOTPATCH_SAID, 'hotpatch').replace(QMR_SAID, 'quick machine recovery');
}
