#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3821:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ printable)
/* harmony export */ });
/**
 * Trace content is untrusted: a span name can carry ANSI escape sequences that rewrite the
 * terminal. Control characters are shown as \u escapes instead of being sent to it.
 */
function printable(text, options = {}) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, char => options.keepNewlines && char === '\n'
        ? char
        : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}


/***/ }),

/***/ 9655:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E3: () => (/* binding */ readString),
/* harmony export */   GI: () => (/* binding */ flagName),
/* harmony export */   GN: () => (/* binding */ SettingsError),
/* harmony export */   Kf: () => (/* binding */ readChoice),
/* harmony export */   LB: () => (/* binding */ missingKeysNamedBy),
/* harmony export */   Nc: () => (/* binding */ readStrings),
/* harmony export */   Vf: () => (/* binding */ readBoolean),
/* harmony export */   _Z: () => (/* binding */ readKeyValues),
/* harmony export */   dZ: () => (/* binding */ layered),
/* harmony export */   h2: () => (/* binding */ readDate),
/* harmony export */   kz: () => (/* binding */ readNumber),
/* harmony export */   m0: () => (/* binding */ rawSettings),
/* harmony export */   mY: () => (/* binding */ readParsed)
/* harmony export */ });
/**
 * Settings arrive as flags, config-file keys or action inputs. Each source becomes a
 * RawSettings layer; typed readers turn a layer into settings objects and report bad
 * values in the words of the source they came from (`--limit`, `toad-eval.yaml: export.limit`).
 */
class SettingsError extends Error {
    name = 'SettingsError';
}
/** One layer: values from one place, named by `describe`. */
function rawSettings(values, describe) {
    return {
        get: key => (Object.hasOwn(values, key) ? values[key] : undefined),
        describe
    };
}
/** Later layers win key by key: flags over config file, inputs over defaults. */
function layered(...layers) {
    const owner = (key) => [...layers].reverse().find(layer => layer.get(key) !== undefined);
    return {
        get: key => owner(key)?.get(key),
        describe: key => (owner(key) ?? layers.at(-1))?.describe(key) ?? key
    };
}
/** The same values, but a key none of them sets is named as `layer` names it (`suites[0].dataset`). */
function missingKeysNamedBy(raw, layer) {
    return {
        get: raw.get,
        describe: key => (raw.get(key) === undefined ? layer.describe(key) : raw.describe(key))
    };
}
const flagName = (key) => `--${key}`;
function readString(raw, key) {
    const value = raw.get(key);
    if (value === undefined)
        return undefined;
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number')
        return String(value);
    throw new SettingsError(`${raw.describe(key)} must be a single text value`);
}
/** A list: repeated flags, a YAML list, or one value. */
function readStrings(raw, key) {
    const value = raw.get(key);
    if (value === undefined)
        return [];
    if (Array.isArray(value))
        return value;
    if (typeof value === 'string' || typeof value === 'number')
        return [String(value)];
    throw new SettingsError(`${raw.describe(key)} must be a list of text values`);
}
function readBoolean(raw, key) {
    const value = raw.get(key);
    if (value === undefined || typeof value === 'boolean')
        return value;
    if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) {
        return value.trim().toLowerCase() === 'true';
    }
    throw new SettingsError(`${raw.describe(key)} must be true or false, got ${JSON.stringify(value)}`);
}
function readNumber(raw, key, bounds = {}) {
    const text = readString(raw, key);
    if (text === undefined)
        return undefined;
    const value = Number(text);
    const { min = -Infinity, max = Infinity, integer = false } = bounds;
    if (text.trim() === '' ||
        !Number.isFinite(value) ||
        value < min ||
        value > max ||
        (integer && !Number.isInteger(value))) {
        const kind = integer ? 'a whole number' : 'a number';
        const range = min > -Infinity && max < Infinity
            ? ` from ${min} to ${max}`
            : min > -Infinity
                ? ` of at least ${min}`
                : '';
        throw new SettingsError(`${raw.describe(key)} must be ${kind}${range}, got "${text}"`);
    }
    return value;
}
/**
 * A text value checked by the parser its consumer uses (durations, lookbacks); the parser's
 * complaint is reported under the key's name.
 */
