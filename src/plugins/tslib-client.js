/**
 * Stands in for `tslib` in the browser bundle (see plugin-morceaux.ts): the only
 * client code that requires it, @docusaurus/utils-common, uses one helper, and
 * the CommonJS `tslib` put all of them (≈ 10 Ko) in the script every page loads.
 */
exports.__importDefault = function __importDefault(mod) {
  return mod && mod.__esModule ? mod : { default: mod };
};
