/**
 * The second entry of the engine, for the standalone bundle (dist/) only: set-up that must run
 * before anything else and cost nothing at start, so it is kept apart from index.ts (which loads the
 * whole engine).
 */
export { useBundledDrivers } from './dialect/standalone-drivers.js';
