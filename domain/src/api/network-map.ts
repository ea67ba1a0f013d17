import { z } from 'zod';
import { staffRefSchema } from './children';
import { idSchema, instantSchema } from './common';

/**
 * The child's network map (ecomap): the child in the centre, the people and services around her, and
 * the ties between them. Saved whole as a new version each time, so that two versions can be compared.
 * Node and tie ids are chosen by the client (uuids), so a new node can be tied in the same save.
 */
export const networkNodeKindSchema = z.enum(['child', 'person', 'service']);

/** Where a node sits around the child: the sectors the web lays the map out by. */
export const networkSectorSchema = z.enum([
  'family',
  'relatives',
  'friends',
  'school',
  'health',
  'social_services',
  'leisure',
  'other',
]);

export const networkNodeSchema = z.strictObject({
  id: idSchema,
  kind: networkNodeKindSchema,
  /** The person of the client record this node is (the child's node: the child), if any. */
  personId: idSchema.nullable(),
  /** The service of the partnership register this node is, if any. */
  serviceId: idSchema.nullable(),
  name: z.string().trim().min(1).max(200),
  /** Relation or role as the family says it: "äiti", "mummo", "koulukuraattori". */
  role: z.string().trim().max(200),
  sector: networkSectorSchema,
  note: z.string().trim().max(1000),
});
export type NetworkNode = z.infer<typeof networkNodeSchema>;

export const tieStrengthSchema = z.enum(['strong', 'moderate', 'weak']);
/** How stressful the relationship is: none, some, or high (drawn as a hatched line). */
export const tieStressSchema = z.enum(['none', 'some', 'high']);
/** Which way support flows along the tie: from `from` to `to`, the other way, both ways, or neither. */
export const tieSupportSchema = z.enum(['from_to', 'to_from', 'both', 'none']);

export const networkTieSchema = z.strictObject({
  id: idSchema,
  from: idSchema,
  to: idSchema,
  strength: tieStrengthSchema,
  stress: tieStressSchema,
  support: tieSupportSchema,
  note: z.string().trim().max(1000),
});
export type NetworkTie = z.infer<typeof networkTieSchema>;

export const networkMapDocumentSchema = z.strictObject({
  nodes: z.array(networkNodeSchema).min(1).max(200),
  ties: z.array(networkTieSchema).max(600),
});
export type NetworkMapDocument = z.infer<typeof networkMapDocumentSchema>;

export const saveNetworkMapRequestSchema = z.strictObject({
  /** The version the map was edited from; 0 when the child has none yet. */
  baseVersion: z.number().int().min(0),
  document: networkMapDocumentSchema,
  /** What this version records, e.g. "after the joint network meeting". */
  note: z.string().trim().max(500).optional(),
});
export type SaveNetworkMapRequest = z.infer<typeof saveNetworkMapRequestSchema>;

export const networkMapVersionParamsSchema = z.strictObject({
  id: idSchema,
  version: z.coerce.number().int().positive(),
});

/** One saved version (version 0: nothing saved yet, a map with only the child). */
export const networkMapVersionSchema = z.object({
  childId: idSchema,
  version: z.number().int(),
  savedAt: instantSchema.nullable(),
  savedBy: staffRefSchema.nullable(),
  note: z.string(),
  document: networkMapDocumentSchema,
});
export type NetworkMapVersion = z.infer<typeof networkMapVersionSchema>;

/** The map as a worker opens it: the latest version, the people of the record to link, `can`. */
export const networkMapViewSchema = networkMapVersionSchema.extend({
  latestVersion: z.number().int(),
  /** The child and the people linked to her in the record, for person nodes to stand for. */
  recordPeople: z.array(z.object({ personId: idSchema, name: z.string(), relation: z.string() })),
  can: z.array(z.string()),
});
export type NetworkMapView = z.infer<typeof networkMapViewSchema>;

export const networkMapVersionListSchema = z.object({
  childId: idSchema,
  versions: z.array(
    z.object({
      version: z.number().int(),
      savedAt: instantSchema,
      savedBy: staffRefSchema,
      note: z.string(),
      nodes: z.number().int(),
      ties: z.number().int(),
    }),
  ),
  can: z.array(z.string()),
});
export type NetworkMapVersionList = z.infer<typeof networkMapVersionListSchema>;
