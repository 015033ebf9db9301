/**
 * The help texts: `pathwise help` (every command, one line each) and `pathwise help CMD` /
 * `pathwise CMD --help` (usage, arguments, every flag with its description and default), wrapped to
 * the terminal's width.
 */
import type { Command, FlagSpec } from '../commands/command.js';
import { twoColumns } from '../text/two-columns.js';
import { wrapText } from '../text/fit-table.js';

/**
 * @param commands - every sub-command, in the order to list them
 * @param width - the terminal's width
 * @returns the text of `pathwise help`, ending in a newline
 */
export function renderCommandList(commands: readonly Command[], width: number): string {
  const rows = commands.map((c) => [c.name, c.summary] as const);
  return [
    'usage: pathwise <command> [options]',
    '',
    'commands:',
    twoColumns(rows, width),
    '',
    'options:',
    twoColumns(
      [
        ['--version, -V', 'print the version and exit'],
        [
          '--help, -h',
          'print this help; `pathwise help COMMAND` or `pathwise COMMAND --help` for one command',
        ],
      ],
      width,
    ),
    '',
  ].join('\n');
}

/**
 * @param command - the sub-command
 * @param width - the terminal's width
 * @returns the text of `pathwise help CMD`, ending in a newline
 */
export function renderCommandHelp(command: Command, width: number): string {
  const parts = [
    wrapText(`pathwise ${command.name}: ${command.summary}`, width),
    '',
    hanging(`usage: ${command.usage}`, width),
  ];
  if (command.arguments && command.arguments.length > 0) {
    parts.push(
      '',
      'arguments:',
      twoColumns(
        command.arguments.map((a) => [a.name, a.description]),
        width,
      ),
    );
  }
  const flags: FlagSpec[] = [
    ...command.flags,
    { name: 'help', short: 'h', type: 'boolean', description: 'print this help and exit' },
  ];
  parts.push(
    '',
    'options:',
    twoColumns(
      flags.map((f) => [flagLabel(f), flagText(f)]),
      width,
    ),
  );
  if (command.examples && command.examples.length > 0) {
    parts.push('', 'examples:', ...command.examples.map((e) => hanging(`  ${e}`, width)));
  }
  return `${parts.join('\n')}\n`;
}

/** Wraps a line, its continuation lines indented by four spaces. */
function hanging(text: string, width: number): string {
  const [first, ...rest] = wrapText(text, width).split('\n');
  if (rest.length === 0) return first!;
  return [
    first!,
    ...wrapText(rest.join(' '), width - 4)
      .split('\n')
      .map((l) => `    ${l}`),
  ].join('\n');
}

function flagLabel(flag: FlagSpec): string {
  const value = flag.type === 'string' ? ` ${flag.value ?? 'VALUE'}` : '';
  return `--${flag.name}${value}${flag.short ? `, -${flag.short}` : ''}`;
}

function flagText(flag: FlagSpec): string {
  const repeat = flag.multiple ? '; repeatable' : '';
  const fallback = flag.default !== undefined ? ` (default: ${flag.default})` : '';
  return `${flag.description}${repeat}${fallback}`;
}
