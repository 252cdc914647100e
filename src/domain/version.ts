/**
 * The current version of the ApvProcess document. Bump it with a step in ./migrations.ts. In its
 * own module so the store can check it without loading the document's schemas.
 */
export const SCHEMA_VERSION = 8;
