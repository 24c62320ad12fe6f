import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/language/clean-text';

describe('foldText', () => {
  it('folds accents and quotes', () => {
    expect(foldText('Éligible’ ŒUVRE')).toBe("eligible' oeuvre");
  });
});
