// The standard streams are TextIOWrapper files like those open() returns: see fileio.ts.

export { newStdStream, readStdinLine, T_TEXTIO } from './fileio.js';
