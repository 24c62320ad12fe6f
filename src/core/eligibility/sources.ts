/** Primary source URLs for the eligibility rules (facts HP-*, data/facts/register.json). */
export const SRC = {
  autopatchHotpatch: 'https://learn.microsoft.com/en-us/windows/deployment/windows-autopatch/manage/windows-autopatch-hotpatch-updates',
  autopatchFaq: 'https://learn.microsoft.com/en-us/windows/deployment/windows-autopatch/overview/windows-autopatch-faq',
  intuneHotpatch: 'https://learn.microsoft.com/en-us/intune/device-updates/windows/configure-hotpatch',
  intuneQualityUpdates: 'https://learn.microsoft.com/en-us/intune/device-updates/windows/manage-quality-updates',
  trainingSchedules: 'https://learn.microsoft.com/en-us/training/modules/hotpatch-updates/3-update-schedules',
  releaseInfo: 'https://learn.microsoft.com/en-us/windows/release-health/windows11-release-information',
  disableChpe: 'https://learn.microsoft.com/en-us/windows/client-management/mdm/policy-csp-system#disablechpe',
  vbs: 'https://learn.microsoft.com/en-us/windows/security/hardware-security/enable-virtualization-based-protection-of-code-integrity',
} as const;
