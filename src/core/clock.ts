/** Whole milliseconds since `started` (a `performance.now()` reading): what results and history record. */
export function msSince(started: number): number {
    return Math.round(performance.now() - started);
}
