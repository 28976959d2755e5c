#!/usr/bin/env node
// The pystm command: runs the compiled VM (npm ci builds it into build/). Two subcommands
// are the measuring tools: `pystm bench ...` (bench/runner, bench/micro) and
// `pystm report ...` (scripts/report); anything else is a Python command line.
const [command, ...rest] = process.argv.slice(2);
if (command === 'bench') {
  const { benchMain } = await import('../build/bench/runner/cli.js');
  process.exitCode = await benchMain(rest);
} else if (command === 'report') {
  const { reportMain } = await import('../build/scripts/report/cli.js');
  process.exitCode = await reportMain(rest);
} else {
  const { runMain } = await import('../build/src/cli/main.js');
  runMain();
}
