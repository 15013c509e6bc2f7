import { InterruptedError, NoormError } from './errors.js';

/** Why a command's signal was aborted: the error it carries (SIGTERM, a lost lock), else Ctrl-C. */
export function abortReason(signal: AbortSignal): NoormError {
    return signal.reason instanceof NoormError ? signal.reason : new InterruptedError('SIGINT');
}

/** Waits `ms`, or less when `signal` aborts first (the caller then checks the signal). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
        const timer = setTimeout(done, ms);
        function done() {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        }
        signal?.addEventListener('abort', done, { once: true });
    });
}

/**
 * One turn of the event loop: signals, timers (the lock's refresh) and replies from the database
 * are handled before long work goes on. Without it, a synchronous driver or a long render would
 * run to the end in microtasks without ever seeing them.
 */
export function nextTurn(): Promise<void> {
    return new Promise((resolve) => setImmediate(resolve));
}
