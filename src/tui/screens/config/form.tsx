import { PasswordInput, Spinner, TextInput } from '@inkjs/ui';
import { Box, Text, useWindowSize } from 'ink';
import { useState, type ReactNode } from 'react';
import {
    DIALECT_NAMES,
    addConfig,
    asNoormError,
    editConfig,
    listConfigs,
    messageOf,
    parsePortField,
    validateConfigName,
    type ConfigInput,
    type ConfigSummary,
    type NoormError,
} from '../../../core/index.js';
import { ErrorView } from '../../components/error-view.js';
import { ConfigList } from './list.js';
import { useApp } from '../../context.js';
import { useScreenKeys, useTask } from '../../hooks.js';
import { key } from '../../keys.js';

type FieldName = 'name' | 'dialect' | 'host' | 'port' | 'database' | 'user' | 'password' | 'ssl' | 'schemaPath' | 'changesetPath' | 'protected' | 'test';

interface Field {
    name: FieldName;
    label: string;
    kind: 'text' | 'secret' | 'choice' | 'switch';
    choices?: readonly string[];
    hint?: string;
    check?(value: string): string | null;
}

const SERVER_ONLY: ReadonlySet<FieldName> = new Set(['host', 'port', 'user', 'password', 'ssl']);

const FIELDS: Field[] = [
    { name: 'name', label: 'name', kind: 'text', check: (value) => problemOf(() => validateConfigName(value)) },
    { name: 'dialect', label: 'dialect', kind: 'choice', choices: DIALECT_NAMES, hint: '←/→ to change' },
    { name: 'host', label: 'host', kind: 'text' },
    { name: 'port', label: 'port', kind: 'text', check: (value) => (value ? problemOf(() => parsePortField(value)) : null) },
    { name: 'database', label: 'database', kind: 'text', hint: 'SQLite: the file, relative to the project' },
    { name: 'user', label: 'user', kind: 'text' },
    { name: 'password', label: 'password', kind: 'secret', hint: 'typed masked; stored encrypted' },
    { name: 'ssl', label: 'ssl', kind: 'choice', choices: ['', 'disable', 'require', 'verify-ca', 'verify-full'] },
    { name: 'schemaPath', label: 'schema path', kind: 'text', hint: 'default: schema' },
    { name: 'changesetPath', label: 'changeset path', kind: 'text', hint: 'default: changesets' },
    { name: 'protected', label: 'protected', kind: 'switch', hint: 'writes need yes-<name>; db destroy is refused' },
    { name: 'test', label: 'test database', kind: 'switch' },
];

function problemOf(check: () => unknown): string | null {
    try {
        check();
        return null;
    } catch (error) {
        return messageOf(error).replace(/^Invalid config: /, '');
    }
}

/** `config add` and `config edit <name>`: a form whose fields follow the dialect, checked as you type. */
export function ConfigFormScreen({ mode }: { mode: 'add' | 'edit' }): ReactNode {
    const app = useApp();
    const name = app.location.params['name'];
    const [task] = useTask(
        async () => (mode === 'edit' ? ((await listConfigs(app.engine.open().store)).configs.find((config) => config.name === name) ?? null) : null),
        [mode, name],
    );
    if (mode === 'edit' && !name)
        return (
            <Box flexDirection="column">
                <Text bold>Pick the config to edit (e)</Text>
                <ConfigList rows={app.bodyRows - 2} />
            </Box>
        );
    if (task.state === 'loading') return <Spinner label="reading the config…" />;
    if (task.state === 'error') return <ErrorView error={task.error} />;
    if (mode === 'edit' && !task.value) return <Text color="red">There is no config named {name}.</Text>;
    return <ConfigForm mode={mode} existing={task.value} initialName={name} />;
}

function initialValues(existing: ConfigSummary | null, name: string | undefined): Record<FieldName, string> {
    return {
        name: existing?.name ?? name ?? '',
        dialect: existing?.dialect ?? 'postgres',
        host: existing?.host ?? '',
        port: existing?.port ? String(existing.port) : '',
        database: existing?.database ?? '',
        user: existing?.user ?? '',
        password: '',
        ssl: '',
        schemaPath: existing?.schemaPath ?? '',
        changesetPath: existing?.changesetPath ?? '',
        protected: existing?.protected ? 'yes' : 'no',
        test: existing?.isTest ? 'yes' : 'no',
    };
}

