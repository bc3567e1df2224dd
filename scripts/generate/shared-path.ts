import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** ../shared beside the checkout (read-only third-party data and docs). */
export const sharedDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared');
export const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
