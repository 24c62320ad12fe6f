/**
 * Words that say the same thing to the retrieval index, EN and FR (issue 11, third session): each
 * folded word below is indexed and searched as its concept, so "redémarrage" finds a unit asked as
 * "restart", "payant" one asked as "cost", "rapport" one asked as "report". The units are written in
 * both languages, but rarely with every synonym; people ask with the word they use. Whole words only,
 * listed with their inflections: a stem would also merge words that differ ("active hours" is not
 * "activate"). Not used by the intent classifier (src/language), whose features keep their own words.
 * Devices (PC, poste, appareil…) are not merged: the language layer already reads PC/laptop/machine as
 * "device", and merging the rest made that word so common that a clear best unit no longer stood out
 * (acceptance TC-48). Each group was kept on the tuning half (tuning 187 → 188 with them, 2026-12-07).
 */
const CONCEPTS: Record<string, readonly string[]> = {
  restart: [
    'restart',
    'restarts',
    'restarted',
    'restarting',
    'reboot',
    'reboots',
    'rebooted',
    'rebooting',
    'redemarrer',
    'redemarrage',
    'redemarrages',
    'redemarre',
    'redemarrent',
    'redemarrera',
    'redemarreront',
    'redemarrait',
    'reboote',
    'rebooter',
  ],
  licence: ['licence', 'licences', 'license', 'licenses', 'licensing', 'licensed', 'licencie', 'licencies'],
  eligible: ['eligible', 'eligibles', 'eligibility', 'eligibilite', 'qualify', 'qualifies', 'qualified'],
  disable: ['disable', 'disabled', 'disabling', 'desactiver', 'desactive', 'desactivee', 'desactives', 'desactivation', 'deactivate', 'deactivated'],
  enable: ['enable', 'enabled', 'enabling', 'activer', 'activee', 'actives', 'activation', 'activate', 'activated'],
  cost: [
    'cost',
    'costs',
    'price',
    'pricing',
    'paid',
    'pay',
    'payant',
    'payante',
    'payants',
    'payantes',
    'cout',
    'couts',
    'prix',
    'tarif',
    'free',
    'gratuit',
    'gratuite',
    'gratuits',
    'gratuites',
  ],
  default: ['default', 'defaults', 'defaut'],
  month: ['month', 'months', 'monthly', 'mois', 'mensuel', 'mensuelle', 'mensuels', 'mensuelles'],
  quarter: ['quarter', 'quarters', 'quarterly', 'trimestre', 'trimestres', 'trimestriel', 'trimestrielle', 'trimestriels', 'trimestrielles'],
  uninstall: ['uninstall', 'uninstalled', 'uninstalling', 'desinstaller', 'desinstalle', 'desinstallation', 'rollback'],
  install: ['install', 'installs', 'installed', 'installing', 'installation', 'installer', 'installe', 'installee', 'installes'],
  check: ['check', 'checks', 'checked', 'checking', 'verify', 'verified', 'verifier', 'verifie', 'verification', 'controler'],
  network: ['network', 'networks', 'reseau', 'reseaux', 'internet', 'online', 'connection', 'connexion'],
  server: ['server', 'servers', 'serveur', 'serveurs'],
  requirement: [
    'requirement',
    'requirements',
    'require',
    'required',
    'requires',
    'prerequisite',
    'prerequisites',
    'prerequis',
    'requis',
    'exigence',
    'exigences',
    // « conditions préalables », Microsoft's French for prerequisites.
    'prealable',
    'prealables',
  ],
  week: ['week', 'weeks', 'weekly', 'semaine', 'semaines'],
  year: ['year', 'years', 'yearly', 'annee', 'annees', 'annuel', 'annuelle'],
  next: ['next', 'upcoming', 'prochain', 'prochaine', 'prochains', 'prochaines'],
  why: ['why', 'pourquoi'],
  when: ['when', 'quand'],
  recovery: ['recovery', 'recover', 'recuperation', 'recuperer'],
  boot: ['boot', 'boots', 'booting', 'demarrer', 'demarrage', 'demarre', 'demarrent', 'boote', 'booter', 'bootent'],
  report: ['report', 'reports', 'reporting', 'rapport', 'rapports'],
  policy: ['policy', 'policies', 'strategie', 'strategies'],
  // "Mise à jour de référence" is Microsoft's French for baseline update.
  baseline: ['baseline', 'baselines', 'reference', 'references'],
  update: ['update', 'updates', 'updated', 'updating', 'maj'],
  work: ['work', 'works', 'working', 'worked', 'fonctionne', 'fonctionnent', 'fonctionner', 'marche', 'marchent', 'marcher'],
  registry: ['registry', 'registre', 'regedit'],
};

const conceptOf = new Map<string, string>(Object.entries(CONCEPTS).flatMap(([c, words]) => words.map((w) => [w, `~${c}`] as const)));

/** The concept a folded word stands for ("redemarrage" → "~restart"), if it is one of the listed words. */
export function concept(folded: string): string | undefined {
  return conceptOf.get(folded);
}
