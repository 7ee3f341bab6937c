import { describe, expect, it } from 'vitest';
import { conflictWording } from './conflict-dialog';

const at = '2026-11-20T10:42:00.000Z';

describe('conflictWording', () => {
  it('says it was the user, in another tab or window, when the service says so', () => {
    expect(conflictWording({ updatedBy: 'Adele Vance', updatedAt: at, byYou: true }).title).toBe(
      'You changed these settings in another tab or window at 10:42 AM UTC',
    );
  });

  it('names someone else, and when', () => {
    const wording = conflictWording({ updatedBy: 'Megan Bowen', updatedAt: at, byYou: false });
    expect(wording.title).toBe('Megan Bowen changed these settings at 10:42 AM UTC');
    expect(wording.detail).toMatch(/^Megan Bowen saved these settings after you opened the page/);
  });

  it('blames no one when the service doesn’t say who saved', () => {
    expect(conflictWording({ updatedBy: null, updatedAt: null, byYou: false }).title).toBe(
      'These settings were changed after you opened them',
    );
  });
});
