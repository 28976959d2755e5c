#!/usr/bin/env node
// The pystm command: runs the compiled VM (npm ci builds it into build/).
import { runMain } from '../build/src/cli/main.js';

runMain();
