import { describe, expect, it } from 'vitest';
import { checkPasswordPolicy } from '../../src/domain/validators/password.js';

describe('ACC-4 password policy as the elements show it while typing', () => {
  it('ACC-4: counts length in characters and the 4 classes', () => {
    expect(checkPasswordPolicy('Short-1', 'Short-1')).toMatchObject({
      longEnough: false,
      classes: 4,
      enoughClasses: true,
      confirmed: true,
    });
    expect(checkPasswordPolicy('alllowercaseletters', '')).toMatchObject({
      longEnough: true,
      classes: 1,
      enoughClasses: false,
      confirmed: false,
    });
    expect(checkPasswordPolicy('Élégance-été', 'Élégance-été')).toMatchObject({
      longEnough: true,
      classes: 3,
      enoughClasses: true,
    });
  });

  it('ACC-4: the new password must differ from the current one when it is known', () => {
    expect(checkPasswordPolicy('Chorus-Pro-2026!', 'Chorus-Pro-2026!', 'Chorus-Pro-2026!').differs).toBe(false);
    expect(checkPasswordPolicy('Chorus-Pro-2027!', 'Chorus-Pro-2027!', 'Chorus-Pro-2026!').differs).toBe(true);
    expect(checkPasswordPolicy('Chorus-Pro-2026!', 'Chorus-Pro-2026!').differs).toBe(true);
  });
});
