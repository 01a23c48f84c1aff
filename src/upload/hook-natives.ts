/**
 * Built-ins the MAIN-world hook relies on, captured when it starts (before any page script),
 * so a page that later replaces them cannot steer or watch the hook. Wrappers Veil installs
 * report the original's source text from `toString`, so they look native.
 */
const apply = Reflect.apply;
const setPrototypeOf = Object.setPrototypeOf;
/** `uncurry(Set.prototype.has)(set, x)`: a method that page patches cannot reach. */
export const uncurry =
  <T, A extends unknown[], R>(fn: (this: T, ...args: A) => R) =>
  (self: T, ...args: A): R =>
    apply(fn, self, args) as R;

/** `nativeGetter(proto, 'name')(object)`: a captured accessor, called without page code. */
export const nativeGetter = (proto: object, name: string) =>
  uncurry(Object.getOwnPropertyDescriptor(proto, name)!.get! as (this: unknown) => unknown);

export const natives = {
  apply,
  inputFiles: nativeGetter(HTMLInputElement.prototype, 'files') as (i: unknown) => FileList | null,
  setInputFiles: uncurry(
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'files')!.set!,
  ),
  inputType: nativeGetter(HTMLInputElement.prototype, 'type') as (i: unknown) => string,
  isConnected: nativeGetter(Node.prototype, 'isConnected') as (n: unknown) => boolean,
  eventTarget: nativeGetter(Event.prototype, 'target') as (e: unknown) => EventTarget | null,
  isTrusted: (e: Event) => e.isTrusted, // [LegacyUnforgeable]: an own property pages cannot fake
  dispatch: uncurry(EventTarget.prototype.dispatchEvent),
  addListener: uncurry(EventTarget.prototype.addEventListener) as (
    t: EventTarget,
    type: string,
    fn: (e: Event) => void,
    capture: boolean,
  ) => void,
  stopNow: uncurry(Event.prototype.stopImmediatePropagation) as (e: Event) => void,
  rootOf: uncurry(Node.prototype.getRootNode) as (n: Node) => Node,
  setHas: uncurry(Set.prototype.has) as (s: Set<unknown>, v: unknown) => boolean,
  setAdd: uncurry(Set.prototype.add) as (s: Set<unknown>, v: unknown) => Set<unknown>,
  weakHas: uncurry(WeakSet.prototype.has) as (s: WeakSet<object>, v: object) => boolean,
  weakAdd: uncurry(WeakSet.prototype.add) as (s: WeakSet<object>, v: object) => WeakSet<object>,
  Event,
  DataTransfer,
  File,
  Blob,
  FormData,
  formDataValues: uncurry(FormData.prototype.values) as (
    f: FormData,
  ) => Iterable<FormDataEntryValue>,
  fileListLength: nativeGetter(FileList.prototype, 'length') as (l: FileList) => number,
  fileListItem: uncurry(FileList.prototype.item) as (l: FileList, i: number) => File | null,
  // A File's identity, read with the real getters: a page that redefines `File.prototype.name`
  // and friends must not make an original look like a file Veil vetted (src/upload/file-key.ts).
  fileName: nativeGetter(File.prototype, 'name') as (f: unknown) => string,
  fileLastModified: nativeGetter(File.prototype, 'lastModified') as (f: unknown) => number,
  blobSize: nativeGetter(Blob.prototype, 'size') as (b: unknown) => number,
  blobType: nativeGetter(Blob.prototype, 'type') as (b: unknown) => string,
  Promise,
  DOMException,
};

/**
 * `fileKey` (src/upload/file-key.ts) read with the getters captured above, so a page that
 * redefines `File.prototype.name` and friends cannot make an original look vetted.
 */
export function nativeFileKey(blob: unknown): string {
  let name = '';
  let lastModified = 0;
  try {
    name = natives.fileName(blob);
    lastModified = natives.fileLastModified(blob);
  } catch {
    // A Blob that is not a File: no name, no date (as fileKey).
  }
  return `${name}\u0000${natives.blobSize(blob)}\u0000${natives.blobType(blob)}\u0000${lastModified}`;
}

/** The files of a FileList, read with captured built-ins into an array pages cannot watch. */
export function nativeFiles(list: FileList | null): File[] {
  const out = nullArray<File>();
  const length = list ? natives.fileListLength(list) : 0;
  for (let i = 0; i < length; i++) {
    const file = natives.fileListItem(list!, i);
    if (file) out[out.length] = file;
  }
  return out;
}

/**
 * An array with no prototype: storing into it never runs a setter a page put on
 * `Array.prototype` (index accessors there would otherwise see the originals Veil holds).
 * Index it and use `length` only; it has no methods.
 */
export function nullArray<T>(): T[] {
  const array: T[] = [];
  setPrototypeOf(array, null);
  return array;
}

const disguised = new WeakMap<object, string>();
const disguisedGet = uncurry(WeakMap.prototype.get) as (
  m: WeakMap<object, string>,
  k: unknown,
) => string | undefined;
const disguisedSet = uncurry(WeakMap.prototype.set) as (
  m: WeakMap<object, string>,
  k: object,
  v: string,
) => unknown;
const nativeToString = Function.prototype.toString;
const toStringCall = uncurry(nativeToString);

/** Make `wrapper.toString()` return what `original.toString()` did. */
export function disguise(wrapper: object, original: object): void {
  disguisedSet(disguised, wrapper, toStringCall(original as () => void));
}

/**
 * A stand-in for a built-in that looks like one: a method, so (like every native method) it has
 * no `prototype` and `new` refuses it, with the original's `name`, `length` and source text.
 * Pages probe exactly these to tell a wrapped built-in from a real one.
 */
export function nativeLike<F extends (...args: never[]) => unknown>(impl: F, original: object): F {
  const { name, length } = original as { name: string; length: number };
  const shim = {
    method(this: unknown, ...args: unknown[]): unknown {
      return apply(impl, this, args);
    },
  }.method;
  Object.defineProperty(shim, 'name', { value: name });
  Object.defineProperty(shim, 'length', { value: length });
  disguise(shim, original);
  return shim as unknown as F;
}

let toStringPatched = false;
export function patchToString(): void {
  if (toStringPatched) return;
  toStringPatched = true;
  const replacement = nativeLike(function (this: unknown) {
    const text = typeof this === 'function' ? disguisedGet(disguised, this) : undefined;
    return text ?? toStringCall(this as () => void);
  }, nativeToString);
  Function.prototype.toString = replacement;
}

/** Replace `obj[name]` with `make(original)`, keeping descriptor flags and native looks. */
export function wrapMethod<T extends object, K extends keyof T>(
  obj: T,
  name: K,
  make: (original: T[K]) => T[K],
): void {
  const desc = Object.getOwnPropertyDescriptor(obj, name);
  if (!desc || typeof desc.value !== 'function') return;
  const wrapped = nativeLike(make(desc.value as T[K]) as () => unknown, desc.value as object);
  Object.defineProperty(obj, name, { ...desc, value: wrapped });
}
