#!/usr/bin/env node
// The pystm command: runs the compiled VM (npm ci builds it into build/, and the GIL build
// into build-gil/). Two subcommands are the measuring tools: `pystm bench ...` (bench/runner,
// bench/micro) and `pystm report ...` (scripts/report); anything else is a Python command
// line, where `--mode gil` among the options before the program selects the GIL build.

/** Options before the program that take the next word as their value. */
const WITH_VALUE = ['--max-heap', '--stm-log', '--stm-abort-rate', '-X', '-W'];

function wantsGil(argv) {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--mode') return argv[i + 1] === 'gil';
    if (a === '--mode=gil') return true;
    if (a === '-c' || a === '-m' || a === '-' || !a.startsWith('-')) return false;
    if (WITH_VALUE.includes(a)) i++;
  }
  return false;
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'bench' || command === 'report') {
  // `pystm report LOG | head` is fine: stop quietly when the reader goes away.
  process.stdout.on('error', (e) => { if (e.code === 'EPIPE') process.exit(0); else throw e; });
}
if (command === 'bench') {
  const { benchMain } = await import('../build/bench/runner/cli.js');
  process.exitCode = await benchMain(rest);
} else if (command === 'report') {
  const { reportMain } = await import('../build/scripts/report/cli.js');
  process.exitCode = await reportMain(rest);
} else {
  const build = wantsGil(process.argv.slice(2)) ? '../build-gil' : '../build';
  const { runMain } = await import(`${build}/src/cli/main.js`);
  runMain();
}
