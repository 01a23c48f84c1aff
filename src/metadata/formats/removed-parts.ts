/**
 * Collects what a stripper removed. A hostile file can hold a million tiny comment blocks; one
 * receipt line per block would cost memory and say nothing more, so parts without a payload
 * that share a kind and detail are merged, and only the first few payloads are kept.
 */
import type { RemovedKind, RemovedPart } from '../types.ts';

/** Payloads beyond this many are dropped from the receipt (the bytes are still removed). */
const MAX_PAYLOADS = 32;

export class RemovedParts {
  private readonly parts: RemovedPart[] = [];
  private readonly merged = new Map<string, RemovedPart>();
  private payloads = 0;

  add(kind: RemovedKind, size: number, detail?: string, payload?: Uint8Array): void {
    if (payload && this.payloads < MAX_PAYLOADS) {
      this.payloads++;
      this.parts.push(
        detail === undefined ? { kind, size, payload } : { kind, size, detail, payload },
      );
      return;
    }
    const key = `${kind}\u0000${detail ?? ''}`;
    const existing = this.merged.get(key);
    if (existing) {
      existing.size += size;
      return;
    }
    const part: RemovedPart = detail === undefined ? { kind, size } : { kind, size, detail };
    this.merged.set(key, part);
    this.parts.push(part);
  }

  get list(): RemovedPart[] {
    return this.parts;
  }
}

/** A four-character code shown in a receipt only when it is plain letters, digits or spaces. */
export function printableFourCC(code: string): string | undefined {
  return /^[A-Za-z0-9 ]{4}$/.test(code) ? code : undefined;
}
