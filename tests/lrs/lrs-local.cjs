/**
 * A real LRS for the tests: Learning Locker's xAPI statements service
 * (npm « xapi-statements »), in memory, listening on 127.0.0.1 only, on a free
 * port printed as « PORT=<n> » on stdout. Test tooling only: never shipped.
 */
process.env.AUTH_REPO = 'test';
process.env.EVENTS_REPO = 'test';
process.env.MODELS_REPO = 'memory';
process.env.STORAGE_REPO = 'memory';
process.env.WINSTON_CONSOLE_LEVEL = 'error';
process.env.EXPRESS_MORGAN_DIRECTORY = require('node:os').tmpdir() + '/lrs-local-logs';
process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE = '1';
const http = require('node:http');
const listen = http.Server.prototype.listen;
http.Server.prototype.listen = function (_port, ...rest) {
  const callback = rest.find((a) => typeof a === 'function');
  return listen.call(this, 0, '127.0.0.1', () => {
    process.stdout.write(`PORT=${this.address().port}\n`);
    if (callback) callback();
  });
};
require('xapi-statements/dist/index.js');
