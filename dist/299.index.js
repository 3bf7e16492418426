export const id = 299;
export const ids = [299];
export const modules = {

/***/ 43299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   yarnRules: () => (/* binding */ yarnRules)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21858);




/** The publishConfig fields yarn 4 copies over the manifest's own (plugin-pack and plugin-typescript). */
const PUBLISH_CONFIG_FIELDS = ['type', 'main', 'browser', 'module', 'exports', 'imports', 'bin', 'typings', 'types'];
/**
 * Yarn berry's publish manifest, as `yarn pack` and `yarn npm publish` build it (yarn 4's
 * `beforeWorkspacePacking` hooks): publishConfig's `main`, `module`, `exports`, `bin`, `types`
 * and the rest of its list copied over (publishConfig itself stays); `workspace:` ranges that
 * name a workspace become its version (`workspace:*` or the workspace's path), `^version` /
 * `~version` (`workspace:^` / `workspace:~`) or the range after the protocol; `catalog:` ranges
 * from `.yarnrc.yml`.
 */
const yarnRules = {
    id: 'yarn',
    async publishManifest(manifest, _dir, project) {
        const result = structuredClone(manifest);
        const publishConfig = result.publishConfig;
        if (publishConfig && typeof publishConfig === 'object') {
            for (const field of PUBLISH_CONFIG_FIELDS)
                if (publishConfig[field])
                    result[field] = publishConfig[field];
        }
        const catalogs = await yarnCatalogs(project.root);
        for (const [field, name, range] of (0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .dependencyEntries */ .QV)(manifest)) {
            if (range.startsWith('catalog:')) {
                const found = (0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .catalogRange */ .$7)(catalogs, name, range);
                if (found !== undefined)
                    (0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .setRange */ .Q1)(result, field, name, found.replace(/^npm:/, ''));
                continue;
            }
            if (!range.startsWith('workspace:'))
                continue;
            const selector = range.slice('workspace:'.length);
            const workspace = matchingWorkspace(project, name, selector);
            if (!workspace)
                continue; // yarn leaves it (or fails): the safety net names it
            const version = workspace.version || '0.0.0';
            const byPath = selector !== '' && workspaceAt(project, selector) === workspace;
            (0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .setRange */ .Q1)(result, field, name, byPath || selector === '*' ? version : selector === '^' || selector === '~' ? `${selector}${version}` : selector);
        }
        return result;
    },
};
/** The workspace a `workspace:` selector names: by path from the project root, else by name when it accepts the selector. */
function matchingWorkspace(project, name, selector) {
    const byPath = workspaceAt(project, selector);
    if (byPath)
        return byPath;
    const byName = project.packages.find((pkg) => pkg.name === name);
    if (!byName)
        return undefined;
    if (selector === '*' || selector === '^' || selector === '~')
        return byName;
    const range = semver__WEBPACK_IMPORTED_MODULE_2___default().validRange(selector);
    return range && semver__WEBPACK_IMPORTED_MODULE_2___default().satisfies(byName.version || '0.0.0', range) ? byName : undefined;
}
function workspaceAt(project, selector) {
    if (!selector || selector === '*' || selector === '^' || selector === '~')
        return undefined;
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(project.root, selector);
    return project.packages.find((pkg) => pkg.dir === target && (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(project.root, pkg.dir) !== '');
}
/** yarn's `catalog` and `catalogs` settings from the root's .yarnrc.yml. */
async function yarnCatalogs(root) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(`${root}${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}.yarnrc.yml`, 'utf8');
    }
    catch {
        return {};
    }
    const { load } = await __webpack_require__.e(/* import() */ 243).then(__webpack_require__.bind(__webpack_require__, 33243));
    return (0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .catalogsOf */ .UD)(load(text));
}


/***/ })

};

//# sourceMappingURL=299.index.js.map