import type { Rule } from '../types';
import { pass, fail, assumed } from '../check-builders';
import { SRC } from '../sources';

/**
 * HP-MGT-1/HP-MGT-5: Intune-managed (Autopatch quality update policy), Entra joined or hybrid joined,
 * telemetry ≥ Required, wlidsvc running. HP-MGT-6: co-management with the Windows Update workload on
 * Intune. HP-MGT-9: not through WSUS. Missing data → assumed, as the example cases assume (tests/fixtures/questions/cases.json).
 */
export const intuneManagedRule: Rule = (d) => {
  const id = 'intune-managed' as const;
  const facts = ['HP-MGT-1', 'HP-MGT-5'];
  // Being in a quality update policy implies Intune management.
  if (d.management === 'intune' || (d.management === undefined && (d.hotpatchPolicy === 'allow' || d.hotpatchPolicy === 'block'))) {
    return pass(id, 'intune', facts, SRC.intuneQualityUpdates);
  }
  if (d.management === 'co-managed') {
    return pass(id, 'co-managed', [...facts, 'HP-MGT-6'], SRC.intuneQualityUpdates, { hedge: 'co-management-workload' });
  }
  if (d.management === 'none' || d.management === 'other-mdm') {
    return fail(id, d.management, [...facts, 'HP-MGT-9'], SRC.intuneQualityUpdates, { fix: 'enroll-in-intune' });
  }
  return assumed(id, 'assumed', facts, SRC.intuneQualityUpdates, { ask: 'management' });
};

export const joinTypeRule: Rule = (d) => {
  const id = 'join-type' as const;
  const facts = ['HP-MGT-5', 'HP-MGT-8'];
  if (d.joinType === 'entra' || d.joinType === 'hybrid') return pass(id, d.joinType, facts, SRC.intuneQualityUpdates);
  if (d.joinType === 'registered' || d.joinType === 'workgroup') {
    return fail(id, d.joinType, facts, SRC.intuneQualityUpdates, { fix: 'join-entra' });
  }
  return assumed(id, 'assumed', facts, SRC.intuneQualityUpdates, { ask: 'joinType' });
};

export const diagnosticDataRule: Rule = (d) => {
  const id = 'diagnostic-data' as const;
  if (d.telemetry === 'required' || d.telemetry === 'optional') return pass(id, 'ok', ['HP-MGT-5'], SRC.intuneQualityUpdates);
  if (d.telemetry === 'off' || d.telemetry === 'security') {
    return fail(id, 'too-low', ['HP-MGT-5'], SRC.intuneQualityUpdates, { fix: 'set-telemetry-required' });
  }
  return assumed(id, 'assumed', ['HP-MGT-5'], SRC.intuneQualityUpdates, { ask: 'telemetry' });
};

export const signInAssistantRule: Rule = (d) => {
  const id = 'sign-in-assistant' as const;
  if (d.signInAssistantRunning === true) return pass(id, 'running', ['HP-MGT-5'], SRC.intuneQualityUpdates);
  if (d.signInAssistantRunning === false) {
    return fail(id, 'disabled', ['HP-MGT-5'], SRC.intuneQualityUpdates, { fix: 'enable-wlidsvc' });
  }
  return assumed(id, 'assumed', ['HP-MGT-5'], SRC.intuneQualityUpdates, { ask: 'signInAssistantRunning' });
};
