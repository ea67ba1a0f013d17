import { describe, expect, test } from 'vitest';
import { jobRole } from './roles';

describe('the role that names a job', () => {
  test('is the first staff role held, skipping anything that is not one', () => {
    expect(jobRole(['team_lead', 'social_worker'])).toBe('team_lead');
    expect(jobRole(['admin', 'family_worker'])).toBe('family_worker');
    expect(jobRole([])).toBeNull();
  });
});
