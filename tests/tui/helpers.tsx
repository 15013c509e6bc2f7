/** Drives the app as a person would: renders it with ink-testing-library, types keys, waits for the screen. */
import { render } from 'ink-testing-library';
import { addConfig, openSession, type ConfigInput } from '../../src/core/index.js';
import { App } from '../../src/tui/app.js';
import type { Location } from '../../src/tui/routes.js';

export const KEYS = { enter: '\r', esc: '\u001B', tab: '\t', shiftTab: '\u001B[Z', up: '\u001B[A', down: '\u001B[B', right: '\u001B[C', left: '\u001B[D', ctrlC: '\u0003' };

export const IDENTITY = { NOORM_IDENTITY: 'TUI Test <tui@example.com>' };

export interface Driven {
    frame(): string;
    press(...keys: string[]): Promise<void>;
    type(text: string): Promise<void>;
    /** Waits until the screen shows `text` (or the predicate holds); fails with the last frame. */
    see(text: string | RegExp, timeoutMs?: number): Promise<string>;
    quit(): void;
    exited: () => boolean;
    /** The terminal gets taller or shorter (100 columns either way). */
    resize(rows: number): void;
}

function resize(stdout: NodeJS.EventEmitter, rows: number): void {
    Object.defineProperty(stdout, 'rows', { value: rows, configurable: true });
    stdout.emit('resize');
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function drive(cwd: string, options: { env?: NodeJS.ProcessEnv; location?: Location; rows?: number } = {}): Driven {
    let exited = false;
    const app = render(<App cwd={cwd} env={{ ...IDENTITY, ...options.env }} {...(options.location ? { initial: options.location } : {})} onQuit={() => (exited = true)} />);
    if (options.rows) resize(app.stdout, options.rows);
    const frame = () => app.lastFrame() ?? '';
    return {
        frame,
        async press(...keys) {
            for (const key of keys) {
                app.stdin.write(key);
                await pause(40);
            }
        },
        async type(text) {
            for (const char of text) {
                app.stdin.write(char);
                await pause(15);
            }
            await pause(40);
        },
        async see(text, timeoutMs = 15000) {
            const started = Date.now();
            for (;;) {
                const shown = frame();
                if (typeof text === 'string' ? shown.includes(text) : text.test(shown)) {
                    // What is on screen has mounted; its key handlers subscribe right after.
                    await pause(60);
                    return shown;
                }
                if (Date.now() - started > timeoutMs) throw new Error(`the screen never showed ${String(text)}; it shows:\n${shown}`);
                await pause(25);
            }
        },
        quit: () => app.unmount(),
        resize: (rows: number) => resize(app.stdout, rows),
        exited: () => exited,
    };
}

export async function storeConfig(root: string, name: string, input: ConfigInput): Promise<void> {
    const session = openSession({ cwd: root, env: IDENTITY });
    await addConfig(session.store, name, input);
}
