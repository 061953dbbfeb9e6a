// One particular person brought in ("that 3 a.m. flight was bringing in a teenager", "the ambulance rushed a cyclist
// in"): telling a neighbour or a bystander who arrived is confirming someone's care to a third party (policy rule 1),
// and what they arrived with is that person's condition. Patients in general ("flights bring in people having strokes")
// are not anyone in particular, so only a single person counts.
const BROUGHT = String.raw`(?:bringing|brought|flying|flew|flown|airlifting|airlifted|transporting|transported|rushing|rushed|carrying|carried)`;
const PERSON = String.raw`(?:patient|teen(?:ager)?|child|kid|man|woman|boy|girl|baby|infant|newborn|toddler|person|driver|victim|gentleman|lady|student|cyclist|pedestrian|motorcyclist|rider|passenger|hiker|worker|farmer|senior)`;

export const SOMEONE_BROUGHT_IN = String.raw`${BROUGHT}\s+(?:in\s+)?(?:a|an|one|the|this|that)\s+(?:(?:young|little|local|injured|critically\s+ill|[\p{L}\d]+-year-old)\s+)?${PERSON}(?![\p{L}])`;
