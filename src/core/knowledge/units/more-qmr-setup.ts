import type { AnswerUnit } from './types';
import { src } from '../sources';
import { both, unit } from './define';

// Quick machine recovery: settings, commands and tests, one question each (issue 11, second
// batch): QMR-2/8/10/11/12/13, CHK-9.

const CRS = './Device/Vendor/MSFT/RemoteRemediation/CloudRemediationSettings';

export const moreQmrSetupUnits: AnswerUnit[] = [
  unit({
    id: 'qmr-recommended-values',
    intent: 'explain-qmr',
    product: 'qmr',
    opener: 'fact',
    title: both('Microsoft’s recommended QMR interval and timeout', 'Intervalle et délai QMR recommandés par Microsoft'),
    asks: both(
      [
        'What retry interval and timeout does Microsoft recommend for quick machine recovery?',
        'recommended QMR scanning interval',
        'QMR 72 hours timeout',
        'best time to reboot value for QMR',
        'default value of SetTimeToReboot and SetRetryInterval',
      ],
      [
        'Quel intervalle de nouvelle tentative et quel délai Microsoft recommande-t-il pour la récupération rapide ?',
        'intervalle d’analyse QMR recommandé',
        'délai QMR de 72 heures',
        'valeur par défaut de SetTimeToReboot et SetRetryInterval',
      ],
    ),
    body: both(
      [
        'Microsoft recommends scanning about every 30 minutes and a 72-hour timeout (4320 minutes, the maximum of Set Time To Reboot).',
        'CSP defaults are 30 minutes (retry interval, SetRetryInterval) and 180 minutes (time to reboot, SetTimeToReboot), each 1–4320 minutes; the retry interval must not exceed the time to reboot.',
      ],
      [
        'Microsoft recommande une analyse environ toutes les 30 minutes et un délai de 72 heures (4320 minutes, le maximum de Set Time To Reboot).',
        'Les valeurs par défaut du CSP sont 30 minutes (intervalle de nouvelle tentative, SetRetryInterval) et 180 minutes (délai avant redémarrage, SetTimeToReboot), chacune de 1 à 4320 minutes ; l’intervalle ne doit pas dépasser le délai avant redémarrage.',
      ],
    ),
    factIds: ['QMR-11', 'QMR-10'],
    sources: [src.helpNetQmr, src.remoteRemediationCsp],
    asOf: '2025-03-31',
    keywords: both(['recommended', 'timeout', 'scanning interval', '72 hours', '4320'], ['recommande', 'delai', 'intervalle d analyse', '72 heures', '4320']),
    followUps: ['qmr-enable-intune', 'qmr-retry-vs-reboot'],
  }),
  unit({
    id: 'qmr-settings-page',
    intent: 'explain-qmr',
    product: 'qmr',
    opener: 'fact',
    title: both('Where QMR is in Settings', 'Où se trouve QMR dans les Paramètres'),
    asks: both(
      [
        'Where is quick machine recovery in Settings?',
        'QMR toggle in the Settings app',
        'ms-settings:recovery quick machine recovery',
        'can’t find QMR in Windows settings',
      ],
      [
        'Où se trouve la récupération rapide de la machine dans les Paramètres ?',
        'interrupteur QMR dans l’application Paramètres',
        'je ne trouve pas QMR dans les paramètres Windows',
      ],
    ),
    body: both(
      [
        'Settings > System > Recovery > Quick machine recovery (shortcut ms-settings:recovery): turn it On, then set the retry and restart intervals.',
        'It appears on Windows 11 24H2 and later.',
      ],
      [
        'Paramètres > Système > Récupération > Quick machine recovery (raccourci ms-settings:recovery) : l’activer, puis régler les intervalles de nouvelle tentative et de redémarrage.',
        'Elle apparaît sur Windows 11 24H2 et ultérieur.',
      ],
    ),
    commands: [{ label: { en: 'Open Recovery settings', fr: 'Ouvrir les paramètres de récupération' }, code: 'start ms-settings:recovery' }],
    factIds: ['QMR-8', 'QMR-7'],
    sources: [src.qmr],
    asOf: '2025-06-02',
    keywords: both(
      ['settings', 'settings app', 'toggle', 'ms-settings:recovery', 'system recovery'],
      ['parametres', 'interrupteur', 'ms-settings:recovery', 'systeme recuperation'],
    ),
    followUps: ['qmr-without-intune', 'qmr-defaults'],
  }),
  unit({
    id: 'qmr-retry-vs-reboot',
    intent: 'explain-qmr',
    product: 'qmr',
    opener: 'no',
    title: both('Retry interval longer than the time to reboot?', 'Intervalle plus long que le délai avant redémarrage ?'),
    asks: both(
      ['Can the QMR retry interval be longer than the time to reboot?', 'SetRetryInterval greater than SetTimeToReboot', 'QMR retry interval maximum'],
      ['L’intervalle de nouvelle tentative QMR peut-il dépasser le délai avant redémarrage ?', 'SetRetryInterval supérieur à SetTimeToReboot'],
    ),
    body: both(
      ['No: SetRetryInterval (default 30 minutes) must not be above SetTimeToReboot (default 180 minutes); both accept 1–4320 minutes.'],
      ['Non : SetRetryInterval (30 minutes par défaut) ne doit pas dépasser SetTimeToReboot (180 minutes par défaut) ; les deux acceptent 1 à 4320 minutes.'],
    ),
    factIds: ['QMR-10'],
    sources: [src.remoteRemediationCsp],
    asOf: '2025-03-24',
    keywords: both(
      ['setretryinterval', 'settimetoreboot', 'retry interval', 'time to reboot'],
      ['setretryinterval', 'settimetoreboot', 'intervalle', 'delai avant redemarrage'],
    ),
    followUps: ['qmr-recommended-values', 'qmr-csp-oma-uris'],
  }),
  unit({
    id: 'qmr-auto-needs-cloud',
    intent: 'explain-qmr',
    product: 'qmr',
    opener: 'yes',
    title: both('Does auto remediation need cloud remediation?', 'La correction automatique exige-t-elle la correction cloud ?'),
    asks: both(
      [
        'Does QMR auto remediation need cloud remediation turned on?',
        'EnableAutoRemediation without EnableCloudRemediation',
        'auto remediation enabled but nothing happens, cloud remediation off',
      ],
      ['La correction automatique QMR exige-t-elle la correction cloud activée ?', 'EnableAutoRemediation sans EnableCloudRemediation'],
    ),
    body: both(
      [
        'Yes: EnableAutoRemediation needs EnableCloudRemediation = true — auto remediation retries through Windows Update, which is what cloud remediation provides.',
        `Their OMA-URIs: ${CRS}/EnableCloudRemediation and ${CRS}/AutoRemediationSettings/EnableAutoRemediation.`,
      ],
      [
        'Oui : EnableAutoRemediation exige EnableCloudRemediation = true — la correction automatique réessaie via Windows Update, ce que fournit la correction cloud.',
        `Leurs OMA-URI : ${CRS}/EnableCloudRemediation et ${CRS}/AutoRemediationSettings/EnableAutoRemediation.`,
      ],
    ),
    factIds: ['QMR-10', 'QMR-2'],
    sources: [src.remoteRemediationCsp, src.qmr],
    asOf: '2026-12-06',
    keywords: both(
      ['enableautoremediation', 'enablecloudremediation', 'auto remediation', 'cloud remediation'],
      ['enableautoremediation', 'enablecloudremediation', 'correction automatique', 'correction cloud'],
    ),
    followUps: ['qmr-cloud-vs-auto', 'qmr-csp-oma-uris'],
  }),
  unit({
    id: 'qmr-clear-settings',
    intent: 'explain-qmr',
    product: 'qmr',
    opener: 'fact',
    title: both('Remove QMR settings set with reagentc', 'Supprimer les réglages QMR posés avec reagentc'),
    asks: both(
      ['How do I remove the QMR settings applied with reagentc?', 'reagentc clearrecoverysettings', 'reset quick machine recovery configuration'],
      [
        'Comment supprimer les réglages QMR appliqués avec reagentc ?',
        'reagentc clearrecoverysettings',
        'réinitialiser la configuration de la récupération rapide',
      ],
    ),
    body: both(
      [
        'reagentc.exe /clearrecoverysettings removes them; reagentc.exe /getrecoverysettings shows what is set, and reagentc.exe /setrecoverysettings /path settings.xml applies a file again.',
      ],
      [
        'reagentc.exe /clearrecoverysettings les supprime ; reagentc.exe /getrecoverysettings affiche la configuration en place, et reagentc.exe /setrecoverysettings /path settings.xml réapplique un fichier.',
      ],
    ),
    commands: [
      { label: { en: 'Remove settings', fr: 'Supprimer les paramètres' }, code: 'reagentc.exe /clearrecoverysettings' },
      { label: { en: 'View settings', fr: 'Afficher les paramètres' }, code: 'reagentc.exe /getrecoverysettings' },
    ],
    factIds: ['QMR-12', 'CHK-9'],
    sources: [src.qmr],
    asOf: '2025-06-02',
    keywords: both(['clearrecoverysettings', 'remove', 'reset', 'undo'], ['clearrecoverysettings', 'supprimer', 'reinitialiser']),
    followUps: ['qmr-reagentc', 'check-qmr-state'],
  }),
  unit({
    id: 'qmr-needs-winre',
    intent: 'explain-qmr',
    product: 'qmr',
    opener: 'yes',
    title: both('Does QMR need WinRE enabled?', 'QMR a-t-il besoin de WinRE activé ?'),
    asks: both(
      ['Does quick machine recovery need WinRE enabled?', 'QMR with WinRE disabled', 'reagentc /info WinRE status for QMR'],
      ['La récupération rapide a-t-elle besoin de WinRE activé ?', 'QMR avec WinRE désactivé', 'reagentc /info état de WinRE pour QMR'],
    ),
    body: both(
      [
        'Yes: QMR runs in the Windows Recovery Environment (WinRE), so WinRE must be enabled — check it with reagentc /info, and the QMR state with reagentc /getrecoverysettings.',
      ],
      [
        'Oui : QMR s’exécute dans l’environnement de récupération Windows (WinRE), qui doit donc être activé — vérifier avec reagentc /info, et l’état de QMR avec reagentc /getrecoverysettings.',
      ],
    ),
    commands: [{ label: { en: 'WinRE status', fr: 'État de WinRE' }, code: 'reagentc /info' }],
    factIds: ['CHK-9', 'QMR-1'],
    sources: [src.qmr],
    asOf: '2025-06-02',
    keywords: both(['winre', 'recovery environment', 'reagentc info'], ['winre', 'environnement de recuperation', 'reagentc info']),
    followUps: ['check-qmr-state'],
  }),
  unit({
    id: 'qmr-test-stuck',
    intent: 'explain-qmr',
    product: 'qmr',
    opener: 'fact',
    title: both('QMR test left the PC in WinRE', 'Le test QMR laisse le PC dans WinRE'),
    asks: both(
      ['The QMR test left my PC stuck in WinRE, what do I do?', 'stuck in recovery after SetRecoveryTestmode', 'QMR test mode does not return to Windows'],
      [
        'Le test QMR a laissé mon PC bloqué dans WinRE, que faire ?',
        'bloqué en récupération après SetRecoveryTestmode',
        'le mode test QMR ne revient pas sous Windows',
      ],
    ),
    body: both(
      [
        'Choose Continue, then run reagentc.exe /Disable and reagentc.exe /Enable, and start the test again: reagentc.exe /SetRecoveryTestmode, reagentc.exe /BootToRe, then restart.',
      ],
      [
        'Choisissez Continuer, puis lancez reagentc.exe /Disable et reagentc.exe /Enable, et recommencez le test : reagentc.exe /SetRecoveryTestmode, reagentc.exe /BootToRe, puis redémarrer.',
      ],
    ),
    commands: [{ label: { en: 'Reset WinRE', fr: 'Réinitialiser WinRE' }, code: 'reagentc.exe /Disable\nreagentc.exe /Enable' }],
    factIds: ['QMR-13'],
    sources: [src.qmr],
    asOf: '2025-06-02',
    keywords: both(['stuck in winre', 'test mode', 'setrecoverytestmode', 'boottore'], ['bloque dans winre', 'mode test', 'setrecoverytestmode']),
    followUps: ['qmr-test-mode'],
  }),
  unit({
    id: 'qmr-fix-history',
    intent: 'explain-qmr',
    product: 'qmr',
    opener: 'fact',
    title: both('Where QMR shows a fix it applied', 'Où QMR indique un correctif appliqué'),
    asks: both(
      ['Where can I see that quick machine recovery applied a fix?', 'QMR remediation in update history', 'did QMR install something on my PC'],
      ['Où voir que la récupération rapide a appliqué un correctif ?', 'correction QMR dans l’historique des mises à jour'],
    ),
    body: both(
      ['In Settings > Windows Update > Update history > Quality updates: a remediation QMR applied is listed there.'],
      ['Dans Paramètres > Windows Update > Historique des mises à jour > Mises à jour qualité : une correction appliquée par QMR y figure.'],
    ),
    factIds: ['QMR-13'],
    sources: [src.qmr],
    asOf: '2025-06-02',
    keywords: both(['update history', 'remediation applied', 'quality updates'], ['historique des mises a jour', 'correction appliquee']),
    followUps: ['qmr-test-mode'],
  }),
  unit({
    id: 'qmr-wifi-password-encryption',
    intent: 'explain-qmr',
    product: 'qmr',
    opener: 'fact',
    title: both('How the QMR Wi-Fi password is protected', 'Protection du mot de passe Wi-Fi de QMR'),
    asks: both(
      ['How is the Wi-Fi password protected in the QMR settings?', 'NetworkPasswordEncryptionType values', 'QMR Wi-Fi password encrypted with a certificate'],
      ['Comment le mot de passe Wi-Fi est-il protégé dans les réglages QMR ?', 'valeurs de NetworkPasswordEncryptionType'],
    ),
    body: both(
      [
        `NetworkPasswordEncryptionType sets it: 0 = none, 1 = encrypted with the MDM certificate, 2 = a custom certificate, whose store NetworkPasswordEncryptionStore names; all under ${CRS}/NetworkSettings/NetworkCredentials (with NetworkSSID and NetworkPassword).`,
      ],
      [
        `NetworkPasswordEncryptionType le définit : 0 = aucun, 1 = chiffré avec le certificat MDM, 2 = un certificat personnalisé, dont NetworkPasswordEncryptionStore nomme le magasin ; le tout sous ${CRS}/NetworkSettings/NetworkCredentials (avec NetworkSSID et NetworkPassword).`,
      ],
    ),
    factIds: ['QMR-10'],
    sources: [src.remoteRemediationCsp],
    asOf: '2026-12-06',
    keywords: both(
      ['networkpasswordencryptiontype', 'wifi password', 'encryption', 'certificate'],
      ['networkpasswordencryptiontype', 'mot de passe wifi', 'chiffrement', 'certificat'],
    ),
    followUps: ['qmr-csp-oma-uris', 'qmr-network'],
  }),
  unit({
    id: 'qmr-xml-minutes',
    intent: 'explain-qmr',
    product: 'qmr',
    opener: 'fact',
    title: both('Units of totalwaittime and waitinterval', 'Unités de totalwaittime et waitinterval'),
    asks: both(
      ['Are totalwaittime and waitinterval in minutes or seconds?', 'QMR XML AutoRemediation totalwaittime meaning', 'reagentc settings.xml waitinterval unit'],
      ['totalwaittime et waitinterval sont-ils en minutes ou en secondes ?', 'signification de totalwaittime dans le XML QMR'],
    ),
    body: both(
      [
        'Minutes: in the reagentc XML, totalwaittime is the wait before reboot and waitinterval the time between checks — totalwaittime="2400" is 40 hours, waitinterval="120" checks every 2 hours.',
      ],
      [
        'En minutes : dans le XML de reagentc, totalwaittime est l’attente avant redémarrage et waitinterval l’intervalle entre deux vérifications — totalwaittime="2400" vaut 40 heures, waitinterval="120" vérifie toutes les 2 heures.',
      ],
    ),
    factIds: ['QMR-12'],
    sources: [src.qmr],
    asOf: '2025-06-02',
    keywords: both(['totalwaittime', 'waitinterval', 'minutes', 'xml'], ['totalwaittime', 'waitinterval', 'minutes', 'xml']),
    followUps: ['qmr-reagentc'],
  }),
];
