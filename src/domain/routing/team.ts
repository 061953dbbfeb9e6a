// Teams that own cases, and how a function ("patient experience") becomes the team serving one site.
import { Type, type Static } from '@sinclair/typebox';
import { literalUnion } from '../calendar/literals.js';
import type { SiteKind } from '../organization.js';
import { RotationSchema } from '../oncall/rotation.js';

export const TEAM_FUNCTIONS = [
  'social_media',
  'patient_experience',
  'central_patient_experience',
  'practice_management',
  'risk_management',
  'patient_financial_services',
  'recognition',
  'service_line',
] as const;
export type TeamFunction = (typeof TEAM_FUNCTIONS)[number];

export const TeamFunctionSchema = literalUnion(TEAM_FUNCTIONS);

export const TeamSchema = Type.Object(
  {
    id: Type.String({ minLength: 1 }),
    name: Type.String({ minLength: 1 }),
    function: TeamFunctionSchema,
    /** Site ids served; empty means every site (the team of last resort for its function). */
    sites: Type.Array(Type.String({ minLength: 1 })),
    members: Type.Array(Type.String({ minLength: 1 })),
    calendar: Type.Optional(Type.String({ minLength: 1 })),
    manager: Type.Optional(Type.String({ minLength: 1 })),
    rotation: Type.Optional(RotationSchema),
  },
  { additionalProperties: false },
);
export type Team = Static<typeof TeamSchema>;

/** The team of `fn` that serves the site, else the one serving all sites. */
export function teamForFunction(teams: Team[], fn: TeamFunction, siteId: string | null): Team | null {
  const ofFunction = teams.filter((t) => t.function === fn);
  return (siteId !== null && ofFunction.find((t) => t.sites.includes(siteId))) || ofFunction.find((t) => t.sites.length === 0) || null;
}

/**
 * Whose patients they are: patient representatives for hospitals, practice managers for clinics,
 * central patient experience when we cannot tell where the patient was seen.
 */
export function siteTeamFunction(kind: SiteKind | null | undefined): TeamFunction {
  if (kind === 'hospital') return 'patient_experience';
  if (kind === 'clinic') return 'practice_management';
  return 'central_patient_experience';
}
