export const id = 261;
export const ids = [261,810];
export const modules = {

/***/ 33937:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ App)
/* harmony export */ });
/* harmony import */ var react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13687);
/* harmony import */ var ink__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48518);
/* harmony import */ var react__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47919);
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12915);
/* harmony import */ var _components_frame_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99462);
/* harmony import */ var _components_footer_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83176);
/* harmony import */ var _components_help_overlay_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(88093);
/* harmony import */ var _components_palette_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6772);
/* harmony import */ var _components_prompt_overlay_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(97612);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(27397);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(69950);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(19168);
/* harmony import */ var _routes_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(74810);
/* harmony import */ var _screens_index_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(81868);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([ink__WEBPACK_IMPORTED_MODULE_1__, _components_frame_js__WEBPACK_IMPORTED_MODULE_4__, _components_footer_js__WEBPACK_IMPORTED_MODULE_5__, _components_help_overlay_js__WEBPACK_IMPORTED_MODULE_6__, _components_palette_js__WEBPACK_IMPORTED_MODULE_7__, _components_prompt_overlay_js__WEBPACK_IMPORTED_MODULE_8__, _screens_index_js__WEBPACK_IMPORTED_MODULE_12__]);
([ink__WEBPACK_IMPORTED_MODULE_1__, _components_frame_js__WEBPACK_IMPORTED_MODULE_4__, _components_footer_js__WEBPACK_IMPORTED_MODULE_5__, _components_help_overlay_js__WEBPACK_IMPORTED_MODULE_6__, _components_palette_js__WEBPACK_IMPORTED_MODULE_7__, _components_prompt_overlay_js__WEBPACK_IMPORTED_MODULE_8__, _screens_index_js__WEBPACK_IMPORTED_MODULE_12__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);

/**
 * The app: a router with history (routes are screen state, as SPEC.md sketches), the frame around
 * every screen, the global keys, and the overlays (help, the `:` palette, the engine's prompts).
 */













/** Lines the frame, header, tabs and footer take from the window. */
const CHROME_ROWS = 7;
function App({ cwd, env, initial, onQuit, control }) {
    const ink = (0,ink__WEBPACK_IMPORTED_MODULE_1__/* .useApp */ .nm)();
    const { columns, rows } = (0,ink__WEBPACK_IMPORTED_MODULE_1__/* .useWindowSize */ .lW)();
    const [location, setLocation] = (0,react__WEBPACK_IMPORTED_MODULE_2__.useState)(initial ?? { route: 'home', params: {} });
    const [history, setHistory] = (0,react__WEBPACK_IMPORTED_MODULE_2__.useState)([]);
    const [overlay, setOverlay] = (0,react__WEBPACK_IMPORTED_MODULE_2__.useState)(null);
    const [prompt, setPrompt] = (0,react__WEBPACK_IMPORTED_MODULE_2__.useState)(null);
    const [screenKeys, setScreenKeys] = (0,react__WEBPACK_IMPORTED_MODULE_2__.useState)([]);
    const [textFocus, setTextFocus] = (0,react__WEBPACK_IMPORTED_MODULE_2__.useState)(false);
    const running = (0,react__WEBPACK_IMPORTED_MODULE_2__.useRef)(null);
    if (control) {
        control.interrupt = (signal) => {
            if (!running.current)
                return false;
            running.current.interrupt(signal);
            return true;
        };
        control.busy = () => running.current !== null;
    }
    const [active, setActive] = (0,react__WEBPACK_IMPORTED_MODULE_2__.useState)({ config: null, error: null });
    const quit = (0,react__WEBPACK_IMPORTED_MODULE_2__.useCallback)(() => {
        onQuit?.();
        ink.exit();
    }, [ink, onQuit]);
    const engine = (0,react__WEBPACK_IMPORTED_MODULE_2__.useMemo)(() => (0,_engine_js__WEBPACK_IMPORTED_MODULE_10__/* .createEngine */ .P)(cwd, env, {
        confirm: (request) => new Promise((resolve) => setPrompt({
            title: request.protected ? `Config "${request.config}" is protected` : `Confirm ${request.action}`,
            message: `Type ${request.phrase} to confirm ${request.action} on ${request.config}.`,
            expected: request.phrase,
            resolve: (answer) => {
                setPrompt(null);
                resolve(answer);
            },
        })),
        passphrase: () => new Promise((resolve) => setPrompt({
            title: 'Passphrase',
            message: 'The state file .noorm/state.enc is encrypted with a passphrase.',
            mask: true,
            resolve: (answer) => {
                setPrompt(null);
                resolve(answer);
            },
        })),
    }), [cwd, env]);
    const [activeRound, setActiveRound] = (0,react__WEBPACK_IMPORTED_MODULE_2__.useState)(0);
    const refreshActive = (0,react__WEBPACK_IMPORTED_MODULE_2__.useCallback)(() => setActiveRound((n) => n + 1), []);
    (0,react__WEBPACK_IMPORTED_MODULE_2__.useEffect)(() => {
        let current = true;
        const session = engine.open();
        session.config().then((config) => {
            const shown = { name: config.name, protected: config.protected, target: session.where()?.target ?? '' };
            if (current)
                setActive({ config: shown, error: null });
        }, (error) => current && setActive({ config: null, error: (0,_core_index_js__WEBPACK_IMPORTED_MODULE_3__.messageOf)(error) }));
        return () => {
            current = false;
        };
    }, [engine, activeRound]);
    const navigate = (0,react__WEBPACK_IMPORTED_MODULE_2__.useCallback)((route, params = {}) => {
        setHistory((previous) => [...previous, location]);
        setLocation({ route, params });
    }, [location]);
    const replace = (0,react__WEBPACK_IMPORTED_MODULE_2__.useCallback)((route, params = {}) => setLocation({ route, params }), []);
    const back = (0,react__WEBPACK_IMPORTED_MODULE_2__.useCallback)(() => {
        const previous = history.at(-1);
        if (!previous) {
            if (location.route !== 'home')
                setLocation({ route: 'home', params: {} });
            return;
        }
        setHistory(history.slice(0, -1));
        setLocation(previous);
    }, [history, location]);
    const section = (step) => {
        const places = ['home', ..._routes_js__WEBPACK_IMPORTED_MODULE_11__/* .SECTIONS */ .bP];
        const here = places.indexOf((0,_routes_js__WEBPACK_IMPORTED_MODULE_11__/* .sectionOf */ .ZE)(location.route) ?? 'home');
        navigate(places[(here + step + places.length) % places.length]);
    };
    const globalKeys = [
        (0,_keys_js__WEBPACK_IMPORTED_MODULE_13__/* .key */ .E)('tab', 'next section', () => section(1)),
        (0,_keys_js__WEBPACK_IMPORTED_MODULE_13__/* .key */ .E)('shift+tab', 'previous section', () => section(-1)),
        (0,_keys_js__WEBPACK_IMPORTED_MODULE_13__/* .key */ .E)('esc', 'back', back),
        (0,_keys_js__WEBPACK_IMPORTED_MODULE_13__/* .key */ .E)('backspace', 'back (outside text fields)', back, { helpOnly: true }),
        (0,_keys_js__WEBPACK_IMPORTED_MODULE_13__/* .key */ .E)(':', 'jump to a screen by name', () => setOverlay({ kind: 'palette' })),
        (0,_keys_js__WEBPACK_IMPORTED_MODULE_13__/* .key */ .E)('?', 'help: every key of this screen', () => setOverlay({ kind: 'help' })),
        (0,_keys_js__WEBPACK_IMPORTED_MODULE_13__/* .key */ .E)('q', 'quit', quit),
        (0,_keys_js__WEBPACK_IMPORTED_MODULE_13__/* .key */ .E)('ctrl+c', 'stop the running work (it rolls back); quit when nothing runs', () => undefined, { helpOnly: true }),
    ];
    (0,ink__WEBPACK_IMPORTED_MODULE_1__/* .useInput */ .Ge)((input, k) => {
        if (k.ctrl && input === 'c') {
            // A question the engine is waiting on is answered "no" first, so the work can stop.
            if (prompt)
                prompt.resolve(null);
            if (running.current)
                running.current.interrupt('SIGINT');
            else
                quit();
            return;
        }
        if (prompt)
            return;
        if (overlay) {
            if (k.escape || (overlay.kind === 'help' && input === '?' && !textFocus))
                setOverlay(null);
            return;
        }
        // A screen's own key wins over a global one (esc clearing a list's filter before going back).
        if (textFocus || screenKeys.some((binding) => binding.matches(input, k)))
            return;
        (0,_keys_js__WEBPACK_IMPORTED_MODULE_13__/* .dispatch */ .J)(globalKeys, input, k);
    }, { isActive: true });
    const api = {
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
    let body = null;
    if (prompt)
        body = (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_components_prompt_overlay_js__WEBPACK_IMPORTED_MODULE_8__/* .PromptOverlay */ .P, { request: prompt });
    else if (overlay?.kind === 'help')
        body = (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_components_help_overlay_js__WEBPACK_IMPORTED_MODULE_6__/* .HelpOverlay */ .Q, { screenKeys: screenKeys, globalKeys: globalKeys, rows: api.bodyRows });
    else if (overlay?.kind === 'palette')
        body = ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_components_palette_js__WEBPACK_IMPORTED_MODULE_7__/* .Palette */ .e, { rows: api.bodyRows, onPick: (route) => {
                setOverlay(null);
                navigate(route);
            }, onCancel: () => setOverlay(null) }));
    return ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_context_js__WEBPACK_IMPORTED_MODULE_9__/* .AppContext */ .B.Provider, { value: api, children: (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(_components_frame_js__WEBPACK_IMPORTED_MODULE_4__/* .Frame */ .w, { width: columns, height: rows, location: location, active: active, children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Box */ .az, { flexDirection: "column", flexGrow: 1, children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Box */ .az, { display: overlay || prompt ? 'none' : 'flex', flexDirection: "column", flexGrow: 1, children: (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_screens_index_js__WEBPACK_IMPORTED_MODULE_12__/* .Screen */ .f, {}) }), body] }), (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_components_footer_js__WEBPACK_IMPORTED_MODULE_5__/* .Footer */ .w, { screenKeys: screenKeys, globalKeys: globalKeys })] }) }));
}
//# sourceMappingURL=app.js.map
__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 48532:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ ActFlow)
/* harmony export */ });
/* harmony import */ var react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13687);
/* harmony import */ var _inkjs_ui__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53396);
/* harmony import */ var ink__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48518);
/* harmony import */ var react__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47919);
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12915);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(27397);
/* harmony import */ var _hooks_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(53214);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(19168);
/* harmony import */ var _error_view_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1227);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(59128);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_inkjs_ui__WEBPACK_IMPORTED_MODULE_1__, ink__WEBPACK_IMPORTED_MODULE_2__, _hooks_js__WEBPACK_IMPORTED_MODULE_6__, _error_view_js__WEBPACK_IMPORTED_MODULE_7__, _progress_js__WEBPACK_IMPORTED_MODULE_8__]);
([_inkjs_ui__WEBPACK_IMPORTED_MODULE_1__, ink__WEBPACK_IMPORTED_MODULE_2__, _hooks_js__WEBPACK_IMPORTED_MODULE_6__, _error_view_js__WEBPACK_IMPORTED_MODULE_7__, _progress_js__WEBPACK_IMPORTED_MODULE_8__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);










/**
 * Plan → confirm → progress → result, for everything that writes: the plan is read first (nothing is
 * written), enter runs it, the engine's events draw the progress, and the result (or the error, with
 * file and line) stays on screen. Ctrl-C while it runs is the engine's interruption.
 */
function ActFlow(props) {
    const app = (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .useApp */ .n)();
    const [state, setState] = (0,react__WEBPACK_IMPORTED_MODULE_3__.useState)({ phase: 'planning' });
    const [progress, onEvent] = (0,react__WEBPACK_IMPORTED_MODULE_3__.useReducer)(_progress_js__WEBPACK_IMPORTED_MODULE_8__/* .progressReducer */ .Qw, _progress_js__WEBPACK_IMPORTED_MODULE_8__/* .NO_PROGRESS */ .cf);
    const [round, setRound] = (0,react__WEBPACK_IMPORTED_MODULE_3__.useState)(0);
    const planSession = (0,react__WEBPACK_IMPORTED_MODULE_3__.useRef)(null);
    const runSession = (0,react__WEBPACK_IMPORTED_MODULE_3__.useRef)(null);
    (0,react__WEBPACK_IMPORTED_MODULE_3__.useEffect)(() => {
        let current = true;
        const session = app.engine.open();
        planSession.current = session;
        setState({ phase: 'planning' });
        props.plan(session).then((plan) => current && setState({ phase: 'plan', plan }), (error) => current && setState({ phase: 'error', error: (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.asNoormError)(error), during: 'plan' }));
        return () => {
            current = false;
        };
        // The plan is read when the screen opens and on `r`.
    }, [round]);
    const start = () => {
        const session = app.engine.open(onEvent);
        runSession.current = session;
        app.setRunning(session);
        setState({ phase: 'running' });
        props.execute(session).then((result) => {
            app.setRunning(null);
            setState({ phase: 'result', result });
            props.onDone?.(result);
        }, (error) => {
            app.setRunning(null);
            setState({ phase: 'error', error: (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.asNoormError)(error), during: 'run' });
        });
    };
    const nothing = state.phase === 'plan' ? (props.nothingToDo?.(state.plan) ?? null) : null;
    const keys = state.phase === 'plan'
        ? [...(nothing ? [] : [(0,_keys_js__WEBPACK_IMPORTED_MODULE_9__/* .key */ .E)('enter', props.action, start)]), (0,_keys_js__WEBPACK_IMPORTED_MODULE_9__/* .key */ .E)('r', 'read the plan again', () => setRound((n) => n + 1))]
        : state.phase === 'result' || (state.phase === 'error' && state.during === 'run')
            ? [(0,_keys_js__WEBPACK_IMPORTED_MODULE_9__/* .key */ .E)('enter', 'back', app.back), (0,_keys_js__WEBPACK_IMPORTED_MODULE_9__/* .key */ .E)('r', 'read the plan again', () => setRound((n) => n + 1))]
            : state.phase === 'error'
                ? [(0,_keys_js__WEBPACK_IMPORTED_MODULE_9__/* .key */ .E)('r', 'try again', () => setRound((n) => n + 1))]
                : [];
    (0,_hooks_js__WEBPACK_IMPORTED_MODULE_6__/* .useScreenKeys */ ._)(keys);
    const session = (state.phase === 'plan' || state.phase === 'planning' ? planSession.current : runSession.current) ?? planSession.current;
    switch (state.phase) {
        case 'planning':
            return (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_inkjs_ui__WEBPACK_IMPORTED_MODULE_1__/* .Spinner */ .y$, { label: "reading the plan (nothing is written)\u2026" });
        case 'plan':
            return ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Box */ .az, { flexDirection: "column", children: [props.renderPlan(state.plan, session), (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Box */ .az, { marginTop: 1, children: nothing ? ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { color: "green", children: ["\u2713 ", nothing] })) : ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { children: ["Press", ' ', (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { bold: true, color: "cyan", children: "enter" }), ' ', "to ", props.action, ", esc to go back."] })) })] }));
        case 'running':
            return (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_progress_js__WEBPACK_IMPORTED_MODULE_8__/* .Progress */ .ke, { state: progress, rows: app.bodyRows });
        case 'result':
            return props.renderResult(state.result, session);
        case 'error':
            return ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Box */ .az, { flexDirection: "column", children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { bold: true, children: state.during === 'plan' ? 'The plan could not be read:' : 'It did not finish:' }), (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_error_view_js__WEBPACK_IMPORTED_MODULE_7__/* .ErrorView */ .E, { error: state.error, root: session?.root, redactor: session?.redactor }), state.during === 'run' && progress.done.length ? ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { dimColor: true, children: [progress.done.filter((file) => file.status === 'success').length, " file(s) completed and recorded before the stop; the rest did not run."] })) : null] }));
    }
}
//# sourceMappingURL=act-flow.js.map
__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 1227:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ ErrorView)
/* harmony export */ });
/* harmony import */ var react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13687);
/* harmony import */ var ink__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48518);
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12915);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([ink__WEBPACK_IMPORTED_MODULE_1__]);
ink__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];



