/**
 * Building ISO-BMFF boxes (ISO/IEC 14496-12 §4.2) for a rebuilt container.
 *
 *   const w = new BoxWriter();
 *   w.box('meta', (m) => { m.fullBoxHeader(0, 0); m.box('hdlr', ...); });
 *   w.toBytes()
 *
 * Only small structural boxes (ftyp, meta and its children) are built here; large item data is
 * copied straight into the single output buffer by the caller, so no byte of it is copied twice.
 */
import { latin1Bytes } from '../../bytes.ts';
import { fail } from '../../errors.ts';

export class BoxWriter {
  private readonly parts: Uint8Array[] = [];
  private scratch: number[] = [];
  private total = 0;

  get length(): number {
    return this.total + this.scratch.length;
  }

  u8(v: number): this {
    this.scratch.push(v & 0xff);
    return this;
  }

  u16(v: number): this {
    if (!Number.isInteger(v) || v < 0 || v > 0xffff) fail('malformed', 'a 16-bit field overflowed');
    this.scratch.push((v >>> 8) & 0xff, v & 0xff);
    return this;
  }

  u24(v: number): this {
    this.scratch.push((v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff);
    return this;
  }

  u32(v: number): this {
    if (!Number.isInteger(v) || v < 0 || v > 0xffffffff) {
      fail('malformed', 'a 32-bit field overflowed');
    }
    this.scratch.push((v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff);
    return this;
  }

  u64(v: number): this {
    if (!Number.isSafeInteger(v) || v < 0) fail('malformed', 'a 64-bit field overflowed');
    return this.u32(Math.floor(v / 0x100000000)).u32(v % 0x100000000);
  }

  /** An unsigned integer stored in `size` bytes (0, 4 or 8, as iloc field sizes allow). */
  uint(size: 0 | 4 | 8, v: number): this {
    if (size === 0) return this;
    return size === 4 ? this.u32(v) : this.u64(v);
  }

  fourcc(type: string): this {
    if (type.length !== 4) fail('malformed', 'a four-character code has the wrong length');
    return this.bytes(latin1Bytes(type));
  }

  /** A null-terminated string (ISO-BMFF `string`); an empty string is a single NUL. */
  cstring(text: string): this {
    if (text.length > 0) this.bytes(latin1Bytes(text));
    return this.u8(0);
  }

  bytes(data: Uint8Array): this {
    this.flush();
    this.parts.push(data);
    this.total += data.length;
    return this;
  }

  fullBoxHeader(version: number, flags: number): this {
    return this.u8(version).u24(flags);
  }

  /** Appends a box whose payload `fill` writes; the size uses largesize only if needed. */
  box(type: string, fill: (w: BoxWriter) => void): this {
    const inner = new BoxWriter();
    fill(inner);
    const payload = inner.toBytes();
    if (payload.length + 8 <= 0xffffffff) this.u32(payload.length + 8).fourcc(type);
    else
      this.u32(1)
        .fourcc(type)
        .u64(payload.length + 16);
    return this.bytes(payload);
  }

  toBytes(): Uint8Array {
    this.flush();
    if (this.parts.length === 1) return this.parts[0]!;
    const out = new Uint8Array(this.total);
    let at = 0;
    for (const part of this.parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  }

  private flush(): void {
    if (this.scratch.length === 0) return;
    this.parts.push(Uint8Array.from(this.scratch));
    this.total += this.scratch.length;
    this.scratch = [];
  }
}

/** The size of a box header for a payload of `payloadLength` bytes (8, or 16 with largesize). */
export function boxHeaderSize(payloadLength: number): 8 | 16 {
  return payloadLength + 8 <= 0xffffffff ? 8 : 16;
}

/** A box header alone, for a payload the caller copies in place afterwards. */
export function boxHeaderBytes(type: string, payloadLength: number): Uint8Array {
  const w = new BoxWriter();
  if (boxHeaderSize(payloadLength) === 8) w.u32(payloadLength + 8).fourcc(type);
  else
    w.u32(1)
      .fourcc(type)
      .u64(payloadLength + 16);
  return w.toBytes();
}
