import { useInput } from 'ink';
import { useCallback, useEffect, useRef, useState } from 'react';
import { asNoormError, type NoormError } from '../core/index.js';
import { useApp } from './context.js';
import { dispatch, type KeyBinding } from './keys.js';

/**
 * Declares the current screen's keys: they are dispatched here and shown in the footer and the help
 * from this one list. `textField`: a text field has the keyboard, so the letter keys stay with it.
 */
export function useScreenKeys(bindings: readonly KeyBinding[], options: { textField?: boolean } = {}): void {
    const app = useApp();
    const latest = useRef(bindings);
    latest.current = bindings;
    const signature = bindings.map((binding) => `${binding.label}\u0000${binding.description}`).join('\u0001');
    const textField = Boolean(options.textField);

    useEffect(() => {
        app.setScreenKeys(latest.current);
    }, [signature]);
    useEffect(() => {
        app.setTextFocus(textField);
        return () => app.setTextFocus(false);
    }, [textField]);
    useInput(
        (input, key) => {
            // In a text field only the keys that cannot be typed act (enter, esc, tab, arrows).
            const usable = textField ? latest.current.filter((binding) => binding.label.length > 1) : latest.current;
            dispatch(usable, input, key);
        },
        { isActive: !app.overlayOpen },
    );
}

export type Task<T> = { state: 'loading' } | { state: 'done'; value: T } | { state: 'error'; error: NoormError };

/** Runs an engine call when the screen opens (and on `reload`), holding its loading and error state. */
export function useTask<T>(run: () => Promise<T>, deps: readonly unknown[]): [Task<T>, () => void] {
    const [task, setTask] = useState<Task<T>>({ state: 'loading' });
    const [round, setRound] = useState(0);
    const key = JSON.stringify(deps);
    const shownKey = useRef(key);
    useEffect(() => {
        let current = true;
        // A reload keeps showing what it has until the new answer arrives (no flicker); new inputs do not.
        if (shownKey.current !== key) {
            shownKey.current = key;
            setTask({ state: 'loading' });
        }
        run().then(
            (value) => current && setTask({ state: 'done', value }),
            (error: unknown) => current && setTask({ state: 'error', error: asNoormError(error) }),
        );
        return () => {
            current = false;
        };
    }, [key, round]);
    const reload = useCallback(() => setRound((n) => n + 1), []);
    return [task, reload];
}
