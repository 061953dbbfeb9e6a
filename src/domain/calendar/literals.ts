// Type.Union over a mapped array loses the literal types; Unsafe keeps the same JSON schema but a precise static type.
import { Type } from '@sinclair/typebox';

export const literalUnion = <T extends string>(values: readonly T[]) => Type.Unsafe<T>(Type.Union(values.map((v) => Type.Literal(v))));
