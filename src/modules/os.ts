// _os: the system calls behind lib/os.py (POSIX), on node:fs and node:process. Failures
// become CPython's OSError subclasses, e.g. "[Errno 2] No such file or directory: 'x'".

import * as fs from 'node:fs';
import * as nodeOs from 'node:os';
import * as crypto from 'node:crypto';
import * as child from 'node:child_process';
import { becomeInevitable } from '../../stm/barrier.js';
import { NULL, Ref } from '../../gc/layout.js';
import { bytesLikeValue, newBytes } from '../objects/bytes.js';
import { Exc, typeError } from '../objects/exception.js';
import { osError } from '../objects/fileio.js';
import { floatOf, newFloat } from '../objects/float.js';
import { intValue, newInt } from '../objects/int.js';
import { newList } from '../objects/list.js';
import { NONE } from '../objects/statics.js';
import { newStr, strValue } from '../objects/str.js';
import { newTuple } from '../objects/tuple.js';
import { isTrue, typeNameOf } from '../runtime/abstract.js';
import { callObject } from '../runtime/call.js';
import { PyRaise } from '../runtime/errors.js';
import { defFunction } from '../runtime/native.js';

// Errors that the io module's table (used through osError) does not know, and the common ones
// of two-path calls (rename), which osError cannot report.
const MORE_ERRNO: Record<string, [number, string, string]> = {
  ENOENT: [2, 'No such file or directory', 'FileNotFoundError'],
  EEXIST: [17, 'File exists', 'FileExistsError'],
  EACCES: [13, 'Permission denied', 'PermissionError'],
  ENOTDIR: [20, 'Not a directory', 'NotADirectoryError'],
  EISDIR: [21, 'Is a directory', 'IsADirectoryError'],
  ENOTEMPTY: [39, 'Directory not empty', 'OSError'],
  EXDEV: [18, 'Invalid cross-device link', 'OSError'],
  ELOOP: [40, 'Too many levels of symbolic links', 'OSError'],
  EBUSY: [16, 'Device or resource busy', 'OSError'],
};

function fail(e: unknown, filename: Ref, filename2: Ref = NULL): never {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === undefined) throw e;
  const more = MORE_ERRNO[code];
  if (filename2 === NULL && (more === undefined || more[2] !== 'OSError')) return osError(code, filename);
  const [errno, text, cls] = more ?? [(nodeOs.constants.errno as Record<string, number>)[code] ?? 0, code, 'OSError'];
  const args = [newInt(errno), newStr(text)];
  if (filename !== NULL) args.push(filename);
  if (filename2 !== NULL) args.push(NONE, filename2);
  throw new PyRaise(callObject(Exc[cls], args));
}

/** Runs a system call on path `p` (a str), with OSError for failures. */
function sys<T>(p: Ref, f: (path: string) => T, p2: Ref = NULL): T {
  becomeInevitable();
  try {
    return f(strValue(p));
  } catch (e) {
    return fail(e, p, p2);
  }
}

const D = '_os';

