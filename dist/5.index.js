export const id = 5;
export const ids = [5];
export const modules = {

/***/ 30913:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getCatalogsFromWorkspaceManifest = getCatalogsFromWorkspaceManifest;
exports.checkDefaultCatalogIsDefinedOnce = checkDefaultCatalogIsDefinedOnce;
const error_1 = __webpack_require__(90523);
function getCatalogsFromWorkspaceManifest(workspaceManifest) {
    // If the pnpm-workspace.yaml file doesn't exist, no catalogs are defined.
    //
    // In some cases, it makes sense for callers to handle null/undefined checks
    // of this form. In this case, let's explicitly handle not found
    // pnpm-workspace.yaml files by returning an empty catalog to make consuming
    // logic easier.
    if (workspaceManifest == null) {
        return {};
    }
    checkDefaultCatalogIsDefinedOnce(workspaceManifest);
    return {
        // If workspaceManifest.catalog is undefined, intentionally allow the spread
        // below to overwrite it. The check above ensures only one or the either is
        // defined.
        default: workspaceManifest.catalog,
        ...workspaceManifest.catalogs,
    };
}
function checkDefaultCatalogIsDefinedOnce(manifest) {
    if (manifest.catalog != null && manifest.catalogs?.default != null) {
        throw new error_1.PnpmError('INVALID_CATALOGS_CONFIGURATION', 'The \'default\' catalog was defined multiple times. Use the \'catalog\' field or \'catalogs.default\', but not both.');
    }
}
//# sourceMappingURL=getCatalogsFromWorkspaceManifest.js.map

/***/ }),

/***/ 7005:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getCatalogsFromWorkspaceManifest = void 0;
var getCatalogsFromWorkspaceManifest_js_1 = __webpack_require__(30913);
Object.defineProperty(exports, "getCatalogsFromWorkspaceManifest", ({ enumerable: true, get: function () { return getCatalogsFromWorkspaceManifest_js_1.getCatalogsFromWorkspaceManifest; } }));
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 53916:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.USEFUL_NON_ROOT_PNPM_FIELDS = exports.FULL_FILTERED_META_DIR = exports.FULL_META_DIR = exports.ABBREVIATED_META_DIR = exports.WORKSPACE_MANIFEST_FILENAME = exports.STORE_VERSION = exports.LAYOUT_VERSION = exports.ENGINE_NAME = exports.MANIFEST_BASE_NAMES = exports.LOCKFILE_VERSION = exports.LOCKFILE_MAJOR_VERSION = exports.WANTED_LOCKFILE = void 0;
exports.getNodeBinLocationForCurrentOS = getNodeBinLocationForCurrentOS;
exports.getDenoBinLocationForCurrentOS = getDenoBinLocationForCurrentOS;
exports.getBunBinLocationForCurrentOS = getBunBinLocationForCurrentOS;
exports.WANTED_LOCKFILE = 'pnpm-lock.yaml';
exports.LOCKFILE_MAJOR_VERSION = '9';
exports.LOCKFILE_VERSION = `${exports.LOCKFILE_MAJOR_VERSION}.0`;
exports.MANIFEST_BASE_NAMES = ['package.json', 'package.json5', 'package.yaml'];
exports.ENGINE_NAME = `${process.platform};${process.arch};node${process.version.split('.')[0].substring(1)}`;
exports.LAYOUT_VERSION = 5;
exports.STORE_VERSION = 'v10';
exports.WORKSPACE_MANIFEST_FILENAME = 'pnpm-workspace.yaml';
// This file contains meta information
// about all the packages published by the same name, not just the manifest
// of one package/version
exports.ABBREVIATED_META_DIR = 'metadata-v1.3';
exports.FULL_META_DIR = 'metadata-full-v1.3'; // This is currently not used at all
exports.FULL_FILTERED_META_DIR = 'metadata-ff-v1.3';
exports.USEFUL_NON_ROOT_PNPM_FIELDS = ['executionEnv'];
function getNodeBinLocationForCurrentOS(platform = process.platform) {
    return platform === 'win32' ? 'node.exe' : 'bin/node';
}
function getDenoBinLocationForCurrentOS(platform = process.platform) {
    return platform === 'win32' ? 'deno.exe' : 'deno';
}
function getBunBinLocationForCurrentOS(platform = process.platform) {
    return platform === 'win32' ? 'bun.exe' : 'bun';
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 90523:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LockfileMissingDependencyError = exports.FetchError = exports.PnpmError = void 0;
const constants_1 = __webpack_require__(53916);
class PnpmError extends Error {
    code;
    hint;
    attempts;
    prefix;
    pkgsStack;
    constructor(code, message, opts) {
        super(message, { cause: opts?.cause });
        this.code = code.startsWith('ERR_PNPM_') ? code : `ERR_PNPM_${code}`;
        this.hint = opts?.hint;
        this.attempts = opts?.attempts;
    }
}
exports.PnpmError = PnpmError;
class FetchError extends PnpmError {
    response;
    request;
    constructor(request, response, hint) {
        const _request = {
            url: request.url,
        };
        if (request.authHeaderValue) {
            _request.authHeaderValue = hideAuthInformation(request.authHeaderValue);
        }
        const message = `GET ${request.url}: ${response.statusText} - ${response.status}`;
        // NOTE: For security reasons, some registries respond with 404 on authentication errors as well.
        // So we print authorization info on 404 errors as well.
        if (response.status === 401 || response.status === 403 || response.status === 404) {
            hint = hint ? `${hint}\n\n` : '';
            if (_request.authHeaderValue) {
                hint += `An authorization header was used: ${_request.authHeaderValue}`;
            }
            else {
                hint += 'No authorization header was set for the request.';
            }
        }
        super(`FETCH_${response.status}`, message, { hint });
        this.request = _request;
        this.response = response;
    }
}
exports.FetchError = FetchError;
function hideAuthInformation(authHeaderValue) {
    const [authType, token] = authHeaderValue.split(' ');
    if (token == null)
        return '[hidden]';
    if (token.length < 20) {
        return `${authType} [hidden]`;
    }
    return `${authType} ${token.substring(0, 4)}[hidden]`;
}
class LockfileMissingDependencyError extends PnpmError {
    constructor(depPath) {
        const message = `Broken lockfile: no entry for '${depPath}' in ${constants_1.WANTED_LOCKFILE}`;
        super('LOCKFILE_MISSING_DEPENDENCY', message, {
            hint: 'This issue is probably caused by a badly resolved merge conflict.\n' +
                'To fix the lockfile, run \'pnpm install --no-frozen-lockfile\'.',
        });
    }
}
exports.LockfileMissingDependencyError = LockfileMissingDependencyError;
//# sourceMappingURL=index.js.map

/***/ })

};

//# sourceMappingURL=5.index.js.map