import { z } from 'zod';
import { platformSchema } from '../directory/schema';

/** The eval cases of product.md ("The command-line tool"). Unknown fields (labels, notes) are ignored. */
const id = z.union([z.string(), z.number()]).transform(String);

export const senderSchema = z.object({
  name: z.string().optional(),
  platform: platformSchema,
  id: z.union([z.string(), z.number()]).transform(String).optional(),
  username: z.string().optional(),
  phone: z.string().optional(),
});

export const nameCaseSchema = z.object({ id, kind: z.literal('name'), name: z.string() });
export const messageCaseSchema = z.object({ id, kind: z.literal('message'), text: z.string() });
export const conversationCaseSchema = z.object({
  id,
  kind: z.literal('conversation'),
  sender: senderSchema,
  messages: z.array(z.string()),
  /** Optional photo of the sender (a path relative to the cases file), for offline photo evidence. */
  avatar: z.string().optional(),
});
export const pageCaseSchema = z.object({
  id,
  kind: z.literal('page'),
  url: z.url(),
  /** Path of the saved page, relative to the cases file. */
  html: z.string(),
  avatar: z.string().optional(),
});

export const evalCaseSchema = z.discriminatedUnion('kind', [nameCaseSchema, messageCaseSchema, conversationCaseSchema, pageCaseSchema]);
export type EvalCase = z.infer<typeof evalCaseSchema>;
export type ConversationCase = z.infer<typeof conversationCaseSchema>;
export type PageCase = z.infer<typeof pageCaseSchema>;
