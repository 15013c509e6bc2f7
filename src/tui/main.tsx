/**
 * Opens the app full screen (the alternate screen, so the terminal comes back as it was) and
 * resolves with the exit code once the user quits. Ctrl-C is the app's own key: it stops running
 * work through the engine before it quits.
 */
import { render } from 'ink';
import { App, type AppProps } from './app.js';
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
    const control: NonNullable<AppProps['control']> = {};
    const instance = render(<App cwd={options.cwd} env={options.env} initial={options.location} control={control} />, {
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
    // SIGTERM (docker stop, a closed terminal's SIGHUP): running work stops as headless would (rolled
    // back, recorded failed, the lock released), then the terminal is given back.
    let signalled: number | null = null;
    const onSignal = (signal: 'SIGTERM' | 'SIGHUP') => () => {
        if (signalled !== null) process.exit(signalled);
        signalled = signal === 'SIGTERM' ? 143 : 129;
        control.interrupt?.('SIGTERM');
        const started = Date.now();
        const wait = setInterval(() => {
            if (control.busy?.() && Date.now() - started < 15000) return;
            clearInterval(wait);
            instance.unmount();
        }, 50);
    };
    const handlers = { SIGTERM: onSignal('SIGTERM'), SIGHUP: onSignal('SIGHUP') };
    process.on('SIGTERM', handlers.SIGTERM);
    process.on('SIGHUP', handlers.SIGHUP);
    try {
        await instance.waitUntilExit();
        return signalled ?? 0;
    } catch (error) {
        process.stderr.write(`noorm: ${error instanceof Error ? error.message : String(error)}\n`);
        return 1;
    } finally {
        process.off('SIGTERM', handlers.SIGTERM);
        process.off('SIGHUP', handlers.SIGHUP);
    }
}
