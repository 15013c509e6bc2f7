/**
 * The key registry: every key is declared once, with what it does, per screen. The footer and the
 * `?` help are drawn from the same list the input handler dispatches on, so they cannot disagree.
 */
import type { Key } from 'ink';

export interface KeyBinding {
    /** How the key is written in the footer and the help (`a`, `enter`, `tab`). */
    label: string;
    /** What it does, in a few words. */
    description: string;
    matches(input: string, key: Key): boolean;
    run(): void;
    /** Listed in the help but left out of the footer (where space is short). */
    helpOnly?: boolean;
}

export type KeySpec = Omit<KeyBinding, 'matches'> & { matches?: KeyBinding['matches'] };

/** A binding for a printable key, matched by the label itself. */
export function key(label: string, description: string, run: () => void, options: { helpOnly?: boolean } = {}): KeyBinding {
    return { label, description, run, matches: matcherFor(label), ...options };
}

function matcherFor(label: string): KeyBinding['matches'] {
    switch (label) {
        case 'enter':
            return (_input, k) => k.return;
        case 'esc':
            return (_input, k) => k.escape;
        case 'tab':
            return (_input, k) => k.tab && !k.shift;
        case 'shift+tab':
            return (_input, k) => k.tab && k.shift;
        case 'backspace':
            return (_input, k) => k.backspace || k.delete;
        case 'up':
            return (_input, k) => k.upArrow;
        case 'down':
            return (_input, k) => k.downArrow;
        case 'left':
            return (_input, k) => k.leftArrow;
        case 'right':
            return (_input, k) => k.rightArrow;
        case 'space':
            return (input) => input === ' ';
        case 'ctrl+c':
            return (input, k) => k.ctrl && input === 'c';
        default:
            return (input, k) => !k.ctrl && !k.meta && input === label;
    }
}

/** The first binding the key press matches, run; false when none does. */
export function dispatch(bindings: readonly KeyBinding[], input: string, k: Key): boolean {
    const binding = bindings.find((candidate) => candidate.matches(input, k));
    if (!binding) return false;
    binding.run();
    return true;
}
