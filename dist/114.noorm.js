export const id = 114;
export const ids = [114];
export const modules = {

/***/ 50263:
/***/ ((module) => {

module.exports = eval("require")("react-devtools-core");


/***/ }),

/***/ 63103:
/***/ (() => {

// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment
const customGlobal = globalThis;
// These things must exist before importing `react-devtools-core`
// Using ||= intentionally to set falsy values, not just null/undefined
// eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
customGlobal.window ||= globalThis;
// eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
customGlobal.self ||= globalThis;
// Filter out Ink's internal components from devtools for a cleaner view.
// Also, ince `react-devtools-shared` package isn't published on npm, we can't
// use its types, that's why there are hard-coded values in `type` fields below.
// See https://github.com/facebook/react/blob/edf6eac8a181860fd8a2d076a43806f1237495a1/packages/react-devtools-shared/src/types.js#L24
customGlobal.window.__REACT_DEVTOOLS_COMPONENT_FILTERS__ = [
    {
        // ComponentFilterElementType
        type: 1,
        // ElementTypeHostComponent
        value: 7,
        isEnabled: true,
    },
    {
        // ComponentFilterDisplayName
        type: 2,
        value: 'InternalApp',
        isEnabled: true,
        isValid: true,
    },
    {
        // ComponentFilterDisplayName
        type: 2,
        value: 'InternalAppContext',
        isEnabled: true,
        isValid: true,
    },
    {
        // ComponentFilterDisplayName
        type: 2,
        value: 'InternalStdoutContext',
        isEnabled: true,
        isValid: true,
    },
    {
        // ComponentFilterDisplayName
        type: 2,
        value: 'InternalStderrContext',
        isEnabled: true,
        isValid: true,
    },
    {
        // ComponentFilterDisplayName
        type: 2,
        value: 'InternalStdinContext',
        isEnabled: true,
        isValid: true,
    },
    {
        // ComponentFilterDisplayName
        type: 2,
        value: 'InternalFocusContext',
        isEnabled: true,
        isValid: true,
    },
];

//# sourceMappingURL=devtools-window-polyfill.js.map

/***/ }),

/***/ 16114:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _devtools_window_polyfill_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63103);
/* harmony import */ var react_devtools_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50263);
/* harmony import */ var _is_devtools_reachable_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89557);
/* eslint-disable import-x/order -- The window polyfill must be imported before `react-devtools-core`. */
// eslint-disable-next-line import-x/no-unassigned-import

// eslint-disable-next-line @typescript-eslint/ban-ts-comment
// @ts-expect-error


if (await (0,_is_devtools_reachable_js__WEBPACK_IMPORTED_MODULE_2__/* ["default"] */ .A)()) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-call
    react_devtools_core__WEBPACK_IMPORTED_MODULE_1__.initialize();
    // eslint-disable-next-line @typescript-eslint/no-unsafe-call
    react_devtools_core__WEBPACK_IMPORTED_MODULE_1__.connectToDevTools();
}
else {
    console.warn('DEV is set to true, but the React DevTools server is not running. Start it with:\n\n$ npx react-devtools\n');
}
//# sourceMappingURL=devtools.js.map
__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 89557:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
const isDevToolsReachable = async (url = 'ws://localhost:8097', timeoutMs = 2000) => new Promise(resolve => {
    const socket = new WebSocket(url);
    const timeout = setTimeout(() => {
        resolve(false);
        socket.close();
    }, timeoutMs);
    // Don't let the timeout keep the process alive on its own
    timeout.unref();
    socket.addEventListener('open', () => {
        clearTimeout(timeout);
        socket.close();
        resolve(true);
    });
    // The socket is already closing after `error`
    socket.addEventListener('error', () => {
        clearTimeout(timeout);
        resolve(false);
    });
});
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (isDevToolsReachable);
//# sourceMappingURL=is-devtools-reachable.js.map

/***/ })

};
