/**
 * Zip bombs posing as a site's workbook: the committed workbook with its first sheet (the one the
 * spec reads first) replaced. `honest`: the zip directory declares the sheet at 2 GiB (its data
 * are 4 MiB of zeros, deflated: ingest must refuse it from the declaration alone, before
 * inflating anything, so what follows does not matter). `lying`: the directory declares 1 KiB but
 * the sheet inflates to 100 MiB of zeros, so ingest must stop inflating once past 1 KiB;
 * `lying-near-limit` declares 15 MiB, just under the committed limit (the costliest bomb to
 * refuse: 15 MiB are inflated, counted and dropped before it is caught). `ballast`:
 * the workbook unchanged but for an extra part no relationship points at, declaring 2 GiB, which
 * ingest must never touch (the workbook is then read as usual).
 *
 * The archive is written here rather than with a zip library because a library would compute the
 * sizes from the data (and need the 100 MiB in memory); CRCs are real except the bombs'.
 */

import { Deflate, deflateSync, unzipSync } from "fflate";
import { sheetPart } from "./raw_editor.ts";

const MIB = 1024 * 1024;

/** One member to write: its name, deflated bytes, declared size and CRC. */
interface Member {
  name: string;
  data: Uint8Array;
  size: number;
  crc: number;
}

/** The workbook `bytes` made into the bomb `kind`. */
export function bombWorkbook(
  bytes: Uint8Array,
  kind: "honest" | "lying" | "lying-near-limit" | "ballast",
): Uint8Array {
  const parts = unzipSync(bytes);
  const sheet = sheetPart(parts, "Patiënten");
  const members: Member[] = Object.entries(parts).map(([name, data]) =>
    name === sheet && kind !== "ballast"
      ? bomb(name, kind)
      : { name, data: deflateSync(data), size: data.length, crc: crc32(data) }
  );
  if (kind === "ballast") {
    members.push({
      name: "xl/media/ballast.bin",
      data: zeros(4 * MIB).data,
      size: 2 ** 31,
      crc: 0,
    });
  }
  return zipArchive(members);
}

function bomb(name: string, kind: "honest" | "lying" | "lying-near-limit"): Member {
  if (kind === "honest") return { name, data: zeros(4 * MIB).data, size: 2 ** 31, crc: 0 };
  const size = kind === "lying" ? 1024 : 15 * MIB;
  return { name, data: zeros(100 * MIB).data, size, crc: 0 };
}

/** `size` zero bytes, deflated in 1 MiB steps (never all in memory). */
function zeros(size: number): { data: Uint8Array } {
  const chunks: Uint8Array[] = [];
  const deflate = new Deflate({ level: 9 }, (chunk) => chunks.push(chunk));
  const block = new Uint8Array(MIB);
  for (let done = 0; done < size; done += MIB) deflate.push(block, done + MIB >= size);
  return { data: concat(chunks) };
}

function zipArchive(members: Member[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const m of members) {
    const name = new TextEncoder().encode(m.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, 8, true);
    local.setUint32(14, m.crc, true);
    local.setUint32(18, m.data.length, true);
    local.setUint32(22, m.size >>> 0, true);
    local.setUint16(26, name.length, true);
    const entry = new DataView(new ArrayBuffer(46));
    entry.setUint32(0, 0x02014b50, true);
    entry.setUint16(4, 20, true);
    entry.setUint16(6, 20, true);
    entry.setUint16(10, 8, true);
    entry.setUint32(16, m.crc, true);
    entry.setUint32(20, m.data.length, true);
    entry.setUint32(24, m.size >>> 0, true);
    entry.setUint16(28, name.length, true);
    entry.setUint32(42, offset, true);
    locals.push(new Uint8Array(local.buffer), name, m.data);
    central.push(new Uint8Array(entry.buffer), name);
    offset += 30 + name.length + m.data.length;
  }
  const directory = concat(central);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, members.length, true);
  end.setUint16(10, members.length, true);
  end.setUint32(12, directory.length, true);
  end.setUint32(16, offset, true);
  return concat([...locals, directory, new Uint8Array(end.buffer)]);
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** CRC-32 (IEEE 802.3), as zip stores it. */
function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}
