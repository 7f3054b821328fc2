/**
 * Encodes text into legacy charsets (windows-1251, Shift_JIS, GBK/gb2312) for
 * test files. Node has decoders for them (full ICU) but no encoders, so the
 * encoder is the decoder run backwards over every one- and two-byte sequence.
 */
const tables = new Map<string, Map<string, number[]>>();

function reverseTable(encoding: string): Map<string, number[]> {
  const known = tables.get(encoding);
  if (known) return known;
  const decoder = new TextDecoder(encoding, { fatal: true });
  const table = new Map<string, number[]>();
  const learn = (bytes: number[]) => {
    try {
      const char = decoder.decode(Uint8Array.from(bytes));
      if ([...char].length === 1 && !table.has(char)) table.set(char, bytes);
    } catch {
      // not a valid sequence in this encoding
    }
  };
  for (let b = 0; b < 0x100; b++) learn([b]);
  for (let lead = 0x81; lead <= 0xfe; lead++) for (let trail = 0x40; trail <= 0xfe; trail++) learn([lead, trail]);
  tables.set(encoding, table);
  return table;
}

export function encodeLegacy(text: string, encoding: string): Buffer {
  const table = reverseTable(encoding);
  const bytes: number[] = [];
  for (const char of text) {
    const seq = table.get(char);
    if (!seq) throw new Error(`${JSON.stringify(char)} has no ${encoding} encoding`);
    bytes.push(...seq);
  }
  return Buffer.from(bytes);
}
