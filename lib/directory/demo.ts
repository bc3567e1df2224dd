import demoJson from './demo-directory.json' with { type: 'json' };
import { directorySchema, type LeaderDirectory } from './schema';

/**
 * The bundled demo directory: invented leaders in realistic Quảng Trị organisations, used when no feed is
 * configured. Every name, account and phone in it is made up; the publisher's name says so to users.
 */
export const demoDirectory: LeaderDirectory = directorySchema.parse(demoJson);
export const isDemoPublisher = (publisherId: string): boolean => publisherId === demoDirectory.publisher.id;