/** An error as the engine describes it: the message, the file and line, the failing statement, the hint. */
function ErrorView({ error, root, redactor }) {
    const show = (text) => (redactor ? redactor.redact((0,_core_index_js__WEBPACK_IMPORTED_MODULE_2__.terminalSafe)(text)) : (0,_core_index_js__WEBPACK_IMPORTED_MODULE_2__.terminalSafe)(text));
    const excerpt = root ? (0,_core_index_js__WEBPACK_IMPORTED_MODULE_2__.sourceExcerpt)(root, error.file, error.line) : null;
    const width = excerpt ? String(excerpt.at(-1).number).length : 0;
    return ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Box */ .az, { flexDirection: "column", children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { color: "red", bold: true, children: ["\u2717 error: ", show(error.message)] }), error.file ? ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { children: ['  ', "at", ' ', (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { bold: true, children: [show(error.file), error.line ? `:${error.line}` : ''] })] })) : null, excerpt ? ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Box */ .az, { flexDirection: "column", marginLeft: 2, marginTop: 1, children: excerpt.map((line) => ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { color: line.failing ? 'red' : undefined, dimColor: !line.failing, wrap: "truncate-end", children: [line.failing ? '>' : ' ', " ", String(line.number).padStart(width), " \u2502 ", redactor ? redactor.redact(line.text) : line.text] }, line.number))) })) : null, error.hint ? ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Box */ .az, { marginLeft: 2, children: (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { children: ["hint: ", show(error.hint)] }) })) : null, (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Box */ .az, { marginLeft: 2, children: (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { dimColor: true, children: ["code ", error.code, ", exit ", error.exitCode] }) })] }));
}
//# sourceMappingURL=error-view.js.map
__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 67114:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ FilterList)
/* harmony export */ });
/* harmony import */ var react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13687);
/* harmony import */ var _inkjs_ui__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53396);
/* harmony import */ var ink__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48518);
/* harmony import */ var react__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47919);
/* harmony import */ var _hooks_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(53214);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(19168);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_inkjs_ui__WEBPACK_IMPORTED_MODULE_1__, ink__WEBPACK_IMPORTED_MODULE_2__, _hooks_js__WEBPACK_IMPORTED_MODULE_4__]);
([_inkjs_ui__WEBPACK_IMPORTED_MODULE_1__, ink__WEBPACK_IMPORTED_MODULE_2__, _hooks_js__WEBPACK_IMPORTED_MODULE_4__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);






/** A list with a cursor and `/` to filter it; the screen's keys act on the item under the cursor. */
function FilterList({ items, id, text, render, keys, rows, empty }) {
    const [cursor, setCursor] = (0,react__WEBPACK_IMPORTED_MODULE_3__.useState)(0);
    const [filter, setFilter] = (0,react__WEBPACK_IMPORTED_MODULE_3__.useState)('');
    const [filtering, setFiltering] = (0,react__WEBPACK_IMPORTED_MODULE_3__.useState)(false);
    const needle = filter.trim().toLowerCase();
    const shown = needle ? items.filter((item) => text(item).toLowerCase().includes(needle)) : items;
    const at = Math.max(0, Math.min(cursor, shown.length - 1));
    const current = shown[at];
    const move = (step) => setCursor(Math.max(0, Math.min(shown.length - 1, at + step)));
    const moves = [(0,_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .key */ .E)('up', 'move up', () => move(-1), { helpOnly: true }), (0,_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .key */ .E)('down', 'move down', () => move(1), { helpOnly: true })];
    const bindings = filtering
        ? [(0,_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .key */ .E)('enter', 'keep the filter', () => setFiltering(false)), (0,_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .key */ .E)('esc', 'clear the filter', () => (setFilter(''), setFiltering(false))), ...moves]
        : [
            ...keys(current),
            (0,_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .key */ .E)('/', 'filter the list', () => setFiltering(true)),
            ...(filter ? [(0,_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .key */ .E)('esc', 'clear the filter', () => setFilter(''))] : []),
            ...moves,
            (0,_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .key */ .E)('k', 'move up', () => move(-1), { helpOnly: true }),
            (0,_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .key */ .E)('j', 'move down', () => move(1), { helpOnly: true }),
        ];
    (0,_hooks_js__WEBPACK_IMPORTED_MODULE_4__/* .useScreenKeys */ ._)(bindings, { textField: filtering });
    const visible = Math.max(1, rows - (filtering || filter ? 1 : 0));
    const start = Math.max(0, Math.min(at - Math.floor(visible / 2), shown.length - visible));
    return ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Box */ .az, { flexDirection: "column", children: [filtering ? ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Box */ .az, { children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { color: "cyan", children: "/" }), (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_inkjs_ui__WEBPACK_IMPORTED_MODULE_1__/* .TextInput */ .ks, { defaultValue: filter, placeholder: "type to filter", onChange: (value) => {
                            setFilter(value);
                            setCursor(0);
                        } })] })) : filter ? ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { dimColor: true, children: ["filter: ", filter, " (", shown.length, " of ", items.length, "; esc clears)"] })) : null, items.length === 0 ? empty : shown.length === 0 ? (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { dimColor: true, children: ["nothing matches \u201C", filter, "\u201D"] }) : null, shown.slice(start, start + visible).map((item) => ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Box */ .az, { children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { color: item === current ? 'cyan' : undefined, children: item === current ? '> ' : '  ' }), render(item, item === current)] }, id(item))))] }));
}
//# sourceMappingURL=filter-list.js.map
__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 83176:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ Footer)
/* harmony export */ });
/* harmony import */ var react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13687);
/* harmony import */ var ink__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48518);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([ink__WEBPACK_IMPORTED_MODULE_1__]);
ink__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


const SHORT = { esc: 'back', '?': 'help', q: 'quit' };
function label(binding, i) {
    return ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { children: [i ? '  ' : '', (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { bold: true, color: "cyan", children: binding.label }), ' ', binding.description] }, binding.label));
}
/** The keys of the screen, then the global ones worth a reminder; drawn from the same registry as the help. */
function Footer({ screenKeys, globalKeys }) {
    const own = screenKeys.filter((binding) => !binding.helpOnly);
    const always = globalKeys.filter((binding) => ['esc', '?', 'q'].includes(binding.label) && !screenKeys.some((mine) => mine.label === binding.label));
    // The screen's keys may be cut at the right; esc, ? and q always show (? lists what was cut).
    return ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Box */ .az, { children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Box */ .az, { flexGrow: 1, flexShrink: 1, children: (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { wrap: "truncate-end", children: own.map((binding, i) => label(binding, i)) }) }), (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Box */ .az, { flexShrink: 0, marginLeft: own.length ? 2 : 0, children: (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { children: always.map((binding, i) => label({ ...binding, description: SHORT[binding.label] ?? binding.description }, i)) }) })] }));
}
//# sourceMappingURL=footer.js.map
__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 99462:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ Frame)
/* harmony export */ });
/* harmony import */ var react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13687);
/* harmony import */ var ink__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48518);
/* harmony import */ var _routes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74810);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([ink__WEBPACK_IMPORTED_MODULE_1__]);
ink__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];



/**
 * The frame around every screen: which config commands run on (a protected one turns the frame red
 * and says PROTECTED, so colour is never the only signal), the sections, and where you are.
 */
