export const id = 312;
export const ids = [312];
export const modules = {

/***/ 42312:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionsCacheService: () => (/* binding */ actionsCacheService),
/* harmony export */   responseCacheKeys: () => (/* binding */ responseCacheKeys),
/* harmony export */   restoreResponseCache: () => (/* binding */ restoreResponseCache),
/* harmony export */   saveResponseCache: () => (/* binding */ saveResponseCache)
/* harmony export */ });
/* harmony import */ var _actions_cache__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61691);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Keeps the eval response cache (`.toad-eval-cache`) between workflow runs with the Actions
 * cache, so an unchanged base prompt asks no model on the next push.
 *
 * A cache entry is immutable: a key once saved can never be updated. So each run restores the
 * newest entry whose key starts with the prefix (the primary key, prefix + this run's id, never
 * exists yet) and saves what it has under its own new key afterwards. The cache is an
 * optimisation only: when the service is missing (off GitHub, GitHub Enterprise Server without
 * it) or refuses (another job reserved the key, a read-only token, the network), a warning is
 * logged and the eval runs with whatever the directory holds.
 */



function actionsCacheService() {
    return {
        isAvailable: () => _actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .isFeatureAvailable */ .w3(),
        restore: (paths, primaryKey, restoreKeys) => _actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .restoreCache */ .P3(paths, primaryKey, restoreKeys),
        save: (paths, key) => _actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .saveCache */ .Io(paths, key)
    };
}
/** Restores the newest entry saved under the prefix into `dir`. Never rejects. */
async function restoreResponseCache(service, options) {
    const { dir, keyPrefix, log } = options;
    if (!isAvailable(service)) {
        log.warning(`The Actions cache service is not available (off GitHub, or GitHub Enterprise Server ` +
            `without it): answers cached by earlier runs are not restored; the eval asks the model.`);
        return { available: false, entries: await countEntries(dir) };
    }
    let restoredKey;
    try {
        restoredKey = await service.restore([dir], primaryKey(options), [keyPrefix]);
    }
    catch (error) {
        log.warning(`Could not restore the response cache (${errorText(error)}): answers cached by earlier ` +
            `runs are not used; the eval asks the model.`);
        return { available: true, entries: await countEntries(dir) };
    }
    const entries = await countEntries(dir);
    if (restoredKey === undefined) {
        log.info(`No response cache saved under ${keyPrefix}* yet.`);
        return { available: true, entries };
    }
    log.info(`Restored the response cache ${restoredKey}: ${entries} cached model answers.`);
    return { restoredKey, available: true, entries };
}
/**
 * Saves `dir` under prefix + run key, unless it holds no answers or none were added since the
 * restore (an identical entry would only use up the repository's cache space). Never rejects.
 */
async function saveResponseCache(service, options) {
    const { dir, log, restored } = options;
    const entries = await countEntries(dir);
    if (entries === 0) {
        log.info('No model answers to cache.');
        return {};
    }
    if (restored && entries === restored.entries) {
        log.info(restored.restoredKey
            ? `No new model answers: the response cache ${restored.restoredKey} is current.`
            : 'No new model answers to cache.');
        return {};
    }
    if (!isAvailable(service)) {
        const message = 'The Actions cache service is not available: model answers are not saved.';
        if (restored?.available === false)
            log.info(message);
        else
            log.warning(message);
        return {};
    }
    const key = primaryKey(options);
    let id;
    try {
        id = await service.save([dir], key);
    }
    catch (error) {
        log.warning(`Could not save the response cache as ${key} (${errorText(error)}).`);
        return {};
    }
    if (id === -1) {
        log.warning(`The cache service did not save the response cache as ${key} ` +
            `(the key may exist already, or this run's token may only read the cache).`);
        return {};
    }
    log.info(`Saved ${entries} model answers to the response cache as ${key}.`);
    return { savedKey: key };
}
/**
 * Keys for the response cache of one run. The prefix names the runner OS (a cache saved on
 * one OS is not restored on another) and the shard, so that shard 2 of 4 restores the answers
 * shard 2 asked for last time rather than another slice's; `all` for an unsharded run, so
 * neither prefix starts the other. The run key is unique per run attempt, because a key once
 * saved can never be written again.
 */
function responseCacheKeys(run) {
    const slice = run.shard ? `shard-${run.shard.index}-of-${run.shard.total}` : 'all';
    return {
        keyPrefix: `toad-eval-responses-v1-${run.os.toLowerCase()}-${slice}-`,
        runKey: `${run.runId}-${run.runAttempt}`
    };
}
function primaryKey(options) {
    return `${options.keyPrefix}${options.runKey}`;
}
function isAvailable(service) {
    try {
        return service.isAvailable();
    }
    catch {
        return false;
    }
}
function errorText(error) {
    return error instanceof Error ? error.message : String(error);
}
/** Answers in the cache directory (`<dir>/<2 hex>/<key>.json`); 0 when it does not exist. */
async function countEntries(dir) {
    let buckets;
    try {
        buckets = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir);
    }
    catch {
        return 0;
    }
    let count = 0;
    for (const bucket of buckets) {
        try {
            const files = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, bucket));
            count += files.filter(file => file.endsWith('.json')).length;
        }
        catch {
            // not a bucket folder
        }
    }
    return count;
}


/***/ })

};
