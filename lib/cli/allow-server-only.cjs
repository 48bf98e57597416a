// Preloaded by the command-line entry points (tsx --require). Outside Next's "react-server"
// build, the `server-only` marker throws on import; scripts are server code, so let it through.
const Module = require("node:module");
const path = require("node:path");

const empty = path.join(__dirname, "empty-module.cjs");
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolve.call(this, request === "server-only" ? empty : request, ...rest);
};
