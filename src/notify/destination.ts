// Save-time validation of an admin-entered destination, so a bad address is refused in the settings
// screen rather than discovered by a failed 3 a.m. page. Senders check again when sending.
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { validateEmailAddress, validateOutboundUrl, type ResolveHost } from './outbound-url.js';
import { DESTINATION_KINDS, type Destination, type DestinationKind } from './types.js';

export const DestinationSchema = Type.Object({
  id: Type.String({ minLength: 1 }),
  kind: Type.Union(DESTINATION_KINDS.map((k) => Type.Literal(k))),
  name: Type.String({ minLength: 1 }),
  url: Type.Optional(Type.String()),
  to: Type.Optional(Type.Array(Type.String(), { minItems: 1, maxItems: 50 })),
  // Short secrets are guessable, and a guessed secret lets anyone forge pages.
  secret: Type.Optional(Type.String({ minLength: 16 })),
  includeContent: Type.Boolean({ default: false }),
  allowPrivateAddress: Type.Optional(Type.Boolean()),
  // Stored beside the destination, not part of what a sender needs: off keeps it configured but sends nothing.
  enabled: Type.Optional(Type.Boolean()),
});

// Compile-time guard that the schema and the hand-written type agree.
const _sameShape: Static<typeof DestinationSchema> extends Destination ? true : never = true;
void _sameShape;

export interface FieldProblem {
  path: string;
  message: string;
}

export async function validateDestination(input: unknown, options: { resolveHost?: ResolveHost } = {}): Promise<FieldProblem[]> {
  const shape = [...Value.Errors(DestinationSchema, input)].map((e) => ({ path: e.path, message: e.message }));
  if (shape.length > 0) return shape;
  const dest = input as Destination;
  if (dest.kind === 'email') {
    if (!dest.to) return [{ path: '/to', message: 'email destinations need at least one recipient' }];
    return dest.to.flatMap((address, i) => {
      const check = validateEmailAddress(address);
      return check.ok ? [] : [{ path: `/to/${i}`, message: check.reason }];
    });
  }
  if (!dest.url) return [{ path: '/url', message: `${dest.kind} destinations need a url` }];
  const check = await validateOutboundUrl(dest.url, { allowPrivate: dest.allowPrivateAddress ?? false, resolveHost: options.resolveHost });
  return check.ok ? [] : [{ path: '/url', message: check.reason }];
}

/** A destination as the `destinations` table holds it. */
export interface StoredDestination {
  id: string;
  kind: DestinationKind;
  name: string;
  config: { url?: string; to?: string[]; secret?: string };
  include_content: boolean;
  allow_private_address: boolean;
  enabled: boolean;
}

/**
 * What a sender gets from a stored destination. `allowPrivate` is the process's own switch
 * (REDRESS_ALLOW_PRIVATE_OUTBOUND): a destination saved while it was on does not keep reaching private addresses
 * once it is off.
 */
export function destinationFromStored(row: StoredDestination, allowPrivate: boolean): Destination {
  const { url, to, secret } = row.config;
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    ...(url !== undefined ? { url } : {}),
    ...(to !== undefined ? { to } : {}),
    ...(secret !== undefined ? { secret } : {}),
    includeContent: row.include_content,
    allowPrivateAddress: row.allow_private_address && allowPrivate,
  };
}
