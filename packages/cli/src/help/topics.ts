/**
 * Help on things that are not commands: `pathwise help batch` (the query lines of `plan --batch`).
 */
import { BATCH_LINE_FIELDS } from '../plan/batch-line.js';
import { twoColumns } from '../text/two-columns.js';
import { wrapText } from '../text/fit-table.js';

const BATCH_FIELDS: readonly (readonly [(typeof BATCH_LINE_FIELDS)[number], string])[] = [
  [
    'id',
    "any string or number; copied onto the line's output (plan or error) so results can be matched to queries",
  ],
  ['target', 'the credential id to reach (required)'],
  [
    'have',
    'held credentials: [{ "id": "…", "earnedOn": "YYYY-MM-DD" }], earnedOn optional (default [])',
  ],
  ['asOf', 'YYYY-MM-DD; holdings lapse as of this date (default: --as-of, else today)'],
  ['objective', '"cheapest" or "fastest", either case (default: --objective, else cheapest)'],
  ['maxWeeks', 'deadline week, >= 0 (default: --max-weeks)'],
  ['maxCost', 'budget, >= 0 (default: --max-cost)'],
  ['exclude', 'credential ids not to earn (default: --exclude)'],
  ['weeklyHours', 'study hours a week, > 0 (default: --weekly-hours)'],
  ['startDate', 'YYYY-MM-DD; the day of week 0, for step dates (default: --start-date, else asOf)'],
  [
    'currentAnnualEarnings',
    'annual earnings now, >= 0; plans then say paybackMonths (default: --current-earnings)',
  ],
  [
    'keepFor',
    'months the target must stay valid after it is earned, >= 0; plans then list renewals (default: --keep-for)',
  ],
];

/** Help topics by name: each renders its text (ending in a newline) for a width. */
export const helpTopics: Record<string, (width: number) => string> = {
  batch: (width) =>
    [
      'pathwise plan --batch FILE: one query per line (JSON lines)',
      '',
      wrapText(
        'Each non-blank line is a JSON object with these fields; any other field is refused (the line answers with an INVALID_INPUT error naming it). Blank lines are skipped. Each query line gives one output line, in order: the plan-v1 JSON, or {"error":{"code","message"}} naming the line, both with the line\'s "id". With --format csv, one row per query instead. A summary goes to stderr. The file is streamed (- reads stdin) and planned on --workers threads (default: one per core); progress goes to stderr (--progress). The exit code is 0 unless a line met a fault of Pathwise itself (1).',
        width,
      ),
      '',
      'fields:',
      twoColumns(BATCH_FIELDS, width),
      '',
      'example:',
      '  {"id":"q1","target":"pmi-pmp","have":[{"id":"generic-bachelors-degree"}],"objective":"FASTEST"}',
      '',
    ].join('\n'),
};