function Frame({ width, height, location, active, children, }) {
    const config = active.config;
    const danger = Boolean(config?.protected);
    const here = (0,_routes_js__WEBPACK_IMPORTED_MODULE_2__/* .sectionOf */ .ZE)(location.route);
    return ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Box */ .az, { flexDirection: "column", width: width, height: height, borderStyle: "round", borderColor: danger ? 'red' : 'gray', paddingX: 1, children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Box */ .az, { justifyContent: "space-between", children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { bold: true, children: "noorm" }), config ? ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { color: danger ? 'red' : 'green', bold: danger, wrap: "truncate-start", children: [danger ? '🔒 PROTECTED ' : '', "config ", config.name, " \u00B7 ", config.target] })) : ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { color: "yellow", wrap: "truncate-end", children: active.error ? `no config: ${active.error}` : 'reading the config…' }))] }), (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Box */ .az, { children: [['home', ..._routes_js__WEBPACK_IMPORTED_MODULE_2__/* .SECTIONS */ .bP].map((section) => {
                        const current = section === 'home' ? here === null : here === section;
                        const title = section === 'home' ? 'Home' : _routes_js__WEBPACK_IMPORTED_MODULE_2__/* .SECTION_TITLES */ ._Z[section];
                        return ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Box */ .az, { marginRight: 2, flexShrink: 0, children: (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { inverse: current, bold: current, children: current ? `[${title}]` : ` ${title} ` }) }, section));
                    }), (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Box */ .az, { flexGrow: 1, flexShrink: 1, justifyContent: "flex-end", children: (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { dimColor: true, wrap: "truncate-start", children: [location.route === 'home' ? '' : (0,_routes_js__WEBPACK_IMPORTED_MODULE_2__/* .routeInfo */ .iZ)(location.route).title, Object.values(location.params).length ? `: ${Object.values(location.params).join(' ')}` : ''] }) })] }), (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { dimColor: true, children: '─'.repeat(Math.max(0, width - 4)) }), children] }));
}
//# sourceMappingURL=frame.js.map
__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 88093:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ HelpOverlay)
/* harmony export */ });
/* harmony import */ var react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13687);
/* harmony import */ var _inkjs_ui__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53396);
/* harmony import */ var ink__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48518);
/* harmony import */ var react__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47919);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_inkjs_ui__WEBPACK_IMPORTED_MODULE_1__, ink__WEBPACK_IMPORTED_MODULE_2__]);
([_inkjs_ui__WEBPACK_IMPORTED_MODULE_1__, ink__WEBPACK_IMPORTED_MODULE_2__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);




/** `?`: every key of the current screen and the global ones, from the registry, with a search box. */
function HelpOverlay({ screenKeys, globalKeys, rows }) {
    const [search, setSearch] = (0,react__WEBPACK_IMPORTED_MODULE_3__.useState)('');
    const needle = search.trim().toLowerCase();
    const matches = (binding) => !needle || binding.label.toLowerCase().includes(needle) || binding.description.toLowerCase().includes(needle);
    const groups = [
        ['This screen', screenKeys.filter(matches)],
        ['Everywhere', globalKeys.filter(matches)],
    ];
    const width = Math.max(...[...screenKeys, ...globalKeys].map((binding) => binding.label.length), 3) + 2;
    // Everything as lines, cut to the space there is: a box taller than its room would overlap its lines.
    const lines = [];
    for (const [title, bindings] of groups) {
        lines.push((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { underline: true, children: title }, `title:${title}`));
        if (!bindings.length)
            lines.push((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { dimColor: true, children: `no key matches “${search}”` }, `none:${title}`));
        for (const binding of bindings)
            lines.push((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { wrap: "truncate-end", children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { bold: true, color: "cyan", children: binding.label.padEnd(width) }), binding.description] }, `${title}:${binding.label}`));
    }
    const room = Math.max(1, rows - 3);
    return ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Box */ .az, { flexDirection: "column", children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { bold: true, children: "Help \u00B7 type to search \u00B7 esc closes" }), (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Box */ .az, { children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { children: "search: " }), (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_inkjs_ui__WEBPACK_IMPORTED_MODULE_1__/* .TextInput */ .ks, { placeholder: "a key or a word", onChange: setSearch })] }), lines.length > room ? [...lines.slice(0, room - 1), (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { dimColor: true, children: `… ${lines.length - room + 1} more lines: type to narrow` }, "more")] : lines] }));
}
//# sourceMappingURL=help-overlay.js.map
__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 6772:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ Palette)
/* harmony export */ });
/* unused harmony export filterRoutes */
/* harmony import */ var react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13687);
/* harmony import */ var _inkjs_ui__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53396);
/* harmony import */ var ink__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48518);
/* harmony import */ var react__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47919);
/* harmony import */ var _routes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74810);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_inkjs_ui__WEBPACK_IMPORTED_MODULE_1__, ink__WEBPACK_IMPORTED_MODULE_2__]);
([_inkjs_ui__WEBPACK_IMPORTED_MODULE_1__, ink__WEBPACK_IMPORTED_MODULE_2__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);





/** `:`: jump to any screen by typing part of its name (`build`, `config add`, `lock`); enter goes. */
function Palette({ rows, onPick, onCancel }) {
    const [typed, setTyped] = (0,react__WEBPACK_IMPORTED_MODULE_3__.useState)('');
    const [cursor, setCursor] = (0,react__WEBPACK_IMPORTED_MODULE_3__.useState)(0);
    const found = filterRoutes(typed);
    const selected = found[Math.min(cursor, found.length - 1)];
    (0,ink__WEBPACK_IMPORTED_MODULE_2__/* .useInput */ .Ge)((_input, key) => {
        if (key.escape)
            onCancel();
        else if (key.upArrow)
            setCursor((n) => Math.max(0, n - 1));
        else if (key.downArrow)
            setCursor((n) => Math.min(found.length - 1, n + 1));
        else if (key.return && selected)
            onPick(selected.route);
    });
    return ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Box */ .az, { flexDirection: "column", children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Box */ .az, { children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { bold: true, color: "cyan", children: [":", ' '] }), (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_inkjs_ui__WEBPACK_IMPORTED_MODULE_1__/* .TextInput */ .ks, { placeholder: "screen name (config add, build, lock\u2026)", onChange: (value) => {
                            setTyped(value);
                            setCursor(0);
                        } })] }), found.slice(0, Math.max(1, rows - 2)).map((info) => ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { inverse: info === selected, children: [info === selected ? '> ' : '  ', info.route.replace('/', ' ').padEnd(16), " ", info.title] }, info.route))), found.length ? null : (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { dimColor: true, children: ["no screen matches \u201C", typed, "\u201D"] })] }));
}
/** Routes whose name or title holds every typed word; routes with parameters open their pickers. */
function filterRoutes(typed) {
    const words = typed
        .toLowerCase()
        .split(/[\s/]+/)
        .filter(Boolean);
    return _routes_js__WEBPACK_IMPORTED_MODULE_4__/* .ROUTES */ .bw.filter((info) => {
        const text = `${info.route.replace('/', ' ')} ${info.title}`.toLowerCase();
        return words.every((word) => text.includes(word));
    });
}
//# sourceMappingURL=palette.js.map
__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 59128:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qw: () => (/* binding */ progressReducer),
/* harmony export */   _V: () => (/* binding */ formatMs),
/* harmony export */   cf: () => (/* binding */ NO_PROGRESS),
/* harmony export */   ke: () => (/* binding */ Progress)
/* harmony export */ });
/* harmony import */ var react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13687);
/* harmony import */ var _inkjs_ui__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53396);
/* harmony import */ var ink__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48518);
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12915);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_inkjs_ui__WEBPACK_IMPORTED_MODULE_1__, ink__WEBPACK_IMPORTED_MODULE_2__]);
([_inkjs_ui__WEBPACK_IMPORTED_MODULE_1__, ink__WEBPACK_IMPORTED_MODULE_2__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);




const NO_PROGRESS = { target: null, total: 0, toRun: 0, skipped: 0, running: null, done: [], changesets: [], notes: [], waitingForLock: null };
function progressReducer(state, event) {
    switch (event.type) {
        case 'run:start':
            return { ...state, target: event.target, total: event.total, toRun: state.toRun + event.toRun };
        case 'file:start':
            return { ...state, running: event.path, waitingForLock: null };
        case 'file:done':
            return { ...state, running: null, done: [...state.done, { path: event.path, status: event.status, durationMs: event.durationMs }] };
        case 'file:skip':
            return { ...state, skipped: state.skipped + 1 };
        case 'lock:wait':
            return { ...state, waitingForLock: `${event.holder.lockedBy} since ${event.holder.lockedAt}` };
        case 'lock:acquired':
            return { ...state, waitingForLock: null };
        case 'note':
            return { ...state, notes: [...state.notes, `${event.level === 'warn' ? 'warning: ' : ''}${event.message}`] };
        case 'changeset:start':
            return { ...state, changesets: [...state.changesets, { name: event.name, direction: event.direction, status: 'running' }] };
        case 'changeset:done':
            return {
                ...state,
                changesets: state.changesets.map((changeset) => (changeset.name === event.name ? { ...changeset, status: event.status, durationMs: event.durationMs } : changeset)),
            };
    }
}
function formatMs(ms) {
    return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}
/** Each file: a spinner while it runs, then its status and time; a bar for the whole. */
function Progress({ state, rows }) {
    const finished = state.done.length;
    const percent = state.toRun ? Math.round((finished / state.toRun) * 100) : 0;
    const recent = state.done.slice(-Math.max(1, rows - 5));
    return ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Box */ .az, { flexDirection: "column", children: [state.waitingForLock ? (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_inkjs_ui__WEBPACK_IMPORTED_MODULE_1__/* .Spinner */ .y$, { label: `waiting for the lock held by ${(0,_core_index_js__WEBPACK_IMPORTED_MODULE_3__.terminalSafe)(state.waitingForLock)}` }) : null, state.changesets.map((changeset) => ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { children: [changeset.status === 'running' ? '…' : changeset.status === 'success' ? '✓' : '✗', " ", changeset.direction === 'revert' ? 'reverting' : 'applying', ' ', (0,_core_index_js__WEBPACK_IMPORTED_MODULE_3__.terminalSafe)(changeset.name), changeset.durationMs !== undefined ? `  ${formatMs(changeset.durationMs)}` : ''] }, changeset.name))), recent.map((file, i) => ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { color: file.status === 'failed' ? 'red' : undefined, wrap: "truncate-middle", children: [file.status === 'success' ? '✓ ok  ' : '✗ FAIL', " ", (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { dimColor: true, children: formatMs(file.durationMs).padStart(8) }), " ", (0,_core_index_js__WEBPACK_IMPORTED_MODULE_3__.terminalSafe)(file.path)] }, `${i}:${file.path}`))), state.running ? (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_inkjs_ui__WEBPACK_IMPORTED_MODULE_1__/* .Spinner */ .y$, { label: (0,_core_index_js__WEBPACK_IMPORTED_MODULE_3__.terminalSafe)(state.running) }) : null, (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Box */ .az, { marginTop: 1, children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Box */ .az, { width: 30, children: (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_inkjs_ui__WEBPACK_IMPORTED_MODULE_1__/* .ProgressBar */ .z2, { value: percent }) }), (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { children: [' ', finished, "/", state.toRun, " run", state.skipped ? `, ${state.skipped} unchanged` : '', " \u00B7 ctrl+c stops (the current file rolls back)"] })] })] }));
}
//# sourceMappingURL=progress.js.map
__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 97612:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ PromptOverlay)
/* harmony export */ });
/* harmony import */ var react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13687);
/* harmony import */ var _inkjs_ui__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53396);
/* harmony import */ var ink__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48518);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_inkjs_ui__WEBPACK_IMPORTED_MODULE_1__, ink__WEBPACK_IMPORTED_MODULE_2__]);
([_inkjs_ui__WEBPACK_IMPORTED_MODULE_1__, ink__WEBPACK_IMPORTED_MODULE_2__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);



function PromptOverlay({ request }) {
    (0,ink__WEBPACK_IMPORTED_MODULE_2__/* .useInput */ .Ge)((_input, key) => {
        if (key.escape)
            request.resolve(null);
    });
    return ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Box */ .az, { flexDirection: "column", borderStyle: "double", borderColor: "red", paddingX: 1, children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { bold: true, color: "red", children: request.title }), (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { children: request.message }), (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Box */ .az, { marginTop: 1, children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { children: "> " }), request.mask ? (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_inkjs_ui__WEBPACK_IMPORTED_MODULE_1__/* .PasswordInput */ .yA, { onSubmit: (value) => request.resolve(value) }) : (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_inkjs_ui__WEBPACK_IMPORTED_MODULE_1__/* .TextInput */ .ks, { onSubmit: (value) => request.resolve(value) })] }), (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { dimColor: true, children: "enter confirms \u00B7 esc cancels (nothing is done)" })] }));
}
//# sourceMappingURL=prompt-overlay.js.map
__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 71129:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M6: () => (/* binding */ PlanTable),
/* harmony export */   RT: () => (/* binding */ ChangePlanView),
/* harmony export */   TR: () => (/* binding */ ChangeResultView),
/* harmony export */   gs: () => (/* binding */ RunResultView)
/* harmony export */ });
/* harmony import */ var react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13687);
/* harmony import */ var ink__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48518);
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12915);
/* harmony import */ var _error_view_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1227);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59128);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([ink__WEBPACK_IMPORTED_MODULE_1__, _error_view_js__WEBPACK_IMPORTED_MODULE_3__, _progress_js__WEBPACK_IMPORTED_MODULE_4__]);
([ink__WEBPACK_IMPORTED_MODULE_1__, _error_view_js__WEBPACK_IMPORTED_MODULE_3__, _progress_js__WEBPACK_IMPORTED_MODULE_4__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);





const PLAN_WORDS = { new: 'new      → runs', changed: 'changed  → runs', unchanged: 'unchanged, skipped', failed: 'failed before → runs' };
/** A dry run's files: what runs and what is skipped, and where. */
function PlanTable({ plan, rows }) {
    const due = plan.files.filter((file) => file.sql !== undefined);
    const listed = plan.files.slice(0, Math.max(1, rows - 4));
    return ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Box */ .az, { flexDirection: "column", children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { bold: true, children: plan.command }), " on ", (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { bold: true, children: (0,_core_index_js__WEBPACK_IMPORTED_MODULE_2__.terminalSafe)(plan.target) }), " (", plan.config, "): ", plan.files.length, " file", plan.files.length === 1 ? '' : 's', ",", ' ', due.length, " to run, ", plan.files.length - due.length, " unchanged"] }), listed.map((file) => ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { dimColor: file.sql === undefined, color: file.status === 'new' || file.status === 'changed' || file.status === 'failed' ? 'yellow' : undefined, children: [file.sql === undefined ? '  · ' : '  ▸ ', (0,_core_index_js__WEBPACK_IMPORTED_MODULE_2__.terminalSafe)(file.path).padEnd(40), " ", PLAN_WORDS[file.status] ?? file.status] }, file.path))), plan.files.length > listed.length ? (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { dimColor: true, children: [" \u2026 and ", plan.files.length - listed.length, " more"] }) : null] }));
}
function RunResultView({ result, session, rows }) {
    const count = (status) => result.files.filter((file) => file.status === status).length;
    const ran = result.files.filter((file) => file.status !== 'skipped');
    return ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Box */ .az, { flexDirection: "column", children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { bold: true, color: result.ok ? 'green' : 'red', children: [result.ok ? '✓ done' : '✗ failed', ": ", result.command, " on ", (0,_core_index_js__WEBPACK_IMPORTED_MODULE_2__.terminalSafe)(result.target), ": ", count('success'), " run, ", count('skipped'), " unchanged", count('failed') ? `, ${count('failed')} failed` : '', result.notRun.length ? `, ${result.notRun.length} not reached` : ''] }), ran.length > Math.max(1, rows - 10) ? (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { dimColor: true, children: [" \u2026 ", ran.length - Math.max(1, rows - 10), " earlier file(s) ran too"] }) : null, ran.slice(-Math.max(1, rows - 10)).map((file) => ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { color: file.status === 'failed' ? 'red' : undefined, wrap: "truncate-middle", children: [file.status === 'success' ? '  ✓ ok   ' : '  ✗ FAIL ', (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { dimColor: true, children: (0,_progress_js__WEBPACK_IMPORTED_MODULE_4__/* .formatMs */ ._V)(file.durationMs).padStart(8) }), " ", (0,_core_index_js__WEBPACK_IMPORTED_MODULE_2__.terminalSafe)(file.path)] }, file.path))), result.baselined?.length ? (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { children: ["recorded as baseline: ", result.baselined.map((name) => (0,_core_index_js__WEBPACK_IMPORTED_MODULE_2__.terminalSafe)(name)).join(', ')] }) : null, result.error ? ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Box */ .az, { marginTop: 1, children: (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_error_view_js__WEBPACK_IMPORTED_MODULE_3__/* .ErrorView */ .E, { error: result.error, root: session.root, redactor: session.redactor }) })) : null] }));
}
/** What a changeset command will run (its dry run): each changeset and its files. */
function ChangePlanView({ plan, rows }) {
    const lines = [];
    for (const changeset of plan.changesets) {
        lines.push((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { bold: true, children: [changeset.direction === 'revert' ? '↶ revert ' : '▸ apply ', (0,_core_index_js__WEBPACK_IMPORTED_MODULE_2__.terminalSafe)(changeset.name), " ", (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { dimColor: true, children: ["(", changeset.atomic ? 'all or nothing' : 'one file at a time', ")"] })] }, changeset.name));
        for (const file of changeset.files)
            lines.push((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { dimColor: file.status === 'skipped', children: ['    ', (0,_core_index_js__WEBPACK_IMPORTED_MODULE_2__.terminalSafe)(file.path), file.status === 'skipped' ? '  (done by the previous attempt)' : ''] }, `${changeset.name}/${file.path}`));
    }
    return ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Box */ .az, { flexDirection: "column", children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { bold: true, children: plan.command }), " on ", (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { bold: true, children: (0,_core_index_js__WEBPACK_IMPORTED_MODULE_2__.terminalSafe)(plan.target) }), " (", plan.config, "): ", plan.changesets.length, " changeset", plan.changesets.length === 1 ? '' : 's'] }), lines.slice(0, Math.max(1, rows - 4)), lines.length > rows - 4 ? (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { dimColor: true, children: [" \u2026 ", lines.length - (rows - 4), " more lines"] }) : null] }));
}
function ChangeResultView({ result, session }) {
    return ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Box */ .az, { flexDirection: "column", children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { bold: true, color: result.ok ? 'green' : 'red', children: [result.ok ? '✓ done' : '✗ failed', ": ", result.command, " on ", (0,_core_index_js__WEBPACK_IMPORTED_MODULE_2__.terminalSafe)(result.target)] }), result.message ? (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { children: (0,_core_index_js__WEBPACK_IMPORTED_MODULE_2__.terminalSafe)(result.message) }) : null, result.changesets.map((changeset) => ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { color: changeset.status === 'failed' ? 'red' : undefined, children: ['  ', changeset.status === 'success' ? '✓' : changeset.status === 'failed' ? '✗' : '·', " ", (0,_core_index_js__WEBPACK_IMPORTED_MODULE_2__.terminalSafe)(changeset.name), " ", changeset.status, 'durationMs' in changeset ? (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { dimColor: true, children: [" ", (0,_progress_js__WEBPACK_IMPORTED_MODULE_4__/* .formatMs */ ._V)(changeset.durationMs)] }) : null] }, changeset.name))), result.error ? ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Box */ .az, { marginTop: 1, children: (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_error_view_js__WEBPACK_IMPORTED_MODULE_3__/* .ErrorView */ .E, { error: result.error, root: session.root, redactor: session.redactor }) })) : null] }));
}
//# sourceMappingURL=run-views.js.map
__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 27397:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ AppContext),
/* harmony export */   n: () => (/* binding */ useApp)
/* harmony export */ });
/* harmony import */ var react__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47919);

