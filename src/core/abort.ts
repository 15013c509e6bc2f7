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
