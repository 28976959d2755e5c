// Sizes on the command line: 512M, 4G, 65536 (bytes), as CPython-free tools write them.

export function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)([KMGT]?)B?$/i.exec(text.trim());
  if (m === null) throw new Error(`invalid size: ${text}`);
  const unit = { '': 1, K: 2 ** 10, M: 2 ** 20, G: 2 ** 30, T: 2 ** 40 }[m[2].toUpperCase() as '' | 'K' | 'M' | 'G' | 'T'];
  return Math.floor(Number(m[1]) * unit);
}
