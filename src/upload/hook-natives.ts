/**
 * Built-ins the MAIN-world hook relies on, captured when it starts (before any page script),
 * so a page that later replaces them cannot steer or watch the hook. Wrappers Veil installs
 * report the original's source text from `toString`, so they look native.
 */
const apply = Reflect.apply;
/** `uncurry(Set.prototype.has)(set, x)`: a method that page patches cannot reach. */
export const uncurry =
  <T, A extends unknown[], R>(fn: (this: T, ...args: A) => R) =>
  (self: T, ...args: A): R =>
    apply(fn, self, args) as R;

const getter = (proto: object, name: string) =>
  uncurry(Object.getOwnPropertyDescriptor(proto, name)!.get! as (this: unknown) => unknown);

export const natives = {
  inputFiles: getter(HTMLInputElement.prototype, 'files') as (i: unknown) => FileList | null,
  setInputFiles: uncurry(
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'files')!.set!,
  ),
  inputType: getter(HTMLInputElement.prototype, 'type') as (i: unknown) => string,
  isConnected: getter(Node.prototype, 'isConnected') as (n: unknown) => boolean,
  eventTarget: getter(Event.prototype, 'target') as (e: unknown) => EventTarget | null,
  isTrusted: (e: Event) => e.isTrusted, // [LegacyUnforgeable]: an own property pages cannot fake
  dispatch: uncurry(EventTarget.prototype.dispatchEvent),
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
  Promise,
  DOMException,
};

const disguised = new WeakMap<object, string>();
const nativeToString = Function.prototype.toString;
const toStringCall = uncurry(nativeToString);

/** Make `wrapper.toString()` return what `original.toString()` did. */
export function disguise(wrapper: object, original: object): void {
  disguised.set(wrapper, toStringCall(original as () => void));
}

let toStringPatched = false;
export function patchToString(): void {
  if (toStringPatched) return;
  toStringPatched = true;
  const replacement = function toString(this: unknown) {
    const text = typeof this === 'function' ? disguised.get(this) : undefined;
    return text ?? toStringCall(this as () => void);
  };
  disguise(replacement, nativeToString);
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
  const wrapped = make(desc.value as T[K]);
  Object.defineProperty(wrapped as object, 'name', {
    value: (desc.value as { name: string }).name,
  });
  Object.defineProperty(wrapped as object, 'length', {
    value: (desc.value as { length: number }).length,
  });
  disguise(wrapped as object, desc.value as object);
  Object.defineProperty(obj, name, { ...desc, value: wrapped });
}
