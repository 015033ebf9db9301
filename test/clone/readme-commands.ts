/**
 * The CLI commands a README shows: the first `sh` block under its `## CLI` heading, with `\`
 * continuation lines joined, one shell line per command (trailing `# comments` left for the shell).
 */

/**
 * @param readme - the README's text
 * @returns each `pnpm … pathwise …` command of the CLI section, as one shell line
 * @throws Error when the README has no CLI section or no sh block in it
 */
export function readmeCliCommands(readme: string): string[] {
  const section = readme.split(/^## /m).find((s) => s.startsWith('CLI\n'));
  if (section === undefined) throw new Error('the README has no "## CLI" section');
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1];
  if (block === undefined) throw new Error("the README's CLI section has no sh block");
  const commands: string[] = [];
  let current = '';
  for (const line of block.split('\n')) {
    const continued = /\\\s*$/.test(line);
    current += `${line.replace(/\\\s*$/, '')} `;
    if (continued) continue;
    if (current.trim() !== '') commands.push(current.trim().replace(/\s+/g, ' '));
    current = '';
  }
  return commands;
}
