import { z } from 'zod';
import { staffRefSchema } from './children';
import { idSchema, instantSchema, localDateSchema } from './common';

/**
 * The genogram (sukukartta) of a family, saved whole. Ids are chosen by the client (uuids) so that
 * new persons can be linked in the same save. Standard symbols: female a circle, male a square,
 * other and unknown their own shapes; a cross or a filled symbol for the deceased.
 */
export const genogramSexSchema = z.enum(['female', 'male', 'other', 'unknown']);

const year = z.number().int().min(1800).max(2200);

export const genogramPersonSchema = z.strictObject({
  id: idSchema,
  /** The person in the client record this one is, if any (the children and their family links). */
  personId: idSchema.nullable(),
  name: z.string().trim().max(200),
  sex: genogramSexSchema,
  birthYear: year.nullable(),
  birthDate: localDateSchema.nullable(),
  deceased: z.boolean(),
  deathYear: year.nullable(),
  note: z.string().trim().max(1000),
});
export type GenogramPerson = z.infer<typeof genogramPersonSchema>;

export const coupleKindSchema = z.enum(['married', 'cohabiting', 'separated', 'divorced']);

export const genogramCoupleSchema = z.strictObject({
  id: idSchema,
  partnerA: idSchema,
  partnerB: idSchema,
  kind: coupleKindSchema,
  fromYear: year.nullable(),
  toYear: year.nullable(),
});
export type GenogramCouple = z.infer<typeof genogramCoupleSchema>;

/** A child of a couple, or of one parent when the other is not known. */
export const genogramChildLinkSchema = z
  .strictObject({
    id: idSchema,
    childId: idSchema,
    coupleId: idSchema.nullable(),
    parentId: idSchema.nullable(),
    kind: z.enum(['biological', 'adopted', 'foster']),
  })
  .refine((link) => (link.coupleId === null) !== (link.parentId === null), {
    message: 'exactly one of coupleId and parentId',
    path: ['coupleId'],
  });
export type GenogramChildLink = z.infer<typeof genogramChildLinkSchema>;

/** Emotional relationship lines; `abusive` points from fromId to toId, the others have no direction. */
export const genogramRelationshipKindSchema = z.enum([
  'close',
  'distant',
  'conflicted',
  'cut_off',
  'abusive',
]);

export const genogramRelationshipSchema = z.strictObject({
  id: idSchema,
  fromId: idSchema,
  toId: idSchema,
  kind: genogramRelationshipKindSchema,
  note: z.string().trim().max(500),
});
export type GenogramRelationship = z.infer<typeof genogramRelationshipSchema>;

/** The people who live together, drawn as a line around them. */
export const genogramHouseholdSchema = z.strictObject({
  id: idSchema,
  label: z.string().trim().max(200),
  memberIds: z.array(idSchema).max(40),
});
export type GenogramHousehold = z.infer<typeof genogramHouseholdSchema>;

export const genogramDocumentSchema = z.strictObject({
  persons: z.array(genogramPersonSchema).max(300),
  couples: z.array(genogramCoupleSchema).max(300),
  childLinks: z.array(genogramChildLinkSchema).max(600),
  relationships: z.array(genogramRelationshipSchema).max(600),
  households: z.array(genogramHouseholdSchema).max(60),
});
export type GenogramDocument = z.infer<typeof genogramDocumentSchema>;

export const saveGenogramRequestSchema = z.strictObject({
  /** The version the edit started from; 0 when the family has no genogram yet. */
  version: z.number().int().min(0),
  document: genogramDocumentSchema,
});
export type SaveGenogramRequest = z.infer<typeof saveGenogramRequestSchema>;

export const genogramViewSchema = z.object({
  familyId: idSchema,
  /** 0: no genogram has been saved; `document` is then empty. */
  version: z.number(),
  document: genogramDocumentSchema.extend({
    persons: z.array(
      genogramPersonSchema.extend({
        /** Full years today, or at death for the deceased; from the birth year alone when that is all we know. */
        age: z.number().nullable(),
        /** One of the family's children (the focus of the genogram). */
        isFamilyChild: z.boolean(),
      }),
    ),
  }),
  updatedAt: instantSchema.nullable(),
  updatedBy: staffRefSchema.nullable(),
  can: z.array(z.string()),
});
export type GenogramView = z.infer<typeof genogramViewSchema>;

/** A genogram proposed from the client record: the saved one plus the record's people not yet in it. */
export const genogramDraftSchema = z.object({
  version: z.number(),
  document: genogramDocumentSchema,
  /** How many persons the record added to the saved genogram. */
  addedPersons: z.number(),
});
export type GenogramDraft = z.infer<typeof genogramDraftSchema>;
