import { describe, expect, it } from 'vitest';
import { emailNotificationsSchema, MAX_RECIPIENTS, recipientListSchema } from './notifications';

const messages = (value: unknown) =>
  recipientListSchema.safeParse(value).error?.issues.map((i) => i.message) ?? [];

describe('recipientListSchema', () => {
  it('accepts an empty list (the notification is off) and valid addresses', () => {
    expect(messages([])).toEqual([]);
    expect(messages(['soc@contoso.com', 'ir@contoso.com'])).toEqual([]);
  });

  it('rejects an invalid address with the field message', () => {
    expect(messages(['soc@'])).toEqual(['Enter a valid email address, such as soc@contoso.com']);
  });

  it('rejects the same address twice, ignoring case', () => {
    expect(messages(['soc@contoso.com', 'SOC@Contoso.com'])).toEqual([
      'Each address may appear only once',
    ]);
  });

  it(`holds at most ${MAX_RECIPIENTS} addresses`, () => {
    const list = Array.from({ length: MAX_RECIPIENTS + 1 }, (_, i) => `user${i}@contoso.com`);
    expect(messages(list.slice(0, MAX_RECIPIENTS))).toEqual([]);
    expect(messages(list)).toEqual([`A list holds at most ${MAX_RECIPIENTS} addresses`]);
  });
});

describe('emailNotificationsSchema', () => {
  it('puts an error at the list and index of the bad address', () => {
    const result = emailNotificationsSchema.safeParse({
      alertRecipients: [],
      healthRecipients: ['noc@contoso.com', 'x'],
    });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['healthRecipients.1']);
  });
});
