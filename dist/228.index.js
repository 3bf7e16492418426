export const id = 228;
export const ids = [228];
export const modules = {

/***/ 13038:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assertValidWorkspaceManifestCatalog = assertValidWorkspaceManifestCatalog;
exports.assertValidWorkspaceManifestCatalogs = assertValidWorkspaceManifestCatalogs;
const InvalidWorkspaceManifestError_js_1 = __webpack_require__(84747);
function assertValidWorkspaceManifestCatalog(manifest) {
    if (manifest.catalog == null) {
        return;
    }
    if (Array.isArray(manifest.catalog)) {
        throw new InvalidWorkspaceManifestError_js_1.InvalidWorkspaceManifestError('Expected catalog field to be an object, but found - array');
    }
    if (typeof manifest.catalog !== 'object') {
        throw new InvalidWorkspaceManifestError_js_1.InvalidWorkspaceManifestError(`Expected catalog field to be an object, but found - ${typeof manifest.catalog}`);
    }
    for (const [alias, specifier] of Object.entries(manifest.catalog)) {
        if (typeof specifier !== 'string') {
            throw new InvalidWorkspaceManifestError_js_1.InvalidWorkspaceManifestError(`Invalid catalog entry for ${alias}. Expected string, but found: ${typeof specifier}`);
        }
    }
}
function assertValidWorkspaceManifestCatalogs(manifest) {
    if (manifest.catalogs == null) {
        return;
    }
    if (Array.isArray(manifest.catalogs)) {
        throw new InvalidWorkspaceManifestError_js_1.InvalidWorkspaceManifestError('Expected catalogs field to be an object, but found - array');
    }
    if (typeof manifest.catalogs !== 'object') {
        throw new InvalidWorkspaceManifestError_js_1.InvalidWorkspaceManifestError(`Expected catalogs field to be an object, but found - ${typeof manifest.catalogs}`);
    }
    for (const [catalogName, catalog] of Object.entries(manifest.catalogs)) {
        if (Array.isArray(catalog)) {
            throw new InvalidWorkspaceManifestError_js_1.InvalidWorkspaceManifestError(`Expected named catalog ${catalogName} to be an object, but found - array`);
        }
        if (typeof catalog !== 'object') {
            throw new InvalidWorkspaceManifestError_js_1.InvalidWorkspaceManifestError(`Expected named catalog ${catalogName} to be an object, but found - ${typeof catalog}`);
        }
        for (const [alias, specifier] of Object.entries(catalog)) {
            if (typeof specifier !== 'string') {
                throw new InvalidWorkspaceManifestError_js_1.InvalidWorkspaceManifestError(`Catalog '${catalogName}' has invalid entry '${alias}'. Expected string specifier, but found: ${typeof specifier}`);
            }
        }
    }
}
//# sourceMappingURL=catalogs.js.map

/***/ }),

/***/ 84747:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.InvalidWorkspaceManifestError = void 0;
const error_1 = __webpack_require__(90523);
class InvalidWorkspaceManifestError extends error_1.PnpmError {
    constructor(message) {
        super('INVALID_WORKSPACE_CONFIGURATION', message);
    }
}
exports.InvalidWorkspaceManifestError = InvalidWorkspaceManifestError;
//# sourceMappingURL=InvalidWorkspaceManifestError.js.map

/***/ }),

/***/ 20228:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readWorkspaceManifest = readWorkspaceManifest;
exports.validateWorkspaceManifest = validateWorkspaceManifest;
const util_1 = __importDefault(__webpack_require__(39023));
const constants_1 = __webpack_require__(53916);
const node_path_1 = __importDefault(__webpack_require__(76760));
const read_yaml_file_1 = __importDefault(__webpack_require__(25481));
const catalogs_js_1 = __webpack_require__(13038);
const InvalidWorkspaceManifestError_js_1 = __webpack_require__(84747);
async function readWorkspaceManifest(dir) {
    const manifest = await readManifestRaw(dir);
    validateWorkspaceManifest(manifest);
    return manifest;
}
async function readManifestRaw(dir) {
    try {
        return await (0, read_yaml_file_1.default)(node_path_1.default.join(dir, constants_1.WORKSPACE_MANIFEST_FILENAME));
    }
    catch (err) {
        // File not exists is the same as empty file (undefined)
        if (util_1.default.types.isNativeError(err) && 'code' in err && err.code === 'ENOENT') {
            return undefined;
        }
        // Any other error (missing perm, invalid yaml, etc.) fails the process
        throw err;
    }
}
function validateWorkspaceManifest(manifest) {
    if (manifest === undefined || manifest === null) {
        // Empty or null manifest is ok
        return;
    }
    if (typeof manifest !== 'object') {
        throw new InvalidWorkspaceManifestError_js_1.InvalidWorkspaceManifestError(`Expected object but found - ${typeof manifest}`);
    }
    if (Array.isArray(manifest)) {
        throw new InvalidWorkspaceManifestError_js_1.InvalidWorkspaceManifestError('Expected object but found - array');
    }
    if (Object.keys(manifest).length === 0) {
        // manifest content `{}` is ok
        return;
    }
    assertValidWorkspaceManifestPackages(manifest);
    (0, catalogs_js_1.assertValidWorkspaceManifestCatalog)(manifest);
    (0, catalogs_js_1.assertValidWorkspaceManifestCatalogs)(manifest);
    checkWorkspaceManifestAssignability(manifest);
}
function assertValidWorkspaceManifestPackages(manifest) {
    if (!manifest.packages) {
        return;
    }
    if (!Array.isArray(manifest.packages)) {
        throw new InvalidWorkspaceManifestError_js_1.InvalidWorkspaceManifestError('packages field is not an array');
    }
    for (const pkg of manifest.packages) {
        if (!pkg) {
            throw new InvalidWorkspaceManifestError_js_1.InvalidWorkspaceManifestError('Missing or empty package');
        }
        const type = typeof pkg;
        if (type !== 'string') {
            throw new InvalidWorkspaceManifestError_js_1.InvalidWorkspaceManifestError(`Invalid package type - ${type}`);
        }
    }
}
/**
 * Empty function to ensure TypeScript has narrowed the manifest object to
 * something assignable to the {@see WorkspaceManifest} interface. This helps
 * make sure the validation logic in this file is correct as it's refactored in
 * the future.
 */
function checkWorkspaceManifestAssignability(_manifest) { }
//# sourceMappingURL=index.js.map

/***/ })

};

//# sourceMappingURL=228.index.js.map