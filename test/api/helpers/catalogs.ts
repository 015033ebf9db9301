/**
 * A small valid catalog for the API tests: two providers, a prerequisite chain, an any-group, a
 * credits rule and skills, so filters, trees, stacksInto and publishing all have something to show.
 */
import type { Catalog } from '@pathwise/core';

/** @returns a fresh copy of the test catalog */
export function campusCatalog(): Catalog {
  return {
    format: 'pathwise.catalog/v1',
    currency: 'USD',
    providers: [
      { id: 'state-u', name: 'State University', kind: 'university' },
      { id: 'cloudco', name: 'CloudCo', kind: 'industry' },
    ],
    credentials: [
      {
        id: 'py-101',
        name: 'Python Basics',
        kind: 'course',
        provider: 'state-u',
        cost: 100,
        durationWeeks: 4,
        credits: 3,
        skills: ['python'],
        'x-achievementIds': ['https://state-u.example.edu/achievements/py-101'],
      },
      {
        id: 'sql-101',
        name: 'SQL Basics',
        kind: 'course',
        provider: 'state-u',
        cost: 80,
        durationWeeks: 3,
        credits: 3,
        skills: ['sql'],
        'x-achievementIds': ['https://state-u.example.edu/achievements/sql-101'],
      },
      {
        id: 'stats-101',
        name: 'Statistics',
        kind: 'course',
        provider: 'state-u',
        cost: 120,
        durationWeeks: 6,
        credits: 4,
        skills: ['statistics'],
        description: 'Descriptive and inferential statistics',
      },
      {
        id: 'data-cert',
        name: 'Data Certificate',
        kind: 'certificate',
        provider: 'state-u',
        cost: 50,
        durationWeeks: 1,
        requires: { credits: 6, of: ['py-101', 'sql-101', 'stats-101'] },
      },
      {
        id: 'cloud-found',
        name: 'Cloud Foundations',
        kind: 'badge',
        provider: 'cloudco',
        cost: 0,
        durationWeeks: 1,
        skills: ['cloud'],
      },
      {
        id: 'cloud-data-eng',
        name: 'Cloud Data Engineer',
        kind: 'certification',
        provider: 'cloudco',
        cost: 200,
        durationWeeks: 2,
        validityMonths: 24,
        requires: {
          all: [
            'cloud-found',
            { any: ['data-cert', { atLeast: 2, of: ['py-101', 'sql-101', 'stats-101'] }] },
          ],
        },
        'x-exam-code': 'CDE-01',
      },
    ],
  };
}
