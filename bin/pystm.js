#!/usr/bin/env node
// The pystm command: runs the compiled VM (npm ci builds it into build/, and the GIL build
// into build-gil/). `--mode gil` among the options before the program selects the GIL build.

function wantsGil(argv) {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--mode') return argv[i + 1] === 'gil';
    if (a === '--mode=gil') return true;
    if (a === '-c' || a === '-m' || a === '-' || !a.startsWith('-')) return false;
  }
  return false;
}

const build = wantsGil(process.argv.slice(2)) ? '../build-gil' : '../build';
const { runMain } = await import(`${build}/src/cli/main.js`);
runMain();