defFunction(D, { name: 'getcwd', fn: () => newStr(process.cwd()) });
defFunction(D, { name: 'chdir', params: ['path'], fn: (_m, p) => { sys(p, (s) => process.chdir(s)); return NONE; } });
defFunction(D, {
  name: 'listdir', params: ['path'],
  fn: (_m, p) => newList(sys(p, (s) => fs.readdirSync(s)).map((n) => newStr(n))),
});
defFunction(D, {
  name: 'scandir', params: ['path'],
  fn: (_m, p) => newList(sys(p, (s) => fs.readdirSync(s, { withFileTypes: true })).map((d) =>
    newTuple([newStr(d.name), newInt(d.isDirectory() ? 1 : d.isFile() ? 0 : d.isSymbolicLink() ? 2 : 3)]))),
});
defFunction(D, {
  name: 'mkdir', params: ['path', 'mode'],
  fn: (_m, p, mode) => { sys(p, (s) => fs.mkdirSync(s, { mode: Number(intValue(mode)) })); return NONE; },
});
defFunction(D, { name: 'rmdir', params: ['path'], fn: (_m, p) => { sys(p, (s) => fs.rmdirSync(s)); return NONE; } });
defFunction(D, {
  name: 'remove', params: ['path'],
  fn: (_m, p) => {
    sys(p, (s) => {
      // unlink(2) on a directory fails with EISDIR on Linux, as CPython reports.
      if (fs.lstatSync(s).isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
      fs.unlinkSync(s);
    });
    return NONE;
  },
});
defFunction(D, {
  name: 'rename', params: ['src', 'dst'],
  fn: (_m, a, b) => { sys(a, (s) => fs.renameSync(s, strValue(b)), b); return NONE; },
});

/** stat(path, follow) -> (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime). */
defFunction(D, {
  name: 'stat', params: ['path', 'follow'],
  fn: (_m, p, follow) => {
    const st = sys(p, (s) => (isTrue(follow) ? fs.statSync(s, { bigint: true }) : fs.lstatSync(s, { bigint: true })));
    const ns = (v: bigint): Ref => newFloat(Number(v) / 1e9);
    const int = (v: bigint): Ref => newInt(v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v);
    return newTuple([int(st.mode), int(st.ino), int(st.dev), int(st.nlink), int(st.uid), int(st.gid),
      int(st.size), ns(st.atimeNs), ns(st.mtimeNs), ns(st.ctimeNs)]);
  },
});
defFunction(D, {
  name: 'readlink', params: ['path'], fn: (_m, p) => newStr(sys(p, (s) => fs.readlinkSync(s))),
});
defFunction(D, {
  name: 'symlink', params: ['src', 'dst'],
  fn: (_m, a, b) => { sys(a, (s) => fs.symlinkSync(s, strValue(b)), b); return NONE; },
});
defFunction(D, {
  name: 'access', params: ['path', 'mode'],
  fn: (_m, p, mode) => {
    try {
      fs.accessSync(strValue(p), Number(intValue(mode)));
      return newInt(1);
    } catch {
      return newInt(0);
    }
  },
});
defFunction(D, { name: 'realpath', params: ['path'], fn: (_m, p) => newStr(sys(p, (s) => fs.realpathSync(s))) });
defFunction(D, { name: 'getpid', fn: () => newInt(process.pid) });
defFunction(D, { name: 'getppid', fn: () => newInt(process.ppid) });
defFunction(D, { name: 'cpu_count', fn: () => newInt(nodeOs.cpus().length || 1) });
defFunction(D, { name: 'homedir', fn: () => newStr(nodeOs.homedir()) });
defFunction(D, {
  name: 'urandom', params: ['n'],
  fn: (_m, n) => newBytes(crypto.randomBytes(Number(intValue(n)))),
});
defFunction(D, {
  name: 'environ_items',
  fn: () => newList(Object.entries(process.env).map(([k, v]) => newTuple([newStr(k), newStr(v ?? '')]))),
});
defFunction(D, {
  name: 'putenv', params: ['key', 'value'],
  fn: (_m, k, v) => { becomeInevitable(); process.env[strValue(k)] = strValue(v); return NONE; },
});
defFunction(D, {
  name: 'unsetenv', params: ['key'],
  fn: (_m, k) => { becomeInevitable(); delete process.env[strValue(k)]; return NONE; },
});
defFunction(D, { name: 'umask', params: ['mask'], fn: (_m, m) => newInt(process.umask(Number(intValue(m)))) });

// ---- file descriptors and processes ----


defFunction(D, {
  name: 'open', params: ['path', 'flags', 'mode'],
  fn: (_m, p, flags, mode) => newInt(sys(p, (s) => fs.openSync(s, Number(intValue(flags)), Number(intValue(mode))))),
});
defFunction(D, {
  name: 'close', params: ['fd'],
  fn: (_m, fd) => {
    becomeInevitable();
    try { fs.closeSync(Number(intValue(fd))); } catch (e) { fail(e, NULL); }
    return NONE;
  },
});
defFunction(D, {
  name: 'read', params: ['fd', 'n'],
  fn: (_m, fd, n) => {
    becomeInevitable();
    const buf = Buffer.alloc(Number(intValue(n)));
    let got = 0;
    try { got = fs.readSync(Number(intValue(fd)), buf, 0, buf.length, null); } catch (e) { fail(e, NULL); }
    return newBytes(buf.subarray(0, got));
  },
});
defFunction(D, {
  name: 'write', params: ['fd', 'data'],
  fn: (_m, fd, data) => {
    becomeInevitable();
    const bytes = bytesLikeValue(data);
    if (bytes === null) return typeError(`a bytes-like object is required, not '${typeNameOf(data)}'`);
    try { return newInt(fs.writeSync(Number(intValue(fd)), bytes)); } catch (e) { return fail(e, NULL); }
  },
});
defFunction(D, {
  name: 'chmod', params: ['path', 'mode'],
  fn: (_m, p, mode) => { sys(p, (s) => fs.chmodSync(s, Number(intValue(mode)))); return NONE; },
});
defFunction(D, {
  name: 'utime', params: ['path', 'atime', 'mtime'],
  fn: (_m, p, a, m) => {
    const now = Date.now() / 1000;
    const at = a === NONE ? now : floatOf(a);
    const mt = m === NONE ? now : floatOf(m);
    sys(p, (s) => fs.utimesSync(s, at, mt));
    return NONE;
  },
});
defFunction(D, {
  name: 'system', params: ['command'],
  fn: (_m, cmd) => {
    becomeInevitable();
    const r = child.spawnSync('/bin/sh', ['-c', strValue(cmd)], { stdio: 'inherit' });
    return newInt(r.status === null ? 0 : r.status << 8);
  },
});
defFunction(D, { name: 'getuid', fn: () => newInt(process.getuid?.() ?? 0) });
defFunction(D, { name: 'getgid', fn: () => newInt(process.getgid?.() ?? 0) });
defFunction(D, { name: 'open_flags', fn: () => newList(Object.entries(fs.constants).filter(([k]) => k.startsWith('O_')).map(([k, v]) => newTuple([newStr(k), newInt(v)]))) });