function readParsed(raw, key, parse) {
    const text = readString(raw, key);
    if (text === undefined)
        return undefined;
    try {
        return { text, value: parse(text) };
    }
    catch (error) {
        throw new SettingsError(`${raw.describe(key)}: ${error.message}`, { cause: error });
    }
}
/** An ISO 8601 date/time, or milliseconds since the epoch. */
function readDate(raw, key) {
    const text = readString(raw, key);
    if (text === undefined)
        return undefined;
    const date = /^\d+$/.test(text) ? new Date(Number(text)) : new Date(text);
    if (Number.isNaN(date.getTime())) {
        throw new SettingsError(`${raw.describe(key)} must be an ISO 8601 date such as 2026-03-15T14:00:00Z, got "${text}"`);
    }
    return date;
}
/** `key=value` pairs: repeated flags, a YAML list of them, or a YAML map. */
function readKeyValues(raw, key, separator = '=') {
    const value = raw.get(key);
    const result = {};
    if (value !== undefined && typeof value === 'object' && !Array.isArray(value)) {
        for (const [name, item] of Object.entries(value))
            result[name] = String(item);
        return result;
    }
    for (const item of readStrings(raw, key)) {
        const at = item.indexOf(separator);
        const name = at > 0 ? item.slice(0, at).trim() : '';
        if (name === '') {
            const shown = separator === ':' ? `${item.slice(0, Math.max(at, 0))}…` : item;
            throw new SettingsError(`${raw.describe(key)} expects name${separator}value, got "${shown}"`);
        }
        result[name] = item.slice(at + 1).trim();
    }
    return result;
}
/** One of a fixed set of words. */
function readChoice(raw, key, choices) {
    const text = readString(raw, key);
    if (text === undefined)
        return undefined;
    const choice = choices.find(candidate => candidate === text);
    if (choice === undefined) {
        throw new SettingsError(`${raw.describe(key)} must be one of ${choices.join(', ')}; got "${text}"`);
    }
    return choice;
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** Kept equal to package.json's version by a test; read at run time without bundling package.json. */
const VERSION = '0.1.0';


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 99:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7997:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 714:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3785:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("readline");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
// EXTERNAL MODULE: ./src/settings/raw.ts
var raw = __nccwpck_require__(9655);
// EXTERNAL MODULE: ./src/cli/printable.ts
var printable = __nccwpck_require__(3821);
;// CONCATENATED MODULE: ./src/cli/main.ts



const COMMANDS = [
    {
        name: 'export-trace',
        summary: 'Export the LLM calls of one trace to trace-<id>.eval.yaml',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(543), __nccwpck_require__.e(815), __nccwpck_require__.e(152), __nccwpck_require__.e(576), __nccwpck_require__.e(612)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9612))).exportTraceCommand
    },
    {
        name: 'export',
        summary: 'Search a trace source and add new LLM calls to the datasets (the nightly job)',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(543), __nccwpck_require__.e(815), __nccwpck_require__.e(152), __nccwpck_require__.e(576), __nccwpck_require__.e(612)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9612))).exportCommand
    },
    {
        name: 'run',
        summary: 'Run base and head prompts on the datasets, compare per case, and gate (the PR job)',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(543), __nccwpck_require__.e(815), __nccwpck_require__.e(502), __nccwpck_require__.e(152), __nccwpck_require__.e(576), __nccwpck_require__.e(3)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4003))).runCommand
    },
    {
        name: 'report',
        summary: 'Merge results.json files (shards) and render the report and the gate again',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(543), __nccwpck_require__.e(815), __nccwpck_require__.e(502), __nccwpck_require__.e(152), __nccwpck_require__.e(576), __nccwpck_require__.e(3)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4003))).reportCommand
    },
    {
        name: 'fetch',
        summary: 'Fetch traces from Jaeger, Tempo or files and show what was read',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(543), __nccwpck_require__.e(152), __nccwpck_require__.e(746)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6746))).fetchCommand
    },
    {
        name: 'services',
        summary: 'List the services (and with --operations, their span names) a trace source knows',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(543), __nccwpck_require__.e(152), __nccwpck_require__.e(746)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6746))).servicesCommand
    }
];
const defaultIo = {
    stdout: text => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    stderr: text => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    env: process.env,
    cwd: process.cwd(),
    progressStream: process.stderr
};
/** Runs one CLI invocation and returns the exit code: 0 success, 1 failure, 2 bad usage. */
async function runCli(argv, io = defaultIo) {
    const [name, ...rest] = argv;
    if (name === '--version' || name === '-v') {
        io.stdout(version/* VERSION */.x);
        return 0;
    }
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        io.stdout(generalHelp());
        return name === undefined ? 2 : 0;
    }
    const entry = COMMANDS.find(candidate => candidate.name === name);
    if (!entry) {
        io.stderr(`✗ Unknown command "${(0,printable/* printable */.g)(name)}". Run toad-eval --help for the list.`);
        return 2;
    }
    const command = await entry.load();
    if (rest.includes('--help') || rest.includes('-h')) {
        io.stdout(command.usage);
        return 0;
    }
    try {
        return await command.run(rest, io);
    }
    catch (error) {
        if (error instanceof raw/* SettingsError */.GN) {
            io.stderr(`✗ ${(0,printable/* printable */.g)(error.message, { keepNewlines: true })}\n\n${command.usage}`);
            return 2;
        }
        const message = error instanceof Error ? error.message : String(error);
        io.stderr(`✗ ${(0,printable/* printable */.g)(message, { keepNewlines: true })}`);
        return exitCodeOf(error);
    }
}
/** Names of errors that mean the input (a dataset, prompt, results file or ref) is wrong. */
const CONFIG_ERRORS = new Set([
    'DatasetFormatError',
    'PromptError',
    'InvalidFileError',
    'ResultsMergeError',
    'GitError',
    'TraceFormatError'
]);
/**
 * 2 for bad input, 3 when a trace source could not be reached (an outage, not a finding),
 * 1 for everything else. By name, so this module loads none of the classes.
 */
function exitCodeOf(error) {
    const name = error instanceof Error ? error.name : '';
    if (CONFIG_ERRORS.has(name))
        return 2;
    if (name === 'HttpError')
        return 3;
    return 1;
}
function generalHelp() {
    const width = Math.max(...COMMANDS.map(command => command.name.length));
    const lines = COMMANDS.map(command => `  ${command.name.padEnd(width)}  ${command.summary}`);
    return [
        `toad-eval ${version/* VERSION */.x}: turn LLM traces into eval datasets and gate prompt changes on them.`,
        '',
        'Usage: toad-eval <command> [options]',
        '',
        'Commands:',
        ...lines,
        '',
        'Run toad-eval <command> --help for the options of one command.'
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/cli.ts

void runCli(process.argv.slice(2)).then(code => {
    process.exitCode = code;
});

