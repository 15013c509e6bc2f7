import type { ReactNode } from 'react';
import { useApp } from '../context.js';
import type { Route } from '../routes.js';
import { ChangeActScreen, ChangeAddScreen, ChangeEditScreen, ChangeListScreen, ChangeRmScreen } from './change/change.js';
import { ConfigCpScreen, ConfigRmScreen, ConfigUseScreen } from './config/actions.js';
import { ConfigFormScreen } from './config/form.js';
import { ConfigListScreen } from './config/list.js';
import { DbActScreen, DbScreen } from './db/db.js';
import { HomeScreen } from './home.js';
import { LockReleaseScreen, LockStatusScreen } from './lock/lock.js';
import { RunBuildScreen, RunPathScreen, RunScreen } from './run/run.js';

const SCREENS: Record<Route, () => ReactNode> = {
    home: HomeScreen,
    config: ConfigListScreen,
    'config/add': () => <ConfigFormScreen mode="add" />,
    'config/edit': () => <ConfigFormScreen mode="edit" />,
    'config/rm': ConfigRmScreen,
    'config/cp': ConfigCpScreen,
    'config/use': ConfigUseScreen,
    change: () => <ChangeListScreen />,
    'change/add': ChangeAddScreen,
    'change/edit': ChangeEditScreen,
    'change/rm': ChangeRmScreen,
    'change/run': () => <ChangeActScreen verb="run" />,
    'change/revert': () => <ChangeActScreen verb="revert" />,
    'change/next': () => <ChangeActScreen verb="next" />,
    'change/ff': () => <ChangeActScreen verb="ff" />,
    run: RunScreen,
    'run/build': RunBuildScreen,
    'run/file': () => <RunPathScreen kind="file" />,
    'run/dir': () => <RunPathScreen kind="dir" />,
    db: DbScreen,
    'db/create': () => <DbActScreen verb="create" />,
    'db/destroy': () => <DbActScreen verb="destroy" />,
    lock: LockStatusScreen,
    'lock/status': LockStatusScreen,
    'lock/release': LockReleaseScreen,
};

/** The screen of the current route; a new route (or new parameters) mounts a fresh screen. */
export function Screen(): ReactNode {
    const { location } = useApp();
    const Component = SCREENS[location.route];
    return <Component key={`${location.route}?${JSON.stringify(location.params)}`} />;
}
