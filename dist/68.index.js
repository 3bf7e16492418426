export const id = 68;
export const ids = [68];
export const modules = {

/***/ 50068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pnpmRules: () => (/* binding */ pnpmRules)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21858);




/** A peer range with a version of its own (`workspace:^1.0.0`): pnpm only drops the protocol. */
const PEER_WITH_VERSION = /workspace:([\^~*]|>=|>|<=|<)?((\d+|[xX*])(\.(\d+|[xX*])){0,2})/;
const catalogsByRoot = new Map();
/** pnpm's catalogs, read from pnpm-workspace.yaml with pnpm's own libraries, once per root. */
function pnpmCatalogs(root) {
    let catalogs = catalogsByRoot.get(root);
    if (!catalogs) {
        catalogs = (async () => {
            const [{ readWorkspaceManifest }, { getCatalogsFromWorkspaceManifest }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(963), __webpack_require__.e(228)]).then(__webpack_require__.t.bind(__webpack_require__, 20228, 23)),
                __webpack_require__.e(/* import() */ 5).then(__webpack_require__.bind(__webpack_require__, 7005)),
            ]);
            return getCatalogsFromWorkspaceManifest(await readWorkspaceManifest(root));
        })();
        catalogsByRoot.set(root, catalogs);
    }
    return catalogs;
}
/**
 * pnpm's publish manifest, from pnpm's own `@pnpm/exportable-manifest` (what `pnpm pack` and
 * `pnpm publish` use): workspace and catalog ranges resolved, publishConfig field overrides
 * applied, pnpm's settings and the lifecycle scripts pnpm runs itself removed. pnpm finds a
 * workspace dependency's version in node_modules; here a temporary node_modules links each one
 * to its workspace package, so no install is needed. A range pnpm could not resolve is held
 * back from pnpm and left as written.
 */
const pnpmRules = {
    id: 'pnpm',
    async publishManifest(manifest, dir, project) {
        const [{ createExportableManifest }, catalogs] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(963), __webpack_require__.e(13)]).then(__webpack_require__.t.bind(__webpack_require__, 52013, 23)), pnpmCatalogs(project.root)]);
        const input = structuredClone(manifest);
        const heldBack = [];
        const links = [];
        for (const [field, name, range] of (0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .dependencyEntries */ .QV)(manifest)) {
            const found = resolvable(field, name, range, dir, project, catalogs);
            if (found === false) {
                heldBack.push([field, name, range]);
                delete input[field][name];
            }
            else if (typeof found === 'string') {
                links.push([name, found]);
            }
        }
        const modulesDir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'otp-publish-pnpm-'));
        try {
            for (const [name, target] of links) {
                const link = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(modulesDir, name);
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(link), { recursive: true });
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.symlink)(target, link, 'dir').catch((error) => {
                    if (error.code !== 'EEXIST')
                        throw error;
                });
            }
            const result = (await createExportableManifest(dir, input, { catalogs: catalogs, modulesDir }));
            for (const [field, name, range] of heldBack)
                result[field] = { ...result[field], [name]: range };
            return result;
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(modulesDir, { recursive: true, force: true });
        }
    },
};
/**
 * Whether pnpm can resolve `range`: false when it cannot, the directory to link in node_modules
 * when pnpm looks the version up there, true otherwise.
 */
function resolvable(field, name, range, dir, project, catalogs) {
    if (range.startsWith('catalog:'))
        return (0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .catalogRange */ .$7)(catalogs, name, range) !== undefined;
    if (!range.startsWith('workspace:'))
        return true;
    if (field === 'peerDependencies') {
        // A peer with a version of its own only loses the protocol; otherwise pnpm looks up its own name.
        if (PEER_WITH_VERSION.exec(range)?.[2])
            return true;
        const peer = (0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .workspaceNamed */ .j)(project, name);
        return peer ? peer.dir : false;
    }
    if (range.startsWith('workspace:./') || range.startsWith('workspace:../')) {
        const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(dir, range.slice('workspace:'.length));
        return project.packages.some((pkg) => pkg.dir === target);
    }
    const parts = _rules_js__WEBPACK_IMPORTED_MODULE_3__/* .WORKSPACE_VERSION */ .h8.exec(range);
    if (!parts)
        return true; // workspace:<range>: pnpm drops the protocol
    const target = (0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .workspaceNamed */ .j)(project, parts[1] ?? name);
    return target ? target.dir : false;
}


/***/ })

};

//# sourceMappingURL=68.index.js.map