import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { directorySchema } from '../../lib/directory/schema';
import { repoDir } from './shared-path';

export const directorySchemaFile = path.join(repoDir, 'docs', 'directory.schema.json');

/** The JSON Schema of directory schema 1, for publishers' tools in other languages. Derived from the zod schema. */
export function directoryJsonSchema(): string {
  const schema = z.toJSONSchema(directorySchema, { io: 'input', unrepresentable: 'any' });
  const documented = {
    ...schema,
    $id: 'https://chong-gia-danh.invalid/schema/directory-1.json',
    title: 'Chống Giả Danh leader directory, schema 1',
    description: 'Generated from lib/directory/schema.ts by npm run generate; do not edit by hand.',
  };
  return `${JSON.stringify(documented, null, 2)}\n`;
}

export async function generate(): Promise<string[]> {
  const text = directoryJsonSchema();
  const old = await readFile(directorySchemaFile, 'utf8').catch(() => '');
  if (old !== text) await writeFile(directorySchemaFile, text);
  return [directorySchemaFile];
}
