/**
 * The first import of every entry of the standalone bundle (dist/), which runs from a copy of dist/
 * alone: SQLite's driver is taken with its binaries from inside the bundle, not from node_modules.
 */
import { useBundledDrivers } from '../core/standalone.js';

useBundledDrivers();
