/**
 * The app: a router with history (routes are screen state, as SPEC.md sketches), the frame around
 * every screen, the global keys, and the overlays (help, the `:` palette, the engine's prompts).
 */
import { Box, useApp as useInkApp, useInput, useWindowSize } from 'ink';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { messageOf, type Session } from '../core/index.js';
import { Frame } from './components/frame.js';
import { Footer } from './components/footer.js';
import { HelpOverlay } from './components/help-overlay.js';
import { Palette } from './components/palette.js';
import { PromptOverlay, type PromptRequest } from './components/prompt-overlay.js';
import { AppContext, type ActiveConfig, type AppApi } from './context.js';
import { createEngine } from './engine.js';
import { dispatch, key, type KeyBinding } from './keys.js';
import { SECTIONS, sectionOf, type Location, type Params, type Route } from './routes.js';
import { Screen } from './screens/index.js';

export interface AppProps {
    cwd: string;
    env: NodeJS.ProcessEnv;
    initial?: Location;
    /** Called when the user quits (the entry point unmounts and restores the terminal). */
    onQuit?: () => void;
    /** Filled in by the app: stops the running work (as Ctrl-C does); false when nothing runs. */
    control?: { interrupt?: (signal: 'SIGINT' | 'SIGTERM') => boolean; busy?: () => boolean };
}

type Overlay = { kind: 'help' } | { kind: 'palette' } | null;

/** Lines the frame, header, tabs and footer take from the window. */
const CHROME_ROWS = 7;

export function App({ cwd, env, initial, onQuit, control }: AppProps): ReactNode {
    const ink = useInkApp();
    const { columns, rows } = useWindowSize();
    const [location, setLocation] = useState<Location>(initial ?? { route: 'home', params: {} });
    const [history, setHistory] = useState<Location[]>([]);
    const [overlay, setOverlay] = useState<Overlay>(null);
    const [prompt, setPrompt] = useState<PromptRequest | null>(null);
    const [screenKeys, setScreenKeys] = useState<readonly KeyBinding[]>([]);
    const [textFocus, setTextFocus] = useState(false);
    const running = useRef<Session | null>(null);
    if (control) {
        control.interrupt = (signal) => {
            if (!running.current) return false;
            running.current.interrupt(signal);
            return true;
        };
        control.busy = () => running.current !== null;
    }
    const [active, setActive] = useState<AppApi['active']>({ config: null, error: null });

    const quit = useCallback(() => {
        onQuit?.();
        ink.exit();
    }, [ink, onQuit]);

    const engine = useMemo(
        () =>
            createEngine(cwd, env, {
                confirm: (request) =>
                    new Promise((resolve) =>
                        setPrompt({
                            title: request.protected ? `Config "${request.config}" is protected` : `Confirm ${request.action}`,
                            message: `Type ${request.phrase} to confirm ${request.action} on ${request.config}.`,
                            expected: request.phrase,
                            resolve: (answer) => {
                                setPrompt(null);
                                resolve(answer);
                            },
                        }),
                    ),
                passphrase: () =>
                    new Promise((resolve) =>
                        setPrompt({
                            title: 'Passphrase',
                            message: 'The state file .noorm/state.enc is encrypted with a passphrase.',
                            mask: true,
                            resolve: (answer) => {
                                setPrompt(null);
                                resolve(answer);
                            },
                        }),
                    ),
            }),
        [cwd, env],
    );

    const [activeRound, setActiveRound] = useState(0);
    const refreshActive = useCallback(() => setActiveRound((n) => n + 1), []);
    useEffect(() => {
        let current = true;
        const session = engine.open();
        session.config().then(
            (config) => {
                const shown: ActiveConfig = { name: config.name, protected: config.protected, target: session.where()?.target ?? '' };
                if (current) setActive({ config: shown, error: null });
            },
            (error: unknown) => current && setActive({ config: null, error: messageOf(error) }),
        );
        return () => {
            current = false;
        };
    }, [engine, activeRound]);

    const navigate = useCallback(
        (route: Route, params: Params = {}) => {
            setHistory((previous) => [...previous, location]);
            setLocation({ route, params });
        },
        [location],
    );
    const replace = useCallback((route: Route, params: Params = {}) => setLocation({ route, params }), []);
    const back = useCallback(() => {
        const previous = history.at(-1);
        if (!previous) {
            if (location.route !== 'home') setLocation({ route: 'home', params: {} });
            return;
        }
        setHistory(history.slice(0, -1));
        setLocation(previous);
    }, [history, location]);

    const section = (step: 1 | -1) => {
        const places: Array<Route> = ['home', ...SECTIONS];
        const here = places.indexOf(sectionOf(location.route) ?? 'home');
        navigate(places[(here + step + places.length) % places.length]!);
    };

    const globalKeys: KeyBinding[] = [
        key('tab', 'next section', () => section(1)),
        key('shift+tab', 'previous section', () => section(-1)),
        key('esc', 'back', back),
        key('backspace', 'back (outside text fields)', back, { helpOnly: true }),
        key(':', 'jump to a screen by name', () => setOverlay({ kind: 'palette' })),
        key('?', 'help: every key of this screen', () => setOverlay({ kind: 'help' })),
        key('q', 'quit', quit),
        key('ctrl+c', 'stop the running work (it rolls back); quit when nothing runs', () => undefined, { helpOnly: true }),
    ];

    useInput(
        (input, k) => {
            if (k.ctrl && input === 'c') {
                // A question the engine is waiting on is answered "no" first, so the work can stop.
                if (prompt) prompt.resolve(null);
                if (running.current) running.current.interrupt('SIGINT');
                else quit();
                return;
            }
            if (prompt) return;
            if (overlay) {
                if (k.escape || (overlay.kind === 'help' && input === '?' && !textFocus)) setOverlay(null);
                return;
            }
            // A screen's own key wins over a global one (esc clearing a list's filter before going back).
            if (textFocus || screenKeys.some((binding) => binding.matches(input, k))) return;
            dispatch(globalKeys, input, k);
        },
        { isActive: true },
    );

    const api: AppApi = {
        location,
        history,
        navigate,
        replace,
        back,
        quit,
        engine,
        active,
        refreshActive,
        overlayOpen: overlay !== null || prompt !== null,
        setScreenKeys,
        setTextFocus,
        setRunning: (session) => {
            running.current = session;
        },
        bodyRows: Math.max(5, rows - CHROME_ROWS),
    };

    let body: ReactNode = null;
    if (prompt) body = <PromptOverlay request={prompt} />;
    else if (overlay?.kind === 'help') body = <HelpOverlay screenKeys={screenKeys} globalKeys={globalKeys} rows={api.bodyRows} />;
    else if (overlay?.kind === 'palette')
        body = (
            <Palette
                rows={api.bodyRows}
                onPick={(route) => {
                    setOverlay(null);
                    navigate(route);
                }}
                onCancel={() => setOverlay(null)}
            />
        );

    return (
        <AppContext.Provider value={api}>
            <Frame width={columns} height={rows} location={location} active={active}>
                <Box flexDirection="column" flexGrow={1}>
                    {/* The screen stays mounted under an overlay, so its state survives the help. */}
                    <Box display={overlay || prompt ? 'none' : 'flex'} flexDirection="column" flexGrow={1}>
                        <Screen />
                    </Box>
                    {body}
                </Box>
                <Footer screenKeys={screenKeys} globalKeys={globalKeys} />
            </Frame>
        </AppContext.Provider>
    );
}