function ConfigForm({ mode, existing, initialName }: { mode: 'add' | 'edit'; existing: ConfigSummary | null; initialName: string | undefined }): ReactNode {
    const app = useApp();
    const { columns } = useWindowSize();
    const [values, setValues] = useState(() => initialValues(existing, initialName));
    const [touched, setTouched] = useState<Set<FieldName>>(new Set());
    const [focus, setFocus] = useState(0);
    const [saving, setSaving] = useState<'no' | 'saving' | 'saved'>('no');
    const [error, setError] = useState<NoormError | null>(null);

    const fields = FIELDS.filter((field) => (mode === 'add' || field.name !== 'name') && !(values.dialect === 'sqlite' && SERVER_ONLY.has(field.name)));
    const at = Math.min(focus, fields.length);
    const current = fields[at];
    const problems = fields.map((field) => field.check?.(values[field.name]) ?? null);
    const blocking = problems.find(Boolean) ?? null;

    const set = (name: FieldName, value: string) => {
        setValues((previous) => ({ ...previous, [name]: value }));
        setTouched((previous) => new Set(previous).add(name));
    };
    const cycle = (step: number) => {
        if (!current || (current.kind !== 'choice' && current.kind !== 'switch')) return;
        const choices = current.kind === 'switch' ? ['no', 'yes'] : current.choices!;
        const i = choices.indexOf(values[current.name]);
        set(current.name, choices[(i + step + choices.length) % choices.length]!);
    };
    const save = () => {
        if (blocking || saving === 'saving') return;
        const input: ConfigInput = {};
        for (const field of fields) {
            if (field.name === 'name') continue;
            // An edit changes only what was touched; an add sends what was filled in.
            if (mode === 'edit' ? !touched.has(field.name) : !values[field.name] || (field.kind === 'switch' && values[field.name] === 'no')) continue;
            if (field.name === 'protected') input.protected = values.protected === 'yes';
            else if (field.name === 'test') input.test = values.test === 'yes';
            else input[field.name] = values[field.name];
        }
        if (mode === 'add') input.dialect = values.dialect;
        setSaving('saving');
        setError(null);
        const session = app.engine.open();
        (mode === 'add' ? addConfig(session.store, values.name, input) : editConfig(session.store, existing!.name, input, session.guard)).then(
            () => {
                setSaving('saved');
                app.refreshActive();
            },
            (thrown: unknown) => {
                setSaving('no');
                setError(asNoormError(thrown));
            },
        );
    };

    useScreenKeys(
        saving === 'saved'
            ? [key('enter', 'to the configs', () => app.replace('config')), key('esc', 'back', app.back)]
            : [
                  key('down', 'next field', () => setFocus(Math.min(fields.length, at + 1))),
                  key('up', 'previous field', () => setFocus(Math.max(0, at - 1))),
                  key('enter', at >= fields.length ? 'save' : 'next field (save on the last)', () => (at >= fields.length ? save() : setFocus(at + 1))),
                  key('right', 'next choice', () => cycle(1), { helpOnly: true }),
                  key('left', 'previous choice', () => cycle(-1), { helpOnly: true }),
                  ...(current?.kind === 'switch' || current?.kind === 'choice' ? [key('space', 'toggle', () => cycle(1), { helpOnly: true })] : []),
                  key('esc', 'cancel', app.back),
              ],
        { textField: saving !== 'saved' },
    );

    if (saving === 'saved')
        return (
            <Box flexDirection="column">
                <Text color="green">
                    ✓ {mode === 'add' ? 'added' : 'updated'} config {values.name}
                </Text>
                <Text dimColor>enter: to the configs · esc: back</Text>
            </Box>
        );

    const labelWidth = 16;
    const fit = (text: string, room: number) => (text.length <= Math.max(10, room) ? text : `${text.slice(0, Math.max(10, room) - 1)}…`);
    return (
        <Box flexDirection="column">
            <Text bold underline>
                {mode === 'add' ? 'Add a config' : `Edit config ${existing!.name}`}
            </Text>
            {fields.map((field, i) => {
                const focused = i === at && !app.overlayOpen;
                const value = values[field.name];
                const problem = touched.has(field.name) || mode === 'edit' ? problems[i] : null;
                return (
                    <Box key={field.name}>
                        <Text color={focused ? 'cyan' : undefined}>
                            {focused ? '> ' : '  '}
                            {field.label.padEnd(labelWidth)}
                        </Text>
                        {field.kind === 'text' ? (
                            <TextInput defaultValue={value} isDisabled={!focused} onChange={(next) => set(field.name, next)} placeholder={field.hint ?? ''} />
                        ) : field.kind === 'secret' ? (
                            <PasswordInput
                                isDisabled={!focused}
                                onChange={(next) => set(field.name, next)}
                                placeholder={mode === 'edit' && existing?.hasPassword ? 'unchanged' : ''}
                            />
                        ) : (
                            <Text>
                                {field.kind === 'switch' ? (value === 'yes' ? '[x] yes' : '[ ] no') : `‹ ${value || 'default'} ›`}
                                {focused && field.hint ? <Text dimColor> {field.hint}</Text> : null}
                            </Text>
                        )}
                        {problem ? <Text color="yellow"> ✗ {fit(problem, columns - labelWidth - value.length - 12)}</Text> : null}
                    </Box>
                );
            })}
            <Box marginTop={1}>
                <Text color={at >= fields.length ? 'cyan' : undefined} inverse={at >= fields.length}>
                    {' '}
                    {saving === 'saving' ? 'saving…' : 'Save'}{' '}
                </Text>
                {blocking ? (
                    <Text color="yellow" wrap="truncate-end">
                        {' '}
                        fix the fields marked ✗ first
                    </Text>
                ) : null}
            </Box>
            {error ? <ErrorView error={error} /> : null}
        </Box>
    );
}
