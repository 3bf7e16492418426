export const id = 920;
export const ids = [920];
export const modules = {

/***/ 52920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bunRules: () => (/* binding */ bunRules)
/* harmony export */ });
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21858);

/**
 * Bun's publish manifest, as `bun pm pack` and `bun publish` build it: `workspace:` ranges to the
 * workspace's version (`*`), `^version`, `~version`, an alias `npm:<name>@<version>`, or the range
 * after the protocol; `catalog:` ranges from the root package.json (`catalog`/`catalogs`, at the
 * top level or inside `workspaces`). Bun applies no publishConfig field overrides.
 */
const bunRules = {
    id: 'bun',
    async publishManifest(manifest, _dir, project) {
        const result = structuredClone(manifest);
        const catalogs = { ...(0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .catalogsOf */ .UD)(project.rootManifest), ...(0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .catalogsOf */ .UD)(project.rootManifest.workspaces) };
        for (const [field, name, range] of (0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .dependencyEntries */ .QV)(manifest)) {
            const fromCatalog = (0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .catalogRange */ .$7)(catalogs, name, range);
            if (fromCatalog !== undefined) {
                (0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .setRange */ .Q1)(result, field, name, fromCatalog);
                continue;
            }
            if (!range.startsWith('workspace:'))
                continue;
            const parts = _rules_js__WEBPACK_IMPORTED_MODULE_0__/* .WORKSPACE_VERSION */ .h8.exec(range);
            if (!parts) {
                (0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .setRange */ .Q1)(result, field, name, range.slice('workspace:'.length));
                continue;
            }
            const target = (0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .workspaceNamed */ .j)(project, parts[1] ?? name);
            if (!target)
                continue;
            const token = parts[2] === '^' || parts[2] === '~' ? parts[2] : '';
            (0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .setRange */ .Q1)(result, field, name, target.name === name ? `${token}${target.version}` : `npm:${target.name}@${token}${target.version}`);
        }
        return result;
    },
};


/***/ })

};

//# sourceMappingURL=920.index.js.map