import { describe, expect, it } from 'vitest';
import {
  activitiesExportQuerySchema,
  activityGroupSchema,
  activityTypeGroups,
  activityTypeSchema,
  searchQuerySchema,
} from './entities';

describe('entity contracts', () => {
  it('reads a search query from URL parameters, with defaults', () => {
    expect(searchQuerySchema.parse({ q: '  ron ' })).toEqual({
      q: 'ron',
      filter: 'All',
      offset: 0,
      limit: 20,
    });
    expect(
      searchQuerySchema.parse({ q: 'a', filter: 'Servers', offset: '40', limit: '100' }),
    ).toMatchObject({ filter: 'Servers', offset: 40, limit: 100 });
  });

  it('refuses an empty query and a page larger than 100', () => {
    const empty = searchQuerySchema.safeParse({ q: '   ' });
    expect(empty.error?.issues[0]?.message).toBe('Type something to search for');
    expect(searchQuerySchema.safeParse({ q: 'a', limit: '101' }).success).toBe(false);
  });

  it('puts an export range that ends before it starts on the end date', () => {
    const result = activitiesExportQuerySchema.safeParse({
      from: '2026-11-02T00:00:00Z',
      to: '2026-11-01T00:00:00Z',
    });
    expect(result.error?.issues[0]).toMatchObject({
      path: ['to'],
      message: 'The end date must be on or after the start date',
    });
  });

  it('knows every activity type of every group, once', () => {
    const all = Object.values(activityTypeGroups).flat();
    expect(new Set(all).size).toBe(all.length);
    expect(activityTypeSchema.options).toHaveLength(all.length);
    expect(activityGroupSchema.options).toEqual(Object.keys(activityTypeGroups));
  });
});
