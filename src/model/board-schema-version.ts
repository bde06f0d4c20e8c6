/**
 * Version of the board snapshot and of the JSON export built on it. In a file of its own so the
 * main thread's bundle, which writes it into every board it reads, takes in no zod schema with it.
 */
export const BOARD_SCHEMA_VERSION = 1
