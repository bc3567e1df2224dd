import { vi } from './catalog-vi';

/** Every message key, taken from the Vietnamese catalog (the primary one). */
export type MessageKey = keyof typeof vi;
/** A full catalog: one sentence per key. */
export type Catalog = { readonly [K in MessageKey]: string };

/** The `{name}` placeholders of a message, as a union of names (never when it has none). */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** The params a key needs: exactly the placeholders of its Vietnamese sentence. */
export type MessageParams<K extends MessageKey> = Record<Placeholders<(typeof vi)[K]>, string | number>;
