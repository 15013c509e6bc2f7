/**
 * Opens the app full screen (the alternate screen, so the terminal comes back as it was) and
 * resolves with the exit code once the user quits. Ctrl-C is the app's own key: it stops running
 * work through the engine before it quits.
 */
import { render } from 'ink';
import { App } from './app.js';
import type { Location } from './routes.js';

export interface TuiOptions {
    cwd: string;
    env: NodeJS.ProcessEnv;
    location: Location;
    stdin?: NodeJS.ReadStream;
    stdout?: NodeJS.WriteStream;
}

export async function openTui(options: TuiOptions): Promise<number> {
    const stdout = options.stdout ?? process.stdout;
    const instance = render(<App cwd={options.cwd} env={options.env} initial={options.location} />, {
        stdin: options.stdin ?? process.stdin,
        stdout,
        exitOnCtrlC: false,
        alternateScreen: true,
        patchConsole: false,
        incrementalRendering: true,
    });
    // A crash still gives the terminal back (Ink leaves the alternate screen on unmount).
    const restore = () => instance.unmount();
    process.once('uncaughtException', (error) => {
        restore();
        process.stderr.write(`noorm: ${error.stack ?? String(error)}\n`);
        process.exit(1);
    });
    try {
        await instance.waitUntilExit();
        return 0;
    } catch (error) {
        process.stderr.write(`noorm: ${error instanceof Error ? error.message : String(error)}\n`);
        return 1;
    }
}