const AppContext = (0,react__WEBPACK_IMPORTED_MODULE_0__.createContext)(null);
function useApp() {
    const api = (0,react__WEBPACK_IMPORTED_MODULE_0__.useContext)(AppContext);
    if (!api)
        throw new Error('useApp outside the noorm app');
    return api;
}
//# sourceMappingURL=context.js.map

/***/ }),

/***/ 69950:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ createEngine)
/* harmony export */ });
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12915);
/**
 * The TUI's edge to the engine. Each user action opens its own core session (a config chosen a
 * moment ago is the one the next action resolves; an interruption ends one action, not the app),
 * with the app's prompts for protected-config confirmation and the state file's passphrase. The
 * sessions share one state store, so the state is decrypted once for the app, not once per action.
 */

function createEngine(cwd, env, prompts) {
    const typed = [];
    const store = new _core_index_js__WEBPACK_IMPORTED_MODULE_0__.StateStore({
        root: (0,_core_index_js__WEBPACK_IMPORTED_MODULE_0__.findProjectRoot)(cwd),
        env,
        askPassphrase: async () => {
            const answer = await prompts.passphrase();
            if (answer)
                typed.push(answer);
            return answer;
        },
    });
    return {
        cwd,
        open(onEvent) {
            const session = (0,_core_index_js__WEBPACK_IMPORTED_MODULE_0__.openSession)({ cwd, env, store, confirm: (request) => prompts.confirm(request), ...(onEvent ? { onEvent } : {}) });
            session.redactor.add(...typed);
            return session;
        },
    };
}
//# sourceMappingURL=engine.js.map

/***/ }),

/***/ 53214:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ useScreenKeys),
/* harmony export */   b: () => (/* binding */ useTask)
/* harmony export */ });
/* harmony import */ var ink__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48518);
/* harmony import */ var react__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47919);
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12915);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27397);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19168);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([ink__WEBPACK_IMPORTED_MODULE_0__]);
ink__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];





/**
 * Declares the current screen's keys: they are dispatched here and shown in the footer and the help
 * from this one list. `textField`: a text field has the keyboard, so the letter keys stay with it.
 */
function useScreenKeys(bindings, options = {}) {
    const app = (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .useApp */ .n)();
    const latest = (0,react__WEBPACK_IMPORTED_MODULE_1__.useRef)(bindings);
    latest.current = bindings;
    const signature = bindings.map((binding) => `${binding.label}\u0000${binding.description}`).join('\u0001');
    const textField = Boolean(options.textField);
    (0,react__WEBPACK_IMPORTED_MODULE_1__.useEffect)(() => {
        app.setScreenKeys(latest.current);
    }, [signature]);
    (0,react__WEBPACK_IMPORTED_MODULE_1__.useEffect)(() => {
        app.setTextFocus(textField);
        return () => app.setTextFocus(false);
    }, [textField]);
    (0,ink__WEBPACK_IMPORTED_MODULE_0__/* .useInput */ .Ge)((input, key) => {
        // In a text field only the keys that cannot be typed act (enter, esc, tab, arrows).
        const usable = textField ? latest.current.filter((binding) => binding.label.length > 1) : latest.current;
        (0,_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .dispatch */ .J)(usable, input, key);
    }, { isActive: !app.overlayOpen });
}
/** Runs an engine call when the screen opens (and on `reload`), holding its loading and error state. */
function useTask(run, deps) {
    const [task, setTask] = (0,react__WEBPACK_IMPORTED_MODULE_1__.useState)({ state: 'loading' });
    const [round, setRound] = (0,react__WEBPACK_IMPORTED_MODULE_1__.useState)(0);
    const key = JSON.stringify(deps);
    const shownKey = (0,react__WEBPACK_IMPORTED_MODULE_1__.useRef)(key);
    (0,react__WEBPACK_IMPORTED_MODULE_1__.useEffect)(() => {
        let current = true;
        // A reload keeps showing what it has until the new answer arrives (no flicker); new inputs do not.
        if (shownKey.current !== key) {
            shownKey.current = key;
            setTask({ state: 'loading' });
        }
        run().then((value) => current && setTask({ state: 'done', value }), (error) => current && setTask({ state: 'error', error: (0,_core_index_js__WEBPACK_IMPORTED_MODULE_2__.asNoormError)(error) }));
        return () => {
            current = false;
        };
    }, [key, round]);
    const reload = (0,react__WEBPACK_IMPORTED_MODULE_1__.useCallback)(() => setRound((n) => n + 1), []);
    return [task, reload];
}
//# sourceMappingURL=hooks.js.map
__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 19168:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ key),
/* harmony export */   J: () => (/* binding */ dispatch)
/* harmony export */ });
/** A binding for a printable key, matched by the label itself. */
function key(label, description, run, options = {}) {
    return { label, description, run, matches: matcherFor(label), ...options };
}
function matcherFor(label) {
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
function dispatch(bindings, input, k) {
    const binding = bindings.find((candidate) => candidate.matches(input, k));
    if (!binding)
        return false;
    binding.run();
    return true;
}
//# sourceMappingURL=keys.js.map

/***/ }),

