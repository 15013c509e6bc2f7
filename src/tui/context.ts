import { createContext, useContext } from 'react';
import type { Session } from '../core/index.js';
import type { Engine } from './engine.js';
import type { KeyBinding } from './keys.js';
import type { Location, Params, Route } from './routes.js';

/** The config commands will run on, as the header shows it. */
export interface ActiveConfig {
    name: string;
    protected: boolean;
    target: string;
}

export interface AppApi {
    location: Location;
    history: readonly Location[];
    navigate(route: Route, params?: Params): void;
    /** Replaces the current screen (a form that saved goes to its list, not on top of itself). */
    replace(route: Route, params?: Params): void;
    back(): void;
    quit(): void;
    engine: Engine;
    /** The config in use, or null while unknown or when none is set up; `error` says why. */
    active: { config: ActiveConfig | null; error: string | null };
    /** Reads the active config again (after config use/add/edit/rm). */
    refreshActive(): void;
    /** An overlay (help, palette, prompt) has the keyboard: screens ignore keys. */
    overlayOpen: boolean;
    /** The screen's keys, for the footer and the help (set by useScreenKeys). */
    setScreenKeys(keys: readonly KeyBinding[]): void;
    /** A text field has the keyboard: global letter keys (q, ?, :, backspace) stay out of it. */
    setTextFocus(focused: boolean): void;
    /** The session of the work running now: Ctrl-C interrupts it instead of quitting. */
    setRunning(session: Session | null): void;
    /** Rows available to a screen's body. */
    bodyRows: number;
}

export const AppContext = createContext<AppApi | null>(null);

export function useApp(): AppApi {
    const api = useContext(AppContext);
    if (!api) throw new Error('useApp outside the noorm app');
    return api;
}