/***/ 63261:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openTui: () => (/* binding */ openTui)
/* harmony export */ });
/* harmony import */ var react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13687);
/* harmony import */ var ink__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48518);
/* harmony import */ var _app_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33937);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([ink__WEBPACK_IMPORTED_MODULE_1__, _app_js__WEBPACK_IMPORTED_MODULE_2__]);
([ink__WEBPACK_IMPORTED_MODULE_1__, _app_js__WEBPACK_IMPORTED_MODULE_2__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);

/**
 * Opens the app full screen (the alternate screen, so the terminal comes back as it was) and
 * resolves with the exit code once the user quits. Ctrl-C is the app's own key: it stops running
 * work through the engine before it quits.
 */


async function openTui(options) {
    const stdout = options.stdout ?? process.stdout;
    const control = {};
    const instance = (0,ink__WEBPACK_IMPORTED_MODULE_1__/* .render */ .XX)((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_app_js__WEBPACK_IMPORTED_MODULE_2__/* .App */ .q, { cwd: options.cwd, env: options.env, initial: options.location, control: control }), {
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
    let signalled = null;
    const onSignal = (signal) => () => {
        if (signalled !== null)
            process.exit(signalled);
        signalled = signal === 'SIGTERM' ? 143 : 129;
        control.interrupt?.('SIGTERM');
        const started = Date.now();
        const wait = setInterval(() => {
            if (control.busy?.() && Date.now() - started < 15000)
                return;
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
    }
    catch (error) {
        process.stderr.write(`noorm: ${error instanceof Error ? error.message : String(error)}\n`);
        return 1;
    }
    finally {
        process.off('SIGTERM', handlers.SIGTERM);
        process.off('SIGHUP', handlers.SIGHUP);
    }
}
//# sourceMappingURL=main.js.map
__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 74810:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZE: () => (/* binding */ sectionOf),
/* harmony export */   _Z: () => (/* binding */ SECTION_TITLES),
/* harmony export */   bP: () => (/* binding */ SECTIONS),
/* harmony export */   bw: () => (/* binding */ ROUTES),
/* harmony export */   iZ: () => (/* binding */ routeInfo),
/* harmony export */   tuiLocation: () => (/* binding */ tuiLocation)
/* harmony export */ });
/* unused harmony export locationFromArgv */
/**
 * The screens of the terminal UI and how a command line names them. Loads nothing (no ink, no
 * engine): the executable reads it to decide, before anything heavy is imported, whether a command
 * line opens the app or runs headless.
 */
const SECTIONS = ['config', 'change', 'run', 'db', 'lock'];
const SECTION_TITLES = { config: 'Config', change: 'Change', run: 'Run', db: 'DB', lock: 'Lock' };
const ROUTES = [
    { route: 'home', title: 'Home' },
    { route: 'config', title: 'Configs' },
    { route: 'config/add', title: 'Add a config' },
    { route: 'config/edit', title: 'Edit a config', params: ['name'] },
    { route: 'config/rm', title: 'Remove a config', params: ['name'] },
    { route: 'config/cp', title: 'Copy a config', params: ['from', 'to'] },
    { route: 'config/use', title: 'Use a config', params: ['name'] },
    { route: 'change', title: 'Changesets' },
    { route: 'change/add', title: 'Add a changeset', params: ['name'] },
    { route: 'change/edit', title: 'Edit a changeset', params: ['name'] },
    { route: 'change/rm', title: 'Remove a changeset', params: ['name'] },
    { route: 'change/run', title: 'Run a changeset', params: ['name'] },
    { route: 'change/revert', title: 'Revert a changeset', params: ['name'] },
    { route: 'change/next', title: 'Apply the next changesets', params: ['count'] },
    { route: 'change/ff', title: 'Apply all pending changesets' },
    { route: 'run', title: 'Run SQL' },
    { route: 'run/build', title: 'Build the schema' },
    { route: 'run/file', title: 'Run a file', params: ['path'] },
    { route: 'run/dir', title: 'Run a folder', params: ['path'] },
    { route: 'db', title: 'Database' },
    { route: 'db/create', title: 'Create the database' },
    { route: 'db/destroy', title: 'Destroy the database' },
    { route: 'lock', title: 'Lock' },
    { route: 'lock/status', title: 'Lock status' },
    { route: 'lock/release', title: 'Release the lock' },
];
function routeInfo(route) {
    return ROUTES.find((info) => info.route === route);
}
function sectionOf(route) {
    const head = route.split('/')[0];
    return head === 'home' ? null : head;
}
/** `list` and `status` are the lists themselves: `noorm config list` opens `config`. */
const ALIASES = { 'config/list': 'config', 'change/list': 'change', 'lock/status': 'lock/status', 'db/drop': 'db/destroy' };
/**
 * The screen a command line opens, or null when it is not one of the app's (`init`, `secret`,
 * `config export`, anything with options): those run headless as they always did.
 */
function locationFromArgv(argv) {
    if (argv.some((word) => word.startsWith('-')))
        return null;
    if (!argv.length)
        return { route: 'home', params: {} };
    const [area, verb, ...rest] = argv;
    if (!SECTIONS.includes(area))
        return null;
    if (verb === undefined)
        return { route: area, params: {} };
    const key = `${area}/${verb}`;
    const route = ALIASES[key] ?? (ROUTES.some((info) => info.route === key) ? key : null);
    if (!route)
        return null;
    const names = routeInfo(route).params ?? [];
    if (rest.length > names.length)
        return null;
    const params = {};
    rest.forEach((value, i) => (params[names[i]] = value));
    return { route, params };
}
/** `1`, `true`, `yes`, `on` (any case). */
function envFlag(value) {
    return value !== undefined && /^(1|true|yes|on)$/i.test(value.trim());
}
/**
 * Whether this start opens the app: a person at a terminal (stdin and stdout), not CI, not asked for
 * headless (`-H`, `NOORM_HEADLESS`), JSON or up-front confirmation, and a command line naming a screen.
 */
function tuiLocation(argv, env, interactive) {
    if (!interactive || envFlag(env['CI']) || envFlag(env['NOORM_HEADLESS']) || envFlag(env['NOORM_JSON']) || envFlag(env['NOORM_YES']))
        return null;
    return locationFromArgv(argv);
}
//# sourceMappingURL=routes.js.map

/***/ }),

/***/ 77681:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rc: () => (/* binding */ ChangeEditScreen),
/* harmony export */   _u: () => (/* binding */ ChangeRmScreen),
/* harmony export */   n$: () => (/* binding */ ChangeListScreen),
/* harmony export */   oV: () => (/* binding */ ChangeAddScreen),
/* harmony export */   vK: () => (/* binding */ ChangeActScreen)
/* harmony export */ });
/* harmony import */ var react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13687);
/* harmony import */ var _inkjs_ui__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53396);
/* harmony import */ var ink__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48518);
/* harmony import */ var react__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47919);
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12915);
/* harmony import */ var _components_act_flow_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(48532);
/* harmony import */ var _components_error_view_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1227);
/* harmony import */ var _components_filter_list_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(67114);
/* harmony import */ var _components_run_views_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(71129);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(27397);
/* harmony import */ var _hooks_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(53214);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(19168);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_inkjs_ui__WEBPACK_IMPORTED_MODULE_1__, ink__WEBPACK_IMPORTED_MODULE_2__, _components_act_flow_js__WEBPACK_IMPORTED_MODULE_5__, _components_error_view_js__WEBPACK_IMPORTED_MODULE_6__, _components_filter_list_js__WEBPACK_IMPORTED_MODULE_7__, _components_run_views_js__WEBPACK_IMPORTED_MODULE_8__, _hooks_js__WEBPACK_IMPORTED_MODULE_10__]);
([_inkjs_ui__WEBPACK_IMPORTED_MODULE_1__, ink__WEBPACK_IMPORTED_MODULE_2__, _components_act_flow_js__WEBPACK_IMPORTED_MODULE_5__, _components_error_view_js__WEBPACK_IMPORTED_MODULE_6__, _components_filter_list_js__WEBPACK_IMPORTED_MODULE_7__, _components_run_views_js__WEBPACK_IMPORTED_MODULE_8__, _hooks_js__WEBPACK_IMPORTED_MODULE_10__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);












const STATUS_SIGN = { pending: '○', applied: '●', baseline: '◆', reverted: '↶', failed: '✗', stale: '≠', orphaned: '?' };
const STATUS_COLOUR = {
    pending: 'yellow',
    applied: 'green',
    baseline: 'green',
    failed: 'red',
    stale: 'magenta',
    orphaned: 'red',
};
/** `change`: every changeset with its state on the database and when; the verbs act on the one under the cursor. */
function ChangeListScreen({ pick }) {
    const app = (0,_context_js__WEBPACK_IMPORTED_MODULE_9__/* .useApp */ .n)();
    const [task, reload] = (0,_hooks_js__WEBPACK_IMPORTED_MODULE_10__/* .useTask */ .b)(async () => (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.changeList)(await app.engine.open().context()), []);
    const [details, setDetails] = (0,react__WEBPACK_IMPORTED_MODULE_3__.useState)(null);
    if (task.state === 'loading')
        return (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_inkjs_ui__WEBPACK_IMPORTED_MODULE_1__/* .Spinner */ .y$, { label: "reading the changesets and their history\u2026" });
    if (task.state === 'error')
        return (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ChangeError, { error: task.error, reload: reload });
    const infos = task.value.changesets;
    const open = infos.find((info) => info.name === details);
    return ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Box */ .az, { flexDirection: "column", children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { bold: true, underline: true, children: pick ? `Pick the changeset to ${pick} (enter)` : `Changesets on ${(0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.terminalSafe)(task.value.target)}` }), (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_components_filter_list_js__WEBPACK_IMPORTED_MODULE_7__/* .FilterList */ .L, { items: infos, id: (info) => info.name, text: (info) => `${info.name} ${info.status}`, rows: app.bodyRows - (open ? 8 : 2), empty: (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { dimColor: true, children: ["No changesets yet. Press ", (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { bold: true, children: "a" }), " to add one."] }), keys: (info) => pick
                    ? info
                        ? [(0,_keys_js__WEBPACK_IMPORTED_MODULE_11__/* .key */ .E)('enter', `${pick} it`, () => app.replace(`change/${pick}`, { name: info.name }))]
                        : []
                    : [
                        ...(info
                            ? [
                                (0,_keys_js__WEBPACK_IMPORTED_MODULE_11__/* .key */ .E)('enter', details === info.name ? 'hide details' : 'details', () => setDetails(details === info.name ? null : info.name)),
                                (0,_keys_js__WEBPACK_IMPORTED_MODULE_11__/* .key */ .E)('r', 'run', () => app.navigate('change/run', { name: info.name })),
                                (0,_keys_js__WEBPACK_IMPORTED_MODULE_11__/* .key */ .E)('v', 'revert', () => app.navigate('change/revert', { name: info.name })),
                                (0,_keys_js__WEBPACK_IMPORTED_MODULE_11__/* .key */ .E)('e', 'edit', () => app.navigate('change/edit', { name: info.name }), { helpOnly: true }),
                                (0,_keys_js__WEBPACK_IMPORTED_MODULE_11__/* .key */ .E)('d', 'delete', () => app.navigate('change/rm', { name: info.name }), { helpOnly: true }),
                            ]
                            : []),
                        (0,_keys_js__WEBPACK_IMPORTED_MODULE_11__/* .key */ .E)('n', 'next', () => app.navigate('change/next')),
                        (0,_keys_js__WEBPACK_IMPORTED_MODULE_11__/* .key */ .E)('f', 'ff: all pending', () => app.navigate('change/ff')),
                        (0,_keys_js__WEBPACK_IMPORTED_MODULE_11__/* .key */ .E)('a', 'add', () => app.navigate('change/add')),
                        (0,_keys_js__WEBPACK_IMPORTED_MODULE_11__/* .key */ .E)('g', 'read again', reload, { helpOnly: true }),
                    ], render: (info) => ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { color: STATUS_COLOUR[info.status], children: [STATUS_SIGN[info.status], " ", info.status.padEnd(9)] }), ' ', (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.terminalSafe)(info.name).padEnd(36), ' ', (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { dimColor: true, children: info.executedAt
                                ? `${info.direction === 'revert' ? 'reverted' : 'applied'} ${(0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.terminalSafe)(info.executedAt)} by ${(0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.terminalSafe)(info.executedBy ?? '?')}`
                                : '' })] })) }), open ? (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ChangeDetails, { info: open }) : null] }));
}
function ChangeError({ error, reload }) {
    const app = (0,_context_js__WEBPACK_IMPORTED_MODULE_9__/* .useApp */ .n)();
    (0,_hooks_js__WEBPACK_IMPORTED_MODULE_10__/* .useScreenKeys */ ._)([(0,_keys_js__WEBPACK_IMPORTED_MODULE_11__/* .key */ .E)('g', 'read again', reload), (0,_keys_js__WEBPACK_IMPORTED_MODULE_11__/* .key */ .E)('a', 'add', () => app.navigate('change/add'))]);
    return (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_components_error_view_js__WEBPACK_IMPORTED_MODULE_6__/* .ErrorView */ .E, { error: error });
}
function ChangeDetails({ info }) {
    return ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Box */ .az, { flexDirection: "column", borderStyle: "single", borderColor: "gray", paddingX: 1, children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { bold: true, children: (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.terminalSafe)(info.name) }), (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { children: [info.status, info.configName ? ` on config ${(0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.terminalSafe)(info.configName)}` : '', info.error ? (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { color: "red", children: [" \u00B7 ", (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.terminalSafe)(info.error)] }) : null] }), info.files.length ? (info.files.slice(0, 4).map((file) => ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { dimColor: true, children: [(0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.terminalSafe)(file.path), " ", file.status] }, file.path)))) : ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { dimColor: true, children: "never run on this database" }))] }));
}
/** `change run|revert <name>`, `change next [n]`, `change ff`: the changesets that will run and their files, then enter. */
function ChangeActScreen({ verb }) {
    const app = (0,_context_js__WEBPACK_IMPORTED_MODULE_9__/* .useApp */ .n)();
    const name = app.location.params['name'];
    const count = Number(app.location.params['count'] ?? 1);
    if ((verb === 'run' || verb === 'revert') && !name)
        return (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ChangeListScreen, { pick: verb });
    const call = async (session, dryRun) => {
        const context = await session.context();
        if (verb === 'run')
            return (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.changeRun)(context, name, { dryRun });
        if (verb === 'revert')
            return (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.changeRevert)(context, name, { dryRun });
        if (verb === 'next')
            return (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.changeNext)(context, count, { dryRun });
        return (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.changeFf)(context, { dryRun });
    };
    return ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_components_act_flow_js__WEBPACK_IMPORTED_MODULE_5__/* .ActFlow */ .B, { action: verb === 'revert' ? 'revert it' : verb === 'run' ? 'apply it' : `apply ${verb === 'ff' ? 'them all' : 'them'}`, plan: (session) => call(session, true), nothingToDo: (plan) => (plan.changesets.length ? null : (plan.message ?? 'nothing to do')), renderPlan: (plan) => (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_components_run_views_js__WEBPACK_IMPORTED_MODULE_8__/* .ChangePlanView */ .RT, { plan: plan, rows: app.bodyRows - 3 }), execute: (session) => call(session, false), renderResult: (result, session) => (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_components_run_views_js__WEBPACK_IMPORTED_MODULE_8__/* .ChangeResultView */ .TR, { result: result, session: session }) }));
}
/** `change add [name]`: the name, then the dated folder with change/ and revert/ scaffolded. */
function ChangeAddScreen() {
    const app = (0,_context_js__WEBPACK_IMPORTED_MODULE_9__/* .useApp */ .n)();
    const [name, setName] = (0,react__WEBPACK_IMPORTED_MODULE_3__.useState)(app.location.params['name'] ?? '');
    const [outcome, setOutcome] = (0,react__WEBPACK_IMPORTED_MODULE_3__.useState)(null);
    const add = () => {
        if (!name.trim())
            return;
        const session = app.engine.open();
        session
            .paths()
            .then((paths) => (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.changeAdd)(paths, name))
            .then((result) => setOutcome({ result }), (error) => setOutcome({ error: (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.asNoormError)(error) }));
    };
    (0,_hooks_js__WEBPACK_IMPORTED_MODULE_10__/* .useScreenKeys */ ._)(outcome?.result ? [(0,_keys_js__WEBPACK_IMPORTED_MODULE_11__/* .key */ .E)('enter', 'to the changesets', () => app.replace('change'))] : [(0,_keys_js__WEBPACK_IMPORTED_MODULE_11__/* .key */ .E)('enter', 'create it', add), (0,_keys_js__WEBPACK_IMPORTED_MODULE_11__/* .key */ .E)('esc', 'cancel', app.back)], {
        textField: !outcome?.result,
    });
    if (outcome?.result)
        return ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Box */ .az, { flexDirection: "column", children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { color: "green", children: ["\u2713 created ", (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.terminalSafe)(outcome.result.name)] }), outcome.result.files.map((file) => ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { children: [" ", (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.terminalSafe)(file)] }, file))), (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { dimColor: true, children: "Write the change in change/ and its undoing in revert/; files run in filename order." })] }));
    return ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Box */ .az, { flexDirection: "column", children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { bold: true, underline: true, children: "Add a changeset" }), (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Box */ .az, { children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { children: "name: " }), (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_inkjs_ui__WEBPACK_IMPORTED_MODULE_1__/* .TextInput */ .ks, { defaultValue: name, onChange: setName, placeholder: "add email verification", isDisabled: app.overlayOpen })] }), (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { dimColor: true, children: "The folder is named with today's date: 2026-01-31_add-email-verification." }), outcome?.error ? (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_components_error_view_js__WEBPACK_IMPORTED_MODULE_6__/* .ErrorView */ .E, { error: outcome.error }) : null] }));
}
/** `change edit <name>`: where its files are, to open in an editor. */
function ChangeEditScreen() {
    const app = (0,_context_js__WEBPACK_IMPORTED_MODULE_9__/* .useApp */ .n)();
    const name = app.location.params['name'];
    const [task] = (0,_hooks_js__WEBPACK_IMPORTED_MODULE_10__/* .useTask */ .b)(async () => (name ? (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.changeEdit)(await app.engine.open().paths(), name) : null), [name]);
    if (!name)
        return (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ChangeListScreen, {});
    if (task.state === 'loading')
        return (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_inkjs_ui__WEBPACK_IMPORTED_MODULE_1__/* .Spinner */ .y$, { label: "finding the changeset\u2026" });
    if (task.state === 'error')
        return (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_components_error_view_js__WEBPACK_IMPORTED_MODULE_6__/* .ErrorView */ .E, { error: task.error });
    return ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Box */ .az, { flexDirection: "column", children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { bold: true, children: (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.terminalSafe)(task.value.name) }), " is in:"] }), (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { children: [" ", (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.terminalSafe)(task.value.dir)] }), (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { dimColor: true, children: "Open it in your editor (change/ holds the change, revert/ its undoing)." })] }));
}
/** `change rm <name>`: removes its folder (refused while it is applied). */
function ChangeRmScreen() {
    const app = (0,_context_js__WEBPACK_IMPORTED_MODULE_9__/* .useApp */ .n)();
    const name = app.location.params['name'];
    if (!name)
        return (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { children: "Pick a changeset in the list and press d." });
    return ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_components_act_flow_js__WEBPACK_IMPORTED_MODULE_5__/* .ActFlow */ .B, { action: `delete ${name}`, plan: async () => name, renderPlan: (changeset) => (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { children: ["Delete the folder of changeset ", (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.terminalSafe)(changeset), " (refused while it is applied on the database)."] }), execute: async (session) => (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.changeRm)(await session.context(), name), renderResult: (result) => (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { color: "green", children: ["\u2713 removed ", (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.terminalSafe)(result.dir)] }) }));
}
//# sourceMappingURL=change.js.map
__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 95716:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   af: () => (/* binding */ ConfigRmScreen),
/* harmony export */   gO: () => (/* binding */ ConfigUseScreen),
/* harmony export */   i8: () => (/* binding */ ConfigCpScreen)
/* harmony export */ });
/* harmony import */ var react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13687);
/* harmony import */ var _inkjs_ui__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53396);
/* harmony import */ var ink__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48518);
/* harmony import */ var react__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47919);
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12915);
/* harmony import */ var _components_act_flow_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(48532);
/* harmony import */ var _components_error_view_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1227);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(27397);
/* harmony import */ var _hooks_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(53214);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(19168);
/* harmony import */ var _list_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(12955);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_inkjs_ui__WEBPACK_IMPORTED_MODULE_1__, ink__WEBPACK_IMPORTED_MODULE_2__, _components_act_flow_js__WEBPACK_IMPORTED_MODULE_5__, _components_error_view_js__WEBPACK_IMPORTED_MODULE_6__, _hooks_js__WEBPACK_IMPORTED_MODULE_8__, _list_js__WEBPACK_IMPORTED_MODULE_9__]);
([_inkjs_ui__WEBPACK_IMPORTED_MODULE_1__, ink__WEBPACK_IMPORTED_MODULE_2__, _components_act_flow_js__WEBPACK_IMPORTED_MODULE_5__, _components_error_view_js__WEBPACK_IMPORTED_MODULE_6__, _hooks_js__WEBPACK_IMPORTED_MODULE_8__, _list_js__WEBPACK_IMPORTED_MODULE_9__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);











/** `config use <name>`: makes it active and goes back; without a name, the list to pick from. */
function ConfigUseScreen() {
    const app = (0,_context_js__WEBPACK_IMPORTED_MODULE_7__/* .useApp */ .n)();
    const name = app.location.params['name'];
    const [error, setError] = (0,react__WEBPACK_IMPORTED_MODULE_3__.useState)(null);
    (0,react__WEBPACK_IMPORTED_MODULE_3__.useEffect)(() => {
        if (!name)
            return;
        (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.useConfig)(app.engine.open().store, name).then(() => {
            app.refreshActive();
            app.back();
        }, (thrown) => setError((0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.asNoormError)(thrown)));
    }, [name]);
    if (!name)
        return ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Box */ .az, { flexDirection: "column", children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { bold: true, children: "Pick the config to use (enter)" }), (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_list_js__WEBPACK_IMPORTED_MODULE_9__/* .ConfigList */ .p, { rows: app.bodyRows - 2 })] }));
    return error ? (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_components_error_view_js__WEBPACK_IMPORTED_MODULE_6__/* .ErrorView */ .E, { error: error }) : (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_inkjs_ui__WEBPACK_IMPORTED_MODULE_1__/* .Spinner */ .y$, { label: `using ${name}…` });
}
/** `config rm <name>`: says what goes, asks (typed on a protected config), removes. */
function ConfigRmScreen() {
    const app = (0,_context_js__WEBPACK_IMPORTED_MODULE_7__/* .useApp */ .n)();
    const name = app.location.params['name'];
    if (!name)
        return ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Box */ .az, { flexDirection: "column", children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { bold: true, children: "Pick the config to remove (d)" }), (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_list_js__WEBPACK_IMPORTED_MODULE_9__/* .ConfigList */ .p, { rows: app.bodyRows - 2 })] }));
    return ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_components_act_flow_js__WEBPACK_IMPORTED_MODULE_5__/* .ActFlow */ .B, { action: `remove config ${name}`, plan: async (session) => {
            const found = (await (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.listConfigs)(session.store)).configs.find((config) => config.name === name);
            if (!found)
                return null;
            return found;
        }, nothingToDo: (config) => (config ? null : `there is no config named ${name}`), renderPlan: (config) => config ? ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Box */ .az, { flexDirection: "column", children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { children: ["Remove config ", (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { bold: true, children: config.name }), config.protected ? (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { color: "red", children: " \uD83D\uDD12 protected" }) : '', " (", config.target ?? '?', ") and its ", config.secretKeys.length, " secret(s)."] }), (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { dimColor: true, children: "The database itself is not touched." })] })) : null, execute: (session) => (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.removeConfig)(session.store, name, session.guard), onDone: () => app.refreshActive(), renderResult: (result) => (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { color: "green", children: ["\u2713 removed config ", result.name] }) }));
}
/** `config cp <from> [to]`: asks for the new name (checked as you type), copies with its secrets. */
function ConfigCpScreen() {
    const app = (0,_context_js__WEBPACK_IMPORTED_MODULE_7__/* .useApp */ .n)();
    const from = app.location.params['from'];
    const [to, setTo] = (0,react__WEBPACK_IMPORTED_MODULE_3__.useState)(app.location.params['to'] ?? '');
    const [outcome, setOutcome] = (0,react__WEBPACK_IMPORTED_MODULE_3__.useState)(null);
    const problem = (() => {
        if (!to)
            return 'type the new name';
        try {
            (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.validateConfigName)(to);
            return null;
        }
        catch (error) {
            return (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.messageOf)(error);
        }
    })();
    const save = () => {
        if (!from || problem)
            return;
        (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.copyConfig)(app.engine.open().store, from, to).then(() => setOutcome({ done: `copied ${from} to ${to}` }), (error) => setOutcome({ error: (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.asNoormError)(error) }));
    };
    (0,_hooks_js__WEBPACK_IMPORTED_MODULE_8__/* .useScreenKeys */ ._)(outcome ? [(0,_keys_js__WEBPACK_IMPORTED_MODULE_10__/* .key */ .E)('enter', 'back', app.back)] : [(0,_keys_js__WEBPACK_IMPORTED_MODULE_10__/* .key */ .E)('enter', 'copy', save), (0,_keys_js__WEBPACK_IMPORTED_MODULE_10__/* .key */ .E)('esc', 'cancel', app.back)], { textField: !outcome });
    if (!from)
        return (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { children: "Pick a config in the list and press c to copy it." });
    if (outcome?.done)
        return (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { color: "green", children: ["\u2713 ", outcome.done] });
    return ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Box */ .az, { flexDirection: "column", children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { children: ["Copy config ", (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { bold: true, children: from }), " (with its secrets) as:"] }), (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Box */ .az, { children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { children: "new name: " }), (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_inkjs_ui__WEBPACK_IMPORTED_MODULE_1__/* .TextInput */ .ks, { defaultValue: to, onChange: setTo, isDisabled: app.overlayOpen })] }), (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { color: problem ? 'yellow' : 'green', children: problem ?? '✓ ok' }), outcome?.error ? (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_components_error_view_js__WEBPACK_IMPORTED_MODULE_6__/* .ErrorView */ .E, { error: outcome.error }) : null] }));
}
//# sourceMappingURL=actions.js.map
__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 32565:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ ConfigFormScreen)
/* harmony export */ });
/* harmony import */ var react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13687);
/* harmony import */ var _inkjs_ui__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53396);
/* harmony import */ var ink__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48518);
/* harmony import */ var react__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47919);
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12915);
/* harmony import */ var _components_error_view_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1227);
/* harmony import */ var _list_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(12955);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(27397);
/* harmony import */ var _hooks_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(53214);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(19168);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_inkjs_ui__WEBPACK_IMPORTED_MODULE_1__, ink__WEBPACK_IMPORTED_MODULE_2__, _components_error_view_js__WEBPACK_IMPORTED_MODULE_5__, _list_js__WEBPACK_IMPORTED_MODULE_6__, _hooks_js__WEBPACK_IMPORTED_MODULE_8__]);
([_inkjs_ui__WEBPACK_IMPORTED_MODULE_1__, ink__WEBPACK_IMPORTED_MODULE_2__, _components_error_view_js__WEBPACK_IMPORTED_MODULE_5__, _list_js__WEBPACK_IMPORTED_MODULE_6__, _hooks_js__WEBPACK_IMPORTED_MODULE_8__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);










const SERVER_ONLY = new Set(['host', 'port', 'user', 'password', 'ssl']);
const FIELDS = [
    { name: 'name', label: 'name', kind: 'text', check: (value) => problemOf(() => (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.validateConfigName)(value)) },
    { name: 'dialect', label: 'dialect', kind: 'choice', choices: _core_index_js__WEBPACK_IMPORTED_MODULE_4__.DIALECT_NAMES, hint: '←/→ to change' },
    { name: 'host', label: 'host', kind: 'text' },
    { name: 'port', label: 'port', kind: 'text', check: (value) => (value ? problemOf(() => (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.parsePortField)(value)) : null) },
    { name: 'database', label: 'database', kind: 'text', hint: 'SQLite: the file, relative to the project' },
    { name: 'user', label: 'user', kind: 'text' },
    { name: 'password', label: 'password', kind: 'secret', hint: 'typed masked; stored encrypted' },
    { name: 'ssl', label: 'ssl', kind: 'choice', choices: ['', 'disable', 'require', 'verify-ca', 'verify-full'] },
    { name: 'schemaPath', label: 'schema path', kind: 'text', hint: 'default: schema' },
    { name: 'changesetPath', label: 'changeset path', kind: 'text', hint: 'default: changesets' },
    { name: 'protected', label: 'protected', kind: 'switch', hint: 'writes need yes-<name>; db destroy is refused' },
    { name: 'test', label: 'test database', kind: 'switch' },
];
function problemOf(check) {
    try {
        check();
        return null;
    }
    catch (error) {
        return (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.messageOf)(error).replace(/^Invalid config: /, '');
    }
}
/** `config add` and `config edit <name>`: a form whose fields follow the dialect, checked as you type. */
function ConfigFormScreen({ mode }) {
    const app = (0,_context_js__WEBPACK_IMPORTED_MODULE_7__/* .useApp */ .n)();
    const name = app.location.params['name'];
    const [task] = (0,_hooks_js__WEBPACK_IMPORTED_MODULE_8__/* .useTask */ .b)(async () => (mode === 'edit' ? ((await (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.listConfigs)(app.engine.open().store)).configs.find((config) => config.name === name) ?? null) : null), [mode, name]);
    if (mode === 'edit' && !name)
        return ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Box */ .az, { flexDirection: "column", children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { bold: true, children: "Pick the config to edit (e)" }), (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_list_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigList */ .p, { rows: app.bodyRows - 2 })] }));
    if (task.state === 'loading')
        return (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_inkjs_ui__WEBPACK_IMPORTED_MODULE_1__/* .Spinner */ .y$, { label: "reading the config\u2026" });
    if (task.state === 'error')
        return (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_components_error_view_js__WEBPACK_IMPORTED_MODULE_5__/* .ErrorView */ .E, { error: task.error });
    if (mode === 'edit' && !task.value)
        return (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { color: "red", children: ["There is no config named ", name, "."] });
    return (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ConfigForm, { mode: mode, existing: task.value, initialName: name });
}
function initialValues(existing, name) {
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
function ConfigForm({ mode, existing, initialName }) {
    const app = (0,_context_js__WEBPACK_IMPORTED_MODULE_7__/* .useApp */ .n)();
    const { columns } = (0,ink__WEBPACK_IMPORTED_MODULE_2__/* .useWindowSize */ .lW)();
    const [values, setValues] = (0,react__WEBPACK_IMPORTED_MODULE_3__.useState)(() => initialValues(existing, initialName));
    const [touched, setTouched] = (0,react__WEBPACK_IMPORTED_MODULE_3__.useState)(new Set());
    const [focus, setFocus] = (0,react__WEBPACK_IMPORTED_MODULE_3__.useState)(0);
    const [saving, setSaving] = (0,react__WEBPACK_IMPORTED_MODULE_3__.useState)('no');
    const [error, setError] = (0,react__WEBPACK_IMPORTED_MODULE_3__.useState)(null);
    const fields = FIELDS.filter((field) => (mode === 'add' || field.name !== 'name') && !(values.dialect === 'sqlite' && SERVER_ONLY.has(field.name)));
    const at = Math.min(focus, fields.length);
    const current = fields[at];
    const problems = fields.map((field) => field.check?.(values[field.name]) ?? null);
    const blocking = problems.find(Boolean) ?? null;
    const set = (name, value) => {
        setValues((previous) => ({ ...previous, [name]: value }));
        setTouched((previous) => new Set(previous).add(name));
    };
    const cycle = (step) => {
        if (!current || (current.kind !== 'choice' && current.kind !== 'switch'))
            return;
        const choices = current.kind === 'switch' ? ['no', 'yes'] : current.choices;
        const i = choices.indexOf(values[current.name]);
        set(current.name, choices[(i + step + choices.length) % choices.length]);
    };
    const save = () => {
        if (blocking || saving === 'saving')
            return;
        const input = {};
        for (const field of fields) {
            if (field.name === 'name')
                continue;
            // An edit changes only what was touched; an add sends what was filled in.
            if (mode === 'edit' ? !touched.has(field.name) : !values[field.name] || (field.kind === 'switch' && values[field.name] === 'no'))
                continue;
            if (field.name === 'protected')
                input.protected = values.protected === 'yes';
            else if (field.name === 'test')
                input.test = values.test === 'yes';
            else
                input[field.name] = values[field.name];
        }
        if (mode === 'add')
            input.dialect = values.dialect;
        setSaving('saving');
        setError(null);
        const session = app.engine.open();
        (mode === 'add' ? (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.addConfig)(session.store, values.name, input) : (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.editConfig)(session.store, existing.name, input, session.guard)).then(() => {
            setSaving('saved');
            app.refreshActive();
        }, (thrown) => {
            setSaving('no');
            setError((0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.asNoormError)(thrown));
        });
    };
    (0,_hooks_js__WEBPACK_IMPORTED_MODULE_8__/* .useScreenKeys */ ._)(saving === 'saved'
        ? [(0,_keys_js__WEBPACK_IMPORTED_MODULE_9__/* .key */ .E)('enter', 'to the configs', () => app.replace('config')), (0,_keys_js__WEBPACK_IMPORTED_MODULE_9__/* .key */ .E)('esc', 'back', app.back)]
        : [
            (0,_keys_js__WEBPACK_IMPORTED_MODULE_9__/* .key */ .E)('down', 'next field', () => setFocus(Math.min(fields.length, at + 1))),
            (0,_keys_js__WEBPACK_IMPORTED_MODULE_9__/* .key */ .E)('up', 'previous field', () => setFocus(Math.max(0, at - 1))),
            (0,_keys_js__WEBPACK_IMPORTED_MODULE_9__/* .key */ .E)('enter', at >= fields.length ? 'save' : 'next field (save on the last)', () => (at >= fields.length ? save() : setFocus(at + 1))),
            (0,_keys_js__WEBPACK_IMPORTED_MODULE_9__/* .key */ .E)('right', 'next choice', () => cycle(1), { helpOnly: true }),
            (0,_keys_js__WEBPACK_IMPORTED_MODULE_9__/* .key */ .E)('left', 'previous choice', () => cycle(-1), { helpOnly: true }),
            ...(current?.kind === 'switch' || current?.kind === 'choice' ? [(0,_keys_js__WEBPACK_IMPORTED_MODULE_9__/* .key */ .E)('space', 'toggle', () => cycle(1), { helpOnly: true })] : []),
            (0,_keys_js__WEBPACK_IMPORTED_MODULE_9__/* .key */ .E)('esc', 'cancel', app.back),
        ], { textField: saving !== 'saved' });
    if (saving === 'saved')
        return ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Box */ .az, { flexDirection: "column", children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { color: "green", children: ["\u2713 ", mode === 'add' ? 'added' : 'updated', " config ", values.name] }), (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { dimColor: true, children: "enter: to the configs \u00B7 esc: back" })] }));
    const labelWidth = 16;
    const fit = (text, room) => (text.length <= Math.max(10, room) ? text : `${text.slice(0, Math.max(10, room) - 1)}…`);
    return ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Box */ .az, { flexDirection: "column", children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { bold: true, underline: true, children: mode === 'add' ? 'Add a config' : `Edit config ${existing.name}` }), fields.map((field, i) => {
                const focused = i === at && !app.overlayOpen;
                const value = values[field.name];
                const problem = touched.has(field.name) || mode === 'edit' ? problems[i] : null;
                return ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Box */ .az, { children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { color: focused ? 'cyan' : undefined, children: [focused ? '> ' : '  ', field.label.padEnd(labelWidth)] }), field.kind === 'text' ? ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_inkjs_ui__WEBPACK_IMPORTED_MODULE_1__/* .TextInput */ .ks, { defaultValue: value, isDisabled: !focused, onChange: (next) => set(field.name, next), placeholder: field.hint ?? '' })) : field.kind === 'secret' ? ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_inkjs_ui__WEBPACK_IMPORTED_MODULE_1__/* .PasswordInput */ .yA, { isDisabled: !focused, onChange: (next) => set(field.name, next), placeholder: mode === 'edit' && existing?.hasPassword ? 'unchanged' : '' })) : ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { children: [field.kind === 'switch' ? (value === 'yes' ? '[x] yes' : '[ ] no') : `‹ ${value || 'default'} ›`, focused && field.hint ? (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { dimColor: true, children: [" ", field.hint] }) : null] })), problem ? (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { color: "yellow", children: [" \u2717 ", fit(problem, columns - labelWidth - value.length - 12)] }) : null] }, field.name));
            }), (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Box */ .az, { marginTop: 1, children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { color: at >= fields.length ? 'cyan' : undefined, inverse: at >= fields.length, children: [' ', saving === 'saving' ? 'saving…' : 'Save', ' '] }), blocking ? ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { color: "yellow", wrap: "truncate-end", children: [' ', "fix the fields marked \u2717 first"] })) : null] }), error ? (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_components_error_view_js__WEBPACK_IMPORTED_MODULE_5__/* .ErrorView */ .E, { error: error }) : null] }));
}
//# sourceMappingURL=form.js.map
__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 12955:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ ConfigList),
/* harmony export */   x: () => (/* binding */ ConfigListScreen)
/* harmony export */ });
/* harmony import */ var react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13687);
/* harmony import */ var _inkjs_ui__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53396);
/* harmony import */ var ink__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48518);
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12915);
/* harmony import */ var _components_error_view_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1227);
/* harmony import */ var _components_filter_list_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(67114);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(27397);
/* harmony import */ var _hooks_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(53214);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(19168);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_inkjs_ui__WEBPACK_IMPORTED_MODULE_1__, ink__WEBPACK_IMPORTED_MODULE_2__, _components_error_view_js__WEBPACK_IMPORTED_MODULE_4__, _components_filter_list_js__WEBPACK_IMPORTED_MODULE_5__, _hooks_js__WEBPACK_IMPORTED_MODULE_7__]);
([_inkjs_ui__WEBPACK_IMPORTED_MODULE_1__, ink__WEBPACK_IMPORTED_MODULE_2__, _components_error_view_js__WEBPACK_IMPORTED_MODULE_4__, _components_filter_list_js__WEBPACK_IMPORTED_MODULE_5__, _hooks_js__WEBPACK_IMPORTED_MODULE_7__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);









/** The stored configs with the keys that act on one: enter uses it, a adds, e edits, d removes, c copies. */
function ConfigList({ rows, extraKeys = [] }) {
    const app = (0,_context_js__WEBPACK_IMPORTED_MODULE_6__/* .useApp */ .n)();
    const [task, reload] = (0,_hooks_js__WEBPACK_IMPORTED_MODULE_7__/* .useTask */ .b)(() => (0,_core_index_js__WEBPACK_IMPORTED_MODULE_3__.listConfigs)(app.engine.open().store), []);
    if (task.state === 'loading')
        return (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ConfigKeysOnly, { extraKeys: extraKeys, child: (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_inkjs_ui__WEBPACK_IMPORTED_MODULE_1__/* .Spinner */ .y$, { label: "reading the configs\u2026" }) });
    if (task.state === 'error')
        return (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ConfigKeysOnly, { extraKeys: [(0,_keys_js__WEBPACK_IMPORTED_MODULE_8__/* .key */ .E)('r', 'read again', reload), ...extraKeys], child: (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_components_error_view_js__WEBPACK_IMPORTED_MODULE_4__/* .ErrorView */ .E, { error: task.error }) });
    const configs = task.value.configs;
    return ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_components_filter_list_js__WEBPACK_IMPORTED_MODULE_5__/* .FilterList */ .L, { items: configs, id: (config) => config.name, text: (config) => `${config.name} ${config.target ?? ''}`, rows: rows, empty: (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { dimColor: true, children: ["No configs yet. Press ", (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { bold: true, children: "a" }), " to add one."] }), keys: (config) => [
            ...(config
                ? [
                    (0,_keys_js__WEBPACK_IMPORTED_MODULE_8__/* .key */ .E)('enter', 'use', () => app.navigate('config/use', { name: config.name })),
                    (0,_keys_js__WEBPACK_IMPORTED_MODULE_8__/* .key */ .E)('e', 'edit', () => app.navigate('config/edit', { name: config.name })),
                    (0,_keys_js__WEBPACK_IMPORTED_MODULE_8__/* .key */ .E)('d', 'delete', () => app.navigate('config/rm', { name: config.name })),
                    (0,_keys_js__WEBPACK_IMPORTED_MODULE_8__/* .key */ .E)('c', 'copy', () => app.navigate('config/cp', { from: config.name })),
                ]
                : []),
            (0,_keys_js__WEBPACK_IMPORTED_MODULE_8__/* .key */ .E)('a', 'add', () => app.navigate('config/add')),
            ...extraKeys,
        ], render: (config) => (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ConfigLine, { config: config }) }));
}
function ConfigKeysOnly({ extraKeys, child }) {
    const app = (0,_context_js__WEBPACK_IMPORTED_MODULE_6__/* .useApp */ .n)();
    (0,_hooks_js__WEBPACK_IMPORTED_MODULE_7__/* .useScreenKeys */ ._)([(0,_keys_js__WEBPACK_IMPORTED_MODULE_8__/* .key */ .E)('a', 'add', () => app.navigate('config/add')), ...extraKeys]);
    return child;
}
function ConfigLine({ config }) {
    const marks = [config.isTest ? 'test' : '', config.type === 'remote' ? 'remote' : '', config.secretKeys.length ? `${config.secretKeys.length} secret(s)` : ''].filter(Boolean);
    return ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { bold: config.active, children: config.name.padEnd(14) }), config.active ? (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { color: "green", children: " (active)" }) : '         ', config.protected ? (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { color: "red", children: " \uD83D\uDD12 protected" }) : '', " ", (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { dimColor: true, children: (0,_core_index_js__WEBPACK_IMPORTED_MODULE_3__.terminalSafe)(config.target ?? '?') }), marks.length ? (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { dimColor: true, children: [" \u00B7 ", marks.join(', ')] }) : null] }));
}
function ConfigListScreen() {
    const app = (0,_context_js__WEBPACK_IMPORTED_MODULE_6__/* .useApp */ .n)();
    return ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Box */ .az, { flexDirection: "column", children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { bold: true, underline: true, children: "Configs" }), (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ConfigList, { rows: app.bodyRows - 2 })] }));
}
//# sourceMappingURL=list.js.map
__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 66173:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ DbScreen),
/* harmony export */   z: () => (/* binding */ DbActScreen)
/* harmony export */ });
/* harmony import */ var react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13687);
/* harmony import */ var ink__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48518);
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12915);
/* harmony import */ var _components_act_flow_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48532);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27397);
/* harmony import */ var _menu_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(93961);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([ink__WEBPACK_IMPORTED_MODULE_1__, _components_act_flow_js__WEBPACK_IMPORTED_MODULE_3__, _menu_js__WEBPACK_IMPORTED_MODULE_5__]);
([ink__WEBPACK_IMPORTED_MODULE_1__, _components_act_flow_js__WEBPACK_IMPORTED_MODULE_3__, _menu_js__WEBPACK_IMPORTED_MODULE_5__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);






function DbScreen() {
    return ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_menu_js__WEBPACK_IMPORTED_MODULE_5__/* .Menu */ .W, { title: "Database", items: [
            { route: 'db/create', label: 'create', description: "create the config's database on its server (nothing when it exists)" },
            { route: 'db/destroy', label: 'destroy', description: 'drop the database (asks for yes-<config>; refused on protected configs)' },
        ] }));
}
/** `db create|destroy`: names the database and its server, then asks. A protected destroy is refused with the reason. */
function DbActScreen({ verb }) {
    const app = (0,_context_js__WEBPACK_IMPORTED_MODULE_4__/* .useApp */ .n)();
    return ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_components_act_flow_js__WEBPACK_IMPORTED_MODULE_3__/* .ActFlow */ .B, { action: verb === 'create' ? 'create the database' : 'destroy the database', plan: async (session) => {
            const config = await session.config();
            return { config: config.name, protected: config.protected, database: config.connection.database ?? '?', target: session.where()?.target ?? '' };
        }, renderPlan: (plan) => ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Box */ .az, { flexDirection: "column", children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { children: [verb === 'create' ? 'Create' : 'Drop', " database ", (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { bold: true, children: (0,_core_index_js__WEBPACK_IMPORTED_MODULE_2__.terminalSafe)(plan.database) }), " (", (0,_core_index_js__WEBPACK_IMPORTED_MODULE_2__.terminalSafe)(plan.target), ") of config", ' ', (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { bold: true, children: plan.config }), plan.protected ? (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { color: "red", children: " \uD83D\uDD12 protected" }) : null, "."] }), verb === 'destroy' ? (plan.protected ? ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { color: "red", children: "Refused: noorm never destroys the database of a protected config. Remove the protection from the config first if you mean it." })) : ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { color: "yellow", children: ["Everything in it is lost. You will be asked to type yes-", plan.config, "."] }))) : null] })), nothingToDo: (plan) => (verb === 'destroy' && plan.protected ? 'nothing will be done' : null), execute: async (session) => (verb === 'create' ? (0,_core_index_js__WEBPACK_IMPORTED_MODULE_2__.createDatabase)(await session.context()) : (0,_core_index_js__WEBPACK_IMPORTED_MODULE_2__.destroyDatabase)(await session.context())), onDone: () => app.refreshActive(), renderResult: (result) => (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { color: "green", children: ["\u2713 ", (0,_core_index_js__WEBPACK_IMPORTED_MODULE_2__.terminalSafe)(result.message)] }) }));
}
//# sourceMappingURL=db.js.map
__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 58725:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ HomeScreen)
/* harmony export */ });
/* harmony import */ var react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13687);
/* harmony import */ var ink__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48518);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27397);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19168);
/* harmony import */ var _config_list_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12955);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([ink__WEBPACK_IMPORTED_MODULE_1__, _config_list_js__WEBPACK_IMPORTED_MODULE_3__]);
([ink__WEBPACK_IMPORTED_MODULE_1__, _config_list_js__WEBPACK_IMPORTED_MODULE_3__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);





/** Home: the configs (enter uses one) and the sections, one key each. */
function HomeScreen() {
    const app = (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .useApp */ .n)();
    const sections = [
        (0,_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .key */ .E)('b', 'build the schema', () => app.navigate('run/build')),
        (0,_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .key */ .E)('g', 'changesets', () => app.navigate('change')),
        (0,_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .key */ .E)('x', 'database create/destroy', () => app.navigate('db'), { helpOnly: true }),
        (0,_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .key */ .E)('l', 'lock status', () => app.navigate('lock/status'), { helpOnly: true }),
    ];
    return ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Box */ .az, { flexDirection: "column", children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { bold: true, underline: true, children: "Configs" }), (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_config_list_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigList */ .p, { rows: app.bodyRows - 4, extraKeys: sections }), (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Box */ .az, { marginTop: 1, children: (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { dimColor: true, children: "tab: next section \u00B7 : jump to a screen \u00B7 ? every key" }) })] }));
}
//# sourceMappingURL=home.js.map
__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 81868:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ Screen)
/* harmony export */ });
/* harmony import */ var react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13687);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27397);
/* harmony import */ var _change_change_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77681);
/* harmony import */ var _config_actions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95716);
/* harmony import */ var _config_form_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(32565);
/* harmony import */ var _config_list_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(12955);
/* harmony import */ var _db_db_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(66173);
/* harmony import */ var _home_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(58725);
/* harmony import */ var _lock_lock_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7067);
/* harmony import */ var _run_run_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(64915);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_change_change_js__WEBPACK_IMPORTED_MODULE_2__, _config_actions_js__WEBPACK_IMPORTED_MODULE_3__, _config_form_js__WEBPACK_IMPORTED_MODULE_4__, _config_list_js__WEBPACK_IMPORTED_MODULE_5__, _db_db_js__WEBPACK_IMPORTED_MODULE_6__, _home_js__WEBPACK_IMPORTED_MODULE_7__, _lock_lock_js__WEBPACK_IMPORTED_MODULE_8__, _run_run_js__WEBPACK_IMPORTED_MODULE_9__]);
([_change_change_js__WEBPACK_IMPORTED_MODULE_2__, _config_actions_js__WEBPACK_IMPORTED_MODULE_3__, _config_form_js__WEBPACK_IMPORTED_MODULE_4__, _config_list_js__WEBPACK_IMPORTED_MODULE_5__, _db_db_js__WEBPACK_IMPORTED_MODULE_6__, _home_js__WEBPACK_IMPORTED_MODULE_7__, _lock_lock_js__WEBPACK_IMPORTED_MODULE_8__, _run_run_js__WEBPACK_IMPORTED_MODULE_9__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);










const SCREENS = {
    home: _home_js__WEBPACK_IMPORTED_MODULE_7__/* .HomeScreen */ .u,
    config: _config_list_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigListScreen */ .x,
    'config/add': () => (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_config_form_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigFormScreen */ .L, { mode: "add" }),
    'config/edit': () => (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_config_form_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigFormScreen */ .L, { mode: "edit" }),
    'config/rm': _config_actions_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigRmScreen */ .af,
    'config/cp': _config_actions_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigCpScreen */ .i8,
    'config/use': _config_actions_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigUseScreen */ .gO,
    change: () => (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_change_change_js__WEBPACK_IMPORTED_MODULE_2__/* .ChangeListScreen */ .n$, {}),
    'change/add': _change_change_js__WEBPACK_IMPORTED_MODULE_2__/* .ChangeAddScreen */ .oV,
    'change/edit': _change_change_js__WEBPACK_IMPORTED_MODULE_2__/* .ChangeEditScreen */ .Rc,
    'change/rm': _change_change_js__WEBPACK_IMPORTED_MODULE_2__/* .ChangeRmScreen */ ._u,
    'change/run': () => (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_change_change_js__WEBPACK_IMPORTED_MODULE_2__/* .ChangeActScreen */ .vK, { verb: "run" }),
    'change/revert': () => (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_change_change_js__WEBPACK_IMPORTED_MODULE_2__/* .ChangeActScreen */ .vK, { verb: "revert" }),
    'change/next': () => (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_change_change_js__WEBPACK_IMPORTED_MODULE_2__/* .ChangeActScreen */ .vK, { verb: "next" }),
    'change/ff': () => (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_change_change_js__WEBPACK_IMPORTED_MODULE_2__/* .ChangeActScreen */ .vK, { verb: "ff" }),
    run: _run_run_js__WEBPACK_IMPORTED_MODULE_9__/* .RunScreen */ .yh,
    'run/build': _run_run_js__WEBPACK_IMPORTED_MODULE_9__/* .RunBuildScreen */ .ce,
    'run/file': () => (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_run_run_js__WEBPACK_IMPORTED_MODULE_9__/* .RunPathScreen */ .lI, { kind: "file" }),
    'run/dir': () => (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_run_run_js__WEBPACK_IMPORTED_MODULE_9__/* .RunPathScreen */ .lI, { kind: "dir" }),
    db: _db_db_js__WEBPACK_IMPORTED_MODULE_6__/* .DbScreen */ .v,
    'db/create': () => (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_db_db_js__WEBPACK_IMPORTED_MODULE_6__/* .DbActScreen */ .z, { verb: "create" }),
    'db/destroy': () => (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_db_db_js__WEBPACK_IMPORTED_MODULE_6__/* .DbActScreen */ .z, { verb: "destroy" }),
    lock: _lock_lock_js__WEBPACK_IMPORTED_MODULE_8__/* .LockStatusScreen */ .W,
    'lock/status': _lock_lock_js__WEBPACK_IMPORTED_MODULE_8__/* .LockStatusScreen */ .W,
    'lock/release': _lock_lock_js__WEBPACK_IMPORTED_MODULE_8__/* .LockReleaseScreen */ .t,
};
/** The screen of the current route; a new route (or new parameters) mounts a fresh screen. */
function Screen() {
    const { location } = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .useApp */ .n)();
    const Component = SCREENS[location.route];
    return (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(Component, {}, `${location.route}?${JSON.stringify(location.params)}`);
}
//# sourceMappingURL=index.js.map
__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 7067:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ LockStatusScreen),
/* harmony export */   t: () => (/* binding */ LockReleaseScreen)
/* harmony export */ });
/* harmony import */ var react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13687);
/* harmony import */ var _inkjs_ui__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53396);
/* harmony import */ var ink__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48518);
/* harmony import */ var react__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47919);
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12915);
/* harmony import */ var _components_act_flow_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(48532);
/* harmony import */ var _components_error_view_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1227);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(27397);
/* harmony import */ var _hooks_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(53214);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(19168);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_inkjs_ui__WEBPACK_IMPORTED_MODULE_1__, ink__WEBPACK_IMPORTED_MODULE_2__, _components_act_flow_js__WEBPACK_IMPORTED_MODULE_5__, _components_error_view_js__WEBPACK_IMPORTED_MODULE_6__, _hooks_js__WEBPACK_IMPORTED_MODULE_8__]);
([_inkjs_ui__WEBPACK_IMPORTED_MODULE_1__, ink__WEBPACK_IMPORTED_MODULE_2__, _components_act_flow_js__WEBPACK_IMPORTED_MODULE_5__, _components_error_view_js__WEBPACK_IMPORTED_MODULE_6__, _hooks_js__WEBPACK_IMPORTED_MODULE_8__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);










const REFRESH_MS = 2000;
/** `lock status`: who holds the lock, since when, until when, alive or not; refreshes by itself. */
function LockStatusScreen() {
    const app = (0,_context_js__WEBPACK_IMPORTED_MODULE_7__/* .useApp */ .n)();
    const [task, reload] = (0,_hooks_js__WEBPACK_IMPORTED_MODULE_8__/* .useTask */ .b)(async () => (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.lockStatus)(await app.engine.open().context()), []);
    (0,react__WEBPACK_IMPORTED_MODULE_3__.useEffect)(() => {
        const timer = setInterval(reload, REFRESH_MS);
        return () => clearInterval(timer);
    }, [reload]);
    (0,_hooks_js__WEBPACK_IMPORTED_MODULE_8__/* .useScreenKeys */ ._)([(0,_keys_js__WEBPACK_IMPORTED_MODULE_9__/* .key */ .E)('r', 'refresh now', reload), (0,_keys_js__WEBPACK_IMPORTED_MODULE_9__/* .key */ .E)('x', 'release the lock', () => app.navigate('lock/release'))]);
    if (task.state === 'loading')
        return (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_inkjs_ui__WEBPACK_IMPORTED_MODULE_1__/* .Spinner */ .y$, { label: "reading the lock\u2026" });
    if (task.state === 'error')
        return (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_components_error_view_js__WEBPACK_IMPORTED_MODULE_6__/* .ErrorView */ .E, { error: task.error });
    const status = task.value;
    const h = status.holder;
    return ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Box */ .az, { flexDirection: "column", children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { bold: true, underline: true, children: ["Lock on ", (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.terminalSafe)(status.target)] }), h ? ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.Fragment, { children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { color: "yellow", children: "\u25CF locked" }), (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { children: ["holder: ", (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.terminalSafe)(h.lockedBy)] }), (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { children: ["where: ", (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.terminalSafe)(h.host ?? '?'), h.pid ? ` pid ${h.pid}` : '', h.sessionId ? `, server session ${(0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.terminalSafe)(h.sessionId)}` : ''] }), (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { children: ["since: ", (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.terminalSafe)(h.lockedAt)] }), (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { children: ["expires: ", (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.terminalSafe)(h.expiresAt)] }), (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { children: ["holder is", ' ', status.liveness === 'alive'
                                ? 'alive'
                                : status.liveness === 'dead'
                                    ? 'gone (the next run takes the lock over)'
                                    : h.expired
                                        ? 'unknown, expired'
                                        : 'unknown'] })] })) : ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { color: "green", children: "\u25CB not locked" })), (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { dimColor: true, children: ["refreshes every ", REFRESH_MS / 1000, " s"] })] }));
}
/** `lock release`: frees the lock of a run that is gone; a live holder keeps it. */
function LockReleaseScreen() {
    return ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_components_act_flow_js__WEBPACK_IMPORTED_MODULE_5__/* .ActFlow */ .B, { action: "release the lock", plan: async (session) => (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.lockStatus)(await session.context()), nothingToDo: (status) => (status.holder ? null : 'the lock is not held'), renderPlan: (status) => (status.holder ? (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { children: ["Release the lock held by ", (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.terminalSafe)((0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.describeHolder)(status.holder)), "."] }) : (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { children: "Nobody holds the lock." })), execute: async (session) => (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.releaseLock)(await session.context()), renderResult: (result) => ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { color: "green", children: result.holder ? `✓ released the lock held by ${(0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.terminalSafe)(result.holder.lockedBy)}` : 'the lock was not held; nothing to do' })) }));
}
//# sourceMappingURL=lock.js.map
__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 93961:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ Menu)
/* harmony export */ });
/* harmony import */ var react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13687);
/* harmony import */ var ink__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48518);
/* harmony import */ var _components_filter_list_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67114);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27397);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19168);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([ink__WEBPACK_IMPORTED_MODULE_1__, _components_filter_list_js__WEBPACK_IMPORTED_MODULE_2__]);
([ink__WEBPACK_IMPORTED_MODULE_1__, _components_filter_list_js__WEBPACK_IMPORTED_MODULE_2__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);





/** A section's verbs as a list: enter opens one. */
function Menu({ title, items, intro }) {
    const app = (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .useApp */ .n)();
    return ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Box */ .az, { flexDirection: "column", children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { bold: true, underline: true, children: title }), intro, (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_components_filter_list_js__WEBPACK_IMPORTED_MODULE_2__/* .FilterList */ .L, { items: items, id: (item) => item.route, text: (item) => `${item.label} ${item.description}`, rows: app.bodyRows - 2, empty: null, keys: (item) => (item ? [(0,_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .key */ .E)('enter', `open ${item.label}`, () => app.navigate(item.route))] : []), render: (item, selected) => ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { bold: selected, children: item.label.padEnd(10) }), " ", (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .EY, { dimColor: !selected, children: item.description })] })) })] }));
}
//# sourceMappingURL=menu.js.map
__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 64915:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ce: () => (/* binding */ RunBuildScreen),
/* harmony export */   lI: () => (/* binding */ RunPathScreen),
/* harmony export */   yh: () => (/* binding */ RunScreen)
/* harmony export */ });
/* harmony import */ var react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13687);
/* harmony import */ var _inkjs_ui__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53396);
/* harmony import */ var ink__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48518);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12915);
/* harmony import */ var _components_act_flow_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(48532);
/* harmony import */ var _components_error_view_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1227);
/* harmony import */ var _components_filter_list_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(67114);
/* harmony import */ var _components_run_views_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(71129);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(27397);
/* harmony import */ var _hooks_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(53214);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(19168);
/* harmony import */ var _menu_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(93961);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_inkjs_ui__WEBPACK_IMPORTED_MODULE_1__, ink__WEBPACK_IMPORTED_MODULE_2__, _components_act_flow_js__WEBPACK_IMPORTED_MODULE_5__, _components_error_view_js__WEBPACK_IMPORTED_MODULE_6__, _components_filter_list_js__WEBPACK_IMPORTED_MODULE_7__, _components_run_views_js__WEBPACK_IMPORTED_MODULE_8__, _hooks_js__WEBPACK_IMPORTED_MODULE_10__, _menu_js__WEBPACK_IMPORTED_MODULE_11__]);
([_inkjs_ui__WEBPACK_IMPORTED_MODULE_1__, ink__WEBPACK_IMPORTED_MODULE_2__, _components_act_flow_js__WEBPACK_IMPORTED_MODULE_5__, _components_error_view_js__WEBPACK_IMPORTED_MODULE_6__, _components_filter_list_js__WEBPACK_IMPORTED_MODULE_7__, _components_run_views_js__WEBPACK_IMPORTED_MODULE_8__, _hooks_js__WEBPACK_IMPORTED_MODULE_10__, _menu_js__WEBPACK_IMPORTED_MODULE_11__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);













function RunScreen() {
    return ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_menu_js__WEBPACK_IMPORTED_MODULE_11__/* .Menu */ .W, { title: "Run SQL", items: [
            { route: 'run/build', label: 'build', description: 'the schema folder, in filename order; unchanged files are skipped' },
            { route: 'run/file', label: 'file', description: 'one SQL file (pick it)' },
            { route: 'run/dir', label: 'dir', description: 'every SQL file below a folder (pick it)' },
        ] }));
}
function RunFlow({ action, call }) {
    const app = (0,_context_js__WEBPACK_IMPORTED_MODULE_9__/* .useApp */ .n)();
    return ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_components_act_flow_js__WEBPACK_IMPORTED_MODULE_5__/* .ActFlow */ .B, { action: action, plan: (session) => call(session, true), nothingToDo: (plan) => (plan.files.some((file) => file.sql !== undefined) ? null : 'nothing to run: every file is unchanged since it last ran'), renderPlan: (plan) => (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_components_run_views_js__WEBPACK_IMPORTED_MODULE_8__/* .PlanTable */ .M6, { plan: plan, rows: app.bodyRows - 3 }), execute: (session) => call(session, false), renderResult: (result, session) => (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_components_run_views_js__WEBPACK_IMPORTED_MODULE_8__/* .RunResultView */ .gs, { result: result, session: session, rows: app.bodyRows }) }));
}
function RunBuildScreen() {
    return (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(RunFlow, { action: "run the build", call: async (session, dryRun) => (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.runBuild)(await session.context(), { dryRun }) });
}
/** `run file|dir [path]`: a picker of the project's SQL files (or their folders), then the plan. */
function RunPathScreen({ kind }) {
    const app = (0,_context_js__WEBPACK_IMPORTED_MODULE_9__/* .useApp */ .n)();
    const given = app.location.params['path'];
    if (given) {
        const target = node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(app.engine.cwd, given);
        return ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(RunFlow, { action: `run ${kind === 'file' ? 'the file' : 'the folder'}`, call: async (session, dryRun) => (kind === 'file' ? (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.runFile)(await session.context(), target, { dryRun }) : (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.runDir)(await session.context(), target, { dryRun })) }));
    }
    return (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(PathPicker, { kind: kind });
}
function PathPicker({ kind }) {
    const app = (0,_context_js__WEBPACK_IMPORTED_MODULE_9__/* .useApp */ .n)();
    const [task, reload] = (0,_hooks_js__WEBPACK_IMPORTED_MODULE_10__/* .useTask */ .b)(async () => {
        const session = app.engine.open();
        const paths = await session.paths();
        const files = (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.discoverSqlFiles)(paths, paths.root, 'project');
        const shown = kind === 'file' ? files : [...new Set(files.map((file) => node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(file)))];
        return { root: paths.root, entries: shown.map((entry) => node_path__WEBPACK_IMPORTED_MODULE_3__.relative(paths.root, entry) || '.') };
    }, [kind]);
    if (task.state === 'loading')
        return (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_inkjs_ui__WEBPACK_IMPORTED_MODULE_1__/* .Spinner */ .y$, { label: "looking for SQL files\u2026" });
    if (task.state === 'error')
        return (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_components_error_view_js__WEBPACK_IMPORTED_MODULE_6__/* .ErrorView */ .E, { error: task.error });
    return ((0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Box */ .az, { flexDirection: "column", children: [(0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { bold: true, children: ["Pick the ", kind === 'file' ? 'file' : 'folder', " to run (/ filters)"] }), (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(_components_filter_list_js__WEBPACK_IMPORTED_MODULE_7__/* .FilterList */ .L, { items: task.value.entries, id: (entry) => entry, text: (entry) => entry, rows: app.bodyRows - 2, empty: (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { dimColor: true, children: "No SQL files in this project." }), keys: (entry) => [
                    ...(entry
                        ? [(0,_keys_js__WEBPACK_IMPORTED_MODULE_12__/* .key */ .E)('enter', `plan ${kind === 'file' ? 'this file' : 'this folder'}`, () => app.navigate(`run/${kind}`, { path: node_path__WEBPACK_IMPORTED_MODULE_3__.join(task.value.root, entry) }))]
                        : []),
                    (0,_keys_js__WEBPACK_IMPORTED_MODULE_12__/* .key */ .E)('r', 'look again', reload, { helpOnly: true }),
                ], render: (entry) => (0,react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ink__WEBPACK_IMPORTED_MODULE_2__/* .Text */ .EY, { children: (0,_core_index_js__WEBPACK_IMPORTED_MODULE_4__.terminalSafe)(entry) }) })] }));
}
//# sourceMappingURL=run.js.map
__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ })

};
