#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c2) => `${s}${c2}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c2) => {
          if (c2 instanceof Name)
            names[c2.str] = (names[c2.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c2 = valueCode(name);
            if (c2) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c2};${this.opts._n}`;
            } else if (c2 = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c2}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error2) {
        super();
        this.error = error2;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error2) {
        super();
        this.error = error2;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c2) {
        if (typeof c2 == "function")
          c2();
        else if (c2 !== code_1.nil)
          this._leafNode(new AnyCode(c2));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error2 = this.name("e");
          this._currNode = node.catch = new Catch(error2);
          catchCode(error2);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error2) {
        return this._leafNode(new Throw(error2));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c2) => {
        if (c2 instanceof code_1.Name)
          c2 = replaceName(c2);
        if (c2 instanceof code_1._Code)
          items.push(...c2._items);
        else
          items.push(c2);
        return items;
      }, []));
      function replaceName(n) {
        const c2 = constants[n.str];
        if (c2 === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c2;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c2) => c2 instanceof code_1.Name && names[c2.str] === 1 && constants[c2.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f2) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f2(x);
      } else {
        f2(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f2) {
      return gen.scopeValue("func", {
        ref: f2,
        code: snippets[f2.code] || (snippets[f2.code] = new code_1._Code(f2.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error2 = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error2, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error2 = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error2, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error2, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error2, errorPaths);
    }
    function errorObject(cxt, error2, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error2, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate3 = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate3);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate3 = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate3 });
        validate3.errors = null;
        validate3.schema = sch.schema;
        validate3.schemaEnv = sch;
        if (sch.$async)
          validate3.$async = true;
        if (this.opts.code.source === true) {
          validate3.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate3.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate3.source)
            validate3.source.evaluated = (0, codegen_1.stringify)(validate3.evaluated);
        }
        sch.validate = validate3;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse3(serialize2(uri, options), options);
      }
      return uri;
    }
    function resolve(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize2(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse3(serialize2(base, options), options);
        relative = parse3(serialize2(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize2(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse3(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize2(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize2(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve,
      resolveComponent,
      equal,
      serialize: serialize2,
      parse: parse3
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv2 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv2.ValidationError = validation_error_1.default;
    Ajv2.MissingRefError = ref_error_1.default;
    exports.default = Ajv2;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error2 = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error: error2,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error2 = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error: error2,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error2 = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error: error2,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error2 = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error: error2,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error2 = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error: error2,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error2 = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error: error2,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error2 = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error: error2,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error2 = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error: error2,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error2 = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error: error2,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error2 = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error: error2,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error2 = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error: error2,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error2 = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error: error2,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error2 = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error: error2,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error2 = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error: error2,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error2 = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error: error2,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error2 = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error: error2,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error2 = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error: error2,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error2 = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error: error2,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt2 = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt2}.validate`];
            }
            return ["string", fmtDef, fmt2];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error2 = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error: error2,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv2 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv2;
    module.exports = exports = Ajv2;
    module.exports.Ajv = Ajv2;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv2;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar3(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair2;
    exports.isScalar = isScalar3;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error2) {
            onError(String(error2));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error2 = new Error("Failed to resolve repeated object (this should not happen)");
              error2.source = source;
              throw error2;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c2 = getAliasCount(doc, item, anchors2);
          if (c2 > count)
            count = c2;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning2) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning2);
        else
          console.warn(warning2);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f2 = str.substring(dot + 1).replace(/_/g, "");
          if (f2[f2.length - 1] === "0")
            node.minFractionDigits = f2.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors2 = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error2) => {
      if (error2.pos[0] === -1)
        return;
      error2.linePos = error2.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error2.linePos[0];
      error2.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error2.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error2.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search2) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search2));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error2 = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error2 === -1)
            error2 = offset + i;
        }
      }
      if (error2 !== -1)
        onError(error2, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error2) {
        const msg = error2 instanceof Error ? error2.message : String(error2);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error2) {
            const message = error2 instanceof Error ? error2.message : String(error2);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors2();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning2) => {
          const pos = getErrorPos(source);
          if (warning2)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning2) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning2);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error2 = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error2);
            else
              this.doc.errors.push(error2);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors2();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar3 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar3;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list3, type) {
      for (let i = 0; i < list3.length; ++i)
        if (list3[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list3) {
      for (let i = 0; i < list3.length; ++i) {
        switch (list3[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error2) {
        const token = error2 ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors2();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse3(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning2) => log.warn(doc.options.logLevel, warning2));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse3;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors2();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/main.ts
import { writeFileSync as writeFileSync2 } from "node:fs";
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";

// src/lang/diagnostics.ts
function error(code, message, span) {
  return { severity: "error", code, message, span };
}
function warning(code, message, span) {
  return { severity: "warning", code, message, span };
}
var hasErrors = (ds) => ds.some((d) => d.severity === "error");
function sortDiagnostics(ds) {
  return [...ds].sort(
    (a, b) => (a.span.file < b.span.file ? -1 : a.span.file > b.span.file ? 1 : 0) || a.span.start - b.span.start || a.code.localeCompare(b.code)
  );
}
function formatDiagnostic(d, sources) {
  const out = [formatOne(d.severity, d.message, d.span, sources)];
  for (const r of d.related ?? []) out.push(formatOne("note", r.message, r.span, sources));
  return out.join("\n");
}
function formatOne(severity, message, span, sources) {
  const head = `${span.file}:${span.line}:${span.col}: ${severity}: ${message}`;
  const text = sources.get(span.file);
  if (text === void 0) return head;
  const lines = text.split("\n");
  const src = (lines[span.line - 1] ?? "").replace(/\r$/, "");
  const gutter = String(span.line).padStart(5);
  const width = Math.max(1, Math.min(span.end - span.start, src.length - (span.col - 1)));
  const prefix = src.slice(0, span.col - 1).replace(/[^\t]/g, " ");
  const caret = `${prefix}^${"~".repeat(width - 1)}`;
  return `${head}
${gutter} | ${src}
${" ".repeat(gutter.length)} | ${caret}`;
}

// src/model/types.ts
var VOID = { kind: "void" };
var BOOL = { kind: "bool" };
var INT = { kind: "int", name: "int" };
var ULONG = { kind: "int", name: "unsigned long" };
var PGOFF = { kind: "int", name: "pgoff_t" };
var GFP = { kind: "int", name: "gfp_t" };
var PTE = { kind: "word", name: "pte_t" };
var PMD = { kind: "word", name: "pmd_t" };
var NULLT = { kind: "null" };
var VOIDP = { kind: "ptr", to: VOID };
function struct(name) {
  return { kind: "struct", name };
}
function ptr(to) {
  return { kind: "ptr", to };
}
function sptr(name) {
  return ptr(struct(name));
}
function fnptr(ret, ...params) {
  return { kind: "fn", sig: { ret, params } };
}
function typeName(t) {
  switch (t.kind) {
    case "void":
      return "void";
    case "bool":
      return "bool";
    case "int":
      return t.name;
    case "word":
      return t.name;
    case "struct":
      return t.name.endsWith("_t") ? t.name : `struct ${t.name}`;
    case "ptr":
      return t.to.kind === "ptr" ? `${typeName(t.to)}*` : `${typeName(t.to)} *`;
    case "fn":
      return `${typeName(t.sig.ret)} (*)(${t.sig.params.map(typeName).join(", ")})`;
    case "null":
      return "NULL";
  }
}
function sameType(a, b) {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "void":
    case "bool":
    case "null":
      return true;
    case "int":
      return a.name === b.name;
    case "word":
      return a.name === b.name;
    case "struct":
      return a.name === b.name;
    case "ptr":
      return sameType(a.to, b.to);
    case "fn": {
      const s = b.sig;
      return sameType(a.sig.ret, s.ret) && a.sig.params.length === s.params.length && a.sig.params.every((p, i) => sameType(p, s.params[i]));
    }
  }
}
var isScalar = (t) => t.kind === "int" || t.kind === "bool";
var isPointer = (t) => t.kind === "ptr" || t.kind === "null" || t.kind === "fn";
var isTestable = (t) => isScalar(t) || isPointer(t);
function assignable(to, from) {
  if (sameType(to, from)) return true;
  if (isScalar(to) && isScalar(from)) return true;
  if (from.kind === "null") return to.kind === "ptr" || to.kind === "fn";
  if (to.kind === "ptr" && from.kind === "ptr") {
    return to.to.kind === "void" || from.to.kind === "void";
  }
  return false;
}
function castable(to, from) {
  const ok = (t) => isScalar(t) || t.kind === "ptr" || t.kind === "null";
  return to.kind === "void" || ok(to) && ok(from) || sameType(to, from);
}

// src/model/prototype.ts
var WORDS = {
  void: { kind: "void" },
  bool: { kind: "bool" },
  int: { kind: "int", name: "int" },
  long: { kind: "int", name: "long" },
  "unsigned int": { kind: "int", name: "unsigned int" },
  "unsigned long": { kind: "int", name: "unsigned long" },
  pgoff_t: { kind: "int", name: "pgoff_t" },
  gfp_t: { kind: "int", name: "gfp_t" },
  pte_t: { kind: "word", name: "pte_t" },
  pmd_t: { kind: "word", name: "pmd_t" },
  spinlock_t: struct("spinlock_t"),
  atomic_t: struct("atomic_t")
};
function parseTypeText(text) {
  let t = text.replace(/\bconst\b/g, "").trim();
  let stars = 0;
  while (t.endsWith("*")) {
    stars++;
    t = t.slice(0, -1).trim();
  }
  const m = /^struct\s+(\w+)$/.exec(t);
  let base = m ? struct(m[1]) : WORDS[t.replace(/\s+/g, " ")];
  if (!base) throw new Error(`unknown type '${text}' in the builtin catalogue`);
  for (let i = 0; i < stars; i++) base = ptr(base);
  return base;
}
function parsePrototype(text) {
  const m = /^(.*?)\b(\w+)\s*\((.*)\)$/.exec(text.trim());
  if (!m) throw new Error(`malformed prototype '${text}'`);
  const ret = parseTypeText(m[1]);
  const args = m[3].trim();
  const params = args === "" || args === "void" ? [] : args.split(",").map((a) => {
    const pm = /^(.*?)(\w+)$/.exec(a.trim());
    if (!pm) throw new Error(`malformed parameter '${a}' in '${text}'`);
    return { name: pm[2], type: parseTypeText(pm[1]) };
  });
  return { name: m[2], ret, params };
}

// src/model/builtins.ts
var L = (arg, op, mode) => ({ arg, op, mode });
var SPECS = [
  // --- rwsem (kernel/locking/rwsem.c) -------------------------------------------------
  {
    c: "void down_read(struct rw_semaphore *sem)",
    cat: "lock",
    sleeps: true,
    lock: L(0, "acquire", "read"),
    doc: "Read-lock; queues (D state) behind a writer or any queued waiter."
  },
  {
    c: "int down_read_trylock(struct rw_semaphore *sem)",
    cat: "lock",
    lock: L(0, "try", "read"),
    doc: "Fails when a writer holds the rwsem or anyone is queued, even if only readers hold it."
  },
  {
    c: "void up_read(struct rw_semaphore *sem)",
    cat: "lock",
    lock: L(0, "release", "read"),
    doc: "Drop a read lock; wakes waiters when the last reader leaves."
  },
  {
    c: "void down_write(struct rw_semaphore *sem)",
    cat: "lock",
    sleeps: true,
    lock: L(0, "acquire", "write"),
    doc: "Write-lock; spins while a writer owner runs (time-boxed on readers), then sleeps in D state."
  },
  {
    c: "int down_write_trylock(struct rw_semaphore *sem)",
    cat: "lock",
    lock: L(0, "try", "write"),
    doc: "Succeeds only on a completely free rwsem."
  },
  {
    c: "void down_write_nested(struct rw_semaphore *sem, int subclass)",
    cat: "lock",
    sleeps: true,
    lock: L(0, "acquire", "write"),
    doc: "down_write() telling lockdep that a second rwsem of the same class nests (dup_mmap's two mmap_locks)."
  },
  {
    c: "void up_write(struct rw_semaphore *sem)",
    cat: "lock",
    lock: L(0, "release", "write"),
    doc: "Drop the write lock; wake the first waiter (all leading readers as a batch)."
  },
  {
    c: "void downgrade_write(struct rw_semaphore *sem)",
    cat: "lock",
    lock: L(0, "release", "write"),
    doc: "Turn the write lock into a read lock without releasing it."
  },
  {
    c: "int rwsem_is_locked(struct rw_semaphore *sem)",
    cat: "lock",
    lock: L(0, "query", "any"),
    doc: "Reads the count (marked). Used by anon_vma_free() to wait out a lockless reader."
  },
  // --- spinlocks -----------------------------------------------------------------------
  {
    c: "void spin_lock(spinlock_t *lock)",
    cat: "lock",
    lock: L(0, "acquire", "exclusive"),
    doc: "Queued spinlock: waiters burn CPU in FIFO order; disables preemption."
  },
  {
    c: "void spin_lock_nested(spinlock_t *lock, int subclass)",
    cat: "lock",
    lock: L(0, "acquire", "exclusive"),
    doc: "spin_lock() telling lockdep that a second lock of the same class nests (double_pt_lock)."
  },
  {
    c: "int spin_trylock(spinlock_t *lock)",
    cat: "lock",
    lock: L(0, "try", "exclusive"),
    doc: "Take the spinlock only if free."
  },
  {
    c: "void spin_unlock(spinlock_t *lock)",
    cat: "lock",
    lock: L(0, "release", "exclusive"),
    doc: "Release; the next queued waiter gets it."
  },
  // --- folio lock (mm/filemap.c) -------------------------------------------------------
  {
    c: "void folio_lock(struct folio *folio)",
    cat: "lock",
    sleeps: true,
    lock: L(0, "acquire", "exclusive"),
    doc: "PG_locked bit lock; sleeps (D state) on the folio wait queue."
  },
  {
    c: "bool folio_trylock(struct folio *folio)",
    cat: "lock",
    lock: L(0, "try", "exclusive"),
    doc: "Test-and-set PG_locked; never sleeps."
  },
  {
    c: "void folio_unlock(struct folio *folio)",
    cat: "lock",
    lock: L(0, "release", "exclusive"),
    doc: "Clear PG_locked; hand off to the first waiter (folio_wake_bit)."
  },
  {
    c: "bool folio_test_locked(struct folio *folio)",
    cat: "lock",
    lock: L(0, "query", "any"),
    doc: "Is PG_locked set?"
  },
  // --- per-VMA locks (mm/mmap_lock.c) --------------------------------------------------
  {
    c: "bool vma_start_read_locked(struct vm_area_struct *vma)",
    cat: "vma",
    lock: L(0, "try", "read"),
    doc: "Read-lock a VMA while holding the mmap lock; fails if it is write-locked."
  },
  {
    c: "void vma_end_read(struct vm_area_struct *vma)",
    cat: "vma",
    lock: L(0, "release", "read"),
    doc: "Drop a VMA read lock."
  },
  {
    c: "void vma_start_write(struct vm_area_struct *vma)",
    cat: "vma",
    sleeps: true,
    lock: L(0, "acquire", "write"),
    doc: "Write-lock a VMA (mmap lock held for write); waits out readers. Released by vma_end_write_all()."
  },
  {
    c: "void vma_end_write_all(struct mm_struct *mm)",
    cat: "vma",
    lock: L(0, "release_all", "write"),
    doc: "Release every VMA write lock of mm this thread holds (mmap_write_unlock does this)."
  },
  {
    c: "void vma_assert_write_locked(struct vm_area_struct *vma)",
    cat: "annotation",
    lock: L(0, "assert", "write"),
    doc: "BUG unless the VMA is write-locked."
  },
  {
    c: "struct vm_area_struct *lock_vma_under_rcu(struct mm_struct *mm, unsigned long address)",
    cat: "vma",
    lock: L(0, "try", "read"),
    reads: ["mm_struct.mm_mt"],
    doc: "Find the VMA at address and read-lock it without the mmap lock; NULL if that fails."
  },
  {
    c: "struct vm_area_struct *find_vma(struct mm_struct *mm, unsigned long addr)",
    cat: "vma",
    reads: ["mm_struct.mm_mt"],
    doc: "First VMA ending above addr (maple tree walk; mmap lock held)."
  },
  {
    c: "struct vm_area_struct *vma_lookup(struct mm_struct *mm, unsigned long addr)",
    cat: "vma",
    reads: ["mm_struct.mm_mt"],
    doc: "The VMA containing addr, or NULL."
  },
  // --- RCU -----------------------------------------------------------------------------
  {
    c: "void rcu_read_lock(void)",
    cat: "rcu",
    doc: "Enter an RCU read-side critical section (no sleeping inside)."
  },
  { c: "void rcu_read_unlock(void)", cat: "rcu", doc: "Leave it." },
  {
    c: "void synchronize_rcu(void)",
    cat: "rcu",
    sleeps: true,
    doc: "Wait for every pre-existing read-side section to end."
  },
  // --- atomics and marked accesses -----------------------------------------------------
  { c: "int atomic_read(atomic_t *v)", cat: "atomic", doc: "Marked read." },
  { c: "void atomic_set(atomic_t *v, int i)", cat: "atomic", doc: "Marked write." },
  { c: "void atomic_inc(atomic_t *v)", cat: "atomic", doc: "Atomic increment (no ordering)." },
  { c: "void atomic_dec(atomic_t *v)", cat: "atomic", doc: "Atomic decrement (no ordering)." },
  {
    c: "bool atomic_inc_not_zero(atomic_t *v)",
    cat: "atomic",
    doc: "Increment unless zero; full barrier on success."
  },
  {
    c: "bool atomic_dec_and_test(atomic_t *v)",
    cat: "atomic",
    doc: "Decrement; true if it hit zero. Full barrier."
  },
  { c: "void smp_mb(void)", cat: "atomic", doc: "Full memory barrier." },
  { c: "void smp_rmb(void)", cat: "atomic", doc: "Read barrier." },
  { c: "void smp_wmb(void)", cat: "atomic", doc: "Write barrier." },
  {
    c: "int READ_ONCE(int x)",
    cat: "access",
    generic: "read_once",
    doc: "Marked load of a shared field or pointer; has the type of its argument."
  },
  {
    c: "void WRITE_ONCE(int x, int val)",
    cat: "access",
    generic: "write_once",
    doc: "Marked store: lockless readers never see it torn."
  },
  // --- folio state (include/linux/page-flags.h, mm.h, rmap.h) --------------------------
  {
    c: "int folio_mapcount(struct folio *folio)",
    cat: "folio",
    reads: ["folio._mapcount"],
    doc: "Number of PTEs mapping the folio."
  },
  {
    c: "bool folio_mapped(struct folio *folio)",
    cat: "folio",
    reads: ["folio._mapcount"],
    doc: "Mapped by any PTE?"
  },
  {
    c: "void *folio_raw_mapping(struct folio *folio)",
    cat: "folio",
    reads: ["folio.mapping"],
    plain: true,
    doc: "folio->mapping without the FOLIO_MAPPING_* bits (a plain read, as in the kernel)."
  },
  {
    c: "bool folio_test_anon(struct folio *folio)",
    cat: "folio",
    reads: ["folio.mapping"],
    doc: "FOLIO_MAPPING_ANON set in folio->mapping."
  },
  {
    c: "bool folio_test_ksm(struct folio *folio)",
    cat: "folio",
    reads: ["folio.mapping"],
    doc: "A KSM folio (both mapping bits)."
  },
  {
    c: "bool folio_test_large(struct folio *folio)",
    cat: "folio",
    reads: ["folio.flags"],
    doc: "Always false: the model's folios are order-0."
  },
  {
    c: "struct anon_vma *folio_anon_vma(struct folio *folio)",
    cat: "folio",
    reads: ["folio.mapping"],
    doc: "The anon_vma from folio->mapping, or NULL if not anon."
  },
  {
    c: "pgoff_t folio_pgoff(struct folio *folio)",
    cat: "folio",
    reads: ["folio.index"],
    plain: true,
    doc: "folio->index (plain read)."
  },
  {
    c: "long folio_nr_pages(struct folio *folio)",
    cat: "folio",
    step: false,
    doc: "Always 1 in the model."
  },
  {
    c: "void folio_get(struct folio *folio)",
    cat: "folio",
    reads: ["folio._refcount"],
    writes: ["folio._refcount"],
    doc: "Take a reference."
  },
  {
    c: "void folio_put(struct folio *folio)",
    cat: "folio",
    reads: ["folio._refcount"],
    writes: ["folio._refcount"],
    doc: "Drop a reference (the model never frees a mapped folio)."
  },
  {
    c: "int folio_ref_count(struct folio *folio)",
    cat: "folio",
    reads: ["folio._refcount"],
    doc: "Current references."
  },
  {
    c: "bool folio_maybe_dma_pinned(struct folio *folio)",
    cat: "folio",
    reads: ["folio._refcount"],
    doc: "GUP-pinned?"
  },
  {
    c: "bool PageAnonExclusive(struct page *page)",
    cat: "folio",
    reads: ["page.flags"],
    plain: true,
    doc: "The page is mapped exclusively by one process (PAE)."
  },
  {
    c: "void SetPageAnonExclusive(struct page *page)",
    cat: "folio",
    writes: ["page.flags"],
    plain: true,
    doc: "Mark PAE (under the PTL, folio locked)."
  },
  {
    c: "void ClearPageAnonExclusive(struct page *page)",
    cat: "folio",
    writes: ["page.flags"],
    plain: true,
    doc: "Clear PAE (fork, KSM)."
  },
  {
    c: "void folio_remove_rmap_pte(struct folio *folio, struct page *page, struct vm_area_struct *vma)",
    cat: "folio",
    reads: ["folio._mapcount"],
    writes: ["folio._mapcount"],
    doc: "Drop one PTE mapping (mapcount--)."
  },
  {
    c: "void folio_add_new_anon_rmap(struct folio *folio, struct vm_area_struct *vma, unsigned long address)",
    cat: "folio",
    reads: ["vm_area_struct.anon_vma"],
    writes: ["folio.mapping", "folio.index", "folio._mapcount", "page.flags"],
    doc: "A fresh exclusive anon folio: mapping = vma->anon_vma | ANON, index, mapcount 1, PAE."
  },
  {
    c: "struct folio *vma_alloc_folio(gfp_t gfp, int order, struct vm_area_struct *vma, unsigned long addr)",
    cat: "object",
    sleeps: true,
    doc: "Allocate an order-0 folio (refcount 1, unmapped)."
  },
  {
    c: "int split_folio(struct folio *folio)",
    cat: "folio",
    sleeps: true,
    doc: "Split a large folio. The model's folios are order-0, so this returns 0 at once."
  },
  // --- page-table entries (arch/arm64/include/asm/pgtable.h) ---------------------------
  { c: "pte_t ptep_get(pte_t *ptep)", cat: "pte", reads: ["pte"], doc: "READ_ONCE of a PTE." },
  { c: "bool pte_none(pte_t pte)", cat: "pte", step: false, doc: "Empty PTE." },
  { c: "bool pte_present(pte_t pte)", cat: "pte", step: false, doc: "Maps a page." },
  { c: "bool pte_young(pte_t pte)", cat: "pte", step: false, doc: "Access flag set." },
  { c: "bool pte_dirty(pte_t pte)", cat: "pte", step: false, doc: "Dirty." },
  { c: "bool pte_write(pte_t pte)", cat: "pte", step: false, doc: "Writable." },
  { c: "bool pte_same(pte_t a, pte_t b)", cat: "pte", step: false, doc: "Identical entries." },
  { c: "pte_t pte_mkold(pte_t pte)", cat: "pte", step: false, doc: "Clear the access flag." },
  { c: "pte_t pte_mkyoung(pte_t pte)", cat: "pte", step: false, doc: "Set the access flag." },
  { c: "pte_t pte_mkdirty(pte_t pte)", cat: "pte", step: false, doc: "Set dirty." },
  {
    c: "pte_t pte_mkwrite(pte_t pte, struct vm_area_struct *vma)",
    cat: "pte",
    step: false,
    doc: "Make writable."
  },
  { c: "pte_t pte_wrprotect(pte_t pte)", cat: "pte", step: false, doc: "Make read-only." },
  {
    c: "pte_t folio_mk_pte(struct folio *folio, unsigned long prot)",
    cat: "pte",
    step: false,
    doc: "A present PTE mapping folio."
  },
  {
    c: "struct folio *vm_normal_folio(struct vm_area_struct *vma, unsigned long addr, pte_t pte)",
    cat: "pte",
    step: false,
    doc: "The folio a present PTE maps (NULL for the zero page or a none PTE)."
  },
  {
    c: "void set_pte_at(struct mm_struct *mm, unsigned long addr, pte_t *ptep, pte_t pte)",
    cat: "pte",
    writes: ["pte"],
    doc: "Install a PTE (PTL held)."
  },
  {
    c: "pte_t ptep_get_and_clear(struct mm_struct *mm, unsigned long addr, pte_t *ptep)",
    cat: "pte",
    reads: ["pte"],
    writes: ["pte"],
    doc: "Atomically clear a PTE and return the old value (no TLB flush)."
  },
  {
    c: "pte_t ptep_clear_flush(struct vm_area_struct *vma, unsigned long addr, pte_t *ptep)",
    cat: "tlb",
    reads: ["pte"],
    writes: ["pte"],
    doc: "Clear a PTE and flush its TLB entry (broadcast TLBI + DSB on arm64)."
  },
  {
    c: "int ptep_clear_flush_young_notify(struct vm_area_struct *vma, unsigned long addr, pte_t *ptep)",
    cat: "tlb",
    reads: ["pte"],
    writes: ["pte"],
    doc: "Test and clear the access flag; arm64 skips the DSB (a stale young bit only costs a spurious reclaim)."
  },
  {
    c: "int ptep_test_and_clear_young(struct vm_area_struct *vma, unsigned long addr, pte_t *ptep)",
    cat: "pte",
    reads: ["pte"],
    writes: ["pte"],
    doc: "Test and clear the access flag without any flush."
  },
  {
    c: "void flush_tlb_range(struct vm_area_struct *vma, unsigned long start, unsigned long end)",
    cat: "tlb",
    doc: "Flush a range of TLB entries."
  },
  // --- page-table pages (mm/pgtable-generic.c, mm/memory.c) ----------------------------
  {
    c: "pmd_t *mm_find_pmd(struct mm_struct *mm, unsigned long address)",
    cat: "pagetable",
    reads: ["pmd"],
    doc: "The PMD entry covering address, or NULL if no page table reaches it."
  },
  {
    c: "pmd_t pmdp_get_lockless(pmd_t *pmdp)",
    cat: "pagetable",
    reads: ["pmd"],
    doc: "READ_ONCE of a PMD entry."
  },
  { c: "bool pmd_none(pmd_t pmd)", cat: "pagetable", step: false, doc: "No PTE table installed." },
  {
    c: "bool pmd_same(pmd_t a, pmd_t b)",
    cat: "pagetable",
    step: false,
    doc: "Identical entries."
  },
  {
    c: "bool pmd_trans_huge(pmd_t pmd)",
    cat: "pagetable",
    step: false,
    doc: "Always false: the model maps with PTE tables only."
  },
  {
    c: "pte_t *__pte_offset_map(pmd_t *pmd, unsigned long addr, pmd_t *pmdvalp)",
    cat: "pagetable",
    reads: ["pmd"],
    doc: "Map the PTE table a PMD points at; NULL if none. The kernel also enters an RCU read section here; the model does not, and frees page tables at once (kernel-locking.md \xA78.4)."
  },
  {
    c: "void pte_unmap(pte_t *pte)",
    cat: "pagetable",
    doc: "Unmap a PTE table mapped by __pte_offset_map."
  },
  {
    c: "spinlock_t *pte_lockptr(struct mm_struct *mm, pmd_t *pmdvalp)",
    cat: "pagetable",
    step: false,
    doc: "The split PTL of the PTE table a PMD value points at."
  },
  {
    c: "pmd_t *pmd_off(struct mm_struct *mm, unsigned long va)",
    cat: "pagetable",
    step: false,
    doc: "include/linux/pgtable.h: the PMD slot covering va, whether or not a PTE table is installed (the model's upper levels always exist, so mm_alloc_pmd() is this)."
  },
  {
    c: "struct ptdesc *pte_alloc_one(struct mm_struct *mm)",
    cat: "object",
    sleeps: true,
    doc: "Allocate an empty PTE table with its split PTL (not yet installed)."
  },
  {
    c: "void pmd_populate(struct mm_struct *mm, pmd_t *pmd, struct ptdesc *pte)",
    cat: "pagetable",
    writes: ["pmd"],
    doc: "Install a PTE table in an empty PMD entry (caller holds the PMD lock, see pmd_install())."
  },
  {
    c: "void pte_free(struct mm_struct *mm, struct ptdesc *pte)",
    cat: "object",
    doc: "Free a PTE table that was never installed (pmd_install() lost the race)."
  },
  {
    c: "void free_pgd_range(struct mm_struct *mm, unsigned long addr, unsigned long end)",
    cat: "pagetable",
    writes: ["pmd"],
    doc: "Clear the PMDs of [addr, end) and free their PTE tables (and the PTLs inside them)."
  },
  {
    c: "void zap_page_range(struct vm_area_struct *vma, unsigned long start, unsigned long end)",
    cat: "pagetable",
    reads: ["pte"],
    writes: ["pte", "folio._mapcount"],
    doc: "Unmap every page of [start, end) under each PTL (unmap_vmas)."
  },
  // --- interval tree (mm/interval_tree.c) and lists ------------------------------------
  {
    c: "void anon_vma_interval_tree_insert(struct anon_vma_chain *node, struct rb_root_cached *root)",
    cat: "tree",
    reads: [
      "anon_vma.rb_root",
      "vm_area_struct.vm_pgoff",
      "vm_area_struct.vm_start",
      "vm_area_struct.vm_end"
    ],
    writes: ["anon_vma.rb_root"],
    plain: true,
    doc: "Insert an avc, keyed by its VMA's pgoff range (rebalances the tree)."
  },
  {
    c: "void anon_vma_interval_tree_remove(struct anon_vma_chain *node, struct rb_root_cached *root)",
    cat: "tree",
    reads: ["anon_vma.rb_root"],
    writes: ["anon_vma.rb_root"],
    plain: true,
    doc: "Remove an avc."
  },
  {
    c: "struct anon_vma_chain *anon_vma_interval_tree_iter_first(struct rb_root_cached *root, unsigned long start, unsigned long last)",
    cat: "tree",
    reads: ["anon_vma.rb_root"],
    plain: true,
    doc: "First avc whose range overlaps [start, last]. Use anon_vma_interval_tree_foreach()."
  },
  {
    c: "struct anon_vma_chain *anon_vma_interval_tree_iter_next(struct anon_vma_chain *node, unsigned long start, unsigned long last)",
    cat: "tree",
    reads: ["anon_vma.rb_root"],
    plain: true,
    doc: "Next overlapping avc after node."
  },
  {
    c: "void list_add(struct list_head *new, struct list_head *head)",
    cat: "list",
    writes: ["list_head"],
    plain: true,
    doc: "Add after head."
  },
  {
    c: "void list_add_tail(struct list_head *new, struct list_head *head)",
    cat: "list",
    writes: ["list_head"],
    plain: true,
    doc: "Add before head."
  },
  {
    c: "void list_del(struct list_head *entry)",
    cat: "list",
    writes: ["list_head"],
    plain: true,
    doc: "Unlink."
  },
  {
    c: "bool list_empty(struct list_head *head)",
    cat: "list",
    reads: ["list_head"],
    doc: "No entries (READ_ONCE)."
  },
  // --- slab objects --------------------------------------------------------------------
  {
    c: "void *kmem_cache_alloc(struct kmem_cache *cachep, gfp_t flags)",
    cat: "object",
    sleeps: true,
    doc: "Allocate an object of the cache's type, zeroed, with its embedded locks initialised."
  },
  {
    c: "void kmem_cache_free(struct kmem_cache *cachep, void *objp)",
    cat: "object",
    doc: "Free it. anon_vma_cachep is SLAB_TYPESAFE_BY_RCU: the memory may be reused for another anon_vma at once."
  },
  // --- scheduling and annotations ------------------------------------------------------
  {
    c: "void cond_resched(void)",
    cat: "annotation",
    sleeps: true,
    doc: "A voluntary preemption point."
  },
  {
    c: "void might_sleep(void)",
    cat: "annotation",
    sleeps: true,
    step: false,
    doc: "Assert sleeping is legal here."
  },
  {
    c: "void lockdep_assert_held(void *lock)",
    cat: "annotation",
    generic: "lock_ptr",
    lock: L(0, "assert", "any"),
    doc: "BUG (lockdep splat) unless the lock is held."
  },
  {
    c: "void lockdep_assert_held_read(void *lock)",
    cat: "annotation",
    generic: "lock_ptr",
    lock: L(0, "assert", "read"),
    doc: "...held for read."
  },
  {
    c: "void lockdep_assert_held_write(void *lock)",
    cat: "annotation",
    generic: "lock_ptr",
    lock: L(0, "assert", "write"),
    doc: "...held for write."
  },
  {
    c: "void VM_BUG_ON(bool cond)",
    cat: "annotation",
    step: false,
    generic: "cond",
    doc: "BUG if cond (CONFIG_DEBUG_VM)."
  },
  {
    c: "void VM_BUG_ON_FOLIO(bool cond, struct folio *folio)",
    cat: "annotation",
    step: false,
    generic: "cond",
    doc: "BUG if cond, dumping the folio."
  },
  {
    c: "void VM_BUG_ON_VMA(bool cond, struct vm_area_struct *vma)",
    cat: "annotation",
    step: false,
    generic: "cond",
    doc: "BUG if cond, dumping the VMA."
  },
  {
    c: "bool VM_WARN_ON_FOLIO(bool cond, struct folio *folio)",
    cat: "annotation",
    step: false,
    generic: "cond",
    doc: "Warn if cond; returns cond."
  },
  {
    c: "bool VM_WARN_ON_ONCE(bool cond)",
    cat: "annotation",
    step: false,
    generic: "cond",
    doc: "Warn once if cond; returns cond."
  },
  {
    c: "bool WARN_ON(bool cond)",
    cat: "annotation",
    step: false,
    generic: "cond",
    doc: "Warn if cond; returns cond."
  },
  {
    c: "bool WARN_ON_ONCE(bool cond)",
    cat: "annotation",
    step: false,
    generic: "cond",
    doc: "Warn once if cond; returns cond."
  },
  {
    c: "void BUG_ON(bool cond)",
    cat: "annotation",
    step: false,
    generic: "cond",
    doc: "BUG if cond."
  },
  {
    c: "bool likely(bool cond)",
    cat: "compiler",
    step: false,
    generic: "cond",
    doc: "Branch hint; returns cond."
  },
  {
    c: "bool unlikely(bool cond)",
    cat: "compiler",
    step: false,
    generic: "cond",
    doc: "Branch hint; returns cond."
  },
  {
    c: "void lb_cycles(int cycles)",
    cat: "annotation",
    doc: "lockbench cost annotation: this many CPU cycles of private work that touches no modelled shared state (scaled by the running core's frequency)."
  },
  {
    c: "void mmu_notifier_invalidate_range_start(struct mm_struct *mm, unsigned long start, unsigned long end)",
    cat: "tlb",
    doc: "Secondary-MMU invalidation start (a cost; no notifiers are registered in the model)."
  },
  {
    c: "void mmu_notifier_invalidate_range_end(struct mm_struct *mm, unsigned long start, unsigned long end)",
    cat: "tlb",
    doc: "Invalidation end."
  }
];
function build(s) {
  const isStep2 = s.step ?? true;
  const b = {
    proto: parsePrototype(s.c),
    text: s.c,
    category: s.cat,
    step: isStep2,
    sleeps: s.sleeps ?? false,
    reads: s.reads ?? [],
    writes: s.writes ?? [],
    marked: !s.plain,
    doc: s.doc,
    ...s.lock ? { lock: s.lock } : {},
    ...s.generic ? { generic: s.generic } : {}
  };
  return b;
}
var BUILTINS = SPECS.map(build);

// src/model/constants.ts
var c = (name, type, value, doc) => ({
  name,
  type,
  value,
  doc
});
var CONSTANTS = [
  c(
    "FOLIO_MAPPING_ANON",
    ULONG,
    1,
    "Low bit of folio->mapping: an anon_vma, not an address_space."
  ),
  c("FOLIO_MAPPING_KSM", ULONG, 2, "With ANON: a KSM stable node."),
  c("FOLIO_MAPPING_ANON_KSM", ULONG, 3, "Both bits."),
  c("FOLIO_MAPPING_FLAGS", ULONG, 3, "Mask of the bits above."),
  c("PAGE_SHIFT", INT, 12, "4 KiB pages."),
  c("PAGE_SIZE", ULONG, 4096, "Bytes per page."),
  c("PAGE_MASK", ULONG, ~4095, "Masks an address down to its page."),
  c("PMD_SHIFT", INT, 21, "One PTE table maps 2 MiB."),
  c("PMD_SIZE", ULONG, 1 << 21, "Bytes mapped by one PTE table."),
  c("PMD_MASK", ULONG, ~((1 << 21) - 1), "Masks an address down to its PMD."),
  c("PTRS_PER_PTE", INT, 512, "Entries per PTE table."),
  c("VM_READ", ULONG, 1, "vm_flags bits (include/linux/mm.h)."),
  c("VM_WRITE", ULONG, 2, ""),
  c("VM_EXEC", ULONG, 4, ""),
  c("VM_SHARED", ULONG, 8, ""),
  c("VM_MAYWRITE", ULONG, 32, ""),
  c("VM_GROWSDOWN", ULONG, 256, ""),
  c("VM_UFFD_MISSING", ULONG, 512, ""),
  c("VM_PFNMAP", ULONG, 1024, ""),
  c("VM_LOCKED", ULONG, 8192, ""),
  c("VM_IO", ULONG, 16384, ""),
  c("VM_DONTCOPY", ULONG, 131072, "MADV_DONTFORK."),
  c("VM_HUGETLB", ULONG, 4194304, ""),
  c("VM_MIXEDMAP", ULONG, 268435456, ""),
  c("GFP_KERNEL", GFP, 3264, "May sleep, may reclaim."),
  c("GFP_NOWAIT", GFP, 2048, "Never sleeps."),
  c("__GFP_NOWARN", GFP, 8192, ""),
  c("EPERM", INT, 1, "errno values (negated on return, as in the kernel)."),
  c("ENOENT", INT, 2, ""),
  c("EINTR", INT, 4, ""),
  c("EAGAIN", INT, 11, ""),
  c("ENOMEM", INT, 12, ""),
  c("EFAULT", INT, 14, ""),
  c("EBUSY", INT, 16, ""),
  c("EEXIST", INT, 17, ""),
  c("EINVAL", INT, 22, ""),
  c("SINGLE_DEPTH_NESTING", INT, 1, "Lockdep subclass for a second lock of one class."),
  c("TTU_RMAP_LOCKED", INT, 8, "try_to_unmap/try_to_migrate: caller holds the rmap lock."),
  c("TTU_SYNC", INT, 16, ""),
  c("TTU_BATCH_FLUSH", INT, 32, ""),
  c("MOVE_ALLOW_SRC_HOLES", INT, 2, "UFFDIO_MOVE_MODE_ALLOW_SRC_HOLES."),
  c(
    "UFFDIO_MOVE_MODE_ALLOW_SRC_HOLES",
    INT,
    2,
    "include/uapi/linux/userfaultfd.h: holes in the source range count as moved."
  ),
  c("PVMW_SYNC", INT, 1, "page_vma_mapped_walk(): look up the PTE with the PTL held."),
  c("PVMW_MIGRATION", INT, 2, "page_vma_mapped_walk(): look for migration entries."),
  c("FOLIOREF_RECLAIM", INT, 0, "mm/vmscan.c enum folio_references: reclaim the folio."),
  c("FOLIOREF_RECLAIM_CLEAN", INT, 1, "Reclaim if clean."),
  c("FOLIOREF_KEEP", INT, 2, "Keep it on the inactive list."),
  c("FOLIOREF_ACTIVATE", INT, 3, "Move it to the active list.")
];
var GLOBALS = [
  {
    name: "anon_vma_cachep",
    type: sptr("kmem_cache"),
    objects: "anon_vma",
    typesafeByRcu: true,
    doc: "anon_vma slab (SLAB_TYPESAFE_BY_RCU, so lockless readers may trylock a recycled one)."
  },
  {
    name: "vm_area_cachep",
    type: sptr("kmem_cache"),
    objects: "vm_area_struct",
    typesafeByRcu: true,
    doc: "vm_area_struct slab (vm_area_dup(), vm_area_free()); SLAB_TYPESAFE_BY_RCU since per-VMA locks look VMAs up under RCU (lock_vma_under_rcu)."
  },
  {
    name: "anon_vma_chain_cachep",
    type: sptr("kmem_cache"),
    objects: "anon_vma_chain",
    doc: "anon_vma_chain slab."
  }
];

// src/model/iterators.ts
var ITERATORS = [
  {
    name: "anon_vma_interval_tree_foreach",
    shape: "interval_tree",
    doc: "anon_vma_interval_tree_foreach(avc, root, start, last): for (avc = iter_first(root, start, last); avc; avc = iter_next(avc, start, last)). Every iteration step reads the live tree."
  },
  {
    name: "list_for_each_entry",
    shape: "list",
    doc: "list_for_each_entry(pos, head, member): walk a list of structs linked through member."
  },
  {
    name: "list_for_each_entry_reverse",
    shape: "list_reverse",
    doc: "Same, from the tail."
  },
  {
    name: "list_for_each_entry_safe",
    shape: "list_safe",
    doc: "list_for_each_entry_safe(pos, n, head, member): n is fetched before the body, so the body may list_del(pos)."
  }
];

// src/model/structs.ts
var f = (name, type, doc) => ({ name, type, doc });
var RWSEM = struct("rw_semaphore");
var SPIN = struct("spinlock_t");
var ATOMIC = struct("atomic_t");
var LIST = struct("list_head");
var RBROOT = struct("rb_root_cached");
var STRUCTS = [
  {
    name: "mm_struct",
    kind: "heap",
    doc: "An address space.",
    fields: [
      f("mmap_lock", RWSEM, "The mmap lock; outermost in the rmap.c lock order."),
      f("page_table_lock", SPIN, "Protects page-table page installation and stack expansion.")
    ]
  },
  {
    name: "vm_area_struct",
    kind: "heap",
    doc: "A VMA: a range of one address space.",
    fields: [
      f("vm_mm", sptr("mm_struct"), "The address space this VMA belongs to."),
      f("vm_start", ULONG, "First address (inclusive)."),
      f("vm_end", ULONG, "End address (exclusive)."),
      f("vm_pgoff", PGOFF, "Page offset of vm_start; anon: the linear page index at creation."),
      f("vm_flags", ULONG, "VM_* flags."),
      f("vm_page_prot", ULONG, "Protection bits used to build PTEs."),
      f("anon_vma", sptr("anon_vma"), "The VMA's own anon_vma (new anon folios go here)."),
      {
        name: "anon_vma_chain",
        type: LIST,
        doc: "Every anon_vma_chain of this VMA (one per anon_vma of its fork hierarchy).",
        list: { of: "anon_vma_chain", member: "same_vma" }
      },
      f(
        "vm_lock",
        RWSEM,
        "The per-VMA lock (CONFIG_PER_VMA_LOCK). v6.18 implements it with vm_refcnt; the model keeps its semantics: readers trylock, writers exclude readers until mmap_write_unlock."
      )
    ]
  },
  {
    name: "anon_vma",
    kind: "heap",
    doc: "Anonymous reverse-map node. Lives in a SLAB_TYPESAFE_BY_RCU cache.",
    fields: [
      f(
        "root",
        sptr("anon_vma"),
        "Root of the fork hierarchy; its rwsem covers every anon_vma below it."
      ),
      f("parent", sptr("anon_vma"), "The anon_vma this one was forked from."),
      f("rwsem", RWSEM, "Only the root's rwsem is ever taken (anon_vma_lock_*)."),
      f("refcount", ATOMIC, "Pins the anon_vma; 0 means being freed."),
      f("num_children", ULONG, "anon_vmas whose parent is this one."),
      f("num_active_vmas", ULONG, "VMAs whose vma->anon_vma is this one."),
      f("rb_root", RBROOT, "Interval tree of anon_vma_chains, keyed by the VMAs' pgoff ranges.")
    ]
  },
  {
    name: "anon_vma_chain",
    kind: "heap",
    doc: "Links one VMA with one anon_vma.",
    fields: [
      f("vma", sptr("vm_area_struct"), "The VMA."),
      f("anon_vma", sptr("anon_vma"), "The anon_vma."),
      f("same_vma", LIST, "Link in vma->anon_vma_chain.")
    ]
  },
  {
    name: "folio",
    kind: "heap",
    doc: "A folio. The model's folios are order-0 (one page).",
    fields: [
      f(
        "mapping",
        sptr("address_space"),
        "For anon folios the anon_vma pointer with FOLIO_MAPPING_ANON set (KSM: | FOLIO_MAPPING_KSM)."
      ),
      f("index", PGOFF, "Linear page index within the anon_vma's pgoff space."),
      f("_mapcount", ATOMIC, "Number of PTEs mapping the folio (folio_mapcount())."),
      f("_refcount", ATOMIC, "References: mappings, isolation, GUP pins."),
      f("page", struct("page"), "The folio's (only) page, for per-page flags.")
    ]
  },
  {
    name: "page",
    kind: "embedded",
    doc: "A struct page inside its folio: carries PageAnonExclusive.",
    fields: [f("flags", ULONG, "Per-page flags (PG_anon_exclusive).")]
  },
  {
    name: "address_space",
    kind: "heap",
    doc: "A file mapping. Anon folios never point at a real one (see folio->mapping).",
    fields: [
      f("i_mmap_rwsem", RWSEM, "Protects the file's i_mmap tree."),
      f("i_mmap", RBROOT, "Interval tree of file VMAs.")
    ]
  },
  {
    name: "ptdesc",
    kind: "heap",
    doc: "A page-table page (PTE level) with its split lock. Freed by free_pgtables().",
    fields: [f("ptl", SPIN, "The split PTE lock (ptlock_ptr()).")]
  },
  {
    name: "userfaultfd_ctx",
    kind: "heap",
    doc: "A userfaultfd context.",
    fields: [
      f("mm", sptr("mm_struct"), "The registered address space."),
      f(
        "map_changing_lock",
        RWSEM,
        "Held for read by UFFDIO_* ops, for write by non-cooperative events."
      ),
      f("mmap_changing", ATOMIC, "Non-zero while a non-cooperative event is in flight.")
    ]
  },
  {
    name: "kmem_cache",
    kind: "heap",
    doc: "A slab cache (anon_vma_cachep is SLAB_TYPESAFE_BY_RCU).",
    fields: []
  },
  {
    name: "rmap_walk_control",
    kind: "stack",
    doc: "How rmap_walk() visits each VMA that maps a folio.",
    fields: [
      f("arg", VOIDP, "Passed to every callback."),
      f(
        "rmap_one",
        fnptr(BOOL, sptr("folio"), sptr("vm_area_struct"), ULONG, VOIDP),
        "Called per mapping VMA; false stops the walk."
      ),
      f("done", fnptr(INT, sptr("folio")), "Stop early once it returns true."),
      f(
        "anon_lock",
        fnptr(sptr("anon_vma"), sptr("folio"), sptr("rmap_walk_control")),
        "Finds and locks the anon_vma (folio_lock_anon_vma_read)."
      ),
      f("invalid_vma", fnptr(BOOL, sptr("vm_area_struct"), VOIDP), "Skip a VMA when true."),
      f("try_lock", BOOL, "Never sleep on rmap locks; set contended instead."),
      f("contended", BOOL, "A try_lock walk found the rmap lock contended.")
    ]
  },
  {
    name: "folio_referenced_arg",
    kind: "stack",
    doc: "folio_referenced()'s walk state.",
    fields: [
      f("mapcount", INT, "Mappings left to find."),
      f("referenced", INT, "VMAs whose PTE was young."),
      f("vm_flags", ULONG, "Union of the referencing VMAs' flags.")
    ]
  },
  {
    name: "page_vma_mapped_walk",
    kind: "stack",
    doc: "page_vma_mapped_walk()'s cursor (DEFINE_FOLIO_VMA_WALK): while the walk returns true it holds pte mapped and ptl locked; page_vma_mapped_walk_done() drops both.",
    fields: [
      f("folio", sptr("folio"), "The folio whose mappings are looked for."),
      f("vma", sptr("vm_area_struct"), "The VMA being searched."),
      f("address", ULONG, "Where the folio is expected in vma (vma_address())."),
      f("pmd", ptr(PMD), "The PMD entry covering address."),
      f("pte", ptr(PTE), "The mapped PTE, or NULL."),
      f("ptl", ptr(SPIN), "The PTE lock held while pte is returned, or NULL."),
      f("flags", INT, "PVMW_* flags.")
    ]
  },
  {
    name: "vma_prepare",
    kind: "stack",
    doc: "mm/vma.h: what vma_prepare() locks and vma_complete() finishes around a VMA range change (split, merge, expand). File members (file, mapping) are left out: the model's VMAs are anonymous.",
    fields: [
      f("vma", sptr("vm_area_struct"), "The VMA whose range changes."),
      f("adj_next", sptr("vm_area_struct"), "The next VMA when its start moves too."),
      f("insert", sptr("vm_area_struct"), "A VMA split off vma, to insert."),
      f("remove", sptr("vm_area_struct"), "A VMA merged into vma, to remove."),
      f("remove2", sptr("vm_area_struct"), "A second VMA merged into vma, to remove."),
      f(
        "anon_vma",
        sptr("anon_vma"),
        "vma->anon_vma (its root is write-locked across the change)."
      )
    ]
  },
  // Embedded objects: reached only through &obj->field.
  { name: "rw_semaphore", kind: "embedded", doc: "kernel/locking/rwsem.c.", fields: [] },
  { name: "spinlock_t", kind: "embedded", doc: "A queued spinlock.", fields: [] },
  { name: "atomic_t", kind: "embedded", doc: "An atomic counter.", fields: [] },
  { name: "list_head", kind: "embedded", doc: "A doubly linked list node or head.", fields: [] },
  { name: "rb_root_cached", kind: "embedded", doc: "An interval tree root.", fields: [] }
];
function lockClassName(owner, field) {
  const short = {
    mm_struct: "mm",
    vm_area_struct: "vma",
    anon_vma: "anon_vma",
    address_space: "mapping",
    ptdesc: "ptdesc",
    userfaultfd_ctx: "ctx"
  };
  return `&${short[owner] ?? owner}->${field}`;
}

// src/model/index.ts
function byName(xs) {
  return new Map(xs.map((x) => [x.name, x]));
}
var builtinsByName = new Map(BUILTINS.map((b) => [b.proto.name, b]));
var MODEL = {
  structs: byName(STRUCTS),
  builtins: builtinsByName,
  constants: byName(CONSTANTS),
  globals: byName(GLOBALS),
  iterators: byName(ITERATORS),
  field(struct2, name) {
    return this.structs.get(struct2)?.fields.find((fd) => fd.name === name);
  }
};

// src/lang/checker.ts
var ERR = { kind: "struct", name: "<error>" };
var isErr = (t) => t.kind === "struct" && t.name === "<error>";
var BASE_TYPES = /* @__PURE__ */ new Set([
  "void",
  "bool",
  "int",
  "long",
  "unsigned int",
  "unsigned long",
  "pgoff_t",
  "gfp_t",
  "pte_t",
  "pmd_t",
  "spinlock_t",
  "atomic_t"
]);
function check(policy, diags) {
  return new Checker(policy, diags).run();
}
var Checker = class {
  constructor(policy, diags) {
    this.policy = policy;
    this.diags = diags;
  }
  policy;
  diags;
  structs = new Map(MODEL.structs);
  sigs = /* @__PURE__ */ new Map();
  types = /* @__PURE__ */ new Map();
  symbols = /* @__PURE__ */ new Map();
  fields = /* @__PURE__ */ new Map();
  functions = /* @__PURE__ */ new Map();
  // Per-function state.
  scopes = [];
  locals = [];
  declLocal = /* @__PURE__ */ new Map();
  labels = /* @__PURE__ */ new Set();
  loopDepth = 0;
  ret = VOID;
  err(code, message, span) {
    this.diags.push(error(code, message, span));
  }
  run() {
    this.extendStructs();
    for (const [name, fn] of this.policy.functions) {
      const sig = this.signature(fn.def);
      if (sig) this.sigs.set(name, { sig, span: fn.def.nameSpan });
      if (MODEL.builtins.has(name)) {
        this.err(
          "redefines-builtin",
          `'${name}' is a kernel primitive in the model and cannot be redefined`,
          fn.def.nameSpan
        );
      }
    }
    for (const proto of this.policy.prototypes) {
      const sig = this.signature(proto.def);
      const def = this.sigs.get(proto.def.name);
      if (sig && def && !sameSig(sig, def.sig)) {
        this.diags.push({
          ...error(
            "conflicting-types",
            `conflicting types for '${proto.def.name}'`,
            proto.def.nameSpan
          ),
          related: [{ message: "the definition is here", span: def.span }]
        });
      } else if (sig && !def && !MODEL.builtins.has(proto.def.name)) {
        this.sigs.set(proto.def.name, { sig, span: proto.def.nameSpan });
      }
    }
    for (const [name, fn] of this.policy.functions) {
      const sig = this.sigs.get(name)?.sig;
      if (sig) this.checkFunction(fn.def, fn.file, sig);
    }
    return {
      policy: this.policy,
      structs: this.structs,
      functions: this.functions,
      types: this.types,
      symbols: this.symbols,
      fields: this.fields
    };
  }
  // --- declarations ------------------------------------------------------------------------
  extendStructs() {
    for (const { ext } of this.policy.structs) {
      const base = this.structs.get(ext.name);
      if (base?.kind !== "heap") {
        this.err(
          "unknown-struct",
          base ? `struct ${ext.name} cannot be extended (only shared kernel objects can)` : `unknown struct '${ext.name}'`,
          ext.span
        );
        continue;
      }
      const fields = [...base.fields];
      for (const f2 of ext.fields) {
        const type = this.resolveType(f2.type);
        if (!type) continue;
        if (!isScalar(type) && type.kind !== "ptr") {
          this.err("bad-field", `added member '${f2.name}' must be a scalar or a pointer`, f2.span);
          continue;
        }
        if (fields.some((x) => x.name === f2.name)) {
          this.err(
            "duplicate-field",
            `struct ${ext.name} already has a member '${f2.name}'`,
            f2.span
          );
          continue;
        }
        fields.push({ name: f2.name, type, doc: "Added by this policy." });
      }
      this.structs.set(ext.name, { ...base, fields });
    }
  }
  resolveType(t) {
    let base;
    if (t.base.startsWith("struct ")) {
      const name = t.base.slice(7);
      if (!this.structs.has(name)) {
        this.err("unknown-struct", `unknown struct '${name}'`, t.span);
        return void 0;
      }
      base = { kind: "struct", name };
    } else if (BASE_TYPES.has(t.base)) {
      base = parseTypeText(t.base);
    } else {
      this.err("unknown-type", `unknown type '${t.base}'`, t.span);
      return void 0;
    }
    for (let i = 0; i < t.stars; i++) base = ptr(base);
    return base;
  }
  signature(def) {
    const ret = this.resolveType(def.ret);
    const params = def.params.map((p) => this.resolveType(p.type));
    if (!ret || params.some((p) => !p)) return void 0;
    if (ret.kind === "struct") {
      this.err(
        "bad-return-type",
        "functions return scalars or pointers, not structs",
        def.ret.span
      );
      return void 0;
    }
    return { ret, params };
  }
  // --- functions ---------------------------------------------------------------------------
  checkFunction(def, file, sig) {
    this.scopes = [/* @__PURE__ */ new Map()];
    this.locals = [];
    this.declLocal = /* @__PURE__ */ new Map();
    this.loopDepth = 0;
    this.ret = sig.ret;
    this.labels = /* @__PURE__ */ new Set();
    collectLabels(def.body, this.labels, this.diags);
    def.params.forEach((p, i) => {
      const type = sig.params[i];
      if (type.kind === "struct" || type.kind === "void") {
        this.err("bad-param", `parameter '${p.name}' must be a scalar or a pointer`, p.span);
      }
      this.declare(p.name, type, true, p.span, p);
    });
    for (const a of def.attributes) {
      if (a.args.length !== 1)
        this.err("bad-attribute", `${a.name}() takes one lock expression`, a.span);
    }
    this.block(def.body.body);
    if (sig.ret.kind !== "void" && !endsInReturn(def.body)) {
      this.diags.push(
        warning(
          "missing-return",
          `control may reach the end of non-void function '${def.name}'`,
          this.spanAt(def.body.span.file, def.body.span.end - 1)
        )
      );
    }
    this.functions.set(def.name, {
      name: def.name,
      file,
      def,
      sig,
      locals: this.locals,
      declLocal: this.declLocal
    });
  }
  /** A one-character span at an offset (e.g. a closing brace). */
  spanAt(file, offset) {
    const text = this.policy.sources.get(file) ?? "";
    const before = text.slice(0, offset);
    const line = before.split("\n").length;
    return { file, line, col: offset - before.lastIndexOf("\n"), start: offset, end: offset + 1 };
  }
  declare(name, type, isParam, span, key) {
    const scope = this.scopes[this.scopes.length - 1];
    if (scope.has(name)) this.err("redeclared", `redeclaration of '${name}'`, span);
    const local = {
      name,
      slot: this.locals.length,
      type,
      isParam,
      addressTaken: false,
      span
    };
    this.locals.push(local);
    scope.set(name, local);
    this.declLocal.set(key, local);
    return local;
  }
  lookupLocal(name) {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const l = this.scopes[i].get(name);
      if (l) return l;
    }
    return void 0;
  }
  block(body) {
    this.scopes.push(/* @__PURE__ */ new Map());
    let dead = false;
    for (const s of body) {
      if (dead && s.kind !== "label" && s.kind !== "empty") {
        this.diags.push(warning("unreachable", "unreachable code after return/goto", s.span));
        dead = false;
      }
      this.stmt(s);
      if (s.kind === "return" || s.kind === "goto" || s.kind === "break" || s.kind === "continue") {
        dead = true;
      } else if (s.kind === "label") {
        dead = false;
      }
    }
    this.scopes.pop();
  }
  stmt(s) {
    switch (s.kind) {
      case "decl":
        return this.decl(s);
      case "expr":
        this.expr(s.expr);
        return;
      case "if":
        this.test(s.test);
        this.scoped(s.then);
        if (s.otherwise) this.scoped(s.otherwise);
        return;
      case "while":
        this.test(s.test);
        this.loop(s.body);
        return;
      case "do":
        this.loop(s.body);
        this.test(s.test);
        return;
      case "for":
        this.scopes.push(/* @__PURE__ */ new Map());
        if (s.init) this.stmt(s.init);
        if (s.test) this.test(s.test);
        if (s.update) this.expr(s.update);
        this.loop(s.body);
        this.scopes.pop();
        return;
      case "foreach":
        this.foreach(s);
        this.loop(s.body);
        return;
      case "block":
        return this.block(s.body);
      case "return": {
        if (s.value) {
          const t = this.expr(s.value);
          if (this.ret.kind === "void")
            this.err("bad-return", "void function returns a value", s.value.span);
          else this.expectAssignable(this.ret, t, s.value.span, "return value");
        } else if (this.ret.kind !== "void") {
          this.err("bad-return", `non-void function must return a ${typeName(this.ret)}`, s.span);
        }
        return;
      }
      case "break":
      case "continue":
        if (this.loopDepth === 0) this.err("bad-jump", `'${s.kind}' outside a loop`, s.span);
        return;
      case "goto":
        if (!this.labels.has(s.label))
          this.err("undefined-label", `label '${s.label}' used but not defined`, s.span);
        return;
      case "label":
        return this.stmt(s.body);
      case "empty":
        return;
    }
  }
  scoped(s) {
    if (s.kind === "block") return this.stmt(s);
    this.scopes.push(/* @__PURE__ */ new Map());
    this.stmt(s);
    this.scopes.pop();
  }
  loop(body) {
    this.loopDepth++;
    this.scoped(body);
    this.loopDepth--;
  }
  decl(s) {
    const type = this.resolveType(s.type);
    if (s.init && type) {
      const t = this.expr(s.init);
      this.expectAssignable(type, t, s.init.span, `initialiser of '${s.name}'`);
    } else if (s.init) {
      this.expr(s.init);
    }
    if (!type) {
      this.declare(s.name, ERR, false, s.span, s);
      return;
    }
    if (type.kind === "void") {
      this.err("bad-decl", `variable '${s.name}' declared void`, s.span);
    }
    if (type.kind === "struct") {
      const def = this.structs.get(type.name);
      if (def?.kind !== "stack") {
        this.err(
          "bad-decl",
          `a local struct ${type.name} is not modelled: ${type.name} is a shared kernel object; use a pointer`,
          s.type.span
        );
      } else if (s.init) {
        this.err("bad-decl", `initialise struct ${type.name} with { .field = value }`, s.init.span);
      }
      for (const fi of s.fields ?? []) {
        const fd = def?.fields.find((f2) => f2.name === fi.field);
        const vt = this.expr(fi.value);
        if (!fd) {
          this.err("unknown-field", `struct ${type.name} has no field '${fi.field}'`, fi.span);
          continue;
        }
        this.expectAssignable(fd.type, vt, fi.value.span, `.${fi.field}`);
      }
    } else if (s.fields) {
      this.err("bad-decl", `'${s.name}' is not a struct; it cannot take { .field = ... }`, s.span);
    }
    this.declare(s.name, type, false, s.span, s);
  }
  foreach(s) {
    const it = MODEL.iterators.get(s.macro);
    const arity = it.shape === "interval_tree" ? 4 : it.shape === "list_safe" ? 4 : 3;
    if (s.args.length !== arity) {
      this.err("arg-count", `${s.macro}() takes ${arity} arguments, got ${s.args.length}`, s.span);
      return;
    }
    const posT = this.lvalueLocal(s.args[0]);
    if (it.shape === "interval_tree") {
      const rootT = this.expr(s.args[1]);
      this.expectAssignable(
        ptr({ kind: "struct", name: "rb_root_cached" }),
        rootT,
        s.args[1].span,
        "interval tree root"
      );
      this.expectScalar(this.expr(s.args[2]), s.args[2].span);
      this.expectScalar(this.expr(s.args[3]), s.args[3].span);
      if (posT)
        this.expectAssignable(
          posT,
          ptr({ kind: "struct", name: "anon_vma_chain" }),
          s.args[0].span,
          "iterator"
        );
      return;
    }
    let headIdx = 1;
    if (it.shape === "list_safe") {
      const nT = this.lvalueLocal(s.args[1]);
      if (posT && nT && !sameType(posT, nT)) {
        this.err(
          "type-mismatch",
          `'${exprText(s.args[1])}' must have the same type as the cursor`,
          s.args[1].span
        );
      }
      headIdx = 2;
    }
    const head = s.args[headIdx];
    const member = s.args[headIdx + 1];
    this.expr(head);
    const field = head.kind === "unary" && head.op === "&" && head.operand.kind === "member" ? this.fieldOf(head.operand) : void 0;
    if (!field?.list) {
      this.err("bad-list", `${s.macro}() needs a list head like &vma->anon_vma_chain`, head.span);
      return;
    }
    if (member.kind !== "name" || member.name !== field.list.member) {
      this.err(
        "bad-list",
        `entries of this list are linked through '${field.list.member}'`,
        member.span
      );
    }
    if (posT)
      this.expectAssignable(
        posT,
        ptr({ kind: "struct", name: field.list.of }),
        s.args[0].span,
        "list cursor"
      );
  }
  /** An iterator cursor: a plain local variable. */
  lvalueLocal(e) {
    if (e.kind !== "name") {
      this.err("bad-iterator", "the cursor must be a local variable", e.span);
      return void 0;
    }
    const t = this.expr(e);
    return isErr(t) ? void 0 : t;
  }
  // --- expressions -------------------------------------------------------------------------
  test(e) {
    const t = this.expr(e);
    if (!isErr(t) && !isTestable(t)) {
      this.err("bad-condition", `a ${typeName(t)} cannot be used as a condition`, e.span);
    }
  }
  expectScalar(t, span) {
    if (!isErr(t) && !isScalar(t))
      this.err("type-mismatch", `expected an integer, got ${typeName(t)}`, span);
  }
  expectAssignable(to, from, span, what) {
    if (isErr(to) || isErr(from) || assignable(to, from)) return;
    this.err("type-mismatch", `${what}: expected ${typeName(to)}, got ${typeName(from)}`, span);
  }
  expr(e) {
    const t = this.exprInner(e);
    this.types.set(e, t);
    return t;
  }
  exprInner(e) {
    switch (e.kind) {
      case "int":
        return INT;
      case "bool":
        return BOOL;
      case "null":
        return NULLT;
      case "name":
        return this.name(e);
      case "call":
        return this.call(e);
      case "member": {
        const f2 = this.fieldOf(e);
        if (!f2) return ERR;
        if (f2.type.kind === "struct" && this.structs.get(f2.type.name)?.kind === "embedded") {
          this.err(
            "embedded-field",
            `'${e.field}' is a ${typeName(f2.type)}; pass its address (&...->${e.field})`,
            e.fieldSpan
          );
          return ERR;
        }
        return f2.type;
      }
      case "unary":
        return this.unary(e);
      case "binary":
        return this.binary(e);
      case "logical":
        this.test(e.left);
        this.test(e.right);
        return BOOL;
      case "cond": {
        this.test(e.test);
        const a = this.expr(e.then);
        const b = this.expr(e.otherwise);
        if (isErr(a) || isErr(b)) return ERR;
        if (isScalar(a) && isScalar(b)) return a.kind === "bool" && b.kind === "bool" ? BOOL : INT;
        if (assignable(a, b)) return a.kind === "null" ? b : a;
        if (assignable(b, a)) return b;
        this.err(
          "type-mismatch",
          `the branches have different types: ${typeName(a)} and ${typeName(b)}`,
          e.span
        );
        return ERR;
      }
      case "assign": {
        const target = this.lvalue(e.target);
        const value = this.expr(e.value);
        if (!target) return ERR;
        if (e.op === "=") {
          this.expectAssignable(target, value, e.value.span, "assignment");
        } else if (isEntryPtr(target) && (e.op === "+" || e.op === "-")) {
          this.expectScalar(value, e.value.span);
        } else {
          this.expectScalar(target, e.target.span);
          this.expectScalar(value, e.value.span);
        }
        return target;
      }
      case "incdec": {
        const t = this.lvalue(e.target);
        if (t && !isEntryPtr(t)) this.expectScalar(t, e.target.span);
        return t ?? ERR;
      }
      case "comma":
        this.expr(e.left);
        return this.expr(e.right);
      case "cast": {
        const to = this.resolveType(e.type);
        const from = this.expr(e.operand);
        if (!to) return ERR;
        if (!isErr(from) && !castable(to, from)) {
          this.err("bad-cast", `cannot cast ${typeName(from)} to ${typeName(to)}`, e.span);
        }
        return to;
      }
    }
  }
  name(e) {
    const local = this.lookupLocal(e.name);
    if (local) {
      this.symbols.set(e, { kind: "local", local });
      return local.type;
    }
    const fn = this.sigs.get(e.name);
    if (fn) {
      this.symbols.set(e, { kind: "function", name: e.name, sig: fn.sig });
      return { kind: "fn", sig: fn.sig };
    }
    const c2 = MODEL.constants.get(e.name);
    if (c2) {
      this.symbols.set(e, { kind: "const", name: c2.name, value: c2.value });
      return c2.type;
    }
    const g = MODEL.globals.get(e.name);
    if (g) {
      this.symbols.set(e, { kind: "global", name: g.name });
      return g.type;
    }
    if (MODEL.builtins.has(e.name)) {
      this.err("builtin-value", `'${e.name}' is a kernel primitive; it can only be called`, e.span);
      return ERR;
    }
    this.err("unknown-name", `'${e.name}' undeclared`, e.span);
    return ERR;
  }
  /** A field access: resolves the struct and the field, or reports why not. */
  fieldOf(e) {
    const ot = this.expr(e.object);
    if (isErr(ot)) return void 0;
    let sname;
    if (e.arrow) {
      if (ot.kind === "ptr" && ot.to.kind === "struct") sname = ot.to.name;
      else {
        this.err("bad-member", `'->' needs a pointer to a struct, got ${typeName(ot)}`, e.span);
        return void 0;
      }
    } else {
      if (ot.kind === "struct") sname = ot.name;
      else {
        const hint = ot.kind === "ptr" && ot.to.kind === "struct" ? " (did you mean '->'?)" : "";
        this.err("bad-member", `'.' needs a struct, got ${typeName(ot)}${hint}`, e.span);
        return void 0;
      }
    }
    const def = this.structs.get(sname);
    const f2 = def?.fields.find((x) => x.name === e.field);
    if (!f2) {
      const near = def ? nearest(
        e.field,
        def.fields.map((x) => x.name)
      ) : void 0;
      this.err(
        "unknown-field",
        `struct ${sname} has no member named '${e.field}'${near ? `; did you mean '${near}'?` : ""}`,
        e.fieldSpan
      );
      return void 0;
    }
    this.fields.set(e, { struct: sname, field: f2 });
    return f2;
  }
  /** Type of an assignable expression; reports non-lvalues. */
  lvalue(e) {
    if (e.kind === "name") {
      const t = this.expr(e);
      const sym = this.symbols.get(e);
      if (sym && sym.kind !== "local") {
        this.err("bad-assign", `'${e.name}' is not a variable`, e.span);
        return void 0;
      }
      if (isErr(t)) return void 0;
      if (t.kind === "struct") {
        this.err("bad-assign", "struct assignment is not modelled; assign its fields", e.span);
        return void 0;
      }
      return t;
    }
    if (e.kind === "member" || e.kind === "unary" && e.op === "*") {
      const t = this.expr(e);
      return isErr(t) ? void 0 : t;
    }
    this.expr(e);
    return void 0;
  }
  unary(e) {
    switch (e.op) {
      case "!":
        this.test(e.operand);
        return BOOL;
      case "-":
      case "~": {
        const t = this.expr(e.operand);
        this.expectScalar(t, e.operand.span);
        return isErr(t) ? ERR : t.kind === "bool" ? INT : t;
      }
      case "*": {
        const t = this.expr(e.operand);
        if (isErr(t)) return ERR;
        if (t.kind !== "ptr" || t.to.kind === "void" || t.to.kind === "struct") {
          this.err(
            "bad-deref",
            `cannot dereference ${typeName(t)}${t.kind === "ptr" && t.to.kind === "struct" ? " (use '->')" : ""}`,
            e.span
          );
          return ERR;
        }
        return t.to;
      }
      case "&":
        return this.addressOf(e.operand);
    }
  }
  addressOf(x) {
    if (x.kind === "name") {
      const t = this.expr(x);
      const sym = this.symbols.get(x);
      if (sym?.kind === "local") {
        sym.local.addressTaken = true;
        return isErr(t) ? ERR : ptr(t);
      }
      if (sym?.kind === "function") return t;
      if (!isErr(t)) this.err("bad-address", `cannot take the address of '${x.name}'`, x.span);
      return ERR;
    }
    if (x.kind === "member") {
      const f2 = this.fieldOf(x);
      this.types.set(x, f2?.type ?? ERR);
      if (!f2) return ERR;
      if (f2.type.kind === "struct") return ptr(f2.type);
      this.err(
        "bad-address",
        this.structs.get(this.fields.get(x)?.struct ?? "")?.kind === "stack" ? `taking the address of a member of a stack struct ('${x.field}') is not modelled; pass a pointer to a local instead` : `taking the address of the shared field '${x.field}' is not modelled; only embedded locks, atomics, lists and trees`,
        x.span
      );
      return ERR;
    }
    this.expr(x);
    this.err("bad-address", "cannot take the address of this expression", x.span);
    return ERR;
  }
  binary(e) {
    const a = this.expr(e.left);
    const b = this.expr(e.right);
    if (isErr(a) || isErr(b)) return ERR;
    switch (e.op) {
      case "==":
      case "!=":
        if (isScalar(a) && isScalar(b) || isPointer(a) && isPointer(b) && (assignable(a, b) || assignable(b, a))) {
          return BOOL;
        }
        this.err(
          "type-mismatch",
          a.kind === "word" ? `compare ${a.name} values with ${a.name === "pte_t" ? "pte_same()" : "pmd_same()"}` : `cannot compare ${typeName(a)} with ${typeName(b)}`,
          e.span
        );
        return ERR;
      case "<":
      case "<=":
      case ">":
      case ">=":
        if (isScalar(a) && isScalar(b) || a.kind === "ptr" && sameType(a, b)) return BOOL;
        this.err("type-mismatch", `cannot order ${typeName(a)} and ${typeName(b)}`, e.span);
        return ERR;
      default:
        if (isEntryPtr(a) && isScalar(b) && (e.op === "+" || e.op === "-")) return a;
        if (isScalar(a) && isScalar(b)) {
          if (a.kind === "int" && (a.name === "unsigned long" || a.name === "long")) return a;
          if (b.kind === "int" && (b.name === "unsigned long" || b.name === "long")) return b;
          return a.kind === "int" ? a : INT;
        }
        this.err(
          "type-mismatch",
          `invalid operands to '${e.op}' (${typeName(a)} and ${typeName(b)})${a.kind === "ptr" ? "; only pte_t * and pmd_t * step through entries; cast other pointers to unsigned long" : ""}`,
          e.span
        );
        return ERR;
    }
  }
  call(e) {
    const argTypes = () => e.args.map((a) => this.expr(a));
    if (e.callee.kind === "name") {
      const name = e.callee.name;
      if (!this.lookupLocal(name)) {
        const b = MODEL.builtins.get(name);
        if (b) {
          this.symbols.set(e.callee, { kind: "builtin", builtin: b });
          return this.builtinCall(e, b);
        }
        const fn = this.sigs.get(name);
        if (fn) {
          this.symbols.set(e.callee, { kind: "function", name, sig: fn.sig });
          this.checkArgs(e, name, fn.sig, argTypes());
          return fn.sig.ret;
        }
        if (MODEL.iterators.has(name)) {
          this.err("bad-iterator", `${name}() is a loop macro: follow it with a statement`, e.span);
          argTypes();
          return ERR;
        }
        argTypes();
        const near = nearest(name, [...this.sigs.keys(), ...MODEL.builtins.keys()]);
        this.err(
          "unknown-function",
          `implicit declaration of function '${name}'${near ? `; did you mean '${near}'?` : ""}`,
          e.callee.span
        );
        return ERR;
      }
    }
    const ct = this.expr(e.callee);
    const ats = argTypes();
    if (isErr(ct)) return ERR;
    if (ct.kind !== "fn") {
      this.err(
        "not-callable",
        `called object of type ${typeName(ct)} is not a function`,
        e.callee.span
      );
      return ERR;
    }
    this.checkArgs(e, exprText(e.callee), ct.sig, ats);
    return ct.sig.ret;
  }
  checkArgs(e, name, sig, ats) {
    if (ats.length !== sig.params.length) {
      this.err(
        "arg-count",
        `too ${ats.length < sig.params.length ? "few" : "many"} arguments to '${name}': expected ${sig.params.length}, got ${ats.length}`,
        e.span
      );
      return;
    }
    ats.forEach(
      (t, i) => this.expectAssignable(sig.params[i], t, e.args[i].span, `argument ${i + 1} of '${name}'`)
    );
  }
  builtinCall(e, b) {
    const name = b.proto.name;
    switch (b.generic) {
      case "read_once": {
        if (e.args.length !== 1) return this.arity(e, name, 1);
        const t = this.lvalue(e.args[0]) ?? ERR;
        if (e.args[0].kind !== "member" && !isErr(t)) {
          this.err(
            "bad-once",
            `${name}() marks a shared access: pass a field like folio->mapping`,
            e.args[0].span
          );
        }
        return t;
      }
      case "write_once": {
        if (e.args.length !== 2) return this.arity(e, name, 2);
        const t = this.lvalue(e.args[0]);
        const v = this.expr(e.args[1]);
        if (e.args[0].kind !== "member" && t) {
          this.err(
            "bad-once",
            `${name}() marks a shared access: pass a field like folio->mapping`,
            e.args[0].span
          );
        }
        if (t) this.expectAssignable(t, v, e.args[1].span, `value of ${name}()`);
        return VOID;
      }
      case "lock_ptr": {
        if (e.args.length !== 1) return this.arity(e, name, 1);
        const t = this.expr(e.args[0]);
        if (!isErr(t) && !isLockPtr(t)) {
          this.err(
            "not-a-lock",
            `${name}() needs a lock (struct rw_semaphore * or spinlock_t *), got ${typeName(t)}`,
            e.args[0].span
          );
        }
        return VOID;
      }
      case "cond": {
        const n = b.proto.params.length;
        if (e.args.length !== n) return this.arity(e, name, n);
        this.test(e.args[0]);
        for (let i = 1; i < n; i++) {
          this.expectAssignable(
            b.proto.params[i].type,
            this.expr(e.args[i]),
            e.args[i].span,
            `argument ${i + 1} of '${name}'`
          );
        }
        return b.proto.ret;
      }
      case void 0: {
        const ats = e.args.map((a) => this.expr(a));
        const ps = b.proto.params;
        if (ats.length !== ps.length) return this.arity(e, name, ps.length);
        ats.forEach((t, i) => {
          if (isErr(t) || assignable(ps[i].type, t)) return;
          if (b.lock && b.lock.arg === i && (b.category === "lock" || b.category === "vma")) {
            this.err(
              "not-a-lock",
              `${name}() operates on a ${typeName(ps[i].type)}; ${typeName(t)} is not one`,
              e.args[i].span
            );
          } else {
            this.err(
              "type-mismatch",
              `argument ${i + 1} of '${name}': expected ${typeName(ps[i].type)}, got ${typeName(t)}`,
              e.args[i].span
            );
          }
        });
        return b.proto.ret;
      }
    }
  }
  arity(e, name, n) {
    for (const a of e.args) this.expr(a);
    this.err(
      "arg-count",
      `'${name}' takes ${n} argument${n === 1 ? "" : "s"}, got ${e.args.length}`,
      e.span
    );
    return ERR;
  }
};
function isEntryPtr(t) {
  return t.kind === "ptr" && t.to.kind === "word";
}
function isLockPtr(t) {
  return t.kind === "ptr" && t.to.kind === "struct" && (t.to.name === "rw_semaphore" || t.to.name === "spinlock_t");
}
function sameSig(a, b) {
  return sameType({ kind: "fn", sig: a }, { kind: "fn", sig: b });
}
function collectLabels(s, labels, diags) {
  switch (s.kind) {
    case "label":
      if (labels.has(s.label))
        diags.push(error("duplicate-label", `duplicate label '${s.label}'`, s.span));
      labels.add(s.label);
      return collectLabels(s.body, labels, diags);
    case "block":
      for (const x of s.body) collectLabels(x, labels, diags);
      return;
    case "if":
      collectLabels(s.then, labels, diags);
      if (s.otherwise) collectLabels(s.otherwise, labels, diags);
      return;
    case "while":
    case "do":
    case "foreach":
      return collectLabels(s.body, labels, diags);
    case "for":
      return collectLabels(s.body, labels, diags);
    case "decl":
    case "expr":
    case "return":
    case "break":
    case "continue":
    case "goto":
    case "empty":
      return;
  }
}
function endsInReturn(s) {
  switch (s.kind) {
    case "return":
    case "goto":
      return true;
    case "block": {
      let ends = false;
      for (const x of s.body) {
        if (x.kind === "label") ends = endsInReturn(x);
        else if (!ends) ends = endsInReturn(x);
      }
      return ends;
    }
    case "if":
      return s.otherwise !== void 0 && endsInReturn(s.then) && endsInReturn(s.otherwise);
    case "label":
      return endsInReturn(s.body);
    case "while":
    case "for":
      return (s.kind === "for" ? !s.test : isTrue(s.test)) && !containsBreak(s.body);
    default:
      return false;
  }
}
var isTrue = (e) => e.kind === "bool" && e.value || e.kind === "int" && e.value !== 0;
function containsBreak(s) {
  switch (s.kind) {
    case "break":
      return true;
    case "block":
      return s.body.some(containsBreak);
    case "if":
      return containsBreak(s.then) || s.otherwise !== void 0 && containsBreak(s.otherwise);
    case "label":
      return containsBreak(s.body);
    default:
      return false;
  }
}
function exprText(e) {
  switch (e.kind) {
    case "name":
      return e.name;
    case "member":
      return `${exprText(e.object)}${e.arrow ? "->" : "."}${e.field}`;
    case "call":
      return `${exprText(e.callee)}()`;
    default:
      return "expression";
  }
}
function nearest(word, candidates) {
  let best;
  let bestD = Math.max(1, Math.floor(word.length / 3)) + 1;
  for (const c2 of candidates) {
    const d = editDistance(word, c2, bestD);
    if (d < bestD) {
      bestD = d;
      best = c2;
    }
  }
  return best;
}
function editDistance(a, b, cap) {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        prev[j] + 1,
        cur[j - 1] + 1,
        prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)
      );
    }
    prev = cur;
  }
  return prev[b.length];
}

// src/lang/compiler.ts
var BUILTIN_ID = new Map(BUILTINS.map((b, i) => [b, i]));
function compile(checked) {
  const files = [...checked.policy.files.keys()].sort();
  const fileIdx = new Map(files.map((f2, i) => [f2, i]));
  const names = [...checked.functions.keys()];
  const byName2 = new Map(names.map((n, i) => [n, i]));
  const functions = names.map(
    (n, i) => new FunctionCompiler(checked, checked.functions.get(n), i, fileIdx, byName2).compile()
  );
  return {
    policy: checked.policy.header.name,
    files,
    functions,
    byName: byName2,
    builtins: BUILTINS,
    structs: checked.structs
  };
}
var FunctionCompiler = class {
  constructor(checked, fn, index, fileIdx, byName2) {
    this.checked = checked;
    this.fn = fn;
    this.index = index;
    this.fileIdx = fileIdx;
    this.byName = byName2;
    this.nextHidden = fn.locals.length;
  }
  checked;
  fn;
  index;
  fileIdx;
  byName;
  code = [];
  locs = [];
  steps = [];
  homes = /* @__PURE__ */ new Map();
  labels = /* @__PURE__ */ new Map();
  loops = [];
  nextHidden;
  tempBase = 0;
  nextTemp = 0;
  maxReg = 0;
  loc = { file: 0, line: 0, col: 0 };
  compile() {
    const def = this.fn.def;
    const body = def.body;
    const hidden = countHidden(body) + this.fn.locals.filter((l) => l.isParam && l.addressTaken).length;
    this.tempBase = this.fn.locals.length + hidden;
    this.nextTemp = this.tempBase;
    this.maxReg = this.tempBase;
    this.at(def.nameSpan);
    this.prologue();
    this.stmt(body);
    const last = this.code[this.code.length - 1];
    if (last?.op !== "ret" || this.labelTargetsEnd()) {
      this.at(body.span, true);
      if (this.fn.sig.ret.kind === "void") this.emit({ op: "ret", src: -1 });
      else {
        const r = this.temp();
        this.emit({ op: "const", dst: r, value: 0 });
        this.emit({ op: "ret", src: r });
      }
    }
    for (const [name, l] of this.labels) {
      if (l.pc < 0) throw new Error(`internal: label '${name}' was never placed`);
    }
    const localNames = this.fn.locals.map((l) => l.name);
    return {
      name: this.fn.name,
      index: this.index,
      file: this.fileIdx.get(this.fn.file),
      line: def.nameSpan.line,
      sig: this.fn.sig,
      nparams: def.params.length,
      nregs: this.maxReg,
      code: this.code,
      locs: this.locs,
      steps: this.steps,
      localNames,
      attributes: def.attributes.map((a) => ({
        name: a.name,
        text: this.checked.policy.sources.get(this.fn.file).slice(a.span.start, a.span.end)
      }))
    };
  }
  /** Stack structs and address-taken locals get their cells once, at entry. */
  prologue() {
    for (const l of this.fn.locals) {
      if (l.type.kind === "struct") {
        this.homes.set(l, { reg: l.slot, cell: false });
        this.emit({ op: "alloca", dst: l.slot, struct: l.type.name });
      } else if (l.addressTaken) {
        if (l.isParam) {
          const cell = this.nextHidden++;
          this.homes.set(l, { reg: cell, cell: true });
          this.emit({ op: "alloca", dst: cell });
          this.emit({ op: "store_ind", ptr: cell, src: l.slot });
        } else {
          this.homes.set(l, { reg: l.slot, cell: true });
          this.emit({ op: "alloca", dst: l.slot });
        }
      } else {
        this.homes.set(l, { reg: l.slot, cell: false });
      }
    }
  }
  labelTargetsEnd() {
    const end = this.code.length;
    for (const l of this.labels.values()) if (l.pc === end) return true;
    for (const lp of this.loops) if (lp.brk.pc === end) return true;
    return this.code.some((i) => (i.op === "jmp" || i.op === "br") && i.target === end);
  }
  // --- emission helpers -------------------------------------------------------------------
  at(span, end = false) {
    const file = this.fileIdx.get(span.file) ?? 0;
    this.loc = end ? { file, line: lineOfEnd(this.checked, span), col: 1 } : { file, line: span.line, col: span.col };
  }
  emit(ins) {
    this.code.push(ins);
    this.locs.push(this.loc);
    this.steps.push(isStep(ins));
    return this.code.length - 1;
  }
  temp() {
    const r = this.nextTemp++;
    if (this.nextTemp > this.maxReg) this.maxReg = this.nextTemp;
    return r;
  }
  newLabel() {
    return { pc: -1, patches: [] };
  }
  place(l) {
    l.pc = this.code.length;
    for (const p of l.patches) this.code[p].target = l.pc;
  }
  jump(l) {
    const pc = this.emit({ op: "jmp", target: l.pc });
    if (l.pc < 0) l.patches.push(pc);
  }
  brTo(cond, ifZero, l) {
    const pc = this.emit({ op: "br", cond, ifZero, target: l.pc });
    if (l.pc < 0) l.patches.push(pc);
  }
  namedLabel(name) {
    let l = this.labels.get(name);
    if (!l) {
      l = this.newLabel();
      this.labels.set(name, l);
    }
    return l;
  }
  // --- statements -------------------------------------------------------------------------
  stmt(s) {
    this.nextTemp = this.tempBase;
    this.at(s.span);
    switch (s.kind) {
      case "decl": {
        const local = this.fn.declLocal.get(s);
        const home = this.homes.get(local);
        if (local.type.kind === "struct") {
          const sdef = this.checked.structs.get(local.type.name);
          for (const f2 of sdef.fields) {
            const init = s.fields?.find((fi) => fi.field === f2.name);
            let v;
            if (init) v = this.expr(init.value);
            else {
              v = this.temp();
              this.emit({ op: "const", dst: v, value: 0 });
            }
            this.at(s.span);
            this.emit({ op: "lstore", obj: home.reg, struct: sdef.name, field: f2.name, src: v });
          }
        } else if (s.init) {
          const v = this.expr(s.init);
          this.writeLocal(home, v);
        }
        return;
      }
      case "expr":
        this.effect(s.expr);
        return;
      case "if": {
        const otherwise = this.newLabel();
        this.branchFalse(s.test, otherwise);
        this.stmt(s.then);
        if (s.otherwise) {
          const end = this.newLabel();
          this.jump(end);
          this.place(otherwise);
          this.stmt(s.otherwise);
          this.place(end);
        } else {
          this.place(otherwise);
        }
        return;
      }
      case "while": {
        const top = this.newLabel();
        const brk = this.newLabel();
        this.place(top);
        this.at(s.test.span);
        this.branchFalse(s.test, brk);
        this.loopBody(s.body, brk, top);
        this.jump(top);
        this.place(brk);
        return;
      }
      case "do": {
        const top = this.newLabel();
        const cont = this.newLabel();
        const brk = this.newLabel();
        this.place(top);
        this.loopBody(s.body, brk, cont);
        this.place(cont);
        this.nextTemp = this.tempBase;
        this.at(s.test.span);
        this.branchTrue(s.test, top);
        this.place(brk);
        return;
      }
      case "for": {
        if (s.init) this.stmt(s.init);
        const top = this.newLabel();
        const cont = this.newLabel();
        const brk = this.newLabel();
        this.place(top);
        if (s.test) {
          this.nextTemp = this.tempBase;
          this.at(s.test.span);
          this.branchFalse(s.test, brk);
        }
        this.loopBody(s.body, brk, cont);
        this.place(cont);
        if (s.update) {
          this.nextTemp = this.tempBase;
          this.at(s.update.span);
          this.effect(s.update);
        }
        this.jump(top);
        this.place(brk);
        return;
      }
      case "foreach":
        return this.foreach(s);
      case "block":
        for (const x of s.body) this.stmt(x);
        return;
      case "return": {
        const src = s.value ? this.expr(s.value) : -1;
        this.at(s.span);
        this.emit({ op: "ret", src });
        return;
      }
      case "break":
        this.jump(this.loops[this.loops.length - 1].brk);
        return;
      case "continue":
        this.jump(this.loops[this.loops.length - 1].cont);
        return;
      case "goto":
        this.jump(this.namedLabel(s.label));
        return;
      case "label":
        this.place(this.namedLabel(s.label));
        this.stmt(s.body);
        return;
      case "empty":
        return;
    }
  }
  loopBody(body, brk, cont) {
    this.loops.push({ brk, cont });
    this.stmt(body);
    this.loops.pop();
  }
  foreach(s) {
    const shape = MODEL.iterators.get(s.macro).shape;
    const pos = this.homeOf(s.args[0]);
    const top = this.newLabel();
    const cont = this.newLabel();
    const brk = this.newLabel();
    if (shape === "interval_tree") {
      const root = this.nextHidden++;
      const start = this.nextHidden++;
      const last = this.nextHidden++;
      this.emit({ op: "mov", dst: root, src: this.expr(s.args[1]) });
      this.emit({ op: "mov", dst: start, src: this.expr(s.args[2]) });
      this.emit({ op: "mov", dst: last, src: this.expr(s.args[3]) });
      const first2 = this.temp();
      this.emit({
        op: "builtin",
        dst: first2,
        id: this.builtinId("anon_vma_interval_tree_iter_first"),
        args: [root, start, last]
      });
      this.writeLocal(pos, first2);
      this.place(top);
      this.nextTemp = this.tempBase;
      this.at(s.span);
      this.brTo(this.readLocal(pos), true, brk);
      this.loopBody(s.body, brk, cont);
      this.place(cont);
      this.nextTemp = this.tempBase;
      this.at(s.span);
      const next = this.temp();
      this.emit({
        op: "builtin",
        dst: next,
        id: this.builtinId("anon_vma_interval_tree_iter_next"),
        args: [this.readLocal(pos), start, last]
      });
      this.writeLocal(pos, next);
      this.jump(top);
      this.place(brk);
      return;
    }
    const safe = shape === "list_safe";
    const reverse = shape === "list_reverse";
    const head = this.nextHidden++;
    this.emit({ op: "mov", dst: head, src: this.expr(s.args[safe ? 2 : 1]) });
    const zero = this.temp();
    this.emit({ op: "const", dst: zero, value: 0 });
    const first = this.temp();
    this.emit({ op: "list_next", dst: first, head, pos: zero, reverse });
    this.writeLocal(pos, first);
    const n = safe ? this.homeOf(s.args[1]) : void 0;
    this.place(top);
    this.nextTemp = this.tempBase;
    this.at(s.span);
    this.brTo(this.readLocal(pos), true, brk);
    if (n) {
      const nx = this.temp();
      this.emit({ op: "list_next", dst: nx, head, pos: this.readLocal(pos), reverse });
      this.writeLocal(n, nx);
    }
    this.loopBody(s.body, brk, cont);
    this.place(cont);
    this.nextTemp = this.tempBase;
    this.at(s.span);
    if (n) {
      this.writeLocal(pos, this.readLocal(n));
    } else {
      const nx = this.temp();
      this.emit({ op: "list_next", dst: nx, head, pos: this.readLocal(pos), reverse });
      this.writeLocal(pos, nx);
    }
    this.jump(top);
    this.place(brk);
  }
  builtinId(name) {
    return BUILTIN_ID.get(MODEL.builtins.get(name));
  }
  // --- locals -----------------------------------------------------------------------------
  homeOf(e) {
    const sym = this.checked.symbols.get(e);
    if (sym?.kind !== "local") throw new Error("internal: iterator cursor is not a local");
    return this.homes.get(sym.local);
  }
  readLocal(h) {
    if (!h.cell) return h.reg;
    const r = this.temp();
    this.emit({ op: "deref", dst: r, ptr: h.reg });
    return r;
  }
  writeLocal(h, v) {
    if (h.cell) this.emit({ op: "store_ind", ptr: h.reg, src: v });
    else if (h.reg !== v) this.emit({ op: "mov", dst: h.reg, src: v });
  }
  // --- expressions ------------------------------------------------------------------------
  /** Evaluate for side effects only. */
  effect(e) {
    if (e.kind === "call") this.call(e, false);
    else this.expr(e);
  }
  /** Evaluate into a register and return it. */
  expr(e) {
    this.at(e.span);
    switch (e.kind) {
      case "int":
        return this.constant(e.value);
      case "bool":
        return this.constant(e.value ? 1 : 0);
      case "null":
        return this.constant(0);
      case "name": {
        const sym = this.checked.symbols.get(e);
        switch (sym.kind) {
          case "local": {
            const h = this.homes.get(sym.local);
            return sym.local.type.kind === "struct" ? h.reg : this.readLocal(h);
          }
          case "const":
            return this.constant(sym.value);
          case "function": {
            const r = this.temp();
            this.emit({ op: "fnref", dst: r, fn: this.byName.get(sym.name) });
            return r;
          }
          case "global": {
            const r = this.temp();
            this.emit({ op: "global", dst: r, name: sym.name });
            return r;
          }
          case "builtin":
            throw new Error("internal: builtin used as a value");
        }
        break;
      }
      case "call":
        return this.call(e, true);
      case "member":
        return this.member(e, false);
      case "unary":
        return this.unary(e);
      case "binary": {
        const a = this.expr(e.left);
        const b = this.expr(e.right);
        this.at(e.span);
        return this.arith(e.op, a, b, e.left);
      }
      case "logical":
      case "cond": {
        const r = this.temp();
        const end = this.newLabel();
        if (e.kind === "logical") {
          const no = this.newLabel();
          this.branchFalse(e, no);
          this.emit({ op: "const", dst: r, value: 1 });
          this.jump(end);
          this.place(no);
          this.emit({ op: "const", dst: r, value: 0 });
        } else {
          const no = this.newLabel();
          this.branchFalse(e.test, no);
          this.emit({ op: "mov", dst: r, src: this.expr(e.then) });
          this.jump(end);
          this.place(no);
          this.emit({ op: "mov", dst: r, src: this.expr(e.otherwise) });
        }
        this.place(end);
        return r;
      }
      case "assign":
        return this.assign(e);
      case "incdec": {
        const old = this.expr(e.target);
        const saved = this.temp();
        this.emit({ op: "mov", dst: saved, src: old });
        const one = this.constant(1);
        const r = this.arith(e.op === "++" ? "+" : "-", saved, one, e.target);
        this.store(e.target, r);
        return e.prefix ? r : saved;
      }
      case "comma":
        this.effect(e.left);
        return this.expr(e.right);
      case "cast": {
        const v = this.expr(e.operand);
        if (this.checked.types.get(e)?.kind !== "bool") return v;
        const r = this.temp();
        this.emit({ op: "un", fn: "bool", dst: r, src: v });
        return r;
      }
    }
  }
  constant(value) {
    const r = this.temp();
    this.emit({ op: "const", dst: r, value });
    return r;
  }
  member(e, marked) {
    const rf = this.checked.fields.get(e);
    const obj = this.expr(e.object);
    const r = this.temp();
    this.at(e.fieldSpan);
    if (this.checked.structs.get(rf.struct).kind === "stack") {
      this.emit({ op: "lload", dst: r, obj, struct: rf.struct, field: rf.field.name });
    } else {
      this.emit({ op: "load", dst: r, obj, struct: rf.struct, field: rf.field.name, marked });
    }
    return r;
  }
  unary(e) {
    switch (e.op) {
      case "&": {
        const x = e.operand;
        if (x.kind === "name") {
          const sym = this.checked.symbols.get(x);
          if (sym.kind === "local") return this.homes.get(sym.local).reg;
          return this.expr(x);
        }
        const m = x;
        const rf = this.checked.fields.get(m);
        const obj = this.expr(m.object);
        const r = this.temp();
        this.at(e.span);
        this.emit({ op: "addr", dst: r, obj, struct: rf.struct, field: rf.field.name });
        return r;
      }
      case "*": {
        const p = this.expr(e.operand);
        const r = this.temp();
        this.emit({ op: "deref", dst: r, ptr: p });
        return r;
      }
      case "!":
      case "-":
      case "~": {
        const v = this.expr(e.operand);
        const r = this.temp();
        this.emit({ op: "un", fn: e.op, dst: r, src: v });
        return r;
      }
    }
  }
  assign(e) {
    let v = this.expr(e.value);
    if (e.op !== "=") v = this.arith(e.op, this.expr(e.target), v, e.target);
    this.store(e.target, v);
    return v;
  }
  /** a OP b, where a has the type of `left`: page-table entry pointers step by entries. */
  arith(fn, a, b, left) {
    const r = this.temp();
    if (isEntryPtr(this.checked.types.get(left))) {
      let n = b;
      if (fn === "-") {
        n = this.temp();
        this.emit({ op: "un", fn: "-", dst: n, src: b });
      }
      this.emit({ op: "ptradd", dst: r, ptr: a, n });
    } else {
      this.emit({ op: "bin", fn, dst: r, a, b });
    }
    return r;
  }
  /** Write v to an lvalue: local, field, or *p. */
  store(target, v, marked = false) {
    this.at(target.span);
    if (target.kind === "name") {
      const sym = this.checked.symbols.get(target);
      if (sym.kind === "local") return this.writeLocal(this.homes.get(sym.local), v);
    } else if (target.kind === "member") {
      const rf = this.checked.fields.get(target);
      const obj = this.expr(target.object);
      this.at(target.fieldSpan);
      if (this.checked.structs.get(rf.struct).kind === "stack") {
        this.emit({ op: "lstore", obj, struct: rf.struct, field: rf.field.name, src: v });
      } else {
        this.emit({ op: "store", obj, struct: rf.struct, field: rf.field.name, src: v, marked });
      }
      return;
    } else if (target.kind === "unary" && target.op === "*") {
      const p = this.expr(target.operand);
      this.emit({ op: "store_ind", ptr: p, src: v });
      return;
    }
    throw new Error("internal: unchecked assignment target");
  }
  call(e, wantValue) {
    const sym = e.callee.kind === "name" ? this.checked.symbols.get(e.callee) : void 0;
    if (sym?.kind === "builtin") return this.builtinCall(e, sym.builtin, wantValue);
    const args = e.args.map((a) => this.expr(a));
    const dst = wantValue ? this.temp() : -1;
    this.at(e.span);
    if (sym?.kind === "function") {
      this.emit({ op: "call", dst, fn: this.byName.get(sym.name), args });
    } else {
      const target = this.expr(e.callee);
      this.at(e.span);
      this.emit({ op: "icall", dst, target, args });
    }
    return dst;
  }
  builtinCall(e, b, wantValue) {
    switch (b.generic) {
      case "read_once": {
        const x = e.args[0];
        if (x.kind === "member") return this.member(x, true);
        return this.expr(x);
      }
      case "write_once": {
        const v = this.expr(e.args[1]);
        this.store(e.args[0], v, true);
        return v;
      }
      default: {
        if (b.category === "compiler") return this.expr(e.args[0]);
        const args = e.args.map((a) => this.expr(a));
        const dst = wantValue || b.proto.ret.kind !== "void" ? this.temp() : -1;
        this.at(e.span);
        this.emit({ op: "builtin", dst, id: BUILTIN_ID.get(b), args });
        return dst;
      }
    }
  }
  // --- conditions -------------------------------------------------------------------------
  branchFalse(e, target) {
    if (e.kind === "logical" && e.op === "&&") {
      this.branchFalse(e.left, target);
      this.branchFalse(e.right, target);
    } else if (e.kind === "logical" && e.op === "||") {
      const yes = this.newLabel();
      this.branchTrue(e.left, yes);
      this.branchFalse(e.right, target);
      this.place(yes);
    } else if (e.kind === "unary" && e.op === "!") {
      this.branchTrue(e.operand, target);
    } else {
      this.brTo(this.expr(e), true, target);
    }
  }
  branchTrue(e, target) {
    if (e.kind === "logical" && e.op === "||") {
      this.branchTrue(e.left, target);
      this.branchTrue(e.right, target);
    } else if (e.kind === "logical" && e.op === "&&") {
      const no = this.newLabel();
      this.branchFalse(e.left, no);
      this.branchTrue(e.right, target);
      this.place(no);
    } else if (e.kind === "unary" && e.op === "!") {
      this.branchFalse(e.operand, target);
    } else {
      this.brTo(this.expr(e), false, target);
    }
  }
};
function isStep(ins) {
  switch (ins.op) {
    case "load":
    case "store":
    case "call":
    case "icall":
    case "list_next":
      return true;
    case "builtin":
      return BUILTINS[ins.id].step;
    case "const":
    case "mov":
    case "un":
    case "bin":
    case "ptradd":
    case "jmp":
    case "br":
    case "lload":
    case "lstore":
    case "addr":
    case "alloca":
    case "deref":
    case "store_ind":
    case "fnref":
    case "global":
    case "ret":
      return false;
  }
}
function countHidden(s) {
  switch (s.kind) {
    case "foreach":
      return (MODEL.iterators.get(s.macro).shape === "interval_tree" ? 3 : 1) + countHidden(s.body);
    case "block":
      return s.body.reduce((n, x) => n + countHidden(x), 0);
    case "if":
      return countHidden(s.then) + (s.otherwise ? countHidden(s.otherwise) : 0);
    case "while":
    case "do":
    case "label":
      return countHidden(s.body);
    case "for":
      return (s.init ? countHidden(s.init) : 0) + countHidden(s.body);
    default:
      return 0;
  }
}
function lineOfEnd(checked, span) {
  const text = checked.policy.sources.get(span.file) ?? "";
  let line = 1;
  for (let i = 0; i < span.end - 1 && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

// src/lang/lexer.ts
var PUNCTS = [
  "<<=",
  ">>=",
  "...",
  "->",
  "++",
  "--",
  "<<",
  ">>",
  "<=",
  ">=",
  "==",
  "!=",
  "&&",
  "||",
  "+=",
  "-=",
  "*=",
  "|=",
  "&=",
  "^=",
  "{",
  "}",
  "(",
  ")",
  "[",
  "]",
  ";",
  ",",
  ".",
  "&",
  "*",
  "+",
  "-",
  "~",
  "!",
  "/",
  "%",
  "<",
  ">",
  "^",
  "|",
  "?",
  ":",
  "="
];
var isIdentStart = (c2) => c2 >= 97 && c2 <= 122 || c2 >= 65 && c2 <= 90 || c2 === 95;
var isDigit = (c2) => c2 >= 48 && c2 <= 57;
var isIdent = (c2) => isIdentStart(c2) || isDigit(c2);
function lex(file, text, diags) {
  const tokens = [];
  const comments = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const span = (start, end, l = line, ls = lineStart) => ({
    file,
    line: l,
    col: start - ls + 1,
    start,
    end
  });
  const newline = (at) => {
    line++;
    lineStart = at + 1;
  };
  while (i < text.length) {
    const c2 = text.charCodeAt(i);
    if (c2 === 10) {
      newline(i);
      i++;
      continue;
    }
    if (c2 === 32 || c2 === 9 || c2 === 13 || c2 === 12 || c2 === 11) {
      i++;
      continue;
    }
    const start = i;
    const startLine = line;
    const startLineStart = lineStart;
    if (c2 === 47 && text.charCodeAt(i + 1) === 47) {
      while (i < text.length && text.charCodeAt(i) !== 10) i++;
      comments.push({ text: text.slice(start, i), span: span(start, i) });
      continue;
    }
    if (c2 === 47 && text.charCodeAt(i + 1) === 42) {
      i += 2;
      let closed = false;
      while (i < text.length) {
        if (text.charCodeAt(i) === 42 && text.charCodeAt(i + 1) === 47) {
          i += 2;
          closed = true;
          break;
        }
        if (text.charCodeAt(i) === 10) newline(i);
        i++;
      }
      const sp = span(start, i, startLine, startLineStart);
      if (!closed) diags.push(error("unterminated-comment", "unterminated /* comment", sp));
      comments.push({ text: text.slice(start, i), span: sp });
      continue;
    }
    if (c2 === 35) {
      i++;
      while (i < text.length && isIdent(text.charCodeAt(i))) i++;
      tokens.push({ kind: "directive", text: text.slice(start, i), span: span(start, i) });
      continue;
    }
    if (isIdentStart(c2)) {
      while (i < text.length && isIdent(text.charCodeAt(i))) i++;
      tokens.push({ kind: "ident", text: text.slice(start, i), span: span(start, i) });
      continue;
    }
    if (isDigit(c2)) {
      if (c2 === 48 && (text[i + 1] === "x" || text[i + 1] === "X")) {
        i += 2;
        while (i < text.length && /[0-9a-fA-F]/.test(text[i])) i++;
      } else {
        while (i < text.length && isDigit(text.charCodeAt(i))) i++;
      }
      while (i < text.length && /[uUlL]/.test(text[i])) i++;
      if (i < text.length && isIdent(text.charCodeAt(i))) {
        const digitsEnd = i;
        while (i < text.length && isIdent(text.charCodeAt(i))) i++;
        diags.push(error("bad-number", `invalid number '${text.slice(start, i)}'`, span(start, i)));
        tokens.push({ kind: "number", text: text.slice(start, digitsEnd), span: span(start, i) });
        continue;
      }
      tokens.push({ kind: "number", text: text.slice(start, i), span: span(start, i) });
      continue;
    }
    if (c2 === 34) {
      i++;
      let value = "";
      let closed = false;
      while (i < text.length) {
        const ch = text[i];
        if (ch === "\n") break;
        if (ch === '"') {
          closed = true;
          i++;
          break;
        }
        if (ch === "\\" && i + 1 < text.length && text[i + 1] !== "\n") {
          const esc = text[i + 1];
          value += esc === "n" ? "\n" : esc === "t" ? "	" : esc;
          i += 2;
          continue;
        }
        value += ch;
        i++;
      }
      if (!closed) {
        diags.push(error("unterminated-string", 'missing terminating " character', span(start, i)));
      }
      tokens.push({ kind: "string", text: value, span: span(start, i) });
      continue;
    }
    const p = PUNCTS.find((q) => text.startsWith(q, i));
    if (p) {
      i += p.length;
      tokens.push({ kind: "punct", text: p, span: span(start, i) });
      continue;
    }
    i++;
    diags.push(error("stray-character", `stray '${text[start]}' in policy`, span(start, i)));
  }
  tokens.push({ kind: "eof", text: "", span: span(i, i) });
  return { tokens, comments };
}

// src/lang/parser.ts
var ParseError = class extends Error {
};
var TYPE_WORDS = /* @__PURE__ */ new Set([
  "struct",
  "const",
  "volatile",
  "unsigned",
  "signed",
  "int",
  "long",
  "bool",
  "void",
  "pte_t",
  "pmd_t",
  "pgoff_t",
  "gfp_t",
  "spinlock_t",
  "atomic_t"
]);
var SPECIFIERS = /* @__PURE__ */ new Set([
  "static",
  "inline",
  "__always_inline",
  "noinline",
  "extern",
  "__maybe_unused",
  "__read_mostly"
]);
var ATTRIBUTES = /* @__PURE__ */ new Set(["__acquires", "__releases", "__must_hold", "__cond_acquires"]);
var HEADER_KEYS = /* @__PURE__ */ new Set(["POLICY_NAME", "POLICY_DESCRIPTION", "POLICY_SOURCE"]);
var KEYWORDS = /* @__PURE__ */ new Set([
  "if",
  "else",
  "while",
  "do",
  "for",
  "return",
  "break",
  "continue",
  "goto",
  "switch",
  "case",
  "default",
  "sizeof",
  "typedef",
  "union",
  "enum"
]);
var COMPOUND = {
  "|=": "|",
  "&=": "&",
  "^=": "^",
  "+=": "+",
  "-=": "-",
  "*=": "*",
  "<<=": "<<",
  ">>=": ">>"
};
function parse(file, text, diags, options) {
  const { tokens, comments } = lex(file, text, diags);
  return new Parser(tokens, comments, diags, options).file(file);
}
var Parser = class _Parser {
  constructor(tokens, comments, diags, options) {
    this.tokens = tokens;
    this.comments = comments;
    this.diags = diags;
    this.options = options;
  }
  tokens;
  comments;
  diags;
  options;
  pos = 0;
  commentIdx = 0;
  // --- vocabulary ------------------------------------------------------------------------
  peek(ahead = 0) {
    return this.tokens[Math.min(this.pos + ahead, this.tokens.length - 1)];
  }
  previous() {
    return this.tokens[this.pos - 1];
  }
  atEnd() {
    return this.peek().kind === "eof";
  }
  advance() {
    if (!this.atEnd()) this.pos++;
    return this.previous();
  }
  check(text) {
    const t = this.peek();
    return (t.kind === "punct" || t.kind === "ident") && t.text === text;
  }
  match(...texts) {
    for (const t of texts) {
      if (this.check(t)) {
        this.advance();
        return true;
      }
    }
    return false;
  }
  consume(text, message) {
    if (this.check(text)) return this.advance();
    throw this.error(this.peek(), message);
  }
  consumeIdent(message) {
    const t = this.peek();
    if (t.kind === "ident" && !KEYWORDS.has(t.text)) return this.advance();
    throw this.error(t, message);
  }
  error(token, message) {
    const where = token.kind === "eof" ? "at end of input" : `at '${token.text}'`;
    const sp = token.span;
    if (!this.diags.some(
      (d) => d.severity === "error" && d.span.file === sp.file && d.span.line === sp.line
    )) {
      this.diags.push(error("syntax", `${message} (${where})`, sp));
    }
    return new ParseError(message);
  }
  /** A span from the start of `from` to the end of the previous token. */
  spanFrom(from) {
    const last = this.previous().span;
    return { ...from, end: Math.max(from.end, last.end) };
  }
  // --- file ------------------------------------------------------------------------------
  file(file) {
    const items = [];
    while (!this.atEnd()) {
      try {
        const item = this.item();
        if (item) items.push(item);
      } catch (e) {
        if (!(e instanceof ParseError)) throw e;
        this.synchronizeItem();
      }
    }
    return { file, items };
  }
  item() {
    const t = this.peek();
    if (t.kind === "directive") return this.directive();
    if (t.kind === "ident" && HEADER_KEYS.has(t.text)) return this.header();
    if (this.match(";")) return void 0;
    if (this.check("struct") && this.peek(1).kind === "ident" && this.peek(2).text === "{") {
      return this.structExtension();
    }
    return this.functionDef();
  }
  directive() {
    const t = this.advance();
    if (t.text !== "#include") {
      throw this.error(t, "Only #include is supported; policies have no preprocessor");
    }
    const path = this.peek();
    if (path.kind !== "string") throw this.error(path, 'Expect "file.policy" after #include');
    this.advance();
    return { kind: "include", path: path.text, span: this.spanFrom(t.span) };
  }
  header() {
    const key = this.advance();
    this.consume("(", `Expect '(' after ${key.text}`);
    const value = this.peek();
    if (value.kind !== "string") throw this.error(value, `Expect a string in ${key.text}(...)`);
    this.advance();
    this.consume(")", "Expect ')' after the string");
    this.consume(";", `Expect ';' after ${key.text}(...)`);
    return {
      kind: "header",
      key: key.text,
      value: value.text,
      span: this.spanFrom(key.span)
    };
  }
  structExtension() {
    const start = this.advance().span;
    const name = this.advance().text;
    this.consume("{", "Expect '{' after struct name");
    const fields = [];
    while (!this.check("}") && !this.atEnd()) {
      const type = this.typeRef();
      const id = this.consumeIdent("Expect a member name");
      this.consume(";", "Expect ';' after struct member");
      fields.push({ type, name: id.text, span: id.span });
    }
    this.consume("}", "Expect '}' after struct members");
    this.consume(";", "Expect ';' after struct definition");
    return { kind: "struct", name, fields, span: this.spanFrom(start) };
  }
  functionDef() {
    const comment = this.commentBefore(this.peek().span.start);
    const startTok = this.peek();
    while (this.peek().kind === "ident" && SPECIFIERS.has(this.peek().text)) this.advance();
    if (!this.isTypeStart()) {
      throw this.error(this.peek(), "Expect a function definition, #include or POLICY_* header");
    }
    const ret = this.typeRef();
    const nameTok = this.consumeIdent("Expect a function name");
    this.consume("(", "Expect '(' after function name");
    const params = [];
    if (!this.check(")")) {
      if (this.check("void") && this.peek(1).text === ")") {
        this.advance();
      } else {
        do {
          const type = this.typeRef();
          const id = this.consumeIdent("Expect a parameter name");
          params.push({ type, name: id.text, span: id.span });
        } while (this.match(","));
      }
    }
    this.consume(")", "Expect ')' after parameters");
    const attributes = [];
    while (this.peek().kind === "ident" && ATTRIBUTES.has(this.peek().text)) {
      const at = this.advance();
      this.consume("(", `Expect '(' after ${at.text}`);
      const args = [];
      if (!this.check(")")) {
        do
          args.push(this.assignment());
        while (this.match(","));
      }
      this.consume(")", `Expect ')' after ${at.text} arguments`);
      attributes.push({ name: at.text, args, span: this.spanFrom(at.span) });
    }
    const base = {
      kind: "function",
      name: nameTok.text,
      ret,
      params,
      attributes,
      nameSpan: nameTok.span,
      ...comment !== void 0 ? { comment } : {}
    };
    if (this.match(";")) return { ...base, span: this.spanFrom(startTok.span) };
    if (!this.check("{")) throw this.error(this.peek(), "Expect '{' or ';' after the declarator");
    const body = this.block();
    return { ...base, body, span: this.spanFrom(startTok.span) };
  }
  /** The nearest block comment ending before offset, with only blank space between. */
  commentBefore(offset) {
    let found;
    while (this.commentIdx < this.comments.length && this.comments[this.commentIdx].span.end <= offset) {
      found = this.comments[this.commentIdx++];
    }
    if (!found?.text.startsWith("/*")) return void 0;
    const prevEnd = this.pos > 0 ? this.previous().span.end : 0;
    return found.span.start >= prevEnd ? found.text : void 0;
  }
  // --- types -------------------------------------------------------------------------------
  isTypeStart(ahead = 0) {
    const t = this.peek(ahead);
    return t.kind === "ident" && TYPE_WORDS.has(t.text);
  }
  typeRef() {
    const start = this.peek().span;
    while (this.match("const", "volatile")) {
    }
    let base;
    if (this.match("struct")) {
      base = `struct ${this.consumeIdent("Expect a struct name after 'struct'").text}`;
    } else if (this.match("unsigned", "signed")) {
      const sign = this.previous().text;
      if (this.match("long")) {
        this.match("long");
        this.match("int");
        base = sign === "unsigned" ? "unsigned long" : "long";
      } else if (this.match("int")) {
        base = sign === "unsigned" ? "unsigned int" : "int";
      } else {
        base = sign === "unsigned" ? "unsigned int" : "int";
      }
    } else if (this.match("long")) {
      this.match("long");
      this.match("int");
      base = "long";
    } else if (this.isTypeStart()) {
      base = this.advance().text;
    } else {
      throw this.error(this.peek(), "Expect a type");
    }
    while (this.match("const", "volatile")) {
    }
    let stars = 0;
    while (this.match("*")) {
      stars++;
      while (this.match("const", "volatile")) {
      }
    }
    return { base, stars, span: this.spanFrom(start) };
  }
  // --- statements --------------------------------------------------------------------------
  block() {
    const start = this.consume("{", "Expect '{'").span;
    const body = [];
    while (!this.check("}") && !this.atEnd()) {
      try {
        body.push(...this.declarationOrStatement());
      } catch (e) {
        if (!(e instanceof ParseError)) throw e;
        this.synchronizeStatement();
      }
    }
    this.consume("}", "Expect '}' to close the block");
    return { kind: "block", body, span: this.spanFrom(start) };
  }
  declarationOrStatement() {
    if (this.isTypeStart() || this.peek().kind === "ident" && SPECIFIERS.has(this.peek().text)) {
      return this.declaration();
    }
    return [this.statement()];
  }
  /** `T a = x, *b = NULL;` or `struct rmap_walk_control rwc = { .f = v, ... };` */
  declaration() {
    while (this.peek().kind === "ident" && SPECIFIERS.has(this.peek().text)) this.advance();
    const first = this.typeRef();
    const out = [];
    let type = first;
    for (; ; ) {
      const id = this.consumeIdent("Expect a variable name");
      let init;
      let fields;
      if (this.match("=")) {
        if (this.check("{")) fields = this.initializer();
        else init = this.assignment();
      }
      out.push({
        kind: "decl",
        type,
        name: id.text,
        ...init ? { init } : {},
        ...fields ? { fields } : {},
        span: this.spanFrom(id.span)
      });
      if (!this.match(",")) break;
      let stars = 0;
      while (this.match("*")) stars++;
      type = { base: first.base, stars, span: first.span };
    }
    this.consume(";", "Expect ';' after declaration");
    return out;
  }
  initializer() {
    this.consume("{", "Expect '{'");
    const fields = [];
    while (!this.check("}")) {
      const dot = this.consume(".", "Expect '.field = value' in a struct initialiser");
      const name = this.consumeIdent("Expect a field name after '.'");
      this.consume("=", "Expect '=' after the field name");
      const value = this.assignment();
      fields.push({ field: name.text, value, span: this.spanFrom(dot.span) });
      if (!this.match(",")) break;
    }
    this.consume("}", "Expect '}' after the initialiser");
    return fields;
  }
  statement() {
    const t = this.peek();
    if (t.kind === "ident") {
      switch (t.text) {
        case "if":
          return this.ifStatement();
        case "while":
          return this.whileStatement();
        case "do":
          return this.doStatement();
        case "for":
          return this.forStatement();
        case "return": {
          this.advance();
          const value = this.check(";") ? void 0 : this.expression();
          this.consume(";", "Expect ';' after return");
          return { kind: "return", ...value ? { value } : {}, span: this.spanFrom(t.span) };
        }
        case "break":
        case "continue":
          this.advance();
          this.consume(";", `Expect ';' after ${t.text}`);
          return { kind: t.text, span: this.spanFrom(t.span) };
        case "goto": {
          this.advance();
          const label = this.consumeIdent("Expect a label after goto");
          this.consume(";", "Expect ';' after goto label");
          return { kind: "goto", label: label.text, span: this.spanFrom(t.span) };
        }
        case "switch":
        case "case":
        case "default":
        case "sizeof":
        case "typedef":
        case "union":
        case "enum":
          throw this.error(t, `'${t.text}' is not part of the policy language`);
      }
      if (this.peek(1).text === ":" && this.peek(1).kind === "punct") {
        this.advance();
        this.advance();
        const body = this.check("}") ? { kind: "empty", span: t.span } : this.statement();
        return { kind: "label", label: t.text, body, span: this.spanFrom(t.span) };
      }
      if (this.options.iterators.has(t.text) && this.peek(1).text === "(") {
        return this.foreachStatement();
      }
    }
    if (this.check("{")) return this.block();
    if (this.match(";")) return { kind: "empty", span: t.span };
    const expr = this.expression();
    this.consume(";", "Expect ';' after expression");
    return { kind: "expr", expr, span: this.spanFrom(t.span) };
  }
  ifStatement() {
    const start = this.advance().span;
    this.consume("(", "Expect '(' after 'if'");
    const test = this.expression();
    this.consume(")", "Expect ')' after the condition");
    const then = this.statement();
    const otherwise = this.match("else") ? this.statement() : void 0;
    return {
      kind: "if",
      test,
      then,
      ...otherwise ? { otherwise } : {},
      span: this.spanFrom(start)
    };
  }
  whileStatement() {
    const start = this.advance().span;
    this.consume("(", "Expect '(' after 'while'");
    const test = this.expression();
    this.consume(")", "Expect ')' after the condition");
    return { kind: "while", test, body: this.statement(), span: this.spanFrom(start) };
  }
  doStatement() {
    const start = this.advance().span;
    const body = this.statement();
    this.consume("while", "Expect 'while' after the do body");
    this.consume("(", "Expect '(' after 'while'");
    const test = this.expression();
    this.consume(")", "Expect ')' after the condition");
    this.consume(";", "Expect ';' after do-while");
    return { kind: "do", body, test, span: this.spanFrom(start) };
  }
  forStatement() {
    const start = this.advance().span;
    this.consume("(", "Expect '(' after 'for'");
    let init;
    if (this.match(";")) {
      init = void 0;
    } else if (this.isTypeStart()) {
      const decls = this.declaration();
      init = decls.length === 1 ? decls[0] : { kind: "block", body: decls, span: decls[0].span };
    } else {
      const e = this.expression();
      this.consume(";", "Expect ';' after the loop initialiser");
      init = { kind: "expr", expr: e, span: e.span };
    }
    const test = this.check(";") ? void 0 : this.expression();
    this.consume(";", "Expect ';' after the loop condition");
    const update = this.check(")") ? void 0 : this.expression();
    this.consume(")", "Expect ')' after the for clauses");
    const body = this.statement();
    return {
      kind: "for",
      ...init ? { init } : {},
      ...test ? { test } : {},
      ...update ? { update } : {},
      body,
      span: this.spanFrom(start)
    };
  }
  foreachStatement() {
    const macro = this.advance();
    this.consume("(", `Expect '(' after ${macro.text}`);
    const args = [];
    if (!this.check(")")) {
      do
        args.push(this.assignment());
      while (this.match(","));
    }
    this.consume(")", `Expect ')' after ${macro.text} arguments`);
    const body = this.statement();
    return { kind: "foreach", macro: macro.text, args, body, span: this.spanFrom(macro.span) };
  }
  // --- expressions -------------------------------------------------------------------------
  /** expression: assignment ( "," assignment )* — arguments and initialisers use assignment(). */
  expression() {
    let e = this.assignment();
    while (this.match(",")) {
      const right = this.assignment();
      e = { kind: "comma", left: e, right, span: joinSpan(e.span, right.span) };
    }
    return e;
  }
  assignment() {
    const target = this.conditional();
    const t = this.peek();
    if (t.kind === "punct" && (t.text === "=" || t.text in COMPOUND)) {
      this.advance();
      const value = this.assignment();
      if (!isLvalue(target)) {
        this.diags.push(error("bad-assign", "Invalid assignment target", target.span));
      }
      const op = t.text === "=" ? "=" : COMPOUND[t.text];
      return { kind: "assign", op, target, value, span: joinSpan(target.span, value.span) };
    }
    return target;
  }
  conditional() {
    const test = this.logicalOr();
    if (this.match("?")) {
      const then = this.expression();
      this.consume(":", "Expect ':' in a conditional expression");
      const otherwise = this.conditional();
      return { kind: "cond", test, then, otherwise, span: joinSpan(test.span, otherwise.span) };
    }
    return test;
  }
  logicalOr() {
    let left = this.logicalAnd();
    while (this.match("||")) {
      const right = this.logicalAnd();
      left = { kind: "logical", op: "||", left, right, span: joinSpan(left.span, right.span) };
    }
    return left;
  }
  logicalAnd() {
    let left = this.binaryLevel(0);
    while (this.match("&&")) {
      const right = this.binaryLevel(0);
      left = { kind: "logical", op: "&&", left, right, span: joinSpan(left.span, right.span) };
    }
    return left;
  }
  /** C's binary precedence ladder, loosest first: | ^ & equality relational shift additive multiplicative. */
  static LEVELS = [
    ["|"],
    ["^"],
    ["&"],
    ["==", "!="],
    ["<", "<=", ">", ">="],
    ["<<", ">>"],
    ["+", "-"],
    ["*", "/", "%"]
  ];
  binaryLevel(level) {
    if (level === _Parser.LEVELS.length) return this.unary();
    let left = this.binaryLevel(level + 1);
    const ops = _Parser.LEVELS[level];
    for (; ; ) {
      const t = this.peek();
      if (t.kind !== "punct" || !ops.includes(t.text)) break;
      this.advance();
      const right = this.binaryLevel(level + 1);
      left = {
        kind: "binary",
        op: t.text,
        left,
        right,
        span: joinSpan(left.span, right.span)
      };
    }
    return left;
  }
  unary() {
    const t = this.peek();
    if (t.kind === "punct") {
      if (t.text === "!" || t.text === "-" || t.text === "~" || t.text === "&" || t.text === "*") {
        this.advance();
        const operand = this.unary();
        return { kind: "unary", op: t.text, operand, span: joinSpan(t.span, operand.span) };
      }
      if (t.text === "+") {
        this.advance();
        return this.unary();
      }
      if (t.text === "++" || t.text === "--") {
        this.advance();
        const target = this.unary();
        if (!isLvalue(target)) {
          this.diags.push(error("bad-assign", `Invalid operand of ${t.text}`, target.span));
        }
        return {
          kind: "incdec",
          op: t.text,
          prefix: true,
          target,
          span: joinSpan(t.span, target.span)
        };
      }
      if (t.text === "(" && this.isTypeStart(1)) {
        this.advance();
        const type = this.typeRef();
        this.consume(")", "Expect ')' after the cast type");
        const operand = this.unary();
        return { kind: "cast", type, operand, span: joinSpan(t.span, operand.span) };
      }
    }
    return this.postfix();
  }
  postfix() {
    let e = this.primary();
    for (; ; ) {
      if (this.match("(")) {
        const args = [];
        if (!this.check(")")) {
          do
            args.push(this.assignment());
          while (this.match(","));
        }
        this.consume(")", "Expect ')' after arguments");
        e = { kind: "call", callee: e, args, span: this.spanFrom(e.span) };
      } else if (this.match("->", ".")) {
        const arrow = this.previous().text === "->";
        const f2 = this.consumeIdent(`Expect a field name after '${arrow ? "->" : "."}'`);
        e = {
          kind: "member",
          object: e,
          field: f2.text,
          arrow,
          fieldSpan: f2.span,
          span: this.spanFrom(e.span)
        };
      } else if (this.check("++") || this.check("--")) {
        const op = this.advance().text;
        if (!isLvalue(e)) this.diags.push(error("bad-assign", `Invalid operand of ${op}`, e.span));
        e = { kind: "incdec", op, prefix: false, target: e, span: this.spanFrom(e.span) };
      } else if (this.check("[")) {
        throw this.error(this.peek(), "Arrays are not part of the policy language");
      } else {
        return e;
      }
    }
  }
  primary() {
    const t = this.peek();
    if (t.kind === "number") {
      this.advance();
      const digits = t.text.replace(/[uUlL]+$/, "");
      const value = Number.parseInt(
        digits,
        digits.startsWith("0x") || digits.startsWith("0X") ? 16 : 10
      );
      if (!Number.isSafeInteger(value) || value > 4294967295) {
        this.diags.push(
          error("bad-number", `integer ${t.text} does not fit the model's 32-bit words`, t.span)
        );
      }
      return { kind: "int", value: value | 0, span: t.span };
    }
    if (t.kind === "ident") {
      if (t.text === "true" || t.text === "false") {
        this.advance();
        return { kind: "bool", value: t.text === "true", span: t.span };
      }
      if (t.text === "NULL") {
        this.advance();
        return { kind: "null", span: t.span };
      }
      if (!KEYWORDS.has(t.text) && !TYPE_WORDS.has(t.text)) {
        this.advance();
        return { kind: "name", name: t.text, span: t.span };
      }
    }
    if (this.match("(")) {
      const e = this.expression();
      this.consume(")", "Expect ')' after expression");
      return e;
    }
    if (t.kind === "string") throw this.error(t, "Strings may only appear in POLICY_* headers");
    throw this.error(t, "Expect an expression");
  }
  // --- recovery ----------------------------------------------------------------------------
  /** Skip to just past the next ';' or to a '}' / statement keyword. */
  synchronizeStatement() {
    while (!this.atEnd()) {
      if (this.match(";")) return;
      if (this.check("}")) return;
      const t = this.peek();
      if (t.kind === "ident" && ["if", "while", "for", "do", "return", "goto"].includes(t.text)) {
        return;
      }
      if (this.check("{")) {
        this.skipBalanced();
        return;
      }
      this.advance();
    }
  }
  /** Skip to the next top-level item: past a balanced body or the next ';' at depth 0. */
  synchronizeItem() {
    let depth = 0;
    while (!this.atEnd()) {
      const t = this.advance();
      if (t.text === "{") depth++;
      else if (t.text === "}") {
        depth--;
        if (depth <= 0) {
          this.match(";");
          return;
        }
      } else if (t.text === ";" && depth === 0) return;
      const n = this.peek();
      if (depth === 0 && n.span.col === 1 && (n.kind === "directive" || this.isTypeStart() || SPECIFIERS.has(n.text))) {
        return;
      }
    }
  }
  skipBalanced() {
    let depth = 0;
    do {
      const t = this.advance();
      if (t.text === "{") depth++;
      else if (t.text === "}") depth--;
    } while (depth > 0 && !this.atEnd());
  }
};
function isLvalue(e) {
  return e.kind === "name" || e.kind === "member" || e.kind === "unary" && e.op === "*";
}
function joinSpan(a, b) {
  return { ...a, end: Math.max(a.end, b.end) };
}

// src/lang/program.ts
var ITERATOR_NAMES = new Set(MODEL.iterators.keys());
function dirname(path) {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i + 1);
}
function resolvePath(from, rel) {
  const parts = (rel.startsWith("/") ? rel : dirname(from) + rel).split("/");
  const out = [];
  for (const p of parts) {
    if (p === "." || p === "" && out.length > 0) continue;
    if (p === ".." && out.length > 0 && out[out.length - 1] !== "..") out.pop();
    else out.push(p);
  }
  return out.join("/");
}
function loadPolicy(root, read, diags) {
  const rootText = read(root);
  if (rootText === void 0) return void 0;
  const files = /* @__PURE__ */ new Map();
  const sources = /* @__PURE__ */ new Map();
  const loadedCache = /* @__PURE__ */ new Map();
  const load = (path, text, stack) => {
    const cached = loadedCache.get(path);
    if (cached) return cached;
    const sf = parse(path, text, diags, { iterators: ITERATOR_NAMES });
    files.set(path, sf);
    sources.set(path, text);
    const inherited2 = { functions: /* @__PURE__ */ new Map(), prototypes: [], structs: [] };
    for (const item of sf.items) {
      if (item.kind !== "include") continue;
      const target = resolvePath(path, item.path);
      if (stack.includes(target)) {
        const cycle = [...stack.slice(stack.indexOf(target)), target].join(" -> ");
        diags.push(error("include-cycle", `#include cycle: ${cycle}`, item.span));
        continue;
      }
      const t = read(target);
      if (t === void 0) {
        diags.push(
          error(
            "include-not-found",
            `cannot find '${item.path}' (looked for ${target})`,
            item.span
          )
        );
        continue;
      }
      const sub = load(target, t, [...stack, target]);
      for (const [k, v] of sub.functions) inherited2.functions.set(k, v);
      inherited2.prototypes.push(...sub.prototypes);
      inherited2.structs.push(...sub.structs);
    }
    const own = /* @__PURE__ */ new Map();
    for (const item of sf.items) {
      if (item.kind === "function") {
        if (!item.body) {
          inherited2.prototypes.push({ def: item, file: path });
          continue;
        }
        const prev = own.get(item.name);
        if (prev) {
          diags.push({
            ...error(
              "duplicate-definition",
              `redefinition of '${item.name}' in the same file`,
              item.nameSpan
            ),
            related: [
              { message: `previous definition of '${item.name}' is here`, span: prev.def.nameSpan }
            ]
          });
          continue;
        }
        own.set(item.name, { def: item, file: path });
      } else if (item.kind === "struct") {
        inherited2.structs.push({ ext: item, file: path });
      }
    }
    const functions = new Map(inherited2.functions);
    for (const [k, v] of own) {
      functions.delete(k);
      functions.set(k, v);
    }
    const result = { functions, prototypes: inherited2.prototypes, structs: inherited2.structs };
    loadedCache.set(path, result);
    return result;
  };
  const merged = load(root, rootText, [root]);
  const rootFile = files.get(root);
  const header = readHeader(rootFile, diags);
  for (const [path, sf] of files) if (path !== root) readHeader(sf, diags);
  const defined = [];
  const inherited = [];
  const overrides = [];
  const fromIncludes = /* @__PURE__ */ new Map();
  for (const item of rootFile.items) {
    if (item.kind !== "include") continue;
    const sub = loadedCache.get(resolvePath(root, item.path));
    if (sub) for (const [k, v] of sub.functions) fromIncludes.set(k, v);
  }
  for (const [name, fn] of merged.functions) {
    const base = fromIncludes.get(name);
    if (fn.file === root) {
      if (base) overrides.push({ name, by: fn.def.nameSpan, replaces: base.def.nameSpan });
      else defined.push(name);
    } else {
      inherited.push(name);
    }
  }
  return {
    file: root,
    header,
    files,
    sources,
    functions: merged.functions,
    prototypes: merged.prototypes,
    structs: merged.structs,
    defined,
    inherited,
    overrides
  };
}
function readHeader(sf, diags) {
  const items = sf.items.filter((i) => i.kind === "header");
  const one = (key) => {
    const found = items.filter((i) => i.key === key);
    for (const dup of found.slice(1)) {
      diags.push(error("header", `${key} given twice`, dup.span));
    }
    return found[0]?.value;
  };
  const name = one("POLICY_NAME");
  const description = one("POLICY_DESCRIPTION");
  const sources = items.filter((i) => i.key === "POLICY_SOURCE").map((i) => i.value);
  const at = { file: sf.file, line: 1, col: 1, start: 0, end: 0 };
  const missing = [
    name === void 0 ? "POLICY_NAME" : "",
    description === void 0 ? "POLICY_DESCRIPTION" : "",
    sources.length === 0 ? "POLICY_SOURCE" : ""
  ].filter(Boolean);
  if (missing.length > 0) {
    diags.push(
      error(
        "header",
        `policy header incomplete: add ${missing.map((m) => `${m}("...")`).join(", ")} (name, summary, provenance)`,
        at
      )
    );
  }
  return { name: name ?? sf.file, description: description ?? "", sources };
}

// src/lang/ir.ts
function formatLoc(p, loc) {
  return `${p.files[loc.file]}:${loc.line}`;
}
function dumpFunction(p, f2) {
  const reg = (r) => r < 0 ? "_" : f2.localNames[r] ? `%${f2.localNames[r]}` : `r${r}`;
  const lines = [`${f2.name}(${f2.localNames.slice(0, f2.nparams).join(", ")}) regs=${f2.nregs}`];
  f2.code.forEach((ins, pc) => {
    let text;
    switch (ins.op) {
      case "const":
        text = `${reg(ins.dst)} = ${ins.value}`;
        break;
      case "mov":
        text = `${reg(ins.dst)} = ${reg(ins.src)}`;
        break;
      case "un":
        text = `${reg(ins.dst)} = ${ins.fn}${reg(ins.src)}`;
        break;
      case "bin":
        text = `${reg(ins.dst)} = ${reg(ins.a)} ${ins.fn} ${reg(ins.b)}`;
        break;
      case "ptradd":
        text = `${reg(ins.dst)} = ${reg(ins.ptr)} + ${reg(ins.n)} entries`;
        break;
      case "jmp":
        text = `jmp ${ins.target}`;
        break;
      case "br":
        text = `br ${reg(ins.cond)} ${ins.ifZero ? "== 0" : "!= 0"} -> ${ins.target}`;
        break;
      case "load":
        text = `${reg(ins.dst)} = ${ins.marked ? "READ_ONCE " : ""}${reg(ins.obj)}->${ins.field}`;
        break;
      case "store":
        text = `${ins.marked ? "WRITE_ONCE " : ""}${reg(ins.obj)}->${ins.field} = ${reg(ins.src)}`;
        break;
      case "lload":
        text = `${reg(ins.dst)} = ${reg(ins.obj)}.${ins.field}`;
        break;
      case "lstore":
        text = `${reg(ins.obj)}.${ins.field} = ${reg(ins.src)}`;
        break;
      case "addr":
        text = `${reg(ins.dst)} = &${reg(ins.obj)}->${ins.field}`;
        break;
      case "alloca":
        text = `${reg(ins.dst)} = alloca ${ins.struct ?? "cell"}`;
        break;
      case "deref":
        text = `${reg(ins.dst)} = *${reg(ins.ptr)}`;
        break;
      case "store_ind":
        text = `*${reg(ins.ptr)} = ${reg(ins.src)}`;
        break;
      case "fnref":
        text = `${reg(ins.dst)} = &${p.functions[ins.fn].name}`;
        break;
      case "global":
        text = `${reg(ins.dst)} = ${ins.name}`;
        break;
      case "call":
        text = `${reg(ins.dst)} = call ${p.functions[ins.fn].name}(${ins.args.map(reg).join(", ")})`;
        break;
      case "icall":
        text = `${reg(ins.dst)} = call *${reg(ins.target)}(${ins.args.map(reg).join(", ")})`;
        break;
      case "builtin":
        text = `${reg(ins.dst)} = ${p.builtins[ins.id].proto.name}(${ins.args.map(reg).join(", ")})`;
        break;
      case "list_next":
        text = `${reg(ins.dst)} = list_${ins.reverse ? "prev" : "next"}(${reg(ins.head)}, ${reg(ins.pos)})`;
        break;
      case "ret":
        text = `ret ${reg(ins.src)}`;
        break;
    }
    const loc = f2.locs[pc];
    lines.push(
      `${String(pc).padStart(4)}${f2.steps[pc] ? " *" : "  "} ${text.padEnd(48)} ; ${formatLoc(p, loc)}`
    );
  });
  return lines.join("\n");
}

// src/lang/index.ts
function frontEnd(file, read) {
  const diags = [];
  const policy = loadPolicy(file, read, diags);
  if (!policy) {
    return {
      file,
      diagnostics: [
        {
          severity: "error",
          code: "not-found",
          message: `cannot read policy '${file}'`,
          span: { file, line: 1, col: 1, start: 0, end: 0 }
        }
      ]
    };
  }
  if (hasErrors(diags)) return { file, policy, diagnostics: sortDiagnostics(diags) };
  const checked = check(policy, diags);
  if (hasErrors(diags)) return { file, policy, checked, diagnostics: sortDiagnostics(diags) };
  const ir = compile(checked);
  return { file, policy, checked, ir, diagnostics: sortDiagnostics(diags) };
}

// src/policy-files.ts
import { readdirSync, readFileSync, statSync } from "node:fs";
var UsageError = class extends Error {
};
function resolveFrom(cwd, p) {
  return p.startsWith("/") ? p : `${cwd}/${p}`;
}
function fileReader(cwd) {
  return (path) => {
    try {
      return readFileSync(resolveFrom(cwd, path), "utf8");
    } catch {
      return void 0;
    }
  };
}
function expandPolicies(patterns, cwd) {
  const out = /* @__PURE__ */ new Set();
  for (const p of patterns) {
    if (/[*?[]/.test(p)) {
      const re = globToRegExp(p);
      const base = p.slice(0, p.search(/[*?[]/)).replace(/\/?[^/]*$/, "") || ".";
      const found = walk(base, cwd).filter((f2) => re.test(f2));
      if (found.length === 0) throw new UsageError(`no policy matches '${p}'`);
      for (const f2 of found) out.add(f2);
      continue;
    }
    let st;
    try {
      st = statSync(resolveFrom(cwd, p));
    } catch {
      st = void 0;
    }
    if (st?.isDirectory()) {
      const found = walk(p.replace(/\/$/, ""), cwd).filter((f2) => f2.endsWith(".policy"));
      if (found.length === 0) throw new UsageError(`no *.policy files under '${p}'`);
      for (const f2 of found) out.add(f2);
    } else {
      out.add(p);
    }
  }
  return [...out].sort();
}
function walk(dir, cwd) {
  const out = [];
  let entries;
  try {
    entries = readdirSync(resolveFrom(cwd, dir), { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = dir === "." ? e.name : `${dir}/${e.name}`;
    if (e.isDirectory()) {
      if (e.name !== "node_modules" && !e.name.startsWith(".")) out.push(...walk(p, cwd));
    } else {
      out.push(p);
    }
  }
  return out;
}
function globToRegExp(glob) {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c2 = glob[i];
    if (c2 === "*" && glob[i + 1] === "*") {
      re += glob[i + 2] === "/" ? "(?:.*/)?" : ".*";
      i += glob[i + 2] === "/" ? 2 : 1;
    } else if (c2 === "*") re += "[^/]*";
    else if (c2 === "?") re += "[^/]";
    else re += c2.replace(/[.+^${}()|\\\]]/g, "\\$&");
  }
  return new RegExp(`^${re.replace(/^\.\//, "")}$`);
}

// src/commands/run.ts
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync as readdirSync2, readFileSync as readFileSync2, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname as dirname2, join } from "node:path";
import { fileURLToPath } from "node:url";

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length;
    }
    while (++columnIndex2 < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row2.push(cell);
    }
    cellMatrix[rowIndex] = row2;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code;
    }
  }
  columnIndex = -1;
  const row = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code === 99) {
      before = ":";
      after = ":";
    } else if (code === 108) {
      before = ":";
    } else if (code === 114) {
      after = ":";
    }
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row[columnIndex] = cell;
  }
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row2 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell = row2[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code = alignments[columnIndex];
        if (code === 114) {
          before = " ".repeat(size);
        } else if (code === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code = typeof value === "string" ? value.codePointAt(0) : 0;
  return code === 67 || code === 99 ? 99 : code === 76 || code === 108 ? 108 : code === 82 || code === 114 ? 114 : 0;
}

// src/stats/metrics.ts
function cellMetrics(r) {
  const out = [];
  const low = (name, value) => out.push({ name, value, direction: "lower-is-better" });
  const high = (name, value) => out.push({ name, value, direction: "higher-is-better" });
  for (const t of r.threads) {
    low(`${t.pool}: D-state total (ns)`, t.dstate.total);
    low(`${t.pool}: D-state max (ns)`, t.dstate.max);
    low(`${t.pool}: runnable (ns)`, t.runnableNs);
  }
  for (const p of r.paths) {
    high(`${p.pool}: ${p.call} calls`, p.calls);
    low(`${p.pool}: ${p.call} p99 latency (ns)`, p.latency.p99);
  }
  for (const l of r.report.locks) {
    low(`${l.name}: contentions`, l.write.waittime.nr + l.read.waittime.nr);
    low(`${l.name}: wait total (ns)`, l.write.waittime.total + l.read.waittime.total);
  }
  return out;
}

// src/stats/paired.ts
var T95 = {
  1: 12.706,
  2: 4.303,
  3: 3.182,
  4: 2.776,
  5: 2.571,
  6: 2.447,
  7: 2.365,
  8: 2.306,
  9: 2.262,
  10: 2.228,
  11: 2.201,
  12: 2.179,
  13: 2.16,
  14: 2.145,
  15: 2.131,
  16: 2.12,
  17: 2.11,
  18: 2.101,
  19: 2.093,
  20: 2.086,
  21: 2.08,
  22: 2.074,
  23: 2.069,
  24: 2.064,
  25: 2.06,
  26: 2.056,
  27: 2.052,
  28: 2.048,
  29: 2.045,
  30: 2.042,
  40: 2.021,
  60: 2,
  120: 1.98
};
function tCritical(df) {
  if (df < 1) return Number.NaN;
  if (df > 120) return 1.96;
  let best = 1;
  for (const k of Object.keys(T95).map(Number)) if (k <= df && k > best) best = k;
  return T95[best];
}
var mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
function comparePaired(base, head, direction, threshold) {
  if (base.length !== head.length || base.length === 0) {
    throw new RangeError(
      `paired samples need equal, non-zero lengths (${base.length} vs ${head.length})`
    );
  }
  const n = base.length;
  const diffs = base.map((b2, i) => head[i] - b2);
  const b = mean(base);
  const h = mean(head);
  const d = mean(diffs);
  const relative = b === 0 ? Number.NaN : d / b;
  if (n < 2) {
    return {
      n,
      base: b,
      head: h,
      diff: d,
      ci: [Number.NaN, Number.NaN],
      relative,
      verdict: "too few seeds"
    };
  }
  const sd = Math.sqrt(diffs.reduce((a, x) => a + (x - d) ** 2, 0) / (n - 1));
  const half = tCritical(n - 1) * (sd / Math.sqrt(n));
  const ci = [d - half, d + half];
  const sign = direction === "lower-is-better" ? 1 : -1;
  const [lo, hi] = sign > 0 ? ci : [-ci[1], -ci[0]];
  const margin = threshold * Math.abs(b);
  let verdict = "no significant change";
  if (lo > margin) verdict = "regression";
  else if (hi < -margin) verdict = "improvement";
  return { n, base: b, head: h, diff: d, ci, relative, verdict };
}

// src/report/escape.ts
var REFERENCE = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "\\": "&#92;",
  "`": "&#96;",
  "*": "&#42;",
  _: "&#95;",
  "~": "&#126;",
  "[": "&#91;",
  "]": "&#93;",
  "|": "&#124;",
  $: "&#36;"
};
var AT = "@&#8203;";
var HASH = "&#35;&#8203;";
var ASCII_ALNUM = /[A-Za-z0-9]/;
var LINE_BREAKS = /\r\n|[\n\r\t\v\f\u0085\u2028\u2029]/g;
var INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function normalizeText(text) {
  return text.replace(LINE_BREAKS, " ").replace(INVISIBLE, "\uFFFD");
}
function intraword(s, i) {
  return i > 0 && i < s.length - 1 && ASCII_ALNUM.test(s[i - 1]) && ASCII_ALNUM.test(s[i + 1]);
}
function escapeMarkdown(text) {
  const s = normalizeText(text);
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c2 = s[i];
    if (c2 === "@") out += AT;
    else if (c2 === "#") out += HASH;
    else if (c2 === "_" && intraword(s, i)) out += c2;
    else out += REFERENCE[c2] ?? c2;
  }
  return escapeLineStart(out);
}
function escapeLineStart(s) {
  const m = /^(\d{1,9})([.)])/.exec(s);
  if (m) return `${m[1]}${m[2] === "." ? "&#46;" : "&#41;"}${s.slice(m[0].length)}`;
  const first = s[0];
  if (first === "-") return `&#45;${s.slice(1)}`;
  if (first === "+") return `&#43;${s.slice(1)}`;
  if (first === "=") return `&#61;${s.slice(1)}`;
  if (first === " ") return `&#32;${s.slice(1)}`;
  return s;
}

// src/report/schema.ts
var SCHEMA_VERSION = 1;
var SchemaVersionError = class extends Error {
};
function assertSchemaVersion(doc, what) {
  const v = doc?.schemaVersion;
  if (v !== SCHEMA_VERSION) {
    throw new SchemaVersionError(
      `${what}: schemaVersion ${JSON.stringify(v)} is not supported (this lockbench reads ${SCHEMA_VERSION})`
    );
  }
}

// src/report/run.ts
function runResults(cells) {
  return { schemaVersion: SCHEMA_VERSION, kind: "run", cells };
}
var ms = (ns) => (ns / 1e6).toFixed(2);
var us = (ns) => Number.isFinite(ns) ? (ns / 1e3).toFixed(1) : "-";
var mean2 = (xs) => xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
function columns(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  return rows.map(
    (r) => r.map((c2, i) => i === 0 ? c2.padEnd(widths[i]) : c2.padStart(widths[i])).join("  ")
  ).join("\n");
}
function formatRunText(results) {
  return runSections(results).map(
    (sec) => [
      `== ${sec.heading} ==`,
      "",
      ...sec.tables.flatMap((t) => [...t.caption ? [t.caption] : [], columns(t.rows), ""])
    ].join("\n")
  ).join("\n");
}
function formatRunMarkdown(results) {
  return runSections(results).map(
    (sec) => [
      `### ${escapeMarkdown(sec.heading)}`,
      "",
      ...sec.tables.flatMap((t) => [
        ...t.caption ? [escapeMarkdown(t.caption), ""] : [],
        markdownTable(
          t.rows.map((r) => r.map(cellText)),
          { align: ["l", ...t.rows[0].slice(1).map(() => "r")] }
        ),
        ""
      ])
    ].join("\n")
  ).join("\n");
}
function cellText(c2) {
  return /^[-+\d.,%[\] ]*$/.test(c2) ? c2 : escapeMarkdown(c2);
}
function runSections(results) {
  const groups = /* @__PURE__ */ new Map();
  for (const c2 of results.cells) {
    const key = `${c2.workload} on ${c2.machine}`;
    groups.set(key, [...groups.get(key) ?? [], c2]);
  }
  const out = [];
  for (const [key, cells] of groups) {
    const policies = [...new Set(cells.map((c2) => c2.policy))];
    const seeds = new Set(cells.map((c2) => c2.seed)).size;
    const tables = [];
    out.push({
      heading: `${key} (${seeds} seed${seeds === 1 ? "" : "s"}, means over seeds)`,
      tables
    });
    const threadRows = [
      ["thread class", "policy", "D-state total ms", "p99 us", "max us", "runnable ms", "CPU ms"]
    ];
    const pools = [...new Set(cells.flatMap((c2) => c2.result.threads.map((t) => t.pool)))];
    for (const pool of pools) {
      for (const p of policies) {
        const ts = cells.filter((c2) => c2.policy === p).flatMap((c2) => c2.result.threads.filter((t) => t.pool === pool));
        threadRows.push([
          pool,
          p,
          ms(mean2(ts.map((t) => t.dstate.total))),
          us(mean2(ts.map((t) => t.dstate.p99))),
          us(Math.max(0, ...ts.map((t) => t.dstate.max))),
          ms(mean2(ts.map((t) => t.runnableNs))),
          ms(mean2(ts.map((t) => t.cpuNs)))
        ]);
      }
    }
    tables.push({ rows: threadRows });
    const lockRows = [
      [
        "lock class",
        "policy",
        "W acq",
        "W con",
        "W wait ms",
        "R acq",
        "R con",
        "R wait ms",
        "max wait us"
      ]
    ];
    const classes = [
      ...new Set(cells.flatMap((c2) => c2.result.report.locks.map((l) => l.name)))
    ].sort();
    for (const cls of classes) {
      for (const p of policies) {
        const ls = cells.filter((c2) => c2.policy === p).flatMap((c2) => c2.result.report.locks.filter((l) => l.name === cls));
        if (ls.length === 0) continue;
        lockRows.push([
          cls,
          p,
          mean2(ls.map((l) => l.write.acquisitions)).toFixed(0),
          mean2(ls.map((l) => l.write.waittime.nr)).toFixed(0),
          ms(mean2(ls.map((l) => l.write.waittime.total))),
          mean2(ls.map((l) => l.read.acquisitions)).toFixed(0),
          mean2(ls.map((l) => l.read.waittime.nr)).toFixed(0),
          ms(mean2(ls.map((l) => l.read.waittime.total))),
          us(Math.max(0, ...ls.flatMap((l) => [l.write.waittime.max, l.read.waittime.max])))
        ]);
      }
    }
    tables.push({ rows: lockRows });
    const pathRows = [
      ["path", "policy", "calls", "skipped", "p50 us", "p99 us", "max us"]
    ];
    const paths = [
      ...new Set(cells.flatMap((c2) => c2.result.paths.map((x) => `${x.pool}: ${x.call}`)))
    ];
    for (const path of paths) {
      for (const p of policies) {
        const xs = cells.filter((c2) => c2.policy === p).flatMap((c2) => c2.result.paths.filter((x) => `${x.pool}: ${x.call}` === path));
        pathRows.push([
          path,
          p,
          mean2(xs.map((x) => x.calls)).toFixed(0),
          mean2(xs.map((x) => x.skipped)).toFixed(0),
          us(mean2(xs.map((x) => x.latency.p50))),
          us(mean2(xs.map((x) => x.latency.p99))),
          us(Math.max(0, ...xs.map((x) => x.latency.max)))
        ]);
      }
    }
    tables.push({ rows: pathRows });
    const tryRows = trylockRows(cells, policies);
    if (tryRows.length > 1)
      tables.push({
        caption: "trylock sites (the reviewer's question: do they fail more often?)",
        rows: tryRows
      });
    const retRows = returnRows(cells, policies);
    if (retRows.length > 1)
      tables.push({ caption: "what the calls returned (share of calls)", rows: retRows });
    if (policies.length > 1) tables.push(comparisonTable(cells, policies));
  }
  return out;
}
function trylockRows(cells, policies) {
  const rows = [
    ["trylock site", "lock class", "policy", "attempts", "failed", "failure rate"]
  ];
  const keys = /* @__PURE__ */ new Map();
  const sums = /* @__PURE__ */ new Map();
  for (const c2 of cells) {
    for (const l of c2.result.report.locks) {
      for (const [site, t] of l.trylocks) {
        const name = c2.result.sites[site] ?? `site ${site}`;
        const k = `${name}\0${l.name}`;
        keys.set(k, { site: name, cls: l.name });
        const sk = `${k}\0${c2.policy}`;
        const sum = sums.get(sk) ?? { attempts: 0, failures: 0 };
        sum.attempts += t.attempts;
        sum.failures += t.failures;
        sums.set(sk, sum);
      }
    }
  }
  for (const k of [...keys.keys()].sort()) {
    const { site, cls } = keys.get(k);
    for (const p of policies) {
      const sum = sums.get(`${k}\0${p}`);
      if (!sum) continue;
      const rate = sum.attempts ? `${(sum.failures / sum.attempts * 100).toFixed(1)}%` : "-";
      rows.push([site, cls, p, String(sum.attempts), String(sum.failures), rate]);
    }
  }
  return rows;
}
function returnRows(cells, policies) {
  const rows = [["path", "policy", "returned"]];
  const paths = [
    ...new Set(cells.flatMap((c2) => c2.result.paths.map((x) => `${x.pool}: ${x.call}`)))
  ];
  for (const path of paths) {
    for (const p of policies) {
      const counts = /* @__PURE__ */ new Map();
      for (const c2 of cells.filter((x) => x.policy === p)) {
        for (const x of c2.result.paths.filter((y) => `${y.pool}: ${y.call}` === path)) {
          for (const [v, n] of x.returns) counts.set(v, (counts.get(v) ?? 0) + n);
        }
      }
      const total = [...counts.values()].reduce((a, b) => a + b, 0);
      if (total === 0 || counts.size < 2) continue;
      const parts = [...counts].sort((a, b) => a[0] - b[0]).map(([v, n]) => `${v}: ${(n / total * 100).toFixed(1)}%`);
      rows.push([path, p, parts.join(", ")]);
    }
  }
  return rows;
}
var DEFAULT_THRESHOLD = 0.05;
function comparisonTable(cells, policies) {
  const [base, ...heads] = policies;
  const bySeed = (p) => new Map(cells.filter((c2) => c2.policy === p).map((c2) => [c2.seed, c2.result]));
  const baseCells = bySeed(base);
  const rows = [
    ["metric", "head", "base", "head value", "change", "95% CI", "verdict"]
  ];
  const order = { regression: 0, improvement: 1, "no significant change": 2, "too few seeds": 3 };
  for (const head of heads) {
    const headCells = bySeed(head);
    const seeds = [...baseCells.keys()].filter((s) => headCells.has(s)).sort((a, b) => a - b);
    const samples = /* @__PURE__ */ new Map();
    const perSeed = seeds.map((seed) => ({
      b: new Map(cellMetrics(baseCells.get(seed)).map((m) => [m.name, m])),
      h: new Map(cellMetrics(headCells.get(seed)).map((m) => [m.name, m]))
    }));
    const names = new Set(perSeed.flatMap((p) => [...p.b.keys(), ...p.h.keys()]));
    for (const name of [...names].sort()) {
      const any = perSeed.map((p) => p.b.get(name) ?? p.h.get(name)).find((m) => m !== void 0);
      samples.set(name, {
        b: perSeed.map((p) => p.b.get(name)?.value ?? 0),
        h: perSeed.map((p) => p.h.get(name)?.value ?? 0),
        dir: any.direction
      });
    }
    const found = [];
    for (const [name, s] of samples) {
      const c2 = comparePaired(s.b, s.h, s.dir, DEFAULT_THRESHOLD);
      if (c2.diff === 0) continue;
      const pct = (x) => Number.isFinite(x) ? `${x >= 0 ? "+" : ""}${(x * 100).toFixed(1)}%` : "-";
      const rel = (x) => c2.base === 0 ? Number.NaN : x / c2.base;
      found.push({
        rank: order[c2.verdict],
        row: [
          name,
          head,
          fmt(c2.base),
          fmt(c2.head),
          pct(c2.relative),
          Number.isFinite(c2.ci[0]) ? `[${pct(rel(c2.ci[0]))}, ${pct(rel(c2.ci[1]))}]` : "-",
          c2.verdict
        ]
      });
    }
    found.sort((a, b) => a.rank - b.rank || (a.row[0] < b.row[0] ? -1 : 1));
    rows.push(...found.map((f2) => f2.row));
  }
  return { caption: `base: ${base}; threshold ${DEFAULT_THRESHOLD * 100}%, paired by seed`, rows };
}
function fmt(x) {
  return Math.abs(x) >= 1e3 ? Math.round(x).toLocaleString("en-US") : x.toFixed(2);
}

// src/workload/layout.ts
var PAGE_SIZE = 4096;
var PMD_SIZE = 1 << 21;
var MM_ADDRESS_SPACE = 1024 * PMD_SIZE;
var FIRST_VMA = PMD_SIZE;
function place(cursor, pages) {
  const start = Math.ceil(cursor / PMD_SIZE) * PMD_SIZE;
  const end = start + pages * PAGE_SIZE;
  return { start, next: Math.ceil(end / PMD_SIZE) * PMD_SIZE + PMD_SIZE };
}
function instances(w) {
  const out = [];
  const byProcess = /* @__PURE__ */ new Map();
  for (const p of w.processes) {
    const mine = [];
    const parents = p.parent === void 0 ? [void 0] : byProcess.get(p.parent) ?? [];
    for (const parent of parents)
      for (let k = 0; k < p.count; k++) {
        const inst = {
          id: out.length,
          process: p.name,
          index: mine.length,
          parent: parent?.id ?? -1,
          name: `${p.name}[${mine.length}]`
        };
        mine.push(inst);
        out.push(inst);
      }
    byProcess.set(p.name, mine);
  }
  return out;
}
function opPage(op) {
  switch (op.kind) {
    case "folio":
      return op.folio;
    case "fault":
      return op.address;
    case "move":
      return op.src;
    default:
      return void 0;
  }
}
function threadInstances(w) {
  const procs = instances(w);
  const raw = [];
  for (const pool of w.threads) {
    const homes = pool.process === void 0 ? [-1] : procs.filter((p) => p.process === pool.process).map((p) => p.id);
    let index = 0;
    for (const home of homes)
      for (let k = 0; k < pool.count; k++) raw.push({ pool, index: index++, instance: home });
  }
  const members = /* @__PURE__ */ new Map();
  const keysOf = raw.map((t, id) => {
    const keys = /* @__PURE__ */ new Map();
    for (const op of t.pool.ops) {
      const ref = opPage(op);
      if (ref?.kind !== "pick" || ref.pick.kind !== "sequential") continue;
      const key = `${ref.stripe}\0${ref.instance === "own" ? t.instance : "any"}`;
      if (keys.has(ref.stripe)) continue;
      keys.set(ref.stripe, key);
      const m = members.get(key) ?? [];
      m.push(id);
      members.set(key, m);
    }
    return keys;
  });
  return raw.map((t, id) => {
    const stripes = /* @__PURE__ */ new Map();
    for (const [stripe, key] of keysOf[id]) {
      const m = members.get(key);
      stripes.set(stripe, { index: m.indexOf(id), of: m.length });
    }
    return {
      id,
      pool: t.pool,
      index: t.index,
      instance: t.instance,
      name: `${t.pool.name}[${t.index}]`,
      stripes
    };
  });
}

// src/workload/draw.ts
function sampleNs(d, rng) {
  switch (d.kind) {
    case "fixed":
      return d.ns;
    case "exp":
      return rng.exponential(d.meanNs);
    case "uniform":
      return d.loNs + (d.hiNs - d.loNs) * rng.float();
  }
}
var cumulative = /* @__PURE__ */ new WeakMap();
function drawOp(pool, iteration, rng) {
  if (pool.order === "sequence" || pool.ops.length === 1) return iteration % pool.ops.length;
  let c2 = cumulative.get(pool);
  if (!c2) {
    c2 = new Float64Array(pool.ops.length);
    let s = 0;
    pool.ops.forEach((op, i) => {
      s += op.weight;
      c2[i] = s;
    });
    cumulative.set(pool, c2);
  }
  return search(c2, rng.float() * c2[c2.length - 1]);
}
function drawPage(pick, pages, rng, cursor) {
  switch (pick.kind) {
    case "uniform":
      return { page: rng.int(pages), wrapped: false };
    case "zipf":
      return { page: search(zipfCdf(pick.s, pages), rng.float()), wrapped: false };
    case "sequential": {
      if (!cursor) throw new Error("drawPage: a sequential pick needs the thread's cursor");
      const mine = Math.max(1, Math.ceil((pages - cursor.index) / cursor.of));
      const i = cursor.step % mine;
      cursor.step++;
      return { page: Math.min(pages - 1, cursor.index + i * cursor.of), wrapped: i === mine - 1 };
    }
  }
}
var zipfTables = /* @__PURE__ */ new Map();
function zipfCdf(s, pages) {
  const key = `${s}/${pages}`;
  let t = zipfTables.get(key);
  if (!t) {
    t = new Float64Array(pages);
    let sum = 0;
    for (let i = 0; i < pages; i++) {
      sum += 1 / (i + 1) ** s;
      t[i] = sum;
    }
    for (let i = 0; i < pages; i++) t[i] /= sum;
    zipfTables.set(key, t);
  }
  return t;
}
function search(c2, x) {
  let lo = 0;
  let hi = c2.length - 1;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (c2[mid] > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

// src/sim/prng.ts
function fmix32(h) {
  h ^= h >>> 16;
  h = Math.imul(h, 2246822507);
  h ^= h >>> 13;
  h = Math.imul(h, 3266489909);
  h ^= h >>> 16;
  return h >>> 0;
}
var GOLDEN = 2654435769;
var TWO_POW_32 = 4294967296;
var TWO_POW_53 = 9007199254740992;
var Prng = class {
  s0;
  s1;
  s2;
  s3;
  /**
   * @param seed   run seed (any 32-bit integer; higher bits are folded in)
   * @param stream stream id, e.g. the simulated thread id
   */
  constructor(seed, stream = 0) {
    const hi = Math.floor(seed / TWO_POW_32);
    let x = fmix32(seed >>> 0 ^ fmix32(hi ^ 1540483477));
    x = fmix32(x ^ Math.imul(stream >>> 0, 3432918353) ^ fmix32(stream + GOLDEN));
    const next = () => {
      x = x + GOLDEN >>> 0;
      return fmix32(x);
    };
    this.s0 = next();
    this.s1 = next();
    this.s2 = next();
    this.s3 = next();
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }
  /** The next 32 random bits as an unsigned integer (xoshiro128**). */
  nextU32() {
    const s1 = this.s1;
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }
  /** Uniform in [0, 1) with 53 random bits. */
  float() {
    const a = this.nextU32() >>> 5;
    const b = this.nextU32() >>> 6;
    return (a * 67108864 + b) / TWO_POW_53;
  }
  /** Uniform integer in [0, n), n in 1..2^32, without modulo bias (rejection). */
  int(n) {
    if (!(n >= 1 && n <= TWO_POW_32) || !Number.isInteger(n))
      throw new RangeError(`Prng.int: n must be an integer in 1..2^32, got ${n}`);
    const limit = TWO_POW_32 - TWO_POW_32 % n;
    for (; ; ) {
      const x = this.nextU32();
      if (x < limit) return x % n;
    }
  }
  /** Uniform integer in [lo, hi] inclusive. */
  range(lo, hi) {
    if (hi < lo) throw new RangeError(`Prng.range: empty range [${lo}, ${hi}]`);
    return lo + this.int(hi - lo + 1);
  }
  /** Exponentially distributed with the given mean (inverse transform). */
  exponential(mean3) {
    return -mean3 * Math.log(1 - this.float());
  }
  /** True with probability p. */
  bernoulli(p) {
    return this.float() < p;
  }
  /** Standard normal via Box-Muller (one of the pair; the other is dropped for simplicity). */
  normal(mean3 = 0, sd = 1) {
    const u = 1 - this.float();
    const v = this.float();
    return mean3 + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  /** One element of a non-empty array, uniformly. */
  pick(xs) {
    if (xs.length === 0) throw new RangeError("Prng.pick: empty array");
    return xs[this.int(xs.length)];
  }
};
function rotl(x, k) {
  return x << k | x >>> 32 - k;
}

// src/sim/program.ts
var THREAD_STATES = ["running", "runnable", "dstate", "sleeping", "spinning"];
var S_RUNNING = 0;
var S_RUNNABLE = 1;
var S_DSTATE = 2;
var S_SLEEPING = 3;
var S_SPINNING = 4;
var S_OFF = 5;

// src/sim/accounting.ts
var NSTATES = THREAD_STATES.length;
var ThreadAccounting = class {
  names = [];
  state = [];
  since = [];
  /** acc[tid * NSTATES + state]: closed intervals. */
  acc = [];
  startAt = [];
  endAt = [];
  dSleeps = [];
  maxRunnable = [];
  /** Register thread `t` (ids are dense, in order); it is off until set(). */
  add(name, start) {
    const t = this.names.length;
    this.names.push(name);
    this.state.push(S_OFF);
    this.since.push(start);
    for (let s = 0; s < NSTATES; s++) this.acc.push(0);
    this.startAt.push(start);
    this.endAt.push(-1);
    this.dSleeps.push([]);
    this.maxRunnable.push(0);
    return t;
  }
  get count() {
    return this.names.length;
  }
  name(t) {
    return this.names[t];
  }
  /** The raw state (S_*). */
  get(t) {
    return this.state[t];
  }
  /** Close the current interval at `now` and open one in state `s` (S_OFF: exited). */
  set(t, s, now) {
    const old = this.state[t];
    const dt = now - this.since[t];
    if (old !== S_OFF) {
      this.acc[t * NSTATES + old] += dt;
      if (old === S_DSTATE) this.dSleeps[t].push(dt);
      if (old === S_RUNNABLE && dt > this.maxRunnable[t]) this.maxRunnable[t] = dt;
    }
    if (s === S_OFF && old !== S_OFF) this.endAt[t] = now;
    this.state[t] = s;
    this.since[t] = now;
  }
  /** All threads as of `now`, open intervals included. */
  report(now) {
    const out = [];
    for (let t = 0; t < this.names.length; t++) {
      const open = this.state[t];
      const dt = open === S_OFF ? 0 : now - this.since[t];
      const time = {};
      THREAD_STATES.forEach((name, s) => {
        time[name] = this.acc[t * NSTATES + s] + (open === s ? dt : 0);
      });
      const exited = this.endAt[t] >= 0;
      const started = this.startAt[t] <= now;
      out.push({
        tid: t,
        name: this.names[t],
        start: this.startAt[t],
        end: exited ? this.endAt[t] : started ? now : this.startAt[t],
        exited,
        time,
        dstateSleeps: open === S_DSTATE ? [...this.dSleeps[t], dt] : [...this.dSleeps[t]],
        maxRunnable: Math.max(this.maxRunnable[t], open === S_RUNNABLE ? dt : 0)
      });
    }
    return out;
  }
};

// src/sim/cache.ts
var CacheModel = class {
  constructor(m, topo) {
    this.m = m;
    this.topo = topo;
    this.words = topo.ncpu + 31 >> 5;
    this.holders = new Int32Array(64 * this.words);
    this.clusterMask = new Int32Array(topo.nclusters * this.words);
    for (let cpu = 0; cpu < topo.ncpu; cpu++) {
      const c2 = topo.cpuCluster[cpu];
      this.clusterMask[c2 * this.words + (cpu >> 5)] |= 1 << (cpu & 31);
    }
  }
  m;
  topo;
  words;
  /** holders[line * words + w]: bit set of CPUs holding the line's current value. */
  holders;
  nlines = 0;
  /** clusterMask[cluster * words + w]: the CPUs of each cluster. */
  clusterMask;
  /** A fresh line id. */
  newLine() {
    const id = this.nlines++;
    if (this.nlines * this.words > this.holders.length) {
      const h = new Int32Array(this.holders.length * 2);
      h.set(this.holders);
      this.holders = h;
    }
    return id;
  }
  get lines() {
    return this.nlines;
  }
  /** One-way transfer between two CPUs (0 on the same CPU). */
  transfer(from, to) {
    if (from === to || from < 0 || to < 0) return 0;
    const t = this.topo;
    return t.transferNs[t.cpuCluster[from] * t.nclusters + t.cpuCluster[to]];
  }
  /** Cost in ns of `mode` on `line` by `cpu`; updates the holder set. */
  access(cpu, line, mode) {
    if (line < 0 || line >= this.nlines)
      throw new RangeError(`cache line ${line} was never allocated`);
    const w = this.words;
    const base = line * w;
    const word = cpu >> 5;
    const bit2 = 1 << (cpu & 31);
    const h = this.holders;
    let any = false;
    let others = false;
    for (let i = 0; i < w; i++) {
      const x = h[base + i];
      if (x !== 0) any = true;
      if ((i === word ? x & ~bit2 : x) !== 0) others = true;
    }
    const mine = (h[base + word] & bit2) !== 0;
    if (mode === "read") {
      if (mine || !any) {
        h[base + word] |= bit2;
        return this.m.l1HitNs;
      }
      const d = this.nearest(base, cpu);
      h[base + word] |= bit2;
      return d + this.m.l1HitNs;
    }
    const op = mode === "atomic" ? this.m.atomicNs : this.m.l1HitNs;
    let cost = op;
    if (others) {
      const d = this.farthest(base, cpu);
      cost += d;
      if (mode === "atomic" && !this.m.lse) cost += d;
    }
    for (let i = 0; i < w; i++) h[base + i] = 0;
    h[base + word] = bit2;
    return cost;
  }
  /** Does `cpu` alone hold `line`? (For tests and lock bounce heuristics.) */
  exclusive(cpu, line) {
    const w = this.words;
    for (let i = 0; i < w; i++) {
      const x = this.holders[line * w + i];
      const want = i === cpu >> 5 ? 1 << (cpu & 31) : 0;
      if (x !== want) return false;
    }
    return true;
  }
  nearest(base, cpu) {
    const t = this.topo;
    const my = t.cpuCluster[cpu];
    let best = Number.POSITIVE_INFINITY;
    for (let c2 = 0; c2 < t.nclusters; c2++) {
      if (!this.holdsIn(base, c2, cpu)) continue;
      const d = t.transferNs[my * t.nclusters + c2];
      if (d < best) best = d;
    }
    return best === Number.POSITIVE_INFINITY ? 0 : best;
  }
  farthest(base, cpu) {
    const t = this.topo;
    const my = t.cpuCluster[cpu];
    let worst = 0;
    for (let c2 = 0; c2 < t.nclusters; c2++) {
      if (!this.holdsIn(base, c2, cpu)) continue;
      const d = t.transferNs[my * t.nclusters + c2];
      if (d > worst) worst = d;
    }
    return worst;
  }
  /** Does some CPU other than `self` in cluster c hold the line? */
  holdsIn(base, c2, self) {
    const w = this.words;
    for (let i = 0; i < w; i++) {
      let x = this.holders[base + i] & this.clusterMask[c2 * w + i];
      if (i === self >> 5) x &= ~(1 << (self & 31));
      if (x !== 0) return true;
    }
    return false;
  }
};

// src/sim/locks/host.ts
var SimError = class extends Error {
  name = "SimError";
};

// src/sim/locks/stats.ts
var newTime = () => ({ nr: 0, min: Number.POSITIVE_INFINITY, max: 0, total: 0 });
var newRow = () => ({
  conBounces: 0,
  waittime: newTime(),
  acqBounces: 0,
  acquisitions: 0,
  holdtime: newTime()
});
function addTime(t, ns) {
  t.nr++;
  if (ns < t.min) t.min = ns;
  if (ns > t.max) t.max = ns;
  t.total += ns;
}
function bump(m, k) {
  m.set(k, (m.get(k) ?? 0) + 1);
}
var LockStats = class {
  classes = /* @__PURE__ */ new Map();
  cls(name, kind) {
    let c2 = this.classes.get(name);
    if (!c2) {
      c2 = {
        name,
        kind,
        write: newRow(),
        read: newRow(),
        contentionPoints: /* @__PURE__ */ new Map(),
        contendingPoints: /* @__PURE__ */ new Map(),
        trylocks: /* @__PURE__ */ new Map()
      };
      this.classes.set(name, c2);
    } else if (c2.kind !== kind) {
      throw new Error(`lock class '${name}' used for both ${c2.kind} and ${kind} locks`);
    }
    return c2;
  }
  /** Classes in name order, so reports do not depend on creation order. */
  all() {
    return [...this.classes.values()].sort(
      (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0
    );
  }
};
var LockAccounting = class {
  constructor(cls) {
    this.cls = cls;
  }
  cls;
  lastCpu = -1;
  lastSite = -1;
  waitStart = /* @__PURE__ */ new Map();
  holdStart = /* @__PURE__ */ new Map();
  /** `tid` must wait for the lock (lock_contended). */
  contended(tid, cpu, read, site, now) {
    const row = read ? this.cls.read : this.cls.write;
    bump(this.cls.contentionPoints, site);
    if (this.lastSite >= 0) bump(this.cls.contendingPoints, this.lastSite);
    if (this.lastCpu >= 0 && this.lastCpu !== cpu) row.conBounces++;
    this.waitStart.set(tid, now);
  }
  /** `tid` holds the lock from now (lock_acquired). */
  acquired(tid, cpu, read, site, now) {
    const row = read ? this.cls.read : this.cls.write;
    const w = this.waitStart.get(tid);
    if (w !== void 0) {
      addTime(row.waittime, now - w);
      this.waitStart.delete(tid);
    }
    if (this.lastCpu >= 0 && this.lastCpu !== cpu) row.acqBounces++;
    row.acquisitions++;
    this.lastCpu = cpu;
    this.lastSite = site;
    this.holdStart.set(tid, now);
  }
  /** `tid` releases the lock (lock_release). */
  released(tid, read, now) {
    const s = this.holdStart.get(tid);
    if (s === void 0) return;
    addTime((read ? this.cls.read : this.cls.write).holdtime, now - s);
    this.holdStart.delete(tid);
  }
  trylock(site, ok) {
    let t = this.cls.trylocks.get(site);
    if (!t) {
      t = { attempts: 0, failures: 0 };
      this.cls.trylocks.set(site, t);
    }
    t.attempts++;
    if (!ok) t.failures++;
  }
};

// src/sim/locks/exclusive.ts
var ExclusiveLock = class {
  constructor(id, cls, line, host) {
    this.id = id;
    this.cls = cls;
    this.line = line;
    this.host = host;
    this.acct = new LockAccounting(cls);
  }
  id;
  cls;
  line;
  host;
  owner = -1;
  queue = [];
  waits = /* @__PURE__ */ new Map();
  acct;
  state() {
    return { owner: this.owner, waiters: this.queue.map((w) => w.tid) };
  }
  /** t owns the lock from now (lock_acquired). */
  take(t, site) {
    this.owner = t;
    this.acct.acquired(t, this.host.cpuOf(t), false, site, this.host.now);
    this.host.lockEvent?.(t, this.id, "acquired");
  }
};

// src/sim/locks/folio.ts
var PAGE_LOCK_UNFAIRNESS = 5;
var FolioLock = class extends ExclusiveLock {
  op(t, op, site) {
    switch (op) {
      case "folio_lock":
        return this.lock(t, site);
      case "folio_trylock":
        return this.trylock(t, site);
      case "folio_unlock":
        return this.unlock(t);
    }
  }
  lock(t, site) {
    if (this.owner === t)
      throw new SimError(
        `folio_lock of ${this.cls.name} by thread ${t}, which already holds it (deadlock)`
      );
    const cost = this.host.access(t, this.line, "atomic");
    if (this.owner < 0) {
      this.take(t, site);
      return this.host.finish(t, cost, 1);
    }
    this.acct.contended(t, this.host.cpuOf(t), false, site, this.host.now);
    this.host.lockEvent?.(t, this.id, "contended");
    const w = {
      tid: t,
      site,
      unfairness: PAGE_LOCK_UNFAIRNESS,
      custom: false,
      woken: false,
      done: false
    };
    this.waits.set(t, w);
    this.repeat(w);
  }
  /** The `repeat:` label of folio_wait_bit_common(). */
  repeat(w) {
    w.custom = --w.unfairness < 0;
    w.woken = false;
    w.done = false;
    if (this.owner < 0) {
      this.waits.delete(w.tid);
      this.take(w.tid, w.site);
      return this.host.finish(w.tid, 0, 1);
    }
    this.queue.push(w);
    this.host.block(w.tid);
  }
  trylock(t, site) {
    const cost = this.host.access(t, this.line, "atomic");
    if (this.owner < 0) {
      this.take(t, site);
      this.acct.trylock(site, true);
      return this.host.finish(t, cost, 1);
    }
    this.acct.trylock(site, false);
    this.host.lockEvent?.(t, this.id, "trylock_failed");
    this.host.finish(t, cost, 0);
  }
  unlock(t) {
    if (this.owner !== t)
      throw new SimError(`folio_unlock of ${this.cls.name} by thread ${t}, which does not hold it`);
    const cost = this.host.access(t, this.line, "atomic");
    this.owner = -1;
    this.acct.released(t, false, this.host.now);
    this.host.lockEvent?.(t, this.id, "released");
    const w = this.queue.shift();
    if (w) {
      if (w.custom) {
        this.owner = w.tid;
        w.done = true;
      }
      w.woken = true;
      this.host.wake(w.tid);
    }
    this.host.finish(t, cost, 0);
  }
  resume(t) {
    const w = this.waits.get(t);
    if (!w) throw new SimError(`thread ${t} resumed in ${this.cls.name} it is not waiting on`);
    if (!w.woken) return this.host.block(t);
    if (w.done) {
      this.waits.delete(t);
      this.acct.acquired(t, this.host.cpuOf(t), false, w.site, this.host.now);
      this.host.lockEvent?.(t, this.id, "acquired");
      return this.host.finish(t, 0, 1);
    }
    const cost = this.host.access(t, this.line, "atomic");
    if (this.owner < 0) {
      this.waits.delete(t);
      this.take(t, w.site);
      return this.host.finish(t, cost, 1);
    }
    this.repeat(w);
  }
};

// src/sim/locks/rcu.ts
var Rcu = class {
  constructor(host, view) {
    this.host = host;
    this.view = view;
    this.pending = new Uint8Array(view.ncpu);
    this.needQs = new Uint8Array(view.ncpu);
  }
  host;
  view;
  id = -1;
  depth = [];
  gpActive = false;
  gpCount = 0;
  pending;
  needQs;
  pendingCpus = 0;
  blocked = /* @__PURE__ */ new Set();
  waiters = [];
  callbacks = [];
  nextWaiters = [];
  nextCallbacks = [];
  /** Completed grace periods. */
  get gracePeriods() {
    return this.gpCount;
  }
  nesting(t) {
    return this.depth[t] ?? 0;
  }
  op(t, op, token) {
    const h = this.host;
    switch (op) {
      case "rcu_read_lock":
        this.depth[t] = this.nesting(t) + 1;
        return h.finish(t, this.view.l1HitNs, 0);
      case "rcu_read_unlock": {
        const d = this.nesting(t);
        if (d <= 0)
          throw new SimError(`rcu_read_unlock by thread ${t} outside a read-side section`);
        this.depth[t] = d - 1;
        if (d === 1) this.readerDone(t);
        return h.finish(t, this.view.l1HitNs, 0);
      }
      case "synchronize_rcu":
        if (this.nesting(t) > 0)
          throw new SimError(
            `synchronize_rcu by thread ${t} inside a read-side section (deadlock)`
          );
        this.need(
          () => this.waiters.push(t),
          () => this.nextWaiters.push(t)
        );
        return h.block(t);
      case "call_rcu":
        if (token === void 0) throw new SimError(`call_rcu by thread ${t} without a token`);
        this.need(
          () => this.callbacks.push(token),
          () => this.nextCallbacks.push(token)
        );
        return h.finish(t, this.view.l1HitNs, 0);
    }
  }
  /** A waiter woken at the end of a GP continues its program. */
  resume(t) {
    this.host.finish(t, 0, 0);
  }
  /** Thread t left its CPU (context switch, sleep, block or exit). */
  contextSwitch(cpu, t) {
    if (!this.gpActive || !this.pending[cpu]) return;
    if (this.nesting(t) > 0) this.blocked.add(t);
    this.qs(cpu);
  }
  /** The CPU went idle. */
  idle(cpu) {
    if (this.gpActive && this.pending[cpu]) this.qs(cpu);
  }
  /** Scheduler tick on cpu with thread t on it (-1 idle). */
  tick(cpu, t) {
    if (!this.gpActive || !this.pending[cpu]) return;
    if (t < 0 || this.nesting(t) === 0) this.qs(cpu);
    else this.needQs[cpu] = 1;
  }
  need(now, later) {
    if (this.gpActive) {
      later();
    } else {
      now();
      this.startGp();
    }
  }
  readerDone(t) {
    if (this.blocked.delete(t)) this.checkDone();
    if (!this.gpActive) return;
    const cpu = this.host.cpuOf(t);
    if (this.pending[cpu] && this.needQs[cpu]) this.qs(cpu);
  }
  startGp() {
    this.gpActive = true;
    this.pendingCpus = 0;
    for (let c2 = 0; c2 < this.view.ncpu; c2++) {
      const busy = this.view.onCpuThread(c2) >= 0;
      this.pending[c2] = busy ? 1 : 0;
      this.needQs[c2] = 0;
      if (busy) this.pendingCpus++;
    }
    for (let t = 0; t < this.view.threadCount(); t++) {
      if (this.nesting(t) > 0 && !this.host.onCpu(t)) this.blocked.add(t);
    }
    this.checkDone();
  }
  qs(cpu) {
    this.pending[cpu] = 0;
    this.needQs[cpu] = 0;
    this.pendingCpus--;
    this.checkDone();
  }
  checkDone() {
    if (!this.gpActive || this.pendingCpus > 0 || this.blocked.size > 0) return;
    this.gpActive = false;
    this.gpCount++;
    const ws = this.waiters;
    const cbs = this.callbacks;
    this.waiters = this.nextWaiters;
    this.callbacks = this.nextCallbacks;
    this.nextWaiters = [];
    this.nextCallbacks = [];
    for (const t of ws) this.host.wake(t);
    for (const tok of cbs) this.view.callback(tok);
    if (this.waiters.length > 0 || this.callbacks.length > 0) this.startGp();
  }
};

// src/sim/locks/rwsem.ts
function rwsemWaitTimeout(hz) {
  return Math.ceil(hz / 250);
}
var MAX_READERS_WAKEUP = 256;
function rspinThresholdNs(readers) {
  return (20 + Math.min(readers, 30)) * 1e3 / 2;
}
var OWNER_NULL = 0;
var OWNER_WRITER = 1;
var OWNER_READER = 2;
var OWNER_NONSPINNABLE = 3;
var WAKE_ANY = 0;
var WAKE_READERS = 1;
var WAKE_READ_OWNED = 2;
var Rwsem = class {
  constructor(id, cls, line, host, hz) {
    this.id = id;
    this.cls = cls;
    this.line = line;
    this.host = host;
    this.acct = new LockAccounting(cls);
    this.waitTimeout = rwsemWaitTimeout(hz);
  }
  id;
  cls;
  line;
  host;
  writer = -1;
  readers = 0;
  handoff = false;
  readerOwned = false;
  nonspinnable = false;
  /** The wait list, FIFO. */
  queue = [];
  /** The OSQ: optimistic spinners in arrival order; the head polls the owner. */
  osq = [];
  waits = /* @__PURE__ */ new Map();
  readerSet = /* @__PURE__ */ new Set();
  acct;
  waitTimeout;
  /** Snapshot for tests and monitors. */
  state() {
    return {
      writer: this.writer,
      readerCount: this.readers,
      readers: [...this.readerSet].sort((a, b) => a - b),
      waiters: this.queue.map((w) => ({ tid: w.tid, write: w.write })),
      handoff: this.handoff,
      spinners: this.osq.map((w) => w.tid),
      nonspinnable: this.nonspinnable
    };
  }
  op(t, op, site) {
    switch (op) {
      case "down_read":
        return this.downRead(t, site);
      case "down_read_trylock":
        return this.downReadTrylock(t, site);
      case "up_read":
        return this.upRead(t);
      case "down_write":
        return this.downWrite(t, site);
      case "down_write_trylock":
        return this.downWriteTrylock(t, site);
      case "up_write":
        return this.upWrite(t);
      case "downgrade_write":
        return this.downgrade(t);
      case "rwsem_is_locked":
        return this.isLocked(t);
    }
  }
  resume(t) {
    const w = this.waits.get(t);
    if (!w)
      throw new SimError(`thread ${t} resumed in rwsem ${this.cls.name} it is not waiting on`);
    if (!w.write) {
      if (w.granted) this.readerGot(t, w);
      else this.host.block(t);
    } else {
      switch (w.phase) {
        case "spin":
          this.spinStep(w);
          break;
        case "queued":
        case "handoff":
          this.writerLoop(w);
          break;
      }
    }
    this.watch();
  }
  offCpu(t) {
    if (t === this.writer) this.kickSpinners(this.host.cpuOf(t));
  }
  // --- readers -------------------------------------------------------------
  /** The fast path of down_read / down_read_trylock: no READ_FAILED_MASK bit set. */
  readFastOk() {
    return this.writer < 0 && this.queue.length === 0 && !this.handoff;
  }
  grantRead(t, site) {
    this.readers++;
    this.readerSet.add(t);
    this.readerOwned = true;
    this.acct.acquired(t, this.host.cpuOf(t), true, site, this.host.now);
    this.host.lockEvent?.(t, this.id, "acquired");
  }
  /** __down_read: add the reader bias; a READ_FAILED bit sends us to the slow path. */
  downRead(t, site) {
    const cost = this.host.access(t, this.line, "atomic");
    if (this.readFastOk()) {
      this.grantRead(t, site);
      this.host.finish(t, cost, 1);
      return this.kickSpinners(this.host.cpuOf(t));
    }
    this.contended(t, true, site);
    const rcnt = this.readers + 1;
    const queueIt = this.readerOwned && rcnt > 1 && this.writer < 0;
    if (!queueIt && this.writer < 0 && !this.handoff) {
      this.grantRead(t, site);
      if (rcnt === 1 && this.queue.length > 0) this.markWake(WAKE_READ_OWNED);
      this.host.finish(t, cost, 1);
      return this.kickSpinners(this.host.cpuOf(t));
    }
    const w = this.newWaiter(t, false, site);
    if (this.queue.length === 0 && this.writer < 0) {
      this.waits.delete(t);
      this.grantRead(t, site);
      return this.host.finish(t, cost, 1);
    }
    this.enqueue(w);
    this.condWake();
    if (w.granted) return this.readerGot(t, w, cost);
    this.host.block(t);
    this.watch();
  }
  /** A queued reader resumes with the lock granted by rwsem_mark_wake. */
  readerGot(t, w, cost = 0) {
    this.waits.delete(t);
    this.readerSet.add(t);
    this.acct.acquired(t, this.host.cpuOf(t), true, w.site, this.host.now);
    this.host.lockEvent?.(t, this.id, "acquired");
    this.host.finish(t, cost, 1);
  }
  /** __down_read_trylock: cmpxchg only while no READ_FAILED bit is set. */
  downReadTrylock(t, site) {
    if (this.readFastOk()) {
      const cost2 = this.host.access(t, this.line, "atomic");
      this.grantRead(t, site);
      this.acct.trylock(site, true);
      this.host.finish(t, cost2, 1);
      return this.kickSpinners(this.host.cpuOf(t));
    }
    const cost = this.host.access(t, this.line, "read");
    this.acct.trylock(site, false);
    this.host.lockEvent?.(t, this.id, "trylock_failed");
    this.host.finish(t, cost, 0);
  }
  /** __up_read: the last reader out wakes the waiters (RWSEM_WAKE_ANY). */
  upRead(t) {
    if (!this.readerSet.delete(t))
      throw new SimError(
        `up_read of ${this.cls.name} by thread ${t}, which does not hold it for read`
      );
    const cost = this.host.access(t, this.line, "atomic");
    this.readers--;
    this.acct.released(t, true, this.host.now);
    this.host.lockEvent?.(t, this.id, "released");
    if (this.readers === 0 && this.writer < 0 && this.queue.length > 0) {
      this.nonspinnable = false;
      this.markWake(WAKE_ANY);
    }
    this.host.finish(t, cost, 0);
    if (this.readers === 0) this.kickSpinners(this.host.cpuOf(t));
    this.watch();
  }
  // --- writers -------------------------------------------------------------
  grantWrite(t, site) {
    this.writer = t;
    this.readerOwned = false;
    this.nonspinnable = false;
    this.acct.acquired(t, this.host.cpuOf(t), false, site, this.host.now);
    this.host.lockEvent?.(t, this.id, "acquired");
  }
  /** __down_write_trylock: cmpxchg 0 -> WRITER_LOCKED; any bit set fails it. */
  countIsZero() {
    return this.writer < 0 && this.readers === 0 && this.queue.length === 0 && !this.handoff;
  }
  downWriteTrylock(t, site) {
    const cost = this.host.access(t, this.line, "atomic");
    if (this.countIsZero()) {
      this.grantWrite(t, site);
      this.acct.trylock(site, true);
      this.host.finish(t, cost, 1);
      return this.kickSpinners(this.host.cpuOf(t));
    }
    this.acct.trylock(site, false);
    this.host.lockEvent?.(t, this.id, "trylock_failed");
    this.host.finish(t, cost, 0);
  }
  downWrite(t, site) {
    const cost = this.host.access(t, this.line, "atomic");
    if (this.countIsZero()) {
      this.grantWrite(t, site);
      this.host.finish(t, cost, 1);
      return this.kickSpinners(this.host.cpuOf(t));
    }
    this.contended(t, false, site);
    const w = this.newWaiter(t, true, site);
    if (this.canSpinOnOwner(t)) {
      w.phase = "spin";
      this.osq.push(w);
      this.spinStep(w);
    } else {
      this.queueWriter(w);
    }
    this.watch();
  }
  /**
   * rwsem_can_spin_on_owner(): not when need_resched(), not when
   * NONSPINNABLE, not when a writer owns it and is off CPU.
   */
  canSpinOnOwner(t) {
    if (this.host.needResched(t)) return false;
    if (this.nonspinnable) return false;
    if (this.writer >= 0 && !this.host.onCpu(this.writer)) return false;
    return true;
  }
  ownerState() {
    if (this.nonspinnable) return OWNER_NONSPINNABLE;
    if (this.readerOwned) return OWNER_READER;
    return this.writer >= 0 ? OWNER_WRITER : OWNER_NULL;
  }
  /**
   * One evaluation of rwsem_optimistic_spin() for spinner w, at entry and
   * whenever it is kicked (owner changed, lock freed, owner left its CPU,
   * need_resched, or the reader-spin deadline).
   */
  spinStep(w) {
    const t = w.tid;
    const h = this.host;
    if (this.osq[0] !== w) {
      if (h.needResched(t)) return this.stopSpinning(w);
      return h.spin(t);
    }
    const st = this.ownerState();
    if (st === OWNER_NONSPINNABLE) return this.stopSpinning(w);
    if (st === OWNER_WRITER) {
      if (h.needResched(t) || !h.onCpu(this.writer)) return this.stopSpinning(w);
      w.prevOwner = st;
      return h.spin(t);
    }
    if (this.writer < 0 && this.readers === 0 && !this.handoff) {
      this.leaveOsq(w);
      this.waits.delete(t);
      this.grantWrite(t, w.site);
      h.finish(t, 0, 1);
      return this.kickSpinners(h.cpuOf(t));
    }
    if (st === OWNER_READER) {
      if (w.prevOwner !== OWNER_READER) {
        w.rspinUntil = h.now + rspinThresholdNs(this.readers);
      } else if (h.now >= w.rspinUntil) {
        this.nonspinnable = true;
        return this.stopSpinning(w);
      }
    }
    if (h.needResched(t)) return this.stopSpinning(w);
    w.prevOwner = st;
    h.spin(t);
    if (st === OWNER_READER) h.kick(t, w.rspinUntil - h.now);
  }
  leaveOsq(w) {
    const i = this.osq.indexOf(w);
    if (i < 0) return;
    this.osq.splice(i, 1);
    if (i === 0 && this.osq.length > 0) this.host.kick(this.osq[0].tid, 0);
  }
  stopSpinning(w) {
    this.leaveOsq(w);
    this.queueWriter(w);
  }
  /** The rest of rwsem_down_write_slowpath(): queue, maybe wake others, try, sleep. */
  queueWriter(w) {
    w.phase = "queued";
    w.timeout = this.host.jiffies() + this.waitTimeout;
    w.handoffSet = false;
    this.enqueue(w);
    if (this.queue[0] !== w) this.condWake();
    this.writerLoop(w);
  }
  /** The for (;;) loop of rwsem_down_write_slowpath(), entered again on each wake. */
  writerLoop(w) {
    const t = w.tid;
    const h = this.host;
    if (this.tryWriteLock(w)) {
      const cost = h.access(t, this.line, "atomic");
      this.waits.delete(t);
      this.grantWrite(t, w.site);
      h.finish(t, cost, 1);
      this.kickSpinners(h.cpuOf(t));
      return this.watch();
    }
    if (w.handoffSet && this.writer >= 0 && h.onCpu(this.writer) && !h.needResched(t)) {
      w.phase = "handoff";
      h.spin(t);
      return this.watch();
    }
    w.phase = "queued";
    h.block(t);
    this.watch();
  }
  /** rwsem_try_write_lock(): called with wait_lock held by a queued writer. */
  tryWriteLock(w) {
    const first = this.queue[0];
    if (this.handoff && first.handoffSet && w !== first) return false;
    if (this.writer >= 0 || this.readers > 0) {
      if (this.handoff || !(this.host.jiffies() > w.timeout)) return false;
      this.handoff = true;
      first.handoffSet = true;
      return false;
    }
    this.handoff = false;
    this.dequeue(w);
    return true;
  }
  /** __up_write: clear the owner (and its flags) and wake the waiters. */
  upWrite(t) {
    if (this.writer !== t)
      throw new SimError(
        `up_write of ${this.cls.name} by thread ${t}, which does not hold it for write`
      );
    const cost = this.host.access(t, this.line, "atomic");
    this.writer = -1;
    this.readerOwned = false;
    this.nonspinnable = false;
    this.acct.released(t, false, this.host.now);
    this.host.lockEvent?.(t, this.id, "released");
    if (this.queue.length > 0) this.markWake(WAKE_ANY);
    this.host.finish(t, cost, 0);
    this.kickSpinners(this.host.cpuOf(t));
    this.watch();
  }
  /**
   * downgrade_write(): the writer becomes a reader in one atomic update, so no
   * other writer can slip in; readers queued at the head are woken to share
   * it (rwsem_downgrade_wake -> rwsem_mark_wake(RWSEM_WAKE_READ_OWNED)).
   */
  downgrade(t) {
    if (this.writer !== t)
      throw new SimError(
        `downgrade_write of ${this.cls.name} by thread ${t}, which does not hold it for write`
      );
    const cost = this.host.access(t, this.line, "atomic");
    this.writer = -1;
    this.acct.released(t, false, this.host.now);
    this.host.lockEvent?.(t, this.id, "released");
    this.readers++;
    this.readerSet.add(t);
    this.readerOwned = true;
    this.acct.acquired(t, this.host.cpuOf(t), true, -1, this.host.now);
    this.host.lockEvent?.(t, this.id, "acquired");
    if (this.queue.length > 0) this.markWake(WAKE_READERS);
    this.host.finish(t, cost, 0);
    this.watch();
  }
  /** rwsem_is_locked(): count != RWSEM_UNLOCKED_VALUE, so queued waiters count too. */
  isLocked(t) {
    const cost = this.host.access(t, this.line, "read");
    const locked = this.writer >= 0 || this.readers > 0 || this.queue.length > 0 || this.handoff;
    this.host.finish(t, cost, locked ? 1 : 0);
  }
  // --- wake-ups ------------------------------------------------------------
  /** rwsem_cond_wake_waiter(). */
  condWake() {
    if (this.writer >= 0) return;
    if (this.readers > 0) return this.markWake(WAKE_READERS);
    this.nonspinnable = false;
    this.markWake(WAKE_ANY);
  }
  /** rwsem_mark_wake(). */
  markWake(type) {
    const first = this.queue[0];
    if (!first) return;
    const h = this.host;
    if (first.write) {
      if (type !== WAKE_ANY) return;
      if (first.phase === "handoff") h.kick(first.tid, 0);
      else h.wake(first.tid);
      return;
    }
    if (type !== WAKE_READ_OWNED && this.writer >= 0) {
      if (h.jiffies() > first.timeout) {
        this.handoff = true;
        first.handoffSet = true;
      }
      return;
    }
    const woken = [];
    for (const w of this.queue) {
      if (w.write) continue;
      woken.push(w);
      if (woken.length >= MAX_READERS_WAKEUP) break;
    }
    for (const w of woken) {
      this.dequeue(w);
      w.granted = true;
      this.readers++;
    }
    this.readerOwned = true;
    this.handoff = false;
    for (const w of woken) h.wake(w.tid);
  }
  // --- bookkeeping ---------------------------------------------------------
  newWaiter(t, write, site) {
    const w = {
      tid: t,
      write,
      site,
      phase: "queued",
      timeout: this.host.jiffies() + this.waitTimeout,
      handoffSet: false,
      granted: false,
      prevOwner: OWNER_NULL,
      rspinUntil: 0
    };
    this.waits.set(t, w);
    return w;
  }
  enqueue(w) {
    this.queue.push(w);
  }
  dequeue(w) {
    const i = this.queue.indexOf(w);
    if (i >= 0) this.queue.splice(i, 1);
  }
  contended(t, read, site) {
    this.acct.contended(t, this.host.cpuOf(t), read, site, this.host.now);
    this.host.lockEvent?.(t, this.id, "contended");
  }
  /** The OSQ head and a HANDOFF spinner notice a change after the line moves to them. */
  kickSpinners(fromCpu) {
    const h = this.host;
    const head = this.osq[0];
    if (head) h.kick(head.tid, h.transfer(fromCpu, h.cpuOf(head.tid)) + h.atomicNs);
    const first = this.queue[0];
    if (first && first.phase === "handoff")
      h.kick(first.tid, h.transfer(fromCpu, h.cpuOf(first.tid)) + h.atomicNs);
  }
  watch() {
    const first = this.queue[0];
    this.host.watch(
      this,
      this.osq.length > 0 || first !== void 0 && first.phase === "handoff"
    );
  }
};

// src/sim/locks/spin.ts
var SpinLock = class extends ExclusiveLock {
  op(t, op, site) {
    switch (op) {
      case "spin_lock":
        return this.lock(t, site);
      case "spin_trylock":
        return this.trylock(t, site);
      case "spin_unlock":
        return this.unlock(t);
    }
  }
  lock(t, site) {
    if (this.owner === t)
      throw new SimError(
        `spin_lock of ${this.cls.name} by thread ${t}, which already holds it (deadlock)`
      );
    this.host.preempt(t, 1);
    const cost = this.host.access(t, this.line, "atomic");
    if (this.owner < 0 && this.queue.length === 0) {
      this.take(t, site);
      return this.host.finish(t, cost, 1);
    }
    this.acct.contended(t, this.host.cpuOf(t), false, site, this.host.now);
    this.host.lockEvent?.(t, this.id, "contended");
    const w = { tid: t, site };
    this.waits.set(t, w);
    this.queue.push(w);
    this.host.spin(t);
  }
  trylock(t, site) {
    const cost = this.host.access(t, this.line, "atomic");
    if (this.owner < 0 && this.queue.length === 0) {
      this.host.preempt(t, 1);
      this.take(t, site);
      this.acct.trylock(site, true);
      return this.host.finish(t, cost, 1);
    }
    this.acct.trylock(site, false);
    this.host.lockEvent?.(t, this.id, "trylock_failed");
    this.host.finish(t, cost, 0);
  }
  unlock(t) {
    if (this.owner !== t)
      throw new SimError(`spin_unlock of ${this.cls.name} by thread ${t}, which does not hold it`);
    const h = this.host;
    const cost = h.access(t, this.line, "write");
    this.acct.released(t, false, h.now);
    h.lockEvent?.(t, this.id, "released");
    const next = this.queue.shift();
    if (next) {
      this.owner = next.tid;
      h.kick(next.tid, h.transfer(h.cpuOf(t), h.cpuOf(next.tid)) + h.atomicNs);
    } else {
      this.owner = -1;
    }
    h.preempt(t, -1);
    h.finish(t, cost, 0);
  }
  resume(t) {
    const w = this.waits.get(t);
    if (!w) throw new SimError(`thread ${t} resumed in ${this.cls.name} it is not waiting on`);
    if (this.owner !== t) return this.host.spin(t);
    this.waits.delete(t);
    this.owner = -1;
    this.take(t, w.site);
    this.host.finish(t, 0, 1);
  }
};

// src/sim/machine.ts
function computeNsPerCycle(m, c2) {
  const ref = m.clusters.reduce((a, b) => b.capacity > a.capacity ? b : a);
  return 1e3 / ref.freqMHz * (ref.capacity / c2.capacity);
}
function topology(m) {
  const ncpu = m.clusters.reduce((s, c2) => s + c2.cores, 0);
  const cpuCluster = new Int32Array(ncpu);
  const nsPerCycle = new Float64Array(ncpu);
  let cpu = 0;
  m.clusters.forEach((c2, ci) => {
    const npc = computeNsPerCycle(m, c2);
    for (let k = 0; k < c2.cores; k++, cpu++) {
      cpuCluster[cpu] = ci;
      nsPerCycle[cpu] = npc;
    }
  });
  const nc = m.clusters.length;
  const transferNs = new Float64Array(nc * nc);
  for (let a = 0; a < nc; a++)
    for (let b = 0; b < nc; b++)
      transferNs[a * nc + b] = a === b ? m.clusters[a].lineTransferNs : m.crossClusterNs;
  for (const p of m.clusterPairs) {
    const a = m.clusters.findIndex((c2) => c2.name === p.a);
    const b = m.clusters.findIndex((c2) => c2.name === p.b);
    if (a < 0 || b < 0) throw new Error(`machine ${m.name}: unknown cluster in pair ${p.a}/${p.b}`);
    transferNs[a * nc + b] = p.ns;
    transferNs[b * nc + a] = p.ns;
  }
  return { ncpu, cpuCluster, nsPerCycle, transferNs, nclusters: nc, jiffyNs: 1e9 / m.hz };
}

// src/sim/queue.ts
var EventQueue = class {
  times;
  prios;
  seqs;
  payloads;
  n = 0;
  nextSeq = 0;
  /** Key and payload of the event last popped. */
  time = 0;
  prio = 0;
  seq = 0;
  payload = 0;
  constructor(initialCapacity = 256) {
    const c2 = Math.max(4, initialCapacity | 0);
    this.times = new Float64Array(c2);
    this.prios = new Int32Array(c2);
    this.seqs = new Float64Array(c2);
    this.payloads = new Int32Array(c2);
  }
  get size() {
    return this.n;
  }
  /** Earliest pending time, or +Infinity when empty (as SimPy's peek). */
  peekTime() {
    return this.n > 0 ? this.times[0] : Number.POSITIVE_INFINITY;
  }
  /** Schedules an event; returns its sequence number (unique, increasing). */
  push(time, prio, payload) {
    if (Number.isNaN(time)) throw new RangeError("EventQueue.push: time is NaN");
    if (this.n === this.times.length) this.grow();
    const seq = this.nextSeq++;
    let i = this.n++;
    while (i > 0) {
      const p = i - 1 >> 1;
      if (!this.less(time, prio, seq, p)) break;
      this.move(p, i);
      i = p;
    }
    this.set(i, time, prio, seq, payload);
    return seq;
  }
  /** Removes the smallest event into (time, prio, seq, payload); false when empty. */
  pop() {
    if (this.n === 0) return false;
    this.time = this.times[0];
    this.prio = this.prios[0];
    this.seq = this.seqs[0];
    this.payload = this.payloads[0];
    const last = --this.n;
    if (last > 0) {
      const t = this.times[last];
      const pr = this.prios[last];
      const s = this.seqs[last];
      const pl = this.payloads[last];
      let i = 0;
      for (; ; ) {
        const l = 2 * i + 1;
        if (l >= last) break;
        const r = l + 1;
        const c2 = r < last && this.lessIdx(r, l) ? r : l;
        if (!this.keyLessThanIdx(c2, t, pr, s)) break;
        this.move(c2, i);
        i = c2;
      }
      this.set(i, t, pr, s, pl);
    }
    return true;
  }
  clear() {
    this.n = 0;
  }
  /** Is key (t, p, s) less than the key at index j? */
  less(t, p, s, j) {
    const tj = this.times[j];
    if (t !== tj) return t < tj;
    const pj = this.prios[j];
    if (p !== pj) return p < pj;
    return s < this.seqs[j];
  }
  /** Is the key at index j less than key (t, p, s)? */
  keyLessThanIdx(j, t, p, s) {
    const tj = this.times[j];
    if (tj !== t) return tj < t;
    const pj = this.prios[j];
    if (pj !== p) return pj < p;
    return this.seqs[j] < s;
  }
  lessIdx(a, b) {
    return this.less(this.times[a], this.prios[a], this.seqs[a], b);
  }
  move(from, to) {
    this.times[to] = this.times[from];
    this.prios[to] = this.prios[from];
    this.seqs[to] = this.seqs[from];
    this.payloads[to] = this.payloads[from];
  }
  set(i, t, p, s, pl) {
    this.times[i] = t;
    this.prios[i] = p;
    this.seqs[i] = s;
    this.payloads[i] = pl;
  }
  grow() {
    const c2 = this.times.length * 2;
    const t = new Float64Array(c2);
    t.set(this.times);
    this.times = t;
    const p = new Int32Array(c2);
    p.set(this.prios);
    this.prios = p;
    const s = new Float64Array(c2);
    s.set(this.seqs);
    this.seqs = s;
    const pl = new Int32Array(c2);
    pl.set(this.payloads);
    this.payloads = pl;
  }
};

// src/sim/sched.ts
var SCHED_PRIO_TO_WEIGHT = [
  /* -20 */
  88761,
  71755,
  56483,
  46273,
  36291,
  /* -15 */
  29154,
  23254,
  18705,
  14949,
  11916,
  /* -10 */
  9548,
  7620,
  6100,
  4904,
  3906,
  /*  -5 */
  3121,
  2501,
  1991,
  1586,
  1277,
  /*   0 */
  1024,
  820,
  655,
  526,
  423,
  /*   5 */
  335,
  272,
  215,
  172,
  137,
  /*  10 */
  110,
  87,
  70,
  56,
  45,
  /*  15 */
  36,
  29,
  23,
  18,
  15
];
var NICE_0 = 1024;
function niceWeight(nice) {
  if (!Number.isInteger(nice) || nice < -20 || nice > 19)
    throw new RangeError(`nice must be an integer in -20..19, got ${nice}`);
  return SCHED_PRIO_TO_WEIGHT[nice + 20];
}
var Sched = class {
  constructor(topo, baseSliceNs) {
    this.topo = topo;
    this.baseSliceNs = baseSliceNs;
    this.curr = new Int32Array(topo.ncpu).fill(-1);
    this.rq = Array.from({ length: topo.ncpu }, () => []);
    this.pendingIn = new Int32Array(topo.ncpu);
    this.zeroV = new Float64Array(topo.ncpu);
  }
  topo;
  baseSliceNs;
  /** CPU -> thread on it (running, spinning or being switched in), -1 when idle. */
  curr;
  /** CPU -> queued runnable threads, in enqueue order (ties go to the earliest). */
  rq;
  /** CPU -> wake-ups on their way to this CPU (inside the wake-up latency). */
  pendingIn;
  /** CPU -> the last average vruntime seen, to place threads on an empty queue. */
  zeroV;
  vruntime = [];
  deadline = [];
  weight = [];
  vlag = [];
  allowed = [];
  /** When the current thread's vruntime was last brought up to date. */
  execStart = [];
  addThread(t, nice, allowed) {
    this.weight[t] = niceWeight(nice);
    this.vruntime[t] = 0;
    this.deadline[t] = 0;
    this.vlag[t] = 0;
    this.execStart[t] = 0;
    this.allowed[t] = allowed;
  }
  isAllowed(t, cpu) {
    return this.allowed[t][cpu] === 1;
  }
  /** The slice in virtual time (calc_delta_fair(se->slice, se)). */
  vslice(t) {
    return this.baseSliceNs * NICE_0 / this.weight[t];
  }
  isIdle(cpu) {
    return this.curr[cpu] < 0 && this.rq[cpu].length === 0 && this.pendingIn[cpu] === 0;
  }
  /** Weighted average vruntime of the queue and its current thread (avg_vruntime). */
  avgV(cpu) {
    let wsum = 0;
    let vsum = 0;
    const c2 = this.curr[cpu];
    if (c2 >= 0) {
      wsum += this.weight[c2];
      vsum += this.weight[c2] * this.vruntime[c2];
    }
    for (const t of this.rq[cpu]) {
      wsum += this.weight[t];
      vsum += this.weight[t] * this.vruntime[t];
    }
    if (wsum === 0) return this.zeroV[cpu];
    const avg = vsum / wsum;
    this.zeroV[cpu] = avg;
    return avg;
  }
  load(cpu) {
    let w = 0;
    const c2 = this.curr[cpu];
    if (c2 >= 0) w += this.weight[c2];
    for (const t of this.rq[cpu]) w += this.weight[t];
    return w;
  }
  /** The current thread starts executing now (after its context switch). */
  startExec(t, now) {
    this.execStart[t] = now;
  }
  /**
   * update_curr + update_deadline for the thread on `cpu`: advance its
   * vruntime to `now`. Returns true when it has used its slice (it then gets
   * a new deadline), i.e. when the kernel would resched_curr if others wait.
   */
  updateCurr(cpu, now) {
    const t = this.curr[cpu];
    if (t < 0) return false;
    const delta = now - this.execStart[t];
    this.execStart[t] = now;
    if (delta > 0) this.vruntime[t] += delta * NICE_0 / this.weight[t];
    if (this.vruntime[t] < this.deadline[t]) return false;
    this.deadline[t] = this.vruntime[t] + this.vslice(t);
    return true;
  }
  /** The thread on `cpu` leaves the queue (sleeps, blocks, exits): remember its lag. */
  dequeueCurr(cpu) {
    const t = this.curr[cpu];
    if (t < 0) return;
    this.saveLag(cpu, t);
    this.curr[cpu] = -1;
  }
  /** update_entity_lag: lag = avg - vruntime, clamped to max(2 slices, a tick) of virtual time. */
  saveLag(cpu, t) {
    const lag = this.avgV(cpu) - this.vruntime[t];
    const limit = Math.max(2 * this.baseSliceNs, this.topo.jiffyNs) * NICE_0 / this.weight[t];
    this.vlag[t] = Math.max(-limit, Math.min(limit, lag));
  }
  /** place_entity + enqueue: put a waking (or new) thread on cpu's queue. */
  enqueue(cpu, t, initial) {
    const avg = this.avgV(cpu);
    const load = this.load(cpu);
    let lag = this.vlag[t];
    if (load > 0) lag = lag * (load + this.weight[t]) / load;
    this.vruntime[t] = avg - lag;
    const vs = this.vslice(t);
    this.deadline[t] = this.vruntime[t] + (initial ? vs / 2 : vs);
    this.rq[cpu].push(t);
  }
  /** The preempted current thread goes back on its queue, keeping its vruntime. */
  putBack(cpu) {
    const t = this.curr[cpu];
    this.curr[cpu] = -1;
    this.rq[cpu].push(t);
  }
  remove(cpu, t) {
    const q = this.rq[cpu];
    const i = q.indexOf(t);
    if (i < 0) throw new Error(`thread ${t} is not queued on cpu ${cpu}`);
    q.splice(i, 1);
  }
  /**
   * pick_eevdf over the queue, and the current thread when includeCurr: the
   * eligible thread with the earliest deadline; the current thread wins only
   * with a strictly earlier deadline (entity_before). -1 when nothing is queued.
   */
  pick(cpu, includeCurr) {
    const avg = this.avgV(cpu);
    let best = -1;
    let fallback = -1;
    for (const t of this.rq[cpu]) {
      if (fallback < 0 || this.deadline[t] < this.deadline[fallback]) fallback = t;
      if (this.vruntime[t] > avg) continue;
      if (best < 0 || this.deadline[t] < this.deadline[best]) best = t;
    }
    if (best < 0) best = fallback;
    const c2 = this.curr[cpu];
    if (includeCurr && c2 >= 0 && this.vruntime[c2] <= avg) {
      if (best < 0 || this.deadline[c2] < this.deadline[best]) best = c2;
    }
    return best;
  }
  /** Take a queued thread off cpu's queue to run it there. */
  take(cpu, t) {
    this.remove(cpu, t);
    this.curr[cpu] = t;
  }
  /**
   * select_task_rq_fair, simplified: the previous CPU if idle, else an idle
   * allowed CPU in the previous CPU's cluster (the LLC domain on DynamIQ and on
   * one socket), else any idle allowed CPU, scanning upward from prev so the
   * choice is deterministic; else the previous CPU, else the least loaded.
   */
  selectCpu(t, prev) {
    const n = this.topo.ncpu;
    const ok = this.allowed[t];
    if (prev >= 0 && ok[prev] === 1 && this.isIdle(prev)) return prev;
    const start = Math.max(prev, 0);
    const cl = prev >= 0 ? this.topo.cpuCluster[prev] : -1;
    for (let pass = 0; pass < 2; pass++) {
      for (let k = 0; k < n; k++) {
        const c2 = (start + k) % n;
        if (ok[c2] !== 1 || !this.isIdle(c2)) continue;
        if (pass === 0 && this.topo.cpuCluster[c2] !== cl) continue;
        return c2;
      }
    }
    if (prev >= 0 && ok[prev] === 1) return prev;
    let best = -1;
    let bestLoad = Number.POSITIVE_INFINITY;
    for (let c2 = 0; c2 < n; c2++) {
      if (ok[c2] !== 1) continue;
      const l = this.rq[c2].length + (this.curr[c2] >= 0 ? 1 : 0) + this.pendingIn[c2];
      if (l < bestLoad) {
        best = c2;
        bestLoad = l;
      }
    }
    if (best < 0) throw new Error(`thread ${t} has no allowed CPU`);
    return best;
  }
  /**
   * Idle balance (newidle_balance / nohz idle balance): find a queued thread
   * that may run on `cpu`, from the CPU with the longest queue (lowest index on
   * ties), the most recently queued one (detach_tasks takes from the tail),
   * and move it to `cpu`'s queue with its lag. Returns it, or -1.
   */
  pull(cpu) {
    let from = -1;
    let len = 0;
    for (let c2 = 0; c2 < this.topo.ncpu; c2++) {
      if (c2 === cpu) continue;
      const q2 = this.rq[c2];
      if (q2.length <= len) continue;
      if (!q2.some((t) => this.allowed[t][cpu] === 1)) continue;
      from = c2;
      len = q2.length;
    }
    if (from < 0) return -1;
    const q = this.rq[from];
    for (let i = q.length - 1; i >= 0; i--) {
      const t = q[i];
      if (this.allowed[t][cpu] !== 1) continue;
      this.saveLag(from, t);
      q.splice(i, 1);
      this.enqueue(cpu, t, false);
      return t;
    }
    return -1;
  }
};

// src/sim/engine.ts
var M_NEXT = 0;
var M_BUSY = 1;
var M_WAIT = 2;
var T_BUSY = 0;
var T_SWITCH_IN = 1;
var T_ARRIVE = 2;
var T_SLEEP_END = 3;
var T_KICK = 4;
var T_START = 5;
var EV_THREAD = 0;
var EV_TICK = 1;
var PRIO_THREAD = 0;
var PRIO_TICK = 1;
var Engine = class {
  machine;
  topo;
  stats = new LockStats();
  atomicNs;
  now = 0;
  q = new EventQueue(1024);
  cache;
  sched;
  rcu;
  hooks;
  seed;
  maxInstant;
  events = 0;
  // Per thread (index = tid). Hot fields are plain arrays of numbers, sized at addThread.
  acct = new ThreadAccounting();
  programs = [];
  ctxs = [];
  mode = [];
  result = [];
  busyEnd = [];
  busyRem = [];
  busyCpu = [];
  cpuOfT = [];
  onCpuT = [];
  preemptCount = [];
  timerSeq = [];
  timerKind = [];
  arriveCpu = [];
  waitOn = [];
  // Per CPU.
  needReschedCpu;
  tickArmed;
  locks = [];
  watchers = /* @__PURE__ */ new Set();
  /** The CPU whose thread is being processed (the waker for wake-ups), -1 outside. */
  curCpu = -1;
  constructor(machine, opts) {
    this.machine = machine;
    this.topo = topology(machine);
    this.atomicNs = machine.atomicNs;
    this.cache = new CacheModel(machine, this.topo);
    this.sched = new Sched(this.topo, machine.baseSliceNs);
    this.hooks = opts.hooks ?? {};
    this.seed = opts.seed;
    this.maxInstant = opts.maxInstantSteps ?? 1e6;
    this.needReschedCpu = new Uint8Array(this.topo.ncpu);
    this.tickArmed = new Uint8Array(this.topo.ncpu);
    if (this.hooks.trace) this.lockEvent = this.traceLock;
    this.rcu = new Rcu(this, {
      ncpu: this.topo.ncpu,
      onCpuThread: (c2) => {
        const t = this.sched.curr[c2];
        return t >= 0 && this.onCpuT[t] ? t : -1;
      },
      threadCount: () => this.acct.count,
      callback: (tok) => this.hooks.onRcuCallback?.(tok, this.now),
      l1HitNs: machine.l1HitNs
    });
  }
  // --- building a run ------------------------------------------------------
  /** A fresh cache line for a shared object or field. */
  newLine() {
    return this.cache.newLine();
  }
  addRwsem(cls) {
    const id = this.locks.length;
    this.locks.push(
      new Rwsem(id, this.stats.cls(cls, "rwsem"), this.newLine(), this, this.machine.hz)
    );
    return id;
  }
  addFolioLock(cls) {
    const id = this.locks.length;
    this.locks.push(new FolioLock(id, this.stats.cls(cls, "folio"), this.newLine(), this));
    return id;
  }
  addSpinlock(cls) {
    const id = this.locks.length;
    this.locks.push(new SpinLock(id, this.stats.cls(cls, "spin"), this.newLine(), this));
    return id;
  }
  /** The lock object behind an id, for tests and monitors. */
  lock(id) {
    const l = this.locks[id];
    if (!l) throw new RangeError(`no lock ${id}`);
    return l;
  }
  addThread(spec) {
    const start = spec.start ?? 0;
    if (!(start >= this.now))
      throw new RangeError(`thread ${spec.name}: start ${start} is in the past`);
    const ncpu = this.topo.ncpu;
    const allowed = new Uint8Array(ncpu);
    if (spec.cpus) {
      for (const c2 of spec.cpus) {
        if (!Number.isInteger(c2) || c2 < 0 || c2 >= ncpu)
          throw new RangeError(`thread ${spec.name}: no CPU ${c2}`);
        allowed[c2] = 1;
      }
    } else if (spec.clusters) {
      for (const name of spec.clusters) {
        const ci = this.machine.clusters.findIndex((c2) => c2.name === name);
        if (ci < 0)
          throw new RangeError(
            `thread ${spec.name}: machine ${this.machine.name} has no cluster '${name}'`
          );
        for (let c2 = 0; c2 < ncpu; c2++) if (this.topo.cpuCluster[c2] === ci) allowed[c2] = 1;
      }
    } else {
      allowed.fill(1);
    }
    if (!allowed.includes(1)) throw new RangeError(`thread ${spec.name}: empty affinity`);
    const t = this.acct.add(spec.name, start);
    this.sched.addThread(t, spec.nice ?? 0, allowed);
    this.programs.push(spec.program);
    this.ctxs.push({
      tid: t,
      now: 0,
      cpu: -1,
      result: 0,
      rng: new Prng(this.seed, spec.stream ?? t)
    });
    this.mode.push(M_NEXT);
    this.result.push(0);
    this.busyEnd.push(0);
    this.busyRem.push(0);
    this.busyCpu.push(-1);
    this.cpuOfT.push(-1);
    this.onCpuT.push(0);
    this.preemptCount.push(0);
    this.timerSeq.push(-1);
    this.timerKind.push(-1);
    this.arriveCpu.push(-1);
    this.waitOn.push(null);
    this.timer(t, T_START, start);
    return t;
  }
  // --- running -------------------------------------------------------------
  /** Run until virtual time `until` (ns) or until nothing is left to happen. */
  run(until) {
    const q = this.q;
    const after = this.hooks.afterEvent;
    while (q.size > 0 && q.peekTime() <= until) {
      q.pop();
      this.now = q.time;
      this.events++;
      const id = q.payload >> 1;
      if ((q.payload & 1) === EV_THREAD) {
        if (this.timerSeq[id] === q.seq) this.onTimer(id);
      } else {
        this.onTick(id);
      }
      if (after) after(this);
    }
    if (until > this.now && Number.isFinite(until)) this.now = until;
    return this.report();
  }
  timer(t, kind, at) {
    this.timerKind[t] = kind;
    this.timerSeq[t] = this.q.push(at, PRIO_THREAD, t * 2 + EV_THREAD);
  }
  cancelTimer(t) {
    this.timerSeq[t] = -1;
  }
  onTimer(t) {
    this.timerSeq[t] = -1;
    switch (this.timerKind[t]) {
      case T_START:
        this.setState(t, S_RUNNABLE);
        return this.arrive(t, this.sched.selectCpu(t, -1), true);
      case T_ARRIVE: {
        const cpu = this.arriveCpu[t];
        this.sched.pendingIn[cpu]--;
        return this.arrive(t, cpu, false);
      }
      case T_SWITCH_IN:
        return this.switchedIn(t);
      case T_BUSY:
        this.mode[t] = M_NEXT;
        return this.proceed(t);
      case T_SLEEP_END:
        this.curCpu = this.cpuOfT[t];
        this.wake(t);
        this.curCpu = -1;
        return;
      case T_KICK:
        if (!this.onCpuT[t] || this.mode[t] !== M_WAIT) return;
        return this.proceed(t);
    }
  }
  /** Continue thread t, which is on its CPU, according to its mode. */
  proceed(t) {
    const cpu = this.cpuOfT[t];
    this.curCpu = cpu;
    switch (this.mode[t]) {
      case M_BUSY: {
        let rem = this.busyRem[t];
        const from = this.busyCpu[t];
        if (from >= 0 && from !== cpu)
          rem = Math.round(rem * this.topo.nsPerCycle[cpu] / this.topo.nsPerCycle[from]);
        this.busyEnd[t] = this.now + rem;
        this.timer(t, T_BUSY, this.busyEnd[t]);
        break;
      }
      case M_WAIT:
        this.waitOn[t].resume(t);
        if (this.modeOf(t) === M_NEXT) this.dispatch(t);
        break;
      case M_NEXT:
        this.dispatch(t);
        break;
    }
    this.curCpu = -1;
  }
  modeOf(t) {
    return this.mode[t];
  }
  /** Ask t's program for actions until one takes time, blocks, or t leaves its CPU. */
  dispatch(t) {
    const cpu = this.cpuOfT[t];
    const ctx = this.ctxs[t];
    for (let n = 0; ; n++) {
      if (n >= this.maxInstant)
        throw new SimError(`thread ${this.acct.name(t)} took ${n} actions without time passing`);
      if (this.needReschedCpu[cpu] && this.preemptible(t)) return this.preemptCpu(cpu);
      ctx.now = this.now;
      ctx.cpu = cpu;
      ctx.result = this.result[t];
      this.result[t] = 0;
      const a = this.programs[t].next(ctx);
      this.act(t, cpu, a);
      if (this.mode[t] !== M_NEXT || !this.onCpuT[t]) return;
    }
  }
  act(t, cpu, a) {
    switch (a.kind) {
      case "compute":
        if (!(a.cycles >= 0) || !Number.isFinite(a.cycles))
          throw new SimError(`thread ${this.acct.name(t)}: compute of ${a.cycles} cycles`);
        return this.finish(t, a.cycles * this.topo.nsPerCycle[cpu], 0);
      case "access":
        return this.finish(t, this.cache.access(cpu, a.line, a.mode), 0);
      case "rwsem":
        return this.lockOf(t, a.lock, Rwsem, a.kind).op(t, a.op, a.site);
      case "folio":
        return this.lockOf(t, a.lock, FolioLock, a.kind).op(t, a.op, a.site);
      case "spin":
        return this.lockOf(t, a.lock, SpinLock, a.kind).op(t, a.op, a.site);
      case "rcu":
        this.waitOn[t] = this.rcu;
        return this.rcu.op(t, a.op, a.token);
      case "tlb_flush":
        return this.finish(
          t,
          this.machine.tlbFlushNs + a.pages * this.machine.tlbFlushPerPageNs,
          0
        );
      case "sleep":
        if (!(a.ns >= 0)) throw new SimError(`thread ${this.acct.name(t)}: sleep of ${a.ns} ns`);
        this.mode[t] = M_NEXT;
        this.leaveCpu(t, S_SLEEPING);
        return this.timer(t, T_SLEEP_END, this.now + a.ns);
      case "exit":
        if (this.rcu.nesting(t) > 0 || this.preemptCount[t] > 0)
          throw new SimError(
            `thread ${this.acct.name(t)} exits inside an RCU read-side section or holding a spinlock`
          );
        this.mode[t] = M_NEXT;
        this.cancelTimer(t);
        return this.leaveCpu(t, S_OFF);
    }
  }
  /** The lock an action names, checked against the action's kind; it owns t's continuation. */
  lockOf(t, id, cls, kind) {
    const l = this.locks[id];
    if (!(l instanceof cls)) throw new SimError(`lock ${id} is not a ${kind} lock`);
    this.waitOn[t] = l;
    return l;
  }
  // --- LockHost ------------------------------------------------------------
  jiffies() {
    return Math.floor(this.now / this.topo.jiffyNs);
  }
  cpuOf(t) {
    return this.cpuOfT[t];
  }
  onCpu(t) {
    return this.onCpuT[t] === 1;
  }
  needResched(t) {
    const c2 = this.cpuOfT[t];
    return c2 >= 0 && this.needReschedCpu[c2] === 1;
  }
  access(t, line, mode) {
    return this.cache.access(this.cpuOfT[t], line, mode);
  }
  transfer(fromCpu, toCpu) {
    return this.cache.transfer(fromCpu, toCpu);
  }
  finish(t, ns, result) {
    ns = Math.round(ns);
    this.result[t] = result;
    if (this.acct.get(t) === S_SPINNING) this.setState(t, S_RUNNING);
    if (ns > 0) {
      this.mode[t] = M_BUSY;
      this.busyCpu[t] = this.cpuOfT[t];
      this.busyEnd[t] = this.now + ns;
      this.timer(t, T_BUSY, this.busyEnd[t]);
    } else {
      this.mode[t] = M_NEXT;
    }
  }
  spin(t) {
    this.mode[t] = M_WAIT;
    if (this.acct.get(t) !== S_SPINNING) this.setState(t, S_SPINNING);
  }
  block(t) {
    this.mode[t] = M_WAIT;
    this.cancelTimer(t);
    this.leaveCpu(t, S_DSTATE);
  }
  /** try_to_wake_up: D-state or sleeping -> runnable, arriving after the wake-up latency. */
  wake(t) {
    const s = this.acct.get(t);
    if (s !== S_DSTATE && s !== S_SLEEPING) return;
    this.setState(t, S_RUNNABLE);
    const target = this.sched.selectCpu(t, this.cpuOfT[t]);
    const cl = this.machine.clusters[this.topo.cpuCluster[target]];
    const lat = target === this.curCpu ? cl.wakeupSameCpuNs : cl.wakeupCrossCpuNs;
    this.sched.pendingIn[target]++;
    this.arriveCpu[t] = target;
    this.hooks.trace?.({ kind: "wake", time: this.now, tid: t, cpu: target });
    this.timer(t, T_ARRIVE, this.now + lat);
  }
  kick(t, delayNs) {
    if (!this.onCpuT[t] || this.mode[t] !== M_WAIT) return;
    this.timer(t, T_KICK, this.now + delayNs);
  }
  preempt(t, delta) {
    this.preemptCount[t] += delta;
    if (this.preemptCount[t] < 0)
      throw new SimError(`preempt count of thread ${this.acct.name(t)} went negative`);
  }
  watch(lock, on) {
    if (on) this.watchers.add(lock);
    else this.watchers.delete(lock);
  }
  lockEvent;
  traceLock = (t, lock, what) => {
    this.hooks.trace?.({ kind: "lock", time: this.now, tid: t, lock, what });
  };
  // --- scheduling ----------------------------------------------------------
  preemptible(t) {
    return this.preemptCount[t] === 0 && this.acct.get(t) !== S_SPINNING;
  }
  /** A thread arrives on cpu's run queue (start or after a wake-up). */
  arrive(t, cpu, initial) {
    this.cpuOfT[t] = cpu;
    this.sched.enqueue(cpu, t, initial);
    const c2 = this.sched.curr[cpu];
    if (c2 < 0) return this.schedule(cpu);
    if (this.onCpuT[c2] && this.sched.updateCurr(cpu, this.now)) this.resched(cpu);
  }
  /** resched_curr: preempt the current thread now if it may be, else flag need_resched. */
  resched(cpu) {
    const c2 = this.sched.curr[cpu];
    if (c2 < 0) return this.schedule(cpu);
    if (!this.onCpuT[c2]) return;
    if (this.sched.pick(cpu, true) === c2) return;
    if (this.preemptible(c2)) return this.preemptCpu(cpu);
    this.needReschedCpu[cpu] = 1;
    if (this.acct.get(c2) === S_SPINNING) this.kick(c2, 0);
  }
  preemptCpu(cpu) {
    const c2 = this.sched.curr[cpu];
    this.sched.updateCurr(cpu, this.now);
    if (this.mode[c2] === M_BUSY) {
      this.busyRem[c2] = Math.max(0, this.busyEnd[c2] - this.now);
      this.busyCpu[c2] = cpu;
    }
    this.cancelTimer(c2);
    this.offCpu(c2, cpu, S_RUNNABLE);
    this.sched.putBack(cpu);
    this.schedule(cpu);
  }
  /** t leaves its CPU for good (sleep, block, exit): dequeue it and pick another. */
  leaveCpu(t, s) {
    const cpu = this.cpuOfT[t];
    this.sched.updateCurr(cpu, this.now);
    this.offCpu(t, cpu, s);
    this.sched.dequeueCurr(cpu);
    this.schedule(cpu);
  }
  offCpu(t, cpu, s) {
    this.onCpuT[t] = 0;
    this.setState(t, s);
    for (const l of this.watchers) l.offCpu?.(t);
    this.rcu.contextSwitch(cpu, t);
  }
  /** __schedule on an empty CPU: pick the next thread (or pull one), switch to it. */
  schedule(cpu) {
    this.needReschedCpu[cpu] = 0;
    let next = this.sched.pick(cpu, false);
    if (next < 0) next = this.sched.pull(cpu);
    if (next < 0) {
      this.rcu.idle(cpu);
      return;
    }
    this.sched.take(cpu, next);
    this.cpuOfT[next] = cpu;
    const cl = this.machine.clusters[this.topo.cpuCluster[cpu]];
    this.hooks.trace?.({ kind: "switch", time: this.now, cpu, tid: next });
    this.timer(next, T_SWITCH_IN, this.now + cl.contextSwitchNs);
    this.armTick(cpu);
  }
  /**
   * The context switch is done. (A thread is never switched out while
   * spinning, so one waiting in a lock comes back here only after a wake-up
   * and resumes the lock's slow path.)
   */
  switchedIn(t) {
    this.onCpuT[t] = 1;
    this.sched.startExec(t, this.now);
    this.setState(t, S_RUNNING);
    this.proceed(t);
  }
  armTick(cpu) {
    if (this.tickArmed[cpu]) return;
    this.tickArmed[cpu] = 1;
    const j = this.topo.jiffyNs;
    this.q.push((Math.floor(this.now / j) + 1) * j, PRIO_TICK, cpu * 2 + EV_TICK);
  }
  /** scheduler_tick: slice accounting, RCU quiescent states, idle balance; stops when idle (NO_HZ). */
  onTick(cpu) {
    this.tickArmed[cpu] = 0;
    const c2 = this.sched.curr[cpu];
    const running = c2 >= 0 && this.onCpuT[c2] === 1;
    this.rcu.tick(cpu, running ? c2 : -1);
    if (running && this.sched.updateCurr(cpu, this.now) && this.sched.rq[cpu].length > 0) {
      this.curCpu = cpu;
      this.resched(cpu);
      this.curCpu = -1;
    }
    if (this.sched.rq[cpu].length > 0) {
      for (let o = 0; o < this.topo.ncpu; o++) {
        if (o !== cpu && this.sched.isIdle(o) && this.sched.rq[cpu].length > 0) this.schedule(o);
      }
    }
    if (this.sched.curr[cpu] >= 0) this.armTick(cpu);
  }
  // --- accounting ----------------------------------------------------------
  setState(t, s) {
    this.acct.set(t, s, this.now);
    this.hooks.trace?.({
      kind: "state",
      time: this.now,
      tid: t,
      state: s === S_OFF ? "off" : THREAD_STATES[s]
    });
  }
  /** The state a thread is in now ("off" before start and after exit). */
  threadState(t) {
    const s = this.acct.get(t);
    return s === S_OFF ? "off" : THREAD_STATES[s];
  }
  get threadCount() {
    return this.acct.count;
  }
  /** The thread on each CPU (-1 idle), for monitors. */
  cpuThread(cpu) {
    return this.sched.curr[cpu];
  }
  report() {
    return {
      now: this.now,
      events: this.events,
      threads: this.acct.report(this.now),
      locks: this.stats.all(),
      rcuGracePeriods: this.rcu.gracePeriods
    };
  }
};

// src/sim/heap.ts
var TYPE_SHIFT = 26;
var INDEX_SHIFT = 6;
var TAG_SHIFT = 3;
var INDEX_MASK = (1 << 20) - 1;
var TAG_MASK = 7;
var MAX_TYPES = 63;
var ptrType = (p) => p >>> TYPE_SHIFT & 63;
var ptrIndex = (p) => p >>> INDEX_SHIFT & INDEX_MASK;
var ptrTag = (p) => p >>> TAG_SHIFT & TAG_MASK;
var makePtr = (type, index, tag) => type << TYPE_SHIFT | index << INDEX_SHIFT | tag << TAG_SHIFT | 0;
var Table = class {
  constructor(layout, capacity = 16) {
    this.layout = layout;
    this.cols = layout.fields.map(() => new Int32Array(capacity));
    this.live = new Uint8Array(capacity);
    this.tag = new Uint8Array(capacity);
  }
  layout;
  count = 1;
  // slot 0 is never handed out
  cols;
  live;
  tag;
  free = [];
  grow() {
    const cap = this.live.length * 2;
    this.cols = this.cols.map((c2) => {
      const n = new Int32Array(cap);
      n.set(c2);
      return n;
    });
    const live = new Uint8Array(cap);
    live.set(this.live);
    this.live = live;
    const tag = new Uint8Array(cap);
    tag.set(this.tag);
    this.tag = tag;
  }
};
var Heap = class {
  tables = [];
  byName = /* @__PURE__ */ new Map();
  /** The incremental state hash, two 32-bit halves. */
  hashLo = 0;
  hashHi = 0;
  constructor(structs, extra = []) {
    const add = (name, fields, embedded) => {
      const tag = this.tables.length + 1;
      if (tag > MAX_TYPES)
        throw new Error(`too many struct types for the pointer layout (max ${MAX_TYPES})`);
      const layout = {
        tag,
        name,
        fields,
        fieldIndex: new Map(fields.map((f2, i) => [f2, i])),
        embedded
      };
      this.tables.push(new Table(layout));
      this.byName.set(name, tag);
    };
    const defs = [...structs];
    const kinds = new Map(defs.map((d) => [d.name, d.kind]));
    for (const d of defs) {
      const embedded = /* @__PURE__ */ new Map();
      d.fields.forEach((f2, i) => {
        if (f2.type.kind === "struct" && kinds.get(f2.type.name) === "embedded")
          embedded.set(i, f2.type.name);
      });
      add(
        d.name,
        d.fields.map((f2) => f2.name),
        embedded
      );
    }
    for (const name of extra) add(name, ["*"], /* @__PURE__ */ new Map());
  }
  typeOf(name) {
    const t = this.byName.get(name);
    if (t === void 0) throw new Error(`no struct '${name}' in the heap`);
    return t;
  }
  layout(type) {
    return this.tables[type - 1].layout;
  }
  field(type, name) {
    const i = this.layout(type).fieldIndex.get(name);
    if (i === void 0) throw new Error(`struct ${this.layout(type).name} has no field '${name}'`);
    return i;
  }
  /** Allocate a zeroed object, its embedded objects too; returns its pointer. */
  alloc(type) {
    const t = this.tables[type - 1];
    let index;
    if (t.free.length > 0) {
      index = t.free.pop();
      t.tag[index] = t.tag[index] + 1 & TAG_MASK;
    } else {
      index = t.count++;
      if (index > INDEX_MASK) throw new Error(`out of ${t.layout.name} objects`);
      if (index >= t.live.length) t.grow();
    }
    t.live[index] = 1;
    const p = makePtr(type, index, t.tag[index]);
    this.mix(p, -1, 1);
    for (let f2 = 0; f2 < t.cols.length; f2++) {
      const emb = t.layout.embedded.get(f2);
      this.set(t, index, f2, emb ? this.alloc(this.typeOf(emb)) : 0, p);
    }
    return p;
  }
  /** Free an object and its embedded objects. The slot may be reused at once. */
  free(p) {
    const t = this.tables[ptrType(p) - 1];
    const index = ptrIndex(p);
    for (let f2 = 0; f2 < t.cols.length; f2++) {
      if (t.layout.embedded.has(f2)) this.free(t.cols[f2][index]);
      this.set(t, index, f2, 0, p);
    }
    t.live[index] = 0;
    this.mix(p, -1, 1);
    t.free.push(index);
  }
  validity(p, expectType) {
    if (p === 0) return "null";
    const type = ptrType(p);
    if (type === 0 || type > this.tables.length || (p & 7) !== 0) return "wild";
    if (expectType !== void 0 && type !== expectType) return "wild";
    const t = this.tables[type - 1];
    const index = ptrIndex(p);
    if (index === 0 || index >= t.count) return "wild";
    if (!t.live[index]) return "freed";
    return t.tag[index] === ptrTag(p) ? "ok" : "stale";
  }
  /** Field read; the caller has checked validity. */
  load(p, field) {
    return this.tables[ptrType(p) - 1].cols[field][ptrIndex(p)];
  }
  store(p, field, value) {
    this.set(this.tables[ptrType(p) - 1], ptrIndex(p), field, value | 0, p);
  }
  set(t, index, field, value, p) {
    const col = t.cols[field];
    const old = col[index];
    if (old === value) return;
    this.mix(p, field, old);
    this.mix(p, field, value);
    col[index] = value;
  }
  /** XOR a (word, value) pair into the state hash (murmur3 finalisers). */
  mix(p, field, value) {
    if (value === 0 && field >= 0) return;
    let a = Math.imul(p & ~(TAG_MASK << TAG_SHIFT) ^ Math.imul(field + 1, 2654435761), 2246822507) ^ value;
    a = Math.imul(a ^ a >>> 16, 2246822507);
    a = Math.imul(a ^ a >>> 13, 3266489909);
    a ^= a >>> 16;
    let b = Math.imul(value ^ 668265263, 3432918353) ^ Math.imul(p, 461845907) ^ field;
    b = Math.imul(b ^ b >>> 15, 739982445);
    b = Math.imul(b ^ b >>> 12, 695872825);
    b ^= b >>> 15;
    this.hashLo ^= a;
    this.hashHi ^= b;
  }
  /** The pointer to slot `index` as it is now (its current allocation tag). */
  current(type, index) {
    const t = this.tables[type - 1];
    return index > 0 && index < t.count ? makePtr(type, index, t.tag[index]) : 0;
  }
  /** Live objects of a type, for monitors and reports. */
  *live(type) {
    const t = this.tables[type - 1];
    for (let i = 1; i < t.count; i++) if (t.live[i]) yield makePtr(type, i, t.tag[i]);
  }
};

// src/lang/ops.ts
var ArithmeticError = class extends Error {
};
function evalBin(fn, a, b) {
  switch (fn) {
    case "+":
      return a + b | 0;
    case "-":
      return a - b | 0;
    case "*":
      return Math.imul(a, b);
    case "/":
      if (b === 0) throw new ArithmeticError("division by zero");
      return a / b | 0;
    case "%":
      if (b === 0) throw new ArithmeticError("division by zero");
      return a % b | 0;
    case "<<":
      return a << (b & 31);
    case ">>":
      return a >> (b & 31);
    case "&":
      return a & b;
    case "|":
      return a | b;
    case "^":
      return a ^ b;
    case "==":
      return a === b ? 1 : 0;
    case "!=":
      return a !== b ? 1 : 0;
    case "<":
      return a < b ? 1 : 0;
    case "<=":
      return a <= b ? 1 : 0;
    case ">":
      return a > b ? 1 : 0;
    case ">=":
      return a >= b ? 1 : 0;
  }
}
function evalUn(fn, a) {
  switch (fn) {
    case "!":
      return a === 0 ? 1 : 0;
    case "-":
      return -a | 0;
    case "~":
      return ~a;
    case "bool":
      return a === 0 ? 0 : 1;
  }
}

// src/sim/interp.ts
var BLOCKED = /* @__PURE__ */ Symbol("blocked");
var FN_TAG = 1056964608;
var Thread = class {
  constructor(id, name) {
    this.id = id;
    this.name = name;
  }
  id;
  name;
  frames = [];
  done = false;
  retval = 0;
  /** Instructions executed, private ones included: the step budget counts these. */
  executed = 0;
  get top() {
    return this.frames[this.frames.length - 1];
  }
};
var PolicyFault = class extends Error {
  constructor(message, loc, fn) {
    super(message);
    this.loc = loc;
    this.fn = fn;
  }
  loc;
  fn;
};
var Interpreter = class {
  constructor(program, kernel, budget = 1e6) {
    this.program = program;
    this.kernel = kernel;
    this.budget = budget;
  }
  program;
  kernel;
  budget;
  /** Start thread t in fn(args). It has not run anything yet. */
  start(t, fn, args) {
    const f2 = this.program.functions[fn];
    if (args.length !== f2.nparams)
      throw new Error(`${f2.name} takes ${f2.nparams} arguments, got ${args.length}`);
    t.done = false;
    t.executed = 0;
    this.push(t, f2, args, -1);
  }
  /** The step instruction t is stopped in front of (undefined when done). */
  pending(t) {
    if (t.done) return void 0;
    const fr = t.top;
    return { fn: fr.fn, pc: fr.pc, ins: fr.fn.code[fr.pc], loc: fr.fn.locs[fr.pc] };
  }
  /**
   * Run private instructions until t stands in front of a scheduling point
   * or has returned from its entry function.
   */
  advance(t) {
    while (!t.done) {
      const fr = t.top;
      const ins = fr.fn.code[fr.pc];
      if (fr.fn.steps[fr.pc] || (ins.op === "deref" || ins.op === "store_ind") && !this.kernel.isPrivate(t, fr.regs[ins.ptr])) {
        return;
      }
      this.exec(t, fr, ins);
    }
  }
  /** Execute the step t stands in front of, then advance to the next one. */
  step(t) {
    if (t.done) return "done";
    const fr = t.top;
    const ins = fr.fn.code[fr.pc];
    if (this.exec(t, fr, ins) === BLOCKED) return "blocked";
    this.advance(t);
    return t.done ? "done" : "ok";
  }
  push(t, fn, args, retDst) {
    const regs = new Int32Array(fn.nregs);
    for (let i = 0; i < args.length; i++) regs[i] = args[i];
    t.frames.push({ fn, pc: 0, regs, cells: [], retDst });
    this.kernel.enter(t, fn, args);
  }
  fault(fr, message) {
    return new PolicyFault(message, fr.fn.locs[fr.pc], fr.fn.name);
  }
  /** One instruction. Returns BLOCKED if a step must be retried later. */
  exec(t, fr, ins) {
    if (++t.executed > this.budget) {
      throw this.fault(
        fr,
        `step budget of ${this.budget} instructions exceeded in ${fr.fn.name}(): a loop that never ends?`
      );
    }
    const r = fr.regs;
    const k = this.kernel;
    switch (ins.op) {
      case "const":
        r[ins.dst] = ins.value;
        break;
      case "mov":
        r[ins.dst] = r[ins.src];
        break;
      case "un":
        r[ins.dst] = evalUn(ins.fn, r[ins.src]);
        break;
      case "bin":
        try {
          r[ins.dst] = evalBin(ins.fn, r[ins.a], r[ins.b]);
        } catch (e) {
          if (e instanceof ArithmeticError) throw this.fault(fr, e.message);
          throw e;
        }
        break;
      case "ptradd":
        r[ins.dst] = k.ptrAdd(t, r[ins.ptr], r[ins.n]);
        break;
      case "jmp":
        fr.pc = ins.target;
        return 0;
      case "br":
        if (r[ins.cond] === 0 === ins.ifZero) {
          fr.pc = ins.target;
          return 0;
        }
        break;
      case "load":
        r[ins.dst] = k.load(t, r[ins.obj], ins.struct, ins.field, ins.marked);
        break;
      case "store":
        k.store(t, r[ins.obj], ins.struct, ins.field, r[ins.src], ins.marked);
        break;
      case "lload":
        r[ins.dst] = k.load(t, r[ins.obj], ins.struct, ins.field, true);
        break;
      case "lstore":
        k.store(t, r[ins.obj], ins.struct, ins.field, r[ins.src], true);
        break;
      case "addr":
        r[ins.dst] = k.addr(t, r[ins.obj], ins.struct, ins.field);
        break;
      case "alloca": {
        const p = k.alloca(t, ins.struct);
        fr.cells.push(p);
        r[ins.dst] = p;
        break;
      }
      case "deref":
        r[ins.dst] = k.deref(t, r[ins.ptr]);
        break;
      case "store_ind":
        k.storeInd(t, r[ins.ptr], r[ins.src]);
        break;
      case "fnref":
        r[ins.dst] = FN_TAG | ins.fn;
        break;
      case "global":
        r[ins.dst] = k.global(ins.name);
        break;
      case "builtin": {
        const args = ins.args.map((a) => r[a]);
        const v = k.builtin(t, this.program.builtins[ins.id], ins.id, args);
        if (v === BLOCKED) return BLOCKED;
        if (ins.dst >= 0) r[ins.dst] = v;
        break;
      }
      case "list_next":
        r[ins.dst] = k.listNext(t, r[ins.head], r[ins.pos], ins.reverse);
        break;
      case "call":
      case "icall": {
        let fi;
        if (ins.op === "call") fi = ins.fn;
        else {
          const v = r[ins.target];
          fi = v & ~FN_TAG;
          if ((v & FN_TAG) !== FN_TAG || fi >= this.program.functions.length) {
            throw this.fault(
              fr,
              `call through ${v === 0 ? "a NULL" : "a corrupt"} function pointer`
            );
          }
        }
        fr.pc++;
        this.push(
          t,
          this.program.functions[fi],
          ins.args.map((a) => r[a]),
          ins.dst
        );
        return 0;
      }
      case "ret": {
        const v = ins.src >= 0 ? r[ins.src] : 0;
        k.freeCells(t, fr.cells);
        k.leave(t, fr.fn, v);
        t.frames.pop();
        if (t.frames.length === 0) {
          t.done = true;
          t.retval = v;
        } else {
          const caller = t.top;
          if (fr.retDst >= 0) caller.regs[fr.retDst] = v;
        }
        return 0;
      }
    }
    fr.pc++;
    return 0;
  }
};

// src/sim/world.ts
var PTE_PRESENT = 1;
var PTE_YOUNG = 2;
var PTE_DIRTY = 4;
var PTE_WRITE = 8;
var PFN_SHIFT = 8;
var PTRS_PER_PTE = 512;
var PTRS_PER_PMD = 1024;
var PAGE_SHIFT = 12;
var PMD_SHIFT = 21;
var GUP_PIN_COUNTING_BIAS = 1024;
var PG_ANON_EXCLUSIVE = 1;
var VM_READ = 1;
var VM_WRITE = 2;
var VM_EXEC = 4;
var NULL_OBSERVER = {
  access() {
  },
  badAccess() {
  },
  alloc() {
  },
  free() {
  },
  tree() {
  },
  assertion() {
  },
  lock() {
  },
  rcu() {
  },
  hint() {
  }
};
var CELL = "cell";
var PTE_SLOT = "pte_t";
var PMD_SLOT = "pmd_t";
var World = class {
  constructor(program, sched, observer = NULL_OBSERVER) {
    this.program = program;
    this.sched = sched;
    this.observer = observer;
    const defs = [...program.structs.values()].map(
      (d) => d.name === "atomic_t" ? {
        ...d,
        fields: [{ name: "counter", type: { kind: "int", name: "int" }, doc: "" }]
      } : d
    );
    this.structs = new Map(defs.map((d) => [d.name, d]));
    this.heap = new Heap(defs, [CELL, PTE_SLOT, PMD_SLOT]);
    const T = {};
    for (const d of defs) T[d.name] = this.heap.typeOf(d.name);
    for (const n of [CELL, PTE_SLOT, PMD_SLOT]) T[n] = this.heap.typeOf(n);
    this.T = T;
    for (const d of defs) if (d.kind === "stack") this.privateTypes.add(T[d.name]);
    this.privateTypes.add(T[CELL]);
    for (const g of GLOBALS) {
      const cache = this.heap.alloc(T.kmem_cache);
      this.globals.set(g.name, cache);
      if (g.objects) this.cacheType.set(cache, T[g.objects]);
    }
    this.builtinImpl = program.builtins.map((b) => this.implement(b));
  }
  program;
  sched;
  observer;
  heap;
  structs;
  privateTypes = /* @__PURE__ */ new Set();
  /** Page tables: PTE words per ptdesc index; PMD words per mm index. */
  ptes = /* @__PURE__ */ new Map();
  pmds = /* @__PURE__ */ new Map();
  trees = /* @__PURE__ */ new Map();
  treeOf = /* @__PURE__ */ new Map();
  lists = /* @__PURE__ */ new Map();
  listOf = /* @__PURE__ */ new Map();
  /** Embedded object -> (owner object, field index). */
  owner = /* @__PURE__ */ new Map();
  globals = /* @__PURE__ */ new Map();
  /** Per-VMA write locks by holder: released together by vma_end_write_all(). */
  vmaWriters = /* @__PURE__ */ new Map();
  cacheType = /* @__PURE__ */ new Map();
  builtinImpl;
  /** Hash of the side structures (page tables, trees, lists), XOR-maintained like the heap's. */
  sideHash = 0;
  T;
  /**
   * Hand the world to another scheduler: workloads build their object graph
   * sequentially, then run it under the timed engine or the explorer.
   */
  use(sched, observer) {
    this.sched = sched;
    this.observer = observer;
  }
  /** Heap plus side structures: what the explorer hashes besides thread states. */
  get hash() {
    return [this.heap.hashLo ^ this.sideHash, this.heap.hashHi];
  }
  typeId(struct2) {
    return this.T[struct2];
  }
  // --- objects -------------------------------------------------------------------------
  /** Allocate and register embedded owners (setup code and kmem_cache_alloc both use this). */
  allocObject(struct2) {
    const type = this.T[struct2];
    const p = this.heap.alloc(type);
    const layout = this.heap.layout(type);
    for (const [f2] of layout.embedded) this.owner.set(this.heap.load(p, f2), { obj: p, field: f2 });
    return p;
  }
  freeObject(p) {
    const layout = this.heap.layout(ptrType(p));
    for (const [f2] of layout.embedded) {
      const e = this.heap.load(p, f2);
      this.owner.delete(e);
      this.trees.delete(e);
      this.lists.delete(e);
    }
    this.heap.free(p);
  }
  /** Check a pointer before use; reports and returns false if it is not a live object of that struct. */
  valid(t, p, struct2, what, write) {
    const v = this.heap.validity(p, this.T[struct2]);
    if (v === "ok") return true;
    this.observer.badAccess(t, what, p, v, write);
    return false;
  }
  load(t, obj, struct2, field, marked) {
    if (!this.valid(t, obj, struct2, `${struct2}.${field}`, false)) return 0;
    const type = ptrType(obj);
    if (!this.privateTypes.has(type))
      this.observer.access(t, { obj, struct: struct2, field }, false, marked);
    return this.heap.load(obj, this.heap.field(type, field));
  }
  store(t, obj, struct2, field, value, marked) {
    if (!this.valid(t, obj, struct2, `${struct2}.${field}`, true)) return;
    const type = ptrType(obj);
    if (!this.privateTypes.has(type)) this.observer.access(t, { obj, struct: struct2, field }, true, marked);
    this.heap.store(obj, this.heap.field(type, field), value);
  }
  addr(t, obj, struct2, field) {
    const v = this.heap.validity(obj, this.T[struct2]);
    if (v !== "ok") this.observer.badAccess(t, `&${struct2}->${field}`, obj, v, false);
    if (v === "null" || v === "wild") return 0;
    return this.heap.load(obj, this.heap.field(ptrType(obj), field));
  }
  alloca(_t, struct2) {
    return this.allocObject(struct2 ?? CELL);
  }
  freeCells(_t, cells) {
    for (const c2 of cells) this.freeObject(c2);
  }
  isPrivate(_t, ptr2) {
    return this.privateTypes.has(ptrType(ptr2));
  }
  deref(t, ptr2) {
    const type = ptrType(ptr2);
    if (type === this.T[CELL])
      return this.valid(t, ptr2, CELL, "*cell", false) ? this.heap.load(ptr2, 0) : 0;
    if (type === this.T[PTE_SLOT]) return this.pteRead(t, ptr2, "*pte", false);
    if (type === this.T[PMD_SLOT]) return this.pmdRead(t, ptr2, false);
    this.observer.badAccess(t, "*ptr", ptr2, "wild", false);
    return 0;
  }
  storeInd(t, ptr2, value) {
    const type = ptrType(ptr2);
    if (type === this.T[CELL]) {
      if (this.valid(t, ptr2, CELL, "*cell", true)) this.heap.store(ptr2, 0, value);
    } else if (type === this.T[PTE_SLOT]) {
      this.pteWrite(t, ptr2, value, false, "*pte");
    } else if (type === this.T[PMD_SLOT]) {
      this.pmdWrite(t, ptr2, value, false);
    } else {
      this.observer.badAccess(t, "*ptr", ptr2, "wild", true);
    }
  }
  global(name) {
    return this.globals.get(name) ?? 0;
  }
  ptrAdd(t, ptr2, n) {
    const type = ptrType(ptr2);
    const per = type === this.T[PTE_SLOT] ? PTRS_PER_PTE : type === this.T[PMD_SLOT] ? PTRS_PER_PMD : 0;
    const index = ptrIndex(ptr2);
    const entry = (index & per - 1) + n;
    if (per === 0 || entry < 0 || entry >= per) {
      this.observer.badAccess(t, "page-table entry pointer", ptr2, "wild", false);
      return ptr2 | 1;
    }
    return makePtr(type, index & ~(per - 1) | entry, ptrTag(ptr2));
  }
  builtin(t, b, id, args) {
    return this.builtinImpl[id](t, args, b);
  }
  enter() {
  }
  leave() {
  }
  // --- page tables ---------------------------------------------------------------------
  /** The PMD slot of mm covering addr, as a `pmd_t *`. */
  pmdSlot(mm, addr) {
    return makePtr(
      this.T[PMD_SLOT],
      ptrIndex(mm) << 10 | addr >>> PMD_SHIFT & PTRS_PER_PMD - 1,
      ptrTag(mm)
    );
  }
  pmdWords(mm) {
    let w = this.pmds.get(ptrIndex(mm));
    if (!w) {
      w = new Int32Array(PTRS_PER_PMD);
      this.pmds.set(ptrIndex(mm), w);
    }
    return w;
  }
  mmOfPmd(p) {
    return makePtr(this.T.mm_struct, ptrIndex(p) >>> 10, ptrTag(p));
  }
  pmdRead(t, slot, marked) {
    const mm = this.mmOfPmd(slot);
    if (!this.valid(t, mm, "mm_struct", "pmd", false)) return 0;
    this.observer.access(t, { obj: slot, struct: "pmd_t", field: "pmd" }, false, marked);
    return this.pmdWords(mm)[ptrIndex(slot) & PTRS_PER_PMD - 1];
  }
  pmdWrite(t, slot, value, marked) {
    const mm = this.mmOfPmd(slot);
    if (!this.valid(t, mm, "mm_struct", "pmd", true)) return;
    this.observer.access(t, { obj: slot, struct: "pmd_t", field: "pmd" }, true, marked);
    const w = this.pmdWords(mm);
    const i = ptrIndex(slot) & PTRS_PER_PMD - 1;
    this.mixSide(slot, w[i]);
    w[i] = value;
    this.mixSide(slot, value);
  }
  /** Install a fresh PTE table under mm's PMD for addr (setup and the fault path). */
  installPteTable(t, mm, addr) {
    const pt = this.allocObject("ptdesc");
    this.observer.alloc(t, pt, "ptdesc");
    this.ptes.set(ptrIndex(pt), new Int32Array(PTRS_PER_PTE));
    this.pmdWrite(t, this.pmdSlot(mm, addr), pt, true);
    return pt;
  }
  /** The `pte_t *` of addr inside the PTE table `ptdesc`. */
  pteSlot(ptdesc, addr) {
    return makePtr(
      this.T[PTE_SLOT],
      ptrIndex(ptdesc) << 9 | addr >>> PAGE_SHIFT & PTRS_PER_PTE - 1,
      ptrTag(ptdesc)
    );
  }
  ptdescOf(slot) {
    return makePtr(this.T.ptdesc, ptrIndex(slot) >>> 9, ptrTag(slot));
  }
  pteRead(t, slot, what, marked) {
    const pt = this.ptdescOf(slot);
    if (!this.valid(t, pt, "ptdesc", what, false)) return 0;
    this.observer.access(t, { obj: slot, struct: "pte_t", field: "pte" }, false, marked);
    return this.ptes.get(ptrIndex(pt))[ptrIndex(slot) & PTRS_PER_PTE - 1];
  }
  pteWrite(t, slot, value, marked, what) {
    const pt = this.ptdescOf(slot);
    if (!this.valid(t, pt, "ptdesc", what, true)) return;
    this.observer.access(t, { obj: slot, struct: "pte_t", field: "pte" }, true, marked);
    const w = this.ptes.get(ptrIndex(pt));
    const i = ptrIndex(slot) & PTRS_PER_PTE - 1;
    this.mixSide(slot, w[i]);
    w[i] = value;
    this.mixSide(slot, value);
  }
  /**
   * An anonymous VMA as mmap(2) leaves it, for setup code: linked to mm, no
   * anon_vma until its first fault (anon_vma_prepare), pgoff = its first
   * page's linear index. vm_page_prot keeps the read/write/exec bits.
   */
  mmapAnon(mm, start, pages, vmFlags) {
    const T = this.T.vm_area_struct;
    const v = this.allocObject("vm_area_struct");
    const set = (f2, value) => this.heap.store(v, this.heap.field(T, f2), value);
    set("vm_mm", mm);
    set("vm_start", start);
    set("vm_end", start + pages * (1 << PAGE_SHIFT));
    set("vm_pgoff", start >>> PAGE_SHIFT);
    set("vm_flags", vmFlags);
    set("vm_page_prot", vmFlags & (VM_READ | VM_WRITE | VM_EXEC));
    return v;
  }
  /** Ground truth for monitors: the PTE mapping addr in mm, read without side effects. */
  peekPte(mm, addr) {
    const pt = this.pmdWords(mm)[addr >>> PMD_SHIFT & PTRS_PER_PMD - 1];
    if (pt === 0 || this.heap.validity(pt, this.T.ptdesc) !== "ok") return 0;
    return this.ptes.get(ptrIndex(pt))[addr >>> PAGE_SHIFT & PTRS_PER_PTE - 1];
  }
  /** The folio a present PTE maps (vm_normal_folio), possibly already freed. */
  folioOfPte(pte) {
    if (!(pte & PTE_PRESENT)) return 0;
    return this.heap.current(this.T.folio, pte >>> PFN_SHIFT);
  }
  mkPte(folio, writable) {
    return ptrIndex(folio) << PFN_SHIFT | PTE_PRESENT | (writable ? PTE_WRITE : 0);
  }
  /**
   * Workload setup (src/sim/cell.ts): copy_page_range()'s effect on one
   * present anon PTE at fork, for a child whose `shared` pages are still
   * COW-shared with its parent. Both PTEs end write-protected, the child's
   * old (copy_present_pte's pte_mkold), the folio gains a mapping and a
   * reference and loses PageAnonExclusive (folio_try_dup_anon_rmap_pte).
   * Like the kernel's copy, it touches only page-table state and the folio,
   * not the anon_vma or mmap locks, so it is not a policy path; it runs
   * before time starts and reports nothing to the observer. Returns the
   * folio, or 0 when the parent has no present PTE at addr.
   */
  copyPte(srcMm, dstMm, addr) {
    const pte = this.peekPte(srcMm, addr);
    const folio = this.folioOfPte(pte);
    if (folio === 0 || this.heap.validity(folio, this.T.folio) !== "ok") return 0;
    const pmd = this.pmdWords(dstMm);
    const pi = addr >>> PMD_SHIFT & PTRS_PER_PMD - 1;
    if (pmd[pi] === 0) {
      const pt = this.allocObject("ptdesc");
      this.ptes.set(ptrIndex(pt), new Int32Array(PTRS_PER_PTE));
      this.mixSide(this.pmdSlot(dstMm, addr), pt);
      pmd[pi] = pt;
    }
    const setPte = (mm, value) => {
      const pt = this.pmdWords(mm)[pi];
      const w = this.ptes.get(ptrIndex(pt));
      const slot = this.pteSlot(pt, addr);
      const i = addr >>> PAGE_SHIFT & PTRS_PER_PTE - 1;
      this.mixSide(slot, w[i]);
      w[i] = value;
      this.mixSide(slot, value);
    };
    setPte(srcMm, pte & ~PTE_WRITE);
    setPte(dstMm, pte & ~PTE_WRITE & ~PTE_YOUNG);
    const mc = this.atomicOf(folio, "_mapcount");
    this.setCounter(mc, this.counter(mc) + 1);
    const rc = this.atomicOf(folio, "_refcount");
    this.setCounter(rc, this.counter(rc) + 1);
    const page = this.heap.load(folio, this.field("folio", "page"));
    const pf = this.field("page", "flags");
    this.heap.store(page, pf, this.heap.load(page, pf) & ~PG_ANON_EXCLUSIVE);
    return folio;
  }
  // --- interval trees and lists ---------------------------------------------------------
  mixSide(key, value) {
    if (value === 0) return;
    let h = Math.imul(key ^ 1540483477, 668265261) ^ value;
    h = Math.imul(h ^ h >>> 15, 2246822507);
    this.sideHash ^= h ^ h >>> 13;
  }
  /** The pgoff range an avc is keyed by: its VMA's pages, read at insertion like the kernel. */
  avcRange(avc) {
    const vma = this.heap.load(avc, this.heap.field(this.T.anon_vma_chain, "vma"));
    const f2 = (n) => this.heap.load(vma, this.heap.field(this.T.vm_area_struct, n));
    const start = f2("vm_pgoff");
    return { start, last: start + (f2("vm_end") - f2("vm_start") >>> PAGE_SHIFT) - 1 };
  }
  treeInsert(t, avc, root) {
    const entries = this.trees.get(root) ?? [];
    const { start, last } = this.avcRange(avc);
    entries.push({ avc, start, last });
    entries.sort((a, b) => a.start - b.start || a.last - b.last || a.avc - b.avc);
    this.trees.set(root, entries);
    this.treeOf.set(avc, root);
    this.mixSide(root ^ avc, start + 1);
    this.observer.tree(t, "insert", root, avc, false);
  }
  treeRemove(t, avc, root) {
    const entries = this.trees.get(root) ?? [];
    const i = entries.findIndex((e) => e.avc === avc);
    if (i >= 0) {
      this.mixSide(root ^ avc, entries[i].start + 1);
      entries.splice(i, 1);
      this.treeOf.delete(avc);
    }
    this.observer.tree(t, "remove", root, avc, i < 0);
  }
  /** First entry at or after position `from` overlapping [start, last]. */
  overlapping(entries, from, start, last) {
    for (let i = from; i < entries.length; i++) {
      const e = entries[i];
      if (e.start > last) break;
      if (e.last >= start) return e.avc;
    }
    return 0;
  }
  treeFirst(t, root, start, last) {
    const avc = this.overlapping(this.trees.get(root) ?? [], 0, start, last);
    this.observer.tree(t, "walk", root, avc, false);
    return avc;
  }
  /** The successor of avc in its tree; if avc was removed meanwhile the walk ends. */
  treeNext(t, avc, start, last) {
    const root = this.treeOf.get(avc);
    if (root === void 0) {
      this.observer.tree(t, "walk", 0, avc, true);
      return 0;
    }
    const entries = this.trees.get(root);
    const next = this.overlapping(
      entries,
      entries.findIndex((e) => e.avc === avc) + 1,
      start,
      last
    );
    this.observer.tree(t, "walk", root, next, false);
    return next;
  }
  /** Entries of a tree, for monitors and tests. */
  treeEntries(root) {
    return (this.trees.get(root) ?? []).map((e) => e.avc);
  }
  listAdd(node, head, tail) {
    const l = this.lists.get(head) ?? [];
    if (tail) l.push(node);
    else l.unshift(node);
    this.lists.set(head, l);
    this.listOf.set(node, head);
    this.mixSide(head ^ node, 1);
  }
  listDel(node) {
    const head = this.listOf.get(node);
    if (head === void 0) return;
    const l = this.lists.get(head);
    l.splice(l.indexOf(node), 1);
    this.listOf.delete(node);
    this.mixSide(head ^ node, 1);
  }
  listNext(t, head, pos, reverse) {
    const own = this.owner.get(head);
    if (!own) {
      this.observer.badAccess(t, "list head", head, "wild", false);
      return 0;
    }
    const ownerDef = this.structs.get(this.heap.layout(ptrType(own.obj)).name);
    const meta = ownerDef.fields[own.field].list;
    this.observer.access(t, { obj: head, struct: "list_head", field: "list_head" }, false, false);
    const l = this.lists.get(head) ?? [];
    let i;
    if (pos === 0) i = reverse ? l.length - 1 : 0;
    else {
      const node2 = this.heap.load(pos, this.heap.field(ptrType(pos), meta.member));
      const at = l.indexOf(node2);
      if (at < 0) return 0;
      i = reverse ? at - 1 : at + 1;
    }
    const node = l[i];
    return node === void 0 ? 0 : this.owner.get(node).obj;
  }
  // --- builtins --------------------------------------------------------------------------
  /** Ask the scheduling side for a lock operation; tell the monitors once it completes. */
  lockOp(t, b, effect, lock, args) {
    const v = this.sched.lock(t, b, effect, lock, args);
    if (typeof v === "number") this.observer.lock(t, b, effect, lock, v);
    return v;
  }
  rcuOp(t, op) {
    const v = this.sched.rcu(t, op);
    if (typeof v === "number") this.observer.rcu(t, op);
    return v;
  }
  hintOp(t, b, args) {
    this.sched.hint(t, b, args);
    this.observer.hint(t, b, args);
  }
  field(struct2, name) {
    return this.heap.field(this.T[struct2], name);
  }
  atomic(t, p, write) {
    if (!this.valid(t, p, "atomic_t", "atomic_t", write)) return false;
    const own = this.owner.get(p);
    if (own) {
      const name = this.heap.layout(ptrType(own.obj)).name;
      this.observer.access(
        t,
        {
          obj: own.obj,
          struct: name,
          field: this.heap.layout(ptrType(own.obj)).fields[own.field]
        },
        write,
        true
      );
    }
    return true;
  }
  folioField(t, folio, name, write, marked) {
    if (!this.valid(t, folio, "folio", `folio.${name}`, write)) return false;
    this.observer.access(t, { obj: folio, struct: "folio", field: name }, write, marked);
    return true;
  }
  counter(p) {
    return this.heap.load(p, 0);
  }
  setCounter(p, v) {
    this.heap.store(p, 0, v);
  }
  /** One implementation per builtin, chosen once per program. */
  implement(b) {
    if (b.proto.name === "lock_vma_under_rcu") {
      const effect = b.lock;
      return (t, [mm, addr]) => {
        const vma = this.findVma(t, mm, addr, true);
        if (vma === 0) return 0;
        const lock = this.heap.load(vma, this.field("vm_area_struct", "vm_lock"));
        return this.lockOp(t, b, effect, lock, [vma]) === 1 ? vma : 0;
      };
    }
    if (b.lock?.op === "release_all") {
      const effect = b.lock;
      return (t, [mm]) => {
        if (!this.valid(t, mm, "mm_struct", b.proto.name, false)) return 0;
        for (const [lock, w] of [...this.vmaWriters]) {
          if (w.tid !== t.id || w.mm !== mm) continue;
          this.vmaWriters.delete(lock);
          this.lockOp(t, b, effect, lock, []);
        }
        return 0;
      };
    }
    if (b.proto.name === "vma_start_write") {
      const effect = b.lock;
      return (t, a) => {
        const lock = this.lockObject(t, b, a[0]);
        if (lock === 0) return 0;
        if (this.ownsVmaWrite(t, lock)) return 0;
        const v = this.lockOp(t, b, effect, lock, a);
        if (v !== BLOCKED) {
          this.vmaWriters.set(lock, {
            tid: t.id,
            mm: this.heap.load(a[0], this.field("vm_area_struct", "vm_mm"))
          });
        }
        return v;
      };
    }
    if (b.lock && b.lock.op !== "assert") {
      const effect = b.lock;
      return (t, a) => {
        const target = this.lockObject(t, b, a[effect.arg]);
        return target === 0 ? 0 : this.lockOp(t, b, effect, target, a);
      };
    }
    const h = this.heap;
    const F = (n) => this.field("folio", n);
    const mapcount = (folio) => this.counter(this.atomicOf(folio, "_mapcount"));
    const mapping = (t, folio, marked) => this.folioField(t, folio, "mapping", false, marked) ? h.load(folio, F("mapping")) : 0;
    const name = b.proto.name;
    switch (name) {
      case "rcu_read_lock":
        return (t) => this.rcuOp(t, "read_lock");
      case "rcu_read_unlock":
        return (t) => this.rcuOp(t, "read_unlock");
      case "synchronize_rcu":
        return (t) => this.rcuOp(t, "synchronize");
      case "atomic_read":
        return (t, [v]) => this.atomic(t, v, false) ? this.counter(v) : 0;
      case "atomic_set":
        return (t, [v, i]) => {
          if (this.atomic(t, v, true)) this.setCounter(v, i);
          return 0;
        };
      case "atomic_inc":
      case "atomic_dec":
        return (t, [v]) => {
          if (this.atomic(t, v, true))
            this.setCounter(v, this.counter(v) + (name === "atomic_inc" ? 1 : -1));
          return 0;
        };
      case "atomic_inc_not_zero":
        return (t, [v]) => {
          if (!this.atomic(t, v, true) || this.counter(v) === 0) return 0;
          this.setCounter(v, this.counter(v) + 1);
          return 1;
        };
      case "atomic_dec_and_test":
        return (t, [v]) => {
          if (!this.atomic(t, v, true)) return 0;
          this.setCounter(v, this.counter(v) - 1);
          return this.counter(v) === 0 ? 1 : 0;
        };
      case "smp_mb":
      case "smp_rmb":
      case "smp_wmb":
        return (t, a) => {
          this.hintOp(t, b, a);
          return 0;
        };
      case "folio_mapcount":
        return (t, [f2]) => this.folioField(t, f2, "_mapcount", false, true) ? mapcount(f2) : 0;
      case "folio_mapped":
        return (t, [f2]) => this.folioField(t, f2, "_mapcount", false, true) && mapcount(f2) > 0 ? 1 : 0;
      case "folio_raw_mapping":
        return (t, [f2]) => mapping(t, f2, false) & ~3;
      case "folio_test_anon":
        return (t, [f2]) => mapping(t, f2, true) & 1;
      case "folio_test_ksm":
        return (t, [f2]) => (mapping(t, f2, true) & 3) === 3 ? 1 : 0;
      case "folio_test_large":
        return (t, [f2]) => {
          this.folioField(t, f2, "index", false, true);
          return 0;
        };
      case "folio_anon_vma":
        return (t, [f2]) => {
          const m = mapping(t, f2, true);
          return (m & 3) === 1 ? m - 1 : 0;
        };
      case "folio_pgoff":
        return (t, [f2]) => this.folioField(t, f2, "index", false, false) ? h.load(f2, F("index")) : 0;
      case "folio_nr_pages":
        return () => 1;
      case "folio_get":
      case "folio_put":
        return (t, [f2]) => {
          if (this.folioField(t, f2, "_refcount", true, true)) {
            const r = this.atomicOf(f2, "_refcount");
            this.setCounter(r, this.counter(r) + (name === "folio_get" ? 1 : -1));
          }
          return 0;
        };
      case "folio_ref_count":
        return (t, [f2]) => this.folioField(t, f2, "_refcount", false, true) ? this.counter(this.atomicOf(f2, "_refcount")) : 0;
      case "folio_maybe_dma_pinned":
        return (t, [f2]) => this.folioField(t, f2, "_refcount", false, true) && this.counter(this.atomicOf(f2, "_refcount")) >= GUP_PIN_COUNTING_BIAS ? 1 : 0;
      case "PageAnonExclusive":
        return (t, [p]) => this.pageFlags(t, p, false) & PG_ANON_EXCLUSIVE ? 1 : 0;
      case "SetPageAnonExclusive":
      case "ClearPageAnonExclusive":
        return (t, [p]) => {
          const flags = this.pageFlags(t, p, true);
          h.store(
            p,
            this.field("page", "flags"),
            name === "SetPageAnonExclusive" ? flags | PG_ANON_EXCLUSIVE : flags & ~PG_ANON_EXCLUSIVE
          );
          return 0;
        };
      case "folio_remove_rmap_pte":
        return (t, [f2]) => {
          if (this.folioField(t, f2, "_mapcount", true, true))
            this.setCounter(this.atomicOf(f2, "_mapcount"), mapcount(f2) - 1);
          return 0;
        };
      case "folio_add_new_anon_rmap":
        return (t, [f2, vma, addr]) => {
          if (!this.valid(t, vma, "vm_area_struct", "vm_area_struct.anon_vma", false)) return 0;
          const V = (n) => h.load(vma, this.field("vm_area_struct", n));
          if (!this.folioField(t, f2, "mapping", true, true)) return 0;
          h.store(f2, F("mapping"), V("anon_vma") | 1);
          h.store(f2, F("index"), V("vm_pgoff") + (addr - V("vm_start") >>> PAGE_SHIFT));
          this.setCounter(this.atomicOf(f2, "_mapcount"), 1);
          const page = h.load(f2, F("page"));
          h.store(
            page,
            this.field("page", "flags"),
            h.load(page, this.field("page", "flags")) | PG_ANON_EXCLUSIVE
          );
          return 0;
        };
      case "vma_alloc_folio":
        return (t) => {
          const f2 = this.allocObject("folio");
          this.setCounter(this.atomicOf(f2, "_refcount"), 1);
          this.observer.alloc(t, f2, "folio");
          return f2;
        };
      case "split_folio":
        return () => 0;
      case "ptep_get":
        return (t, [p]) => this.pteRead(t, p, "ptep_get", true);
      case "pte_none":
        return (_t, [v]) => v === 0 ? 1 : 0;
      case "pte_present":
        return (_t, [v]) => v & PTE_PRESENT;
      case "pte_young":
        return (_t, [v]) => v & PTE_YOUNG ? 1 : 0;
      case "pte_dirty":
        return (_t, [v]) => v & PTE_DIRTY ? 1 : 0;
      case "pte_write":
        return (_t, [v]) => v & PTE_WRITE ? 1 : 0;
      case "pte_same":
      case "pmd_same":
        return (_t, [a, c2]) => a === c2 ? 1 : 0;
      case "pte_mkold":
        return (_t, [v]) => v & ~PTE_YOUNG;
      case "pte_mkyoung":
        return (_t, [v]) => v | PTE_YOUNG;
      case "pte_mkdirty":
        return (_t, [v]) => v | PTE_DIRTY;
      case "pte_mkwrite":
        return (_t, [v]) => v | PTE_WRITE;
      case "pte_wrprotect":
        return (_t, [v]) => v & ~PTE_WRITE;
      case "folio_mk_pte":
        return (_t, [f2, prot]) => this.mkPte(f2, (prot & VM_WRITE) !== 0);
      case "vm_normal_folio":
        return (_t, [, , pte]) => this.folioOfPte(pte);
      case "set_pte_at":
        return (t, [, , p, v]) => {
          this.pteWrite(t, p, v, true, "set_pte_at");
          return 0;
        };
      case "ptep_get_and_clear":
      case "ptep_clear_flush":
        return (t, [, , p]) => {
          const old = this.pteRead(t, p, name, true);
          this.pteWrite(t, p, 0, true, name);
          if (name === "ptep_clear_flush") this.hintOp(t, b, []);
          return old;
        };
      case "ptep_clear_flush_young_notify":
      case "ptep_test_and_clear_young":
        return (t, [, , p]) => {
          const old = this.pteRead(t, p, name, true);
          if (!(old & PTE_YOUNG)) return 0;
          this.pteWrite(t, p, old & ~PTE_YOUNG, true, name);
          this.hintOp(t, b, []);
          return 1;
        };
      case "mm_find_pmd":
        return (t, [mm, addr]) => {
          const slot = this.pmdSlot(mm, addr);
          return this.pmdRead(t, slot, true) === 0 ? 0 : slot;
        };
      case "pmdp_get_lockless":
        return (t, [p]) => this.pmdRead(t, p, true);
      case "pmd_none":
        return (_t, [v]) => v === 0 ? 1 : 0;
      case "pmd_trans_huge":
        return () => 0;
      case "__pte_offset_map":
        return (t, [pmd, addr, out]) => {
          const v = this.pmdRead(t, pmd, true);
          if (out) this.storeInd(t, out, v);
          if (v === 0) return 0;
          if (!this.valid(t, v, "ptdesc", "__pte_offset_map", false)) return 0;
          return this.pteSlot(v, addr);
        };
      case "pte_lockptr":
        return (t, [, pmdvalp]) => {
          const v = this.deref(t, pmdvalp);
          return v === 0 ? 0 : this.addr(t, v, "ptdesc", "ptl");
        };
      case "free_pgd_range":
        return (t, [mm, start, end]) => {
          for (let a = start & ~((1 << PMD_SHIFT) - 1); a < end; a += 1 << PMD_SHIFT) {
            const slot = this.pmdSlot(mm, a);
            const pt = this.pmdRead(t, slot, true);
            if (pt === 0) continue;
            this.pmdWrite(t, slot, 0, true);
            this.observer.free(t, pt, "ptdesc");
            this.ptes.delete(ptrIndex(pt));
            this.freeObject(pt);
          }
          return 0;
        };
      case "zap_page_range":
        return (t, [vma, start, end]) => {
          const mm = h.load(vma, this.field("vm_area_struct", "vm_mm"));
          for (let a = start; a < end; a += 1 << PAGE_SHIFT) {
            const pt = this.pmdWords(mm)[a >>> PMD_SHIFT & PTRS_PER_PMD - 1];
            if (pt === 0) continue;
            const slot = this.pteSlot(pt, a);
            const old = this.pteRead(t, slot, name, true);
            if (!(old & PTE_PRESENT)) continue;
            this.pteWrite(t, slot, 0, true, name);
            const f2 = this.folioOfPte(old);
            if (this.heap.validity(f2, this.T.folio) === "ok")
              this.setCounter(this.atomicOf(f2, "_mapcount"), mapcount(f2) - 1);
          }
          return 0;
        };
      case "find_vma":
        return (t, [mm, addr]) => this.findVma(t, mm, addr, false);
      case "vma_lookup":
        return (t, [mm, addr]) => this.findVma(t, mm, addr, true);
      case "pmd_off":
        return (_t, [mm, addr]) => this.pmdSlot(mm, addr);
      case "pte_alloc_one":
        return (t) => {
          const pt = this.allocObject("ptdesc");
          this.ptes.set(ptrIndex(pt), new Int32Array(PTRS_PER_PTE));
          this.observer.alloc(t, pt, "ptdesc");
          return pt;
        };
      case "pmd_populate":
        return (t, [, pmd, pt]) => {
          this.pmdWrite(t, pmd, pt, true);
          return 0;
        };
      case "pte_free":
        return (t, [, pt]) => {
          this.observer.free(t, pt, "ptdesc");
          this.ptes.delete(ptrIndex(pt));
          this.freeObject(pt);
          return 0;
        };
      case "anon_vma_interval_tree_insert":
        return (t, [avc, root]) => {
          this.treeInsert(t, avc, root);
          return 0;
        };
      case "anon_vma_interval_tree_remove":
        return (t, [avc, root]) => {
          this.treeRemove(t, avc, root);
          return 0;
        };
      case "anon_vma_interval_tree_iter_first":
        return (t, [root, s, l]) => this.treeFirst(t, root, s, l);
      case "anon_vma_interval_tree_iter_next":
        return (t, [avc, s, l]) => this.treeNext(t, avc, s, l);
      case "list_add":
      case "list_add_tail":
        return (t, [node, head]) => {
          this.observer.access(
            t,
            { obj: head, struct: "list_head", field: "list_head" },
            true,
            false
          );
          this.listAdd(node, head, name === "list_add_tail");
          return 0;
        };
      case "list_del":
        return (t, [node]) => {
          const head = this.listOf.get(node);
          if (head !== void 0)
            this.observer.access(
              t,
              { obj: head, struct: "list_head", field: "list_head" },
              true,
              false
            );
          this.listDel(node);
          return 0;
        };
      case "list_empty":
        return (t, [head]) => {
          this.observer.access(
            t,
            { obj: head, struct: "list_head", field: "list_head" },
            false,
            true
          );
          return (this.lists.get(head)?.length ?? 0) === 0 ? 1 : 0;
        };
      case "kmem_cache_alloc":
        return (t, [cache]) => {
          const type = this.cacheType.get(cache);
          if (type === void 0) return 0;
          const p = this.allocObject(this.heap.layout(type).name);
          this.observer.alloc(t, p, this.heap.layout(type).name);
          return p;
        };
      case "kmem_cache_free":
        return (t, [cache, p]) => {
          const type = this.cacheType.get(cache);
          const v = this.heap.validity(p, type);
          if (v !== "ok") {
            this.observer.badAccess(t, "kmem_cache_free", p, v, true);
            return 0;
          }
          this.observer.free(t, p, this.heap.layout(type).name);
          this.freeObject(p);
          return 0;
        };
      case "VM_BUG_ON":
      case "VM_BUG_ON_FOLIO":
      case "VM_BUG_ON_VMA":
      case "BUG_ON":
        return (t, [c2]) => {
          if (c2) this.observer.assertion(t, "BUG", name);
          return 0;
        };
      case "VM_WARN_ON_FOLIO":
      case "VM_WARN_ON_ONCE":
      case "WARN_ON":
      case "WARN_ON_ONCE":
        return (t, [c2]) => {
          if (c2) this.observer.assertion(t, "WARNING", name);
          return c2 ? 1 : 0;
        };
      case "lockdep_assert_held":
      case "lockdep_assert_held_read":
      case "lockdep_assert_held_write":
      case "vma_assert_write_locked": {
        const effect = b.lock;
        return (t, a) => {
          const target = this.lockObject(t, b, a[effect.arg]);
          return target === 0 ? 0 : this.lockOp(t, b, effect, target, a);
        };
      }
      default:
        return (t, a) => {
          this.hintOp(t, b, a);
          return 0;
        };
    }
  }
  /**
   * find_vma()/vma_lookup(): the model's maple tree is derived from the live
   * VMAs themselves (vm_mm, vm_start, vm_end), oldest first among equals.
   * A read of the mm's VMA tree, for the race monitor.
   */
  findVma(t, mm, addr, containing) {
    if (!this.valid(t, mm, "mm_struct", "mm_struct.mm_mt", false)) return 0;
    this.observer.access(t, { obj: mm, struct: "mm_struct", field: "mm_mt" }, false, true);
    return this.lookupVma(mm, addr, containing);
  }
  /** findVma() without reporting anything. */
  lookupVma(mm, addr, containing) {
    const T = this.T.vm_area_struct;
    const F = (n) => this.heap.field(T, n);
    let best = 0;
    let bestEnd = 0;
    for (const vma of this.heap.live(T)) {
      if (this.heap.load(vma, F("vm_mm")) !== mm) continue;
      const end = this.heap.load(vma, F("vm_end"));
      if (end <= addr || best !== 0 && end >= bestEnd) continue;
      if (containing && this.heap.load(vma, F("vm_start")) > addr) continue;
      best = vma;
      bestEnd = end;
    }
    return best;
  }
  /** The lock object a lock builtin's argument names: the lock itself, a folio, a VMA's vm_lock. */
  /**
   * The lock object a lock builtin would operate on, computed without
   * reporting anything: the timed engine must know which lock a thread waits
   * for before the step executes.
   */
  peekLockTarget(t, b, args) {
    if (b.proto.name === "lock_vma_under_rcu") {
      const vma = this.lookupVma(args[0], args[1], true);
      return vma === 0 ? 0 : this.heap.load(vma, this.field("vm_area_struct", "vm_lock"));
    }
    const arg = args[b.lock.arg];
    const param = b.proto.params[b.lock.arg].type;
    const struct2 = param.kind === "ptr" && param.to.kind === "struct" ? param.to.name : void 0;
    const v = this.heap.validity(arg, struct2 ? this.T[struct2] : void 0);
    if (v === "null" || v === "wild") return 0;
    if (struct2 === "vm_area_struct") {
      if (v !== "ok") return 0;
      const lock = this.heap.load(arg, this.field("vm_area_struct", "vm_lock"));
      if (b.proto.name === "vma_start_write" && this.ownsVmaWrite(t, lock)) return 0;
      return lock;
    }
    return arg;
  }
  /** __is_vma_write_locked(): t took this VMA lock for write in its current mmap write section. */
  ownsVmaWrite(t, lock) {
    return this.vmaWriters.get(lock)?.tid === t.id;
  }
  /** The object an embedded lock, atomic, list head or tree root lives in (while it is live). */
  ownerOf(embedded) {
    const own = this.owner.get(embedded);
    if (!own) return void 0;
    const layout = this.heap.layout(ptrType(own.obj));
    return {
      obj: own.obj,
      struct: layout.name,
      field: layout.fields[own.field],
      fieldIndex: own.field
    };
  }
  /** The class a lock object belongs to, as lockdep and lock_stat name it. */
  lockClass(lock) {
    const type = ptrType(lock);
    if (type === this.T.folio) return "PG_locked";
    const own = this.owner.get(lock);
    if (!own) return this.heap.layout(type).name;
    const layout = this.heap.layout(ptrType(own.obj));
    return lockClassName(layout.name, layout.fields[own.field]);
  }
  /** The VMA write locks thread tid holds (what vma_end_write_all(mm) releases). */
  vmaWriteLocks(tid, mm) {
    return [...this.vmaWriters].filter(([, w]) => w.tid === tid && w.mm === mm).map(([l]) => l);
  }
  lockObject(t, b, arg) {
    const param = b.proto.params[b.lock.arg].type;
    const struct2 = param.kind === "ptr" && param.to.kind === "struct" ? param.to.name : void 0;
    if (struct2 === "vm_area_struct") {
      if (!this.valid(t, arg, "vm_area_struct", `${b.proto.name}`, true)) return 0;
      return this.heap.load(arg, this.field("vm_area_struct", "vm_lock"));
    }
    if (struct2 === "mm_struct")
      return this.valid(t, arg, "mm_struct", b.proto.name, true) ? arg : 0;
    const v = this.heap.validity(arg, struct2 ? this.T[struct2] : void 0);
    if (v === "null" || v === "wild") {
      this.observer.badAccess(t, b.proto.name, arg, v, true);
      return 0;
    }
    if (v !== "ok") this.observer.badAccess(t, b.proto.name, arg, v, true);
    return arg;
  }
  atomicOf(obj, field) {
    return this.heap.load(obj, this.heap.field(ptrType(obj), field));
  }
  pageFlags(t, page, write) {
    if (!this.valid(t, page, "page", "page.flags", write)) return 0;
    this.observer.access(t, { obj: page, struct: "page", field: "flags" }, write, false);
    return this.heap.load(page, this.field("page", "flags"));
  }
};

// src/sim/sequential.ts
var SequentialError = class extends Error {
};
var SequentialScheduling = class {
  held = /* @__PURE__ */ new Map();
  rcuDepth = /* @__PURE__ */ new Map();
  entry(lock) {
    let h = this.held.get(lock);
    if (!h) {
      h = { readers: [], writer: 0 };
      this.held.set(lock, h);
    }
    return h;
  }
  lock(t, b, effect, lock) {
    const h = this.entry(lock);
    const name = b.proto.name;
    const free = h.writer === 0 && h.readers.length === 0;
    const id = t.id;
    switch (effect.op) {
      case "acquire":
      case "try": {
        const ok = effect.mode === "read" ? h.writer === 0 : free;
        if (!ok) {
          if (effect.op === "try") return 0;
          throw new SequentialError(`${name}() would wait for a lock that nothing will release`);
        }
        if (effect.mode === "read") h.readers.push(id);
        else h.writer = id;
        return 1;
      }
      case "release": {
        if (effect.mode === "read") {
          const i = h.readers.indexOf(id);
          if (i < 0) throw new SequentialError(`${name}() of a lock not held for read`);
          h.readers.splice(i, 1);
        } else {
          if (h.writer !== id) throw new SequentialError(`${name}() of a lock not held`);
          h.writer = 0;
          if (name === "downgrade_write") h.readers.push(id);
        }
        return 0;
      }
      case "release_all":
        if (h.writer === id) h.writer = 0;
        return 0;
      case "query":
        return free ? 0 : 1;
      case "assert": {
        const ok = effect.mode === "read" ? h.readers.includes(id) : effect.mode === "write" ? h.writer === id : h.writer === id || h.readers.includes(id);
        if (!ok) throw new SequentialError(`${name}() failed: lock not held`);
        return 0;
      }
    }
  }
  rcu(t, op) {
    const d = this.rcuDepth.get(t.id) ?? 0;
    if (op === "read_lock") this.rcuDepth.set(t.id, d + 1);
    else if (op === "read_unlock") {
      if (d === 0) throw new SequentialError("rcu_read_unlock() without rcu_read_lock()");
      this.rcuDepth.set(t.id, d - 1);
    } else if (d > 0) {
      throw new SequentialError("synchronize_rcu() inside an RCU read-side critical section");
    }
    return 0;
  }
  hint() {
  }
};
var SequentialRunner = class {
  /** A new world, or an existing one handed over to sequential execution. */
  constructor(program, observer = NULL_OBSERVER, world) {
    this.program = program;
    this.world = world ?? new World(program, this.sched, observer);
    this.world.use(this.sched, observer);
    this.interp = new Interpreter(program, this.world);
  }
  program;
  sched = new SequentialScheduling();
  world;
  interp;
  nextId = 1;
  /** Call a policy function to completion; returns its value. */
  call(name, ...args) {
    const fn = this.program.byName.get(name);
    if (fn === void 0) throw new SequentialError(`the policy has no function '${name}'`);
    const t = new Thread(this.nextId++, name);
    this.interp.start(t, fn, args);
    this.interp.advance(t);
    while (!t.done) {
      if (this.interp.step(t) === "blocked") throw new SequentialError(`${name}() blocked`);
    }
    return t.retval;
  }
};

// src/sim/timed.ts
function engineDecides(b) {
  if (b.proto.name === "synchronize_rcu") return true;
  const op = b.lock?.op;
  return op === "acquire" || op === "try" || op === "query" && b.proto.name === "rwsem_is_locked";
}
var RWSEM_OPS = {
  down_read: "down_read",
  down_read_trylock: "down_read_trylock",
  up_read: "up_read",
  down_write: "down_write",
  down_write_nested: "down_write",
  down_write_trylock: "down_write_trylock",
  up_write: "up_write",
  downgrade_write: "downgrade_write",
  rwsem_is_locked: "rwsem_is_locked",
  vma_start_read_locked: "down_read_trylock",
  lock_vma_under_rcu: "down_read_trylock",
  vma_end_read: "up_read",
  vma_start_write: "down_write",
  vma_end_write_all: "up_write"
};
var SPIN_OPS = {
  spin_lock: "spin_lock",
  spin_lock_nested: "spin_lock",
  spin_trylock: "spin_trylock",
  spin_unlock: "spin_unlock"
};
var TimedRun = class {
  constructor(program, machine, seed, observer = NULL_OBSERVER, hooks) {
    this.program = program;
    this.engine = new Engine(machine, { seed, ...hooks ? { hooks } : {} });
    const self = this;
    const fan = {
      access(t, a, write, marked) {
        self.onAccess(t, a, write);
        observer.access(t, a, write, marked);
      },
      badAccess: (...a) => observer.badAccess(...a),
      alloc: (...a) => observer.alloc(...a),
      free: (...a) => observer.free(...a),
      tree(t, op, root, avc, missing) {
        self.emit(t, {
          kind: "access",
          line: self.lineOf(root),
          mode: op === "walk" ? "read" : "write"
        });
        observer.tree(t, op, root, avc, missing);
      },
      assertion: (...a) => observer.assertion(...a),
      lock(t, b, effect, lock, result) {
        self.onLock(t, b, effect, lock);
        observer.lock(t, b, effect, lock, result);
      },
      rcu(t, op) {
        if (op !== "synchronize")
          self.emit(t, {
            kind: "rcu",
            op: op === "read_lock" ? "rcu_read_lock" : "rcu_read_unlock",
            site: 0
          });
        observer.rcu(t, op);
      },
      hint(t, b, args) {
        self.onHint(t, b, args);
        observer.hint(t, b, args);
      }
    };
    this.fan = fan;
    this.world = new World(program, this, fan);
    this.interp = new Interpreter(program, this.world);
  }
  program;
  engine;
  world;
  interp;
  locks = /* @__PURE__ */ new Map();
  lines = /* @__PURE__ */ new Map();
  ptLines = /* @__PURE__ */ new Map();
  /** Per thread id: Actions produced by the step that just executed. */
  outbox = [];
  /** Per thread id: the engine's answer for an issued step. */
  answer = [];
  threads = [];
  sites = /* @__PURE__ */ new Map();
  /** Per thread id: the World lock an issued lock step named. */
  issuedLock = [];
  fan;
  /**
   * Build the object graph before time starts: `build` runs policy paths one
   * call at a time (faults, forks) on this run's World, watched by `observer`.
   */
  setup(build2, observer = NULL_OBSERVER) {
    const seq = new SequentialRunner(this.program, observer, this.world);
    try {
      return build2(seq);
    } finally {
      this.world.use(this, this.fan);
    }
  }
  /** Cycles per ns of the fastest core: the engine scales compute by capacity from there. */
  get fastestGHz() {
    return Math.max(...this.engine.machine.clusters.map((c2) => c2.freqMHz)) / 1e3;
  }
  /** A workload thread; its calls come from source. Returns its engine thread id. */
  addThread(spec) {
    const thread = new Thread(this.threads.length + 1, spec.name);
    const program = new InterpretedThread(this, thread, spec.source);
    const tid = this.engine.addThread({
      name: spec.name,
      program,
      ...spec.nice !== void 0 ? { nice: spec.nice } : {},
      ...spec.clusters ? { clusters: spec.clusters } : {}
    });
    this.threads[tid] = thread;
    this.outbox[thread.id] = [];
    this.answer[thread.id] = 0;
    return tid;
  }
  /** The interpreter thread behind an engine thread id (its return value, its frames). */
  thread(tid) {
    return this.threads[tid];
  }
  run(untilNs) {
    return this.engine.run(untilNs);
  }
  // --- Scheduling: what the World asks while a step executes -------------------------
  lock(t, b, effect, lock) {
    switch (effect.op) {
      case "acquire":
        return 1;
      case "try": {
        const issued = this.issuedLock[t.id];
        if (lock === issued || this.answer[t.id] === 0) return this.answer[t.id];
        this.emit(t, this.lockAction(t, "vma_end_read", issued));
        return 0;
      }
      case "query": {
        if (b.proto.name !== "folio_test_locked") return this.answer[t.id];
        const id = this.locks.get(lock);
        return id !== void 0 && this.engine.lock(id).state().owner >= 0 ? 1 : 0;
      }
      case "release":
      case "release_all":
      case "assert":
        return 0;
    }
  }
  rcu(t) {
    return this.answer[t.id];
  }
  hint() {
  }
  // --- turning World events into Actions --------------------------------------------
  emit(t, a) {
    this.outbox[t.id].push(a);
  }
  takeActions(t) {
    const out = this.outbox[t.id];
    this.outbox[t.id] = [];
    return out;
  }
  /** The engine's lock object for a World lock (created on first use, named by class). */
  engineLock(lock, kind) {
    let id = this.locks.get(lock);
    if (id === void 0) {
      const cls = this.world.lockClass(lock);
      id = kind === "rwsem" ? this.engine.addRwsem(cls) : kind === "spin" ? this.engine.addSpinlock(cls) : this.engine.addFolioLock(cls);
      this.locks.set(lock, id);
    }
    return id;
  }
  /** One cache line per object; PTEs eight to a line (64-byte lines, 8-byte entries). */
  lineOf(obj, pte = false) {
    const map = pte ? this.ptLines : this.lines;
    const key = pte ? obj >>> 9 : obj;
    let line = map.get(key);
    if (line === void 0) {
      line = this.engine.newLine();
      map.set(key, line);
    }
    return line;
  }
  /** perf lock contention groups by caller: the policy file:line of the lock operation. */
  siteOf(t) {
    const fr = t.top;
    const loc = fr.fn.locs[fr.pc];
    const key = `${this.program.files[loc.file]}:${loc.line}`;
    let id = this.sites.get(key);
    if (id === void 0) {
      id = this.sites.size;
      this.sites.set(key, id);
    }
    return id;
  }
  siteNames() {
    return [...this.sites.keys()];
  }
  /** The Action that issues an engine-decided step. */
  issue(t, b, args) {
    const name = b.proto.name;
    if (name === "synchronize_rcu")
      return { kind: "rcu", op: "synchronize_rcu", site: this.siteOf(t) };
    const target = this.world.peekLockTarget(t, b, args);
    this.issuedLock[t.id] = target;
    if (target === 0) return { kind: "compute", cycles: 0 };
    return this.lockAction(t, name, target);
  }
  lockAction(t, name, lock) {
    const site = this.siteOf(t);
    const type = this.world.heap.layout(ptrType(lock)).name;
    if (type === "folio") {
      const op = name === "folio_lock" ? "folio_lock" : name === "folio_trylock" ? "folio_trylock" : "folio_unlock";
      return { kind: "folio", op, lock: this.engineLock(lock, "folio"), site };
    }
    if (type === "spinlock_t") {
      return {
        kind: "spin",
        op: SPIN_OPS[name],
        lock: this.engineLock(lock, "spin"),
        site
      };
    }
    return {
      kind: "rwsem",
      op: RWSEM_OPS[name],
      lock: this.engineLock(lock, "rwsem"),
      site
    };
  }
  onAccess(t, a, write) {
    const pte = a.struct === "pte_t";
    this.emit(t, { kind: "access", line: this.lineOf(a.obj, pte), mode: write ? "write" : "read" });
  }
  /** Releases and queries that executed in the World: charge them in the engine too. */
  onLock(t, b, effect, lock) {
    if (effect.op === "release" || effect.op === "release_all") {
      this.emit(t, this.lockAction(t, b.proto.name, lock));
    }
  }
  onHint(t, b, args) {
    switch (b.proto.name) {
      case "lb_cycles":
        this.emit(t, { kind: "compute", cycles: Math.max(0, args[0]) });
        return;
      case "ptep_clear_flush":
        this.emit(t, { kind: "tlb_flush", pages: 1 });
        return;
      // ptep_clear_flush_young_notify: arm64 page aging drops the flush's DSB
      // (arm64-costs.md "PTE / TLB costs", Will Deacon), so only the PTE access is charged.
      case "flush_tlb_range":
        this.emit(t, { kind: "tlb_flush", pages: Math.max(1, args[2] - args[1] >>> 12 | 0) });
        return;
      default:
        return;
    }
  }
  setAnswer(t, v) {
    this.answer[t.id] = v;
  }
};
var InterpretedThread = class {
  constructor(run2, t, source) {
    this.run = run2;
    this.t = t;
    this.source = source;
  }
  run;
  t;
  source;
  issued = false;
  started = false;
  next(ctx) {
    const { run: run2, t } = this;
    const interp = run2.interp;
    let pending = run2.takeActions(t);
    for (; ; ) {
      if (pending.length > 0) {
        const a = pending.shift();
        for (const rest of pending) run2.emit(t, rest);
        return a;
      }
      if (this.issued) {
        this.issued = false;
        run2.setAnswer(t, ctx.result);
        interp.step(t);
        pending = run2.takeActions(t);
        continue;
      }
      if (!this.started || t.done) {
        const next = this.source.next(ctx.tid, ctx.rng, ctx.now);
        if (next.kind === "stop") return { kind: "exit" };
        if (next.kind === "sleep") return { kind: "sleep", ns: next.ns };
        if (next.kind === "compute")
          return { kind: "compute", cycles: Math.round(next.ns * run2.fastestGHz) };
        this.started = true;
        interp.start(t, next.fn, next.args);
        interp.advance(t);
        continue;
      }
      const step = interp.pending(t);
      const ins = step.ins;
      if (ins.op === "builtin") {
        const b = run2.program.builtins[ins.id];
        if (engineDecides(b)) {
          this.issued = true;
          return run2.issue(
            t,
            b,
            ins.args.map((r) => t.top.regs[r])
          );
        }
      }
      interp.step(t);
      pending = run2.takeActions(t);
    }
  }
};

// src/sim/cell.ts
var VM_PROT = 1 | 2 | 4;
var MOVE_ALLOW_SRC_HOLES = 2;
var SETUP_STREAM = 4294967280;
var MIN_SKIP_SLEEP_NS = 1e3;
function runCell(opts) {
  const { ir, workload: w, machine, seed } = opts;
  const durationNs = opts.durationNs ?? w.durationNs;
  const warmupNs = Math.min(opts.warmupNs ?? w.warmupNs, Math.max(0, durationNs - 1));
  const trace = opts.trace;
  const run2 = new TimedRun(
    ir,
    machine,
    seed,
    void 0,
    trace ? { trace: (e) => trace(e, e.kind === "lock" ? run2.engine.lock(e.lock).cls.name : void 0) } : void 0
  );
  const world = run2.world;
  const procs = new Map(w.processes.map((p) => [p.name, p]));
  const { insts, setup } = run2.setup((seq) => buildGraph(seq, world, w, procs, seed));
  const byProcess = /* @__PURE__ */ new Map();
  for (const i of insts) {
    const list3 = byProcess.get(i.proc.name) ?? [];
    list3.push(i);
    byProcess.set(i.proc.name, list3);
  }
  const paths = [];
  const poolOfTid = /* @__PURE__ */ new Map();
  const maxAgo = sameAsDepth(w);
  for (const ti of threadInstances(w)) {
    const pool = ti.pool;
    const accs = pool.ops.map((op, i) => {
      const acc = {
        pool: pool.name,
        op: i,
        call: op.call,
        line: op.line,
        skipped: 0,
        latencies: [],
        returns: /* @__PURE__ */ new Map()
      };
      return acc;
    });
    const shared = paths.filter((p) => p.pool === pool.name);
    const mine = shared.length > 0 ? shared : accs;
    if (shared.length === 0) paths.push(...accs);
    const home = ti.instance >= 0 ? insts[ti.instance] : void 0;
    const source = new ThreadSource({
      world,
      ir,
      pool,
      home,
      byProcess,
      stripes: ti.stripes,
      paths: mine,
      durationNs,
      warmupNs,
      maxAgo,
      retval: (tid2) => run2.thread(tid2).retval
    });
    const tid = run2.addThread({
      name: ti.name,
      nice: pool.nice,
      ...pool.affinity === "any" ? {} : { clusters: pool.affinity },
      source
    });
    poolOfTid.set(tid, pool.name);
  }
  const atWarmup = warmupNs > 0 ? run2.run(warmupNs).threads : [];
  const report2 = run2.run(durationNs);
  return {
    workload: w.name,
    machine: machine.name,
    seed,
    durationNs,
    warmupNs,
    setup,
    report: plainReport(report2),
    sites: run2.siteNames(),
    threads: threadClasses(w, report2.threads, atWarmup, poolOfTid),
    paths: paths.map((p) => ({
      pool: p.pool,
      op: p.op,
      call: p.call,
      line: p.line,
      calls: p.latencies.length,
      skipped: p.skipped,
      latency: summarize(p.latencies),
      returns: [...p.returns].sort((a, b) => a[0] - b[0])
    }))
  };
}
function buildGraph(seq, world, w, procs, seed) {
  const rng = new Prng(seed, SETUP_STREAM);
  const h = world.heap;
  const set = (o, s, f2, v) => h.store(o, h.field(world.typeId(s), f2), v);
  const counts = { faulted: 0, shared: 0, private: 0, faultErrors: 0, vmas: 0 };
  const fault = (mm, addr) => {
    if (seq.call("do_page_fault", mm, addr, 1) !== 0) counts.faultErrors++;
  };
  const mapOwn = (mm, vma, into) => {
    const v = world.mmapAnon(mm, vma.start, vma.pages, vma.vmFlags);
    into.set(vma.name, v);
    counts.vmas++;
    for (const i of choose(rng, vma.pages, Math.round(vma.faulted * vma.pages))) {
      fault(mm, vma.start + i * PAGE_SIZE);
      counts.faulted++;
    }
  };
  const insts = [];
  for (const inst of instances(w)) {
    const proc = procs.get(inst.process);
    const mm = world.allocObject("mm_struct");
    const vmas = /* @__PURE__ */ new Map();
    let ctx = 0;
    if (proc.uffd) {
      ctx = world.allocObject("userfaultfd_ctx");
      set(ctx, "userfaultfd_ctx", "mm", mm);
    }
    const me = { inst, proc, mm, ctx, vmas };
    if (inst.parent >= 0) {
      const parent = insts[inst.parent];
      const inherited = proc.vmas.filter((v) => v.owner !== proc.name);
      for (const vma of inherited) {
        const pv = parent.vmas.get(vma.name);
        const cv = seq.call("dup_mmap_one", mm, parent.mm, pv);
        if (cv === 0)
          throw new Error(`${w.name}: dup_mmap_one of ${vma.name} for ${inst.name} failed`);
        set(cv, "vm_area_struct", "vm_flags", vma.vmFlags);
        set(cv, "vm_area_struct", "vm_page_prot", vma.vmFlags & VM_PROT);
        vmas.set(vma.name, cv);
        counts.vmas++;
      }
      const spec = (name) => proc.inherit.find((i) => i.vma === name);
      for (const vma of inherited) {
        const frac = spec(vma.name)?.shared ?? 0;
        if (frac === 0) continue;
        const mapped = [];
        for (let i = 0; i < vma.pages; i++)
          if (world.peekPte(parent.mm, vma.start + i * PAGE_SIZE) !== 0) mapped.push(i);
        for (const k of choose(rng, mapped.length, Math.round(frac * mapped.length)))
          if (world.copyPte(parent.mm, mm, vma.start + mapped[k] * PAGE_SIZE) !== 0)
            counts.shared++;
      }
      for (const vma of inherited) {
        const frac = spec(vma.name)?.private ?? 0;
        for (const i of choose(rng, vma.pages, Math.round(frac * vma.pages))) {
          fault(mm, vma.start + i * PAGE_SIZE);
          counts.private++;
        }
      }
      for (const vma of proc.vmas) if (vma.owner === proc.name) mapOwn(mm, vma, vmas);
    } else {
      for (const vma of proc.vmas) mapOwn(mm, vma, vmas);
    }
    insts.push(me);
  }
  return { insts, setup: { instances: insts.length, ...counts } };
}
function choose(rng, n, k) {
  if (k <= 0) return [];
  const a = Array.from({ length: n }, (_, i) => i);
  const m = Math.min(k, n);
  for (let i = 0; i < m; i++) {
    const j = i + rng.int(n - i);
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
  return a.slice(0, m).sort((x, y) => x - y);
}
function sameAsDepth(w) {
  const out = /* @__PURE__ */ new Map();
  const see = (r) => {
    if (r.kind === "same_as") out.set(r.label, Math.max(out.get(r.label) ?? 0, r.ago));
  };
  for (const pool of w.threads)
    for (const op of pool.ops) {
      if (op.kind === "folio") see(op.folio);
      else if (op.kind === "fault") see(op.address);
      else if (op.kind === "move") see(op.src);
      else if (op.kind === "mprotect" || op.kind === "munmap") see(op.vma);
      else if (op.kind === "fork") see(op.parent);
    }
  return out;
}
var ThreadSource = class {
  constructor(s) {
    this.s = s;
    this.fns = s.pool.ops.map((op) => s.ir.byName.get(op.call) ?? -1);
    this.flipped = s.pool.ops.map(() => false);
  }
  s;
  iteration = 0;
  fns;
  cursors = /* @__PURE__ */ new Map();
  /** Per move op: src and dst swapped (semi-space flip). */
  flipped;
  pages = /* @__PURE__ */ new Map();
  forks = /* @__PURE__ */ new Map();
  /** The call in flight: its op, start time and return hook. */
  pending;
  /** Sleep owed after the last iteration (work + think), taken before the next draw. */
  /** Think time owed before the next call (an interruptible sleep). */
  owed = 0;
  /** User-mode work owed before that (CPU time). */
  owedWork = 0;
  next(tid, rng, now) {
    const s = this.s;
    if (this.pending) {
      const p = this.pending;
      this.pending = void 0;
      const ret = s.retval(tid);
      p.onReturn?.(ret);
      if (p.start >= s.warmupNs) {
        const acc = s.paths[p.op];
        acc.latencies.push(now - p.start);
        acc.returns.set(ret, (acc.returns.get(ret) ?? 0) + 1);
      }
      const op2 = s.pool.ops[p.op];
      this.owedWork = op2.work ? sampleNs(op2.work, rng) : 0;
      this.owed = op2.think ? sampleNs(op2.think, rng) : 0;
    }
    if (now >= s.durationNs) return { kind: "stop" };
    if (this.owedWork > 0) {
      const ns = this.owedWork;
      this.owedWork = 0;
      return { kind: "compute", ns };
    }
    if (this.owed > 0) {
      const ns = this.owed;
      this.owed = 0;
      return { kind: "sleep", ns };
    }
    const i = drawOp(s.pool, this.iteration++, rng);
    const op = s.pool.ops[i];
    const r = this.fns[i] < 0 ? void 0 : this.resolve(op, i, rng);
    if (!r) {
      if (now >= s.warmupNs) s.paths[i].skipped++;
      return { kind: "sleep", ns: Math.max(MIN_SKIP_SLEEP_NS, this.afterCall(i, rng)) };
    }
    this.pending = { op: i, start: now, ...r.onReturn ? { onReturn: r.onReturn } : {} };
    return { kind: "call", fn: this.fns[i], args: r.args };
  }
  /** work + think of op i, drawn from the thread's stream in that order. */
  afterCall(i, rng) {
    const op = this.s.pool.ops[i];
    const work = op.work ? sampleNs(op.work, rng) : 0;
    const think = op.think ? sampleNs(op.think, rng) : 0;
    return work + think;
  }
  instanceOf(process2, which, rng) {
    if (which === "own") return this.s.home;
    const list3 = this.s.byProcess.get(process2) ?? [];
    return list3.length === 0 ? void 0 : list3[list3.length === 1 ? 0 : rng.int(list3.length)];
  }
  /**
   * A page: its instance, VMA and index. `vmaName` replaces the pick's VMA
   * (a flipped move's src). Sequential picks report a wrap.
   */
  pickPage(ref, label, rng, vmaName) {
    let picked;
    let wrapped = false;
    if (ref.kind === "same_as") {
      const hist = this.pages.get(ref.label) ?? [];
      if (hist.length < ref.ago) return void 0;
      picked = hist[hist.length - ref.ago];
    } else {
      const inst = this.instanceOf(ref.process, ref.instance, rng);
      if (!inst) return void 0;
      const vma = inst.proc.vmas.find((v) => v.name === (vmaName ?? ref.vma));
      if (!vma) return void 0;
      let cursor;
      if (ref.pick.kind === "sequential") {
        cursor = this.cursors.get(ref.stripe);
        if (!cursor) {
          const share = this.s.stripes.get(ref.stripe) ?? { index: 0, of: 1 };
          cursor = { index: share.index, of: share.of, step: 0 };
          this.cursors.set(ref.stripe, cursor);
        }
      }
      const d = drawPage(ref.pick, vma.pages, rng, cursor);
      picked = { inst, vma, page: d.page };
      wrapped = d.wrapped;
    }
    if (label !== void 0) this.remember(this.pages, label, picked);
    return { picked, wrapped };
  }
  remember(m, label, v) {
    const keep = this.s.maxAgo.get(label) ?? 0;
    if (keep === 0) return;
    const hist = m.get(label) ?? [];
    hist.push(v);
    if (hist.length > keep) hist.shift();
    m.set(label, hist);
  }
  /** A VMA reference resolved to the live VMA (and its mm) covering `pageIndex` of it. */
  liveVma(ref, pageIndex, rng) {
    const world = this.s.world;
    let mm;
    let start;
    if (ref.kind === "same_as") {
      const hist = this.forks.get(ref.label) ?? [];
      if (hist.length < ref.ago) return void 0;
      const f2 = hist[hist.length - ref.ago];
      mm = f2.mm;
      start = f2.start + pageIndex * PAGE_SIZE;
    } else {
      const inst = this.instanceOf(ref.process, ref.instance, rng);
      const v = inst?.proc.vmas.find((x) => x.name === ref.vma);
      if (!inst || !v) return void 0;
      mm = inst.mm;
      start = v.start + pageIndex * PAGE_SIZE;
    }
    const vma = world.lookupVma(mm, start, true);
    return vma === 0 ? void 0 : { mm, vma, start };
  }
  resolve(op, i, rng) {
    const world = this.s.world;
    const vf = (vma, f2) => world.heap.load(vma, world.heap.field(world.typeId("vm_area_struct"), f2));
    switch (op.kind) {
      case "folio": {
        const p = this.pickPage(op.folio, op.label, rng);
        if (!p) return void 0;
        const { inst, vma, page } = p.picked;
        const folio = world.folioOfPte(world.peekPte(inst.mm, vma.start + page * PAGE_SIZE));
        if (folio === 0 || world.heap.validity(folio, world.typeId("folio")) !== "ok")
          return void 0;
        return { args: [folio] };
      }
      case "fault": {
        const p = this.pickPage(op.address, op.label, rng);
        if (!p) return void 0;
        const { inst, vma, page } = p.picked;
        return { args: [inst.mm, vma.start + page * PAGE_SIZE, op.write ? 1 : 0] };
      }
      case "move": {
        const flipped = this.flipped[i] && op.src.kind === "pick";
        const srcName = op.src.kind === "pick" ? flipped ? op.dst : op.src.vma : void 0;
        const p = this.pickPage(op.src, op.label, rng, srcName);
        if (!p) return void 0;
        if (p.wrapped && op.flip) this.flipped[i] = !this.flipped[i];
        const { inst, vma: src, page } = p.picked;
        const dstName = op.src.kind === "pick" && flipped ? op.src.vma : op.dst;
        const dst = inst.proc.vmas.find((v) => v.name === dstName);
        if (!dst || inst.ctx === 0) return void 0;
        const n = Math.max(1, Math.min(op.pages, src.pages - page, dst.pages - page));
        return {
          args: [
            inst.ctx,
            dst.start + page * PAGE_SIZE,
            src.start + page * PAGE_SIZE,
            n * PAGE_SIZE,
            op.allowSrcHoles ? MOVE_ALLOW_SRC_HOLES : 0
          ]
        };
      }
      case "mprotect": {
        const v = this.liveVma(op.vma, op.first, rng);
        if (!v) return void 0;
        const before = world.lookupVma(v.mm, v.start - 1, true);
        const prev = before !== 0 && vf(before, "vm_end") === v.start ? before : 0;
        const end = v.start + (op.end - op.first) * PAGE_SIZE;
        return { args: [prev, v.vma, v.start, end, op.vmFlags] };
      }
      case "munmap": {
        const v = this.liveVma(op.vma, 0, rng);
        if (!v) return void 0;
        return { args: [v.mm, v.vma] };
      }
      case "fork": {
        const v = this.liveVma(op.parent, 0, rng);
        if (!v) return void 0;
        const child = world.allocObject("mm_struct");
        const label = op.label;
        const start = vf(v.vma, "vm_start");
        return {
          args: [child, v.mm, v.vma],
          ...label !== void 0 ? {
            onReturn: (ret) => {
              if (ret !== 0) this.remember(this.forks, label, { mm: child, vma: ret, start });
            }
          } : {}
        };
      }
    }
  }
};
function summarize(xs) {
  if (xs.length === 0) return { count: 0, total: 0, p50: 0, p99: 0, max: 0 };
  const s = [...xs].sort((a, b) => a - b);
  const rank = (q) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
  let total = 0;
  for (const x of s) total += x;
  return { count: s.length, total, p50: rank(0.5), p99: rank(0.99), max: s[s.length - 1] };
}
function threadClasses(w, end, atWarmup, poolOfTid) {
  return w.threads.map((pool) => {
    const mine = end.filter((t) => poolOfTid.get(t.tid) === pool.name);
    const sleeps = [];
    let runnable = 0;
    let maxRunnable = 0;
    let running = 0;
    let spinning = 0;
    let sleeping = 0;
    for (const t of mine) {
      const w0 = atWarmup[t.tid];
      const before = w0?.dstateSleeps ?? [];
      let from = before.length;
      if (from > 0 && (t.dstateSleeps[from - 1] ?? 0) > before[from - 1]) from--;
      sleeps.push(...t.dstateSleeps.slice(from));
      runnable += t.time.runnable - (w0?.time.runnable ?? 0);
      running += t.time.running - (w0?.time.running ?? 0);
      spinning += t.time.spinning - (w0?.time.spinning ?? 0);
      sleeping += t.time.sleeping - (w0?.time.sleeping ?? 0);
      maxRunnable = Math.max(maxRunnable, t.maxRunnable);
    }
    return {
      pool: pool.name,
      threads: mine.length,
      dstate: summarize(sleeps),
      runnableNs: runnable,
      maxRunnableNs: maxRunnable,
      cpuNs: running + spinning,
      runningNs: running,
      spinningNs: spinning,
      sleepingNs: sleeping
    };
  });
}
var sortedEntries = (m) => [...m].sort((a, b) => a[0] - b[0]);
function plainReport(r) {
  return {
    now: r.now,
    events: r.events,
    threads: r.threads,
    locks: r.locks.map((l) => ({
      name: l.name,
      kind: l.kind,
      write: l.write,
      read: l.read,
      contentionPoints: sortedEntries(l.contentionPoints),
      contendingPoints: sortedEntries(l.contendingPoints),
      trylocks: sortedEntries(l.trylocks)
    })).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    rcuGracePeriods: r.rcuGracePeriods
  };
}

// src/report/trace.ts
var CPUS_PID = 1;
var THREADS_PID = 2;
var STATE_NAMES = {
  running: "running",
  runnable: "runnable",
  dstate: "D (uninterruptible)",
  sleeping: "sleeping",
  spinning: "spinning"
};
function chromeTrace(events, names, endNs) {
  const out = [];
  const us2 = (ns) => ns / 1e3;
  const meta = (pid, tid, name, value) => out.push({ ph: "M", pid, ...tid !== void 0 ? { tid } : {}, name, args: { name: value } });
  meta(CPUS_PID, void 0, "process_name", "CPUs");
  meta(THREADS_PID, void 0, "process_name", "Threads");
  names.cpus.forEach((n, cpu) => meta(CPUS_PID, cpu, "thread_name", n));
  const seenThreads = /* @__PURE__ */ new Set();
  const onCpu = /* @__PURE__ */ new Map();
  const state = /* @__PURE__ */ new Map();
  const waiting = /* @__PURE__ */ new Set();
  const slice = (pid, tid, name, from, to) => {
    if (to > from) out.push({ ph: "X", pid, tid, name, ts: us2(from), dur: us2(to - from) });
  };
  for (const { e, lockClass } of events) {
    if ("tid" in e && e.tid >= 0 && !seenThreads.has(e.tid)) {
      seenThreads.add(e.tid);
      meta(THREADS_PID, e.tid, "thread_name", names.thread(e.tid));
    }
    switch (e.kind) {
      case "switch": {
        const prev = onCpu.get(e.cpu);
        if (prev) slice(CPUS_PID, e.cpu, names.thread(prev.tid), prev.since, e.time);
        if (e.tid >= 0) onCpu.set(e.cpu, { tid: e.tid, since: e.time });
        else onCpu.delete(e.cpu);
        break;
      }
      case "state": {
        const prev = state.get(e.tid);
        if (prev) slice(THREADS_PID, e.tid, prev.name, prev.since, e.time);
        if (e.state === "off") state.delete(e.tid);
        else state.set(e.tid, { name: STATE_NAMES[e.state] ?? e.state, since: e.time });
        break;
      }
      case "wake":
        out.push({
          ph: "i",
          s: "t",
          pid: THREADS_PID,
          tid: e.tid,
          name: `woken (CPU ${e.cpu})`,
          ts: us2(e.time)
        });
        break;
      case "lock": {
        const id = `${e.tid}:${e.lock}`;
        const base = { pid: THREADS_PID, tid: e.tid, cat: "lock", id, ts: us2(e.time) };
        const cls = lockClass ?? `lock ${e.lock}`;
        switch (e.what) {
          case "contended":
            waiting.add(id);
            out.push({ ...base, ph: "b", name: `wait ${cls}` });
            break;
          case "acquired":
            if (waiting.delete(id)) out.push({ ...base, ph: "e", name: `wait ${cls}` });
            out.push({ ...base, ph: "b", name: `hold ${cls}` });
            break;
          case "released":
            out.push({ ...base, ph: "e", name: `hold ${cls}` });
            break;
          case "trylock_failed":
            out.push({
              ph: "i",
              s: "t",
              pid: THREADS_PID,
              tid: e.tid,
              name: `trylock failed ${cls}`,
              ts: us2(e.time)
            });
            break;
        }
        break;
      }
    }
  }
  for (const [cpu, r] of onCpu) slice(CPUS_PID, cpu, names.thread(r.tid), r.since, endNs);
  for (const [tid, r] of state) slice(THREADS_PID, tid, r.name, r.since, endNs);
  return { traceEvents: out, displayTimeUnit: "ns" };
}

// src/workload/entries.ts
var OP_PARAMS = {
  // shrink_folio_list_one, shrink_active_folio, damon_folio_young/mkold, page_idle_clear_pte_refs
  folio: ["struct folio *"],
  // do_page_fault(mm, addr, write)
  fault: ["struct mm_struct *", "unsigned long", "bool"],
  // move_pages(ctx, dst_start, src_start, len, mode)
  move: ["struct userfaultfd_ctx *", "unsigned long", "unsigned long", "unsigned long", "int"],
  // do_mprotect_pkey(prev, vma, start, end, newflags)
  mprotect: [
    "struct vm_area_struct *",
    "struct vm_area_struct *",
    "unsigned long",
    "unsigned long",
    "unsigned long"
  ],
  // do_munmap(mm, vma)
  munmap: ["struct mm_struct *", "struct vm_area_struct *"],
  // dup_mmap_one(mm, oldmm, mpnt): returns the child's VMA for a later same_as
  fork: ["struct mm_struct *", "struct mm_struct *", "struct vm_area_struct *"]
};
function entryLookup(ir) {
  return (name) => {
    const i = ir.byName.get(name);
    return i === void 0 ? void 0 : ir.functions[i].sig;
  };
}
function checkEntries(w, policy, lookup) {
  const out = [];
  for (const pool of w.threads)
    for (const op of pool.ops) {
      const sig = lookup(op.call);
      const want = OP_PARAMS[op.kind];
      if (!sig) {
        out.push({
          file: w.file,
          line: op.line,
          message: `policy ${policy} has no function '${op.call}'`
        });
        continue;
      }
      const got = sig.params.map(typeName);
      if (got.length !== want.length || got.some((t, i) => t !== want[i]))
        out.push({
          file: w.file,
          line: op.line,
          message: `'${op.call}' in ${policy} takes (${got.join(", ")}); a ${op.kind} op passes (${want.join(", ")})`
        });
      else if (op.kind === "fork" && typeName(sig.ret) !== "struct vm_area_struct *")
        out.push({
          file: w.file,
          line: op.line,
          message: `'${op.call}' must return the child's struct vm_area_struct * for a fork op`
        });
    }
  return out;
}
function checkMachine(w, m) {
  const names = m.clusters.map((c2) => c2.name);
  const out = [];
  for (const pool of w.threads) {
    if (pool.affinity === "any") continue;
    for (const c2 of pool.affinity)
      if (!names.includes(c2))
        out.push({
          file: w.file,
          line: pool.affinityLine,
          message: `pool '${pool.name}': machine ${m.name} has no cluster '${c2}' (clusters: ${names.join(", ")})`
        });
  }
  return out;
}

// src/workload/errors.ts
function formatInputDiagnostic(d) {
  return `${d.file}:${d.line}: ${d.message}`;
}
var InputError = class extends Error {
  constructor(diagnostics) {
    super(diagnostics.map(formatInputDiagnostic).join("\n"));
    this.diagnostics = diagnostics;
  }
  diagnostics;
  name = "InputError";
};

// workloads/schema/machine.schema.json
var machine_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/lockbench/lockbench/workloads/schema/machine.schema.json",
  title: "lockbench machine",
  description: "A simulated arm64 machine: clusters of cores and the costs the engine charges. Times in nanoseconds, frequencies in MHz. Cite a source for every number in a comment.",
  type: "object",
  additionalProperties: false,
  required: ["name", "description", "hz", "clusters", "interconnect", "memory", "sched", "tlb", "pte"],
  properties: {
    name: {
      description: "Machine id, the file name without .yaml.",
      type: "string",
      pattern: "^[a-z0-9][a-z0-9-]*$"
    },
    description: { description: "One line for reports.", type: "string", minLength: 1 },
    hz: {
      description: "CONFIG_HZ: scheduler ticks per second (a jiffy is 1/hz s).",
      type: "integer",
      enum: [100, 250, 300, 1e3]
    },
    clusters: {
      description: "Clusters of identical cores, in CPU number order.",
      type: "array",
      minItems: 1,
      items: { $ref: "#/definitions/cluster" }
    },
    interconnect: {
      type: "object",
      additionalProperties: false,
      required: ["cross_cluster_ns"],
      properties: {
        cross_cluster_ns: {
          description: "One-way cache-line transfer between cores of different clusters.",
          $ref: "#/definitions/ns"
        },
        pairs: {
          description: "Cluster pairs with their own cross-cluster transfer figure.",
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["clusters", "ns"],
            properties: {
              clusters: {
                type: "array",
                items: { type: "string" },
                minItems: 2,
                maxItems: 2
              },
              ns: { $ref: "#/definitions/ns" }
            }
          }
        }
      }
    },
    memory: {
      type: "object",
      additionalProperties: false,
      required: ["l1_hit_ns", "lse_atomics", "uncontended_atomic_ns"],
      properties: {
        l1_hit_ns: { description: "Plain load/store hitting the local L1.", $ref: "#/definitions/ns" },
        lse_atomics: {
          description: "ARMv8.1 LSE atomics; false means LL/SC exclusive loops.",
          type: "boolean"
        },
        uncontended_atomic_ns: {
          description: "Atomic read-modify-write on a line this CPU already owns.",
          $ref: "#/definitions/ns"
        }
      }
    },
    sched: {
      type: "object",
      additionalProperties: false,
      required: ["base_slice_ns"],
      properties: {
        base_slice_ns: {
          description: "EEVDF sysctl_sched_base_slice (the time slice).",
          type: "number",
          exclusiveMinimum: 0
        }
      }
    },
    tlb: {
      type: "object",
      additionalProperties: false,
      required: ["flush_ns", "flush_per_page_ns"],
      properties: {
        flush_ns: { description: "One broadcast TLBI + DSB.", $ref: "#/definitions/ns" },
        flush_per_page_ns: { description: "Extra per page of a ranged flush.", $ref: "#/definitions/ns" }
      }
    },
    pte: {
      type: "object",
      additionalProperties: false,
      required: ["hw_access_flag", "access_flag_fault_ns"],
      properties: {
        hw_access_flag: {
          description: "ARMv8.1 HAFDBS: hardware sets the PTE access flag.",
          type: "boolean"
        },
        access_flag_fault_ns: {
          description: "An access-flag fault, paid when hw_access_flag is false.",
          $ref: "#/definitions/ns"
        }
      }
    }
  },
  definitions: {
    ns: { type: "number", minimum: 0 },
    cluster: {
      type: "object",
      additionalProperties: false,
      required: [
        "name",
        "cores",
        "freq_mhz",
        "capacity",
        "line_transfer_ns",
        "wakeup_same_cpu_ns",
        "wakeup_cross_cpu_ns",
        "context_switch_ns"
      ],
      properties: {
        name: { type: "string", pattern: "^[a-z0-9][a-z0-9_-]*$" },
        cores: { type: "integer", minimum: 1, maximum: 1024 },
        freq_mhz: { description: "Maximum core frequency.", type: "number", exclusiveMinimum: 0 },
        capacity: {
          description: "Linux CPU capacity at max frequency, 1..1024; 1024 for the fastest core.",
          type: "integer",
          minimum: 1,
          maximum: 1024
        },
        line_transfer_ns: {
          description: "One-way cache-line transfer between two cores of this cluster.",
          $ref: "#/definitions/ns"
        },
        wakeup_same_cpu_ns: {
          description: "Wake-up to runnable when waker and wakee share a CPU of this cluster.",
          $ref: "#/definitions/ns"
        },
        wakeup_cross_cpu_ns: {
          description: "Wake-up to runnable on another CPU of this cluster (IPI, idle exit).",
          $ref: "#/definitions/ns"
        },
        context_switch_ns: { description: "One context switch on this cluster.", $ref: "#/definitions/ns" }
      }
    }
  }
};

// src/workload/yaml.ts
var import_ajv = __toESM(require_ajv(), 1);
var import_yaml = __toESM(require_dist(), 1);
var YamlFile = class {
  constructor(file, doc, lc) {
    this.file = file;
    this.doc = doc;
    this.lc = lc;
  }
  file;
  doc;
  lc;
  lineOf(offset) {
    return offset === void 0 ? 1 : this.lc.linePos(offset).line;
  }
  node(path) {
    const n = path.length === 0 ? this.doc.contents : this.doc.getIn(path, true);
    return n ?? void 0;
  }
  /** The key node of `key` in the map at `path` (to point at a field rather than its value). */
  key(path, key) {
    const m = this.node(path);
    if (!(0, import_yaml.isMap)(m)) return void 0;
    for (const item of m.items) {
      if ((0, import_yaml.isPair)(item) && (0, import_yaml.isScalar)(item.key) && item.key.value === key) return item.key;
    }
    return void 0;
  }
  /**
   * The line of the value at `path`. A map value is reported at its key's
   * line, since a block sequence or map starts on the line below its key.
   */
  at(path) {
    const last = path[path.length - 1];
    const key = typeof last === "string" ? this.key(path.slice(0, -1), last) : void 0;
    return this.lineOf((key ?? this.node(path))?.range?.[0]);
  }
  diag(path, message) {
    return { file: this.file, line: this.at(path), message };
  }
};
function parseAndValidate(path, text, validate3, opts) {
  const lc = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const yaml = new YamlFile(path, doc, lc);
  const diags = [];
  for (const e of [...doc.errors, ...doc.warnings])
    diags.push({ file: path, line: yaml.lineOf(e.pos[0]), message: e.message.split("\n")[0] });
  if (diags.length > 0) return { ok: false, diagnostics: diags };
  const data = doc.toJS();
  if (!validate3(data)) {
    const errors = collapseOneOf(validate3.errors ?? []);
    for (const e of errors) diags.push(schemaDiagnostic(yaml, e, opts));
    return { ok: false, diagnostics: dedupe(diags) };
  }
  return { ok: true, yaml, data };
}
function validatorFor(schema) {
  let v;
  return () => {
    v ??= new import_ajv.Ajv({ allErrors: true, strict: true }).compile(schema);
    return v;
  };
}
function collapseOneOf(errors) {
  const failed = errors.filter((e) => e.keyword === "oneOf").map((e) => e.instancePath);
  const deeper = (p) => errors.some((e) => e.instancePath.startsWith(`${p}/`));
  return errors.filter((e) => {
    const p = failed.find((f2) => e.instancePath === f2 || e.instancePath.startsWith(`${f2}/`));
    if (p === void 0) return true;
    if (deeper(p)) return e.instancePath !== p;
    return e.keyword === "oneOf" && e.instancePath === p;
  });
}
function schemaDiagnostic(yaml, e, opts) {
  const path = e.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
  const where = path.length > 0 ? path.join(".") : opts.root;
  const forms = opts.forms ?? {};
  const p = e.params;
  const line = (n) => yaml.lineOf(n?.range?.[0]);
  switch (e.keyword) {
    case "required":
      return {
        file: yaml.file,
        line: line(yaml.node(path)),
        message: `${where}: missing required field '${String(p.missingProperty)}'`
      };
    case "additionalProperties": {
      const k = String(p.additionalProperty);
      return {
        file: yaml.file,
        line: line(yaml.key(path, k) ?? yaml.node(path)),
        message: `${where}: unknown field '${k}'`
      };
    }
    case "enum":
      return {
        file: yaml.file,
        line: line(yaml.node(path)),
        message: `${where}: must be one of ${p.allowedValues.join(", ")}`
      };
    case "oneOf": {
      const def = /#\/definitions\/([^/]+)\/oneOf$/.exec(e.schemaPath)?.[1] ?? "";
      const form = forms[def] ?? forms[String(path[path.length - 1])];
      return {
        file: yaml.file,
        line: line(yaml.node(path)),
        message: `${where}: ${form ? `must be ${form}` : e.message ?? "has the wrong form"}`
      };
    }
    default:
      return {
        file: yaml.file,
        line: line(yaml.node(path)),
        message: `${where}: ${e.message ?? e.keyword}`
      };
  }
}
function dedupe(ds) {
  const seen = /* @__PURE__ */ new Set();
  return ds.filter((d) => {
    const k = `${d.line}\0${d.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  }).sort((a, b) => a.line - b.line);
}
function baseName(path) {
  return path.split(/[\\/]/).pop() ?? path;
}

// src/workload/machine.ts
var validate = validatorFor(machine_schema_default);
function parseMachine(path, text) {
  const parsed = parseAndValidate(path, text, validate(), { root: "machine" });
  if (!parsed.ok) return parsed;
  const f2 = parsed.data;
  const diags = [];
  const at = (p) => parsed.yaml.at(p);
  const names = /* @__PURE__ */ new Set();
  f2.clusters.forEach((c2, i) => {
    if (names.has(c2.name))
      diags.push({
        file: path,
        line: at(["clusters", i, "name"]),
        message: `duplicate cluster name '${c2.name}'`
      });
    names.add(c2.name);
    if (c2.wakeup_cross_cpu_ns < c2.wakeup_same_cpu_ns)
      diags.push({
        file: path,
        line: at(["clusters", i, "wakeup_cross_cpu_ns"]),
        message: `cluster '${c2.name}': cross-CPU wake-up (${c2.wakeup_cross_cpu_ns} ns) is faster than same-CPU (${c2.wakeup_same_cpu_ns} ns)`
      });
  });
  const base = baseName(path);
  if (base.endsWith(".yaml") && base !== `${f2.name}.yaml`)
    diags.push({
      file: path,
      line: at(["name"]),
      message: `name '${f2.name}' does not match the file name '${base}'`
    });
  if (!f2.clusters.some((c2) => c2.capacity === 1024))
    diags.push({
      file: path,
      line: at(["clusters"]),
      message: "no cluster has capacity 1024; Linux normalises the fastest core to 1024"
    });
  (f2.interconnect.pairs ?? []).forEach((p, i) => {
    const [a, b] = p.clusters;
    for (const [k, n] of [a, b].entries())
      if (!names.has(n))
        diags.push({
          file: path,
          line: at(["interconnect", "pairs", i, "clusters", k]),
          message: `unknown cluster '${n}' (clusters: ${[...names].join(", ")})`
        });
    if (a === b)
      diags.push({
        file: path,
        line: at(["interconnect", "pairs", i, "clusters"]),
        message: `a pair needs two different clusters; use line_transfer_ns of '${a}' for its own cores`
      });
  });
  if (diags.length > 0) return { ok: false, diagnostics: diags };
  const clusters = f2.clusters.map((c2) => ({
    name: c2.name,
    cores: c2.cores,
    freqMHz: c2.freq_mhz,
    capacity: c2.capacity,
    lineTransferNs: c2.line_transfer_ns,
    wakeupSameCpuNs: c2.wakeup_same_cpu_ns,
    wakeupCrossCpuNs: c2.wakeup_cross_cpu_ns,
    contextSwitchNs: c2.context_switch_ns
  }));
  return {
    ok: true,
    machine: {
      name: f2.name,
      description: f2.description,
      hz: f2.hz,
      clusters,
      crossClusterNs: f2.interconnect.cross_cluster_ns,
      clusterPairs: (f2.interconnect.pairs ?? []).map((p) => ({
        a: p.clusters[0],
        b: p.clusters[1],
        ns: p.ns
      })),
      l1HitNs: f2.memory.l1_hit_ns,
      lse: f2.memory.lse_atomics,
      atomicNs: f2.memory.uncontended_atomic_ns,
      baseSliceNs: f2.sched.base_slice_ns,
      tlbFlushNs: f2.tlb.flush_ns,
      tlbFlushPerPageNs: f2.tlb.flush_per_page_ns,
      hwAccessFlag: f2.pte.hw_access_flag,
      accessFlagFaultNs: f2.pte.access_flag_fault_ns
    }
  };
}
function loadMachine(path, text) {
  const r = parseMachine(path, text);
  if (!r.ok) throw new InputError(r.diagnostics);
  return r.machine;
}

// src/workload/matrix.ts
function seedList(seeds) {
  if (typeof seeds !== "number") return seeds;
  if (!Number.isInteger(seeds) || seeds < 1)
    throw new RangeError(`seeds must be a positive integer, got ${seeds}`);
  return Array.from({ length: seeds }, (_, k) => k + 1);
}
function matrix(spec) {
  const seeds = seedList(spec.seeds);
  unique("policy", spec.policies);
  unique(
    "workload",
    spec.workloads.map((w) => w.name)
  );
  unique("seed", seeds.map(String));
  if (spec.machines) unique("machine", spec.machines);
  const cells = [];
  for (const w of spec.workloads)
    for (const machine of spec.machines ?? w.machines)
      for (const seed of seeds)
        for (const policy of spec.policies)
          cells.push({
            id: `${w.name}:${machine}:${seed}:${policy}`,
            policy,
            workload: w.name,
            machine,
            seed
          });
  return cells;
}
function shard(cells, i, n) {
  if (!Number.isInteger(n) || n < 1)
    throw new RangeError(`shard count must be a positive integer, got ${n}`);
  if (!Number.isInteger(i) || i < 0 || i >= n)
    throw new RangeError(`shard index must be in 0..${n - 1}, got ${i}`);
  const out = [];
  let group = -1;
  let key = "";
  for (const c2 of cells) {
    const k = `${c2.workload}:${c2.machine}:${c2.seed}`;
    if (k !== key) {
      group++;
      key = k;
    }
    if (group % n === i) out.push(c2);
  }
  return out;
}
function unique(what, names) {
  const seen = /* @__PURE__ */ new Set();
  for (const n of names) {
    if (seen.has(n)) throw new RangeError(`${what} '${n}' is given twice`);
    seen.add(n);
  }
}

// workloads/schema/workload.schema.json
var workload_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/lockbench/lockbench/workloads/schema/workload.schema.json",
  title: "lockbench workload",
  description: "A simulated workload: a process tree forked from a common parent (so anon_vma trees have realistic depth and width), its VMAs and faulted pages, and thread pools that call policy entry functions in a loop. Times in virtual ms (duration) and us (think/work). docs/workloads.md is the reference.",
  type: "object",
  additionalProperties: false,
  required: ["name", "description", "machines", "duration_ms", "processes", "threads"],
  properties: {
    name: {
      description: "Workload id, the file name without .yaml.",
      type: "string",
      pattern: "^[a-z0-9][a-z0-9-]*$"
    },
    description: { description: "One line for reports.", type: "string", minLength: 1 },
    machines: {
      description: "Default machines (names of workloads/machines/*.yaml) this workload runs on unless the matrix is given others.",
      type: "array",
      minItems: 1,
      items: { type: "string", pattern: "^[a-z0-9][a-z0-9-]*$" }
    },
    duration_ms: {
      description: "Simulated time per run, virtual milliseconds, warm-up included.",
      type: "number",
      exclusiveMinimum: 0
    },
    warmup_ms: {
      description: "Leading virtual milliseconds left out of the metrics (caches, run queues and lock queues settle). Default 0; less than duration_ms.",
      type: "number",
      minimum: 0
    },
    processes: {
      description: "The process tree in creation order: roots first (no fork_from), then children forked from a process declared above them.",
      type: "array",
      minItems: 1,
      items: { $ref: "#/definitions/process" }
    },
    threads: {
      description: "Thread pools. A pool with a process has `count` threads in every instance of it; a pool without one is `count` kernel threads (kswapd, kdamond).",
      type: "array",
      minItems: 1,
      items: { $ref: "#/definitions/thread" }
    }
  },
  definitions: {
    ident: { type: "string", pattern: "^[a-z][a-z0-9_]*$" },
    fraction: { type: "number", minimum: 0, maximum: 1 },
    process: {
      type: "object",
      additionalProperties: false,
      required: ["name"],
      properties: {
        name: { description: "Process name, unique in the workload.", $ref: "#/definitions/ident" },
        fork_from: {
          description: "The parent process, declared above. Each of its instances forks `count` children (dup_mmap_one per VMA not marked dontfork).",
          $ref: "#/definitions/ident"
        },
        count: {
          description: "Instances per parent instance (a root process: instances in all). Default 1.",
          type: "integer",
          minimum: 1,
          maximum: 4096
        },
        inherit: {
          description: "What the child does at setup with VMAs it inherited (by name). Unlisted inherited VMAs start empty: the model's fork copies no PTEs.",
          type: "array",
          items: { $ref: "#/definitions/inherit" }
        },
        vmas: {
          description: "The process's own anonymous VMAs, mapped after the fork.",
          type: "array",
          items: { $ref: "#/definitions/vma" }
        }
      }
    },
    inherit: {
      type: "object",
      additionalProperties: false,
      required: ["vma"],
      properties: {
        vma: { description: "An inherited VMA's name.", $ref: "#/definitions/ident" },
        shared: {
          description: "Fraction of the parent's mapped pages still shared copy-on-write with it (read-only in both, mapcount > 1), as copy_page_range leaves them. Default 0.",
          $ref: "#/definitions/fraction"
        },
        private: {
          description: "Fraction of the VMA's pages the child has written since the fork: exclusive to it, under its own anon_vma (same root as the parent's). Default 0; shared + private <= 1.",
          $ref: "#/definitions/fraction"
        },
        flags: {
          description: "The child's copy gets these flags instead of the parent's (set after fork, before the run: UFFDIO_REGISTER, MADV_DONTFORK, mlock). Its descendants inherit them.",
          type: "array",
          uniqueItems: true,
          items: { enum: ["read", "write", "exec", "uffd", "dontfork", "locked"] }
        }
      }
    },
    vma: {
      type: "object",
      additionalProperties: false,
      required: ["name", "pages"],
      properties: {
        name: { description: "VMA name, unique in the process (inherited ones included).", $ref: "#/definitions/ident" },
        pages: {
          description: "Size in 4 KiB pages.",
          type: "integer",
          minimum: 1,
          maximum: 262144
        },
        flags: {
          description: "read (always implied), write (VM_WRITE|VM_MAYWRITE), exec, uffd (registered with the process's userfaultfd, VM_UFFD_MISSING), dontfork (MADV_DONTFORK: VM_DONTCOPY), locked (mlock: VM_LOCKED).",
          type: "array",
          uniqueItems: true,
          items: { enum: ["read", "write", "exec", "uffd", "dontfork", "locked"] }
        },
        faulted: {
          description: "Fraction of its pages the owner write-faults at setup (fresh exclusive anon folios). Default 0.",
          $ref: "#/definitions/fraction"
        }
      }
    },
    thread: {
      type: "object",
      additionalProperties: false,
      required: ["name", "loop"],
      properties: {
        name: { description: "Pool name, unique in the workload; reports group threads by it.", $ref: "#/definitions/ident" },
        process: {
          description: "The process whose every instance runs `count` of these threads; omit for kernel threads.",
          $ref: "#/definitions/ident"
        },
        count: {
          description: "Threads per process instance (kernel threads: in all). Default 1.",
          type: "integer",
          minimum: 1,
          maximum: 1024
        },
        nice: {
          description: "Nice value -20..19 (sched_prio_to_weight). Default 0.",
          type: "integer",
          minimum: -20,
          maximum: 19
        },
        affinity: {
          description: "Cluster names of the machine the threads may run on, or 'any'. Default any.",
          oneOf: [
            { const: "any" },
            { type: "array", minItems: 1, uniqueItems: true, items: { type: "string" } }
          ]
        },
        order: {
          description: "weighted: each iteration draws one op by weight from the thread's PRNG. sequence: the ops in turn. Default weighted.",
          enum: ["weighted", "sequence"]
        },
        think: {
          description: "Default sleep after each call, for ops without their own.",
          $ref: "#/definitions/dist"
        },
        work: {
          description: "Default on-CPU work after each call, for ops without their own.",
          $ref: "#/definitions/dist"
        },
        loop: {
          description: "The calls this thread makes, forever.",
          type: "array",
          minItems: 1,
          items: { $ref: "#/definitions/op" }
        }
      }
    },
    op: {
      description: "One policy call. The entry is `call`; its arguments are chosen by the keys present: folio (f(struct folio *)), address+write (a fault), src+dst+pages (UFFDIO_MOVE), vma+range+flags (mprotect), vma alone (munmap), parent_vma (fork one VMA).",
      type: "object",
      additionalProperties: false,
      required: ["call"],
      properties: {
        call: { description: "A policy entry function.", type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_]*$" },
        label: { description: "Names this op's pick for same_as in later ops of this thread.", $ref: "#/definitions/ident" },
        weight: { description: "Relative frequency (order: weighted). Default 1.", type: "number", exclusiveMinimum: 0 },
        think: { description: "Sleep after the call (interruptible: not D-state).", $ref: "#/definitions/dist" },
        work: { description: "On-CPU work after the call (user code between calls).", $ref: "#/definitions/dist" },
        folio: { description: "The folio mapped at a picked page (f(struct folio *)).", $ref: "#/definitions/page" },
        address: { description: "The faulting page (do_page_fault(mm, addr, write)).", $ref: "#/definitions/page" },
        write: { description: "A write fault (COW, do_wp_page reuse) rather than a read. Default false.", type: "boolean" },
        src: { description: "UFFDIO_MOVE source: the first page moved.", $ref: "#/definitions/page" },
        dst: { description: "UFFDIO_MOVE destination VMA, same process as src; pages land at src's page index.", $ref: "#/definitions/dst" },
        pages: { description: "UFFDIO_MOVE length in pages. Default 1.", type: "integer", minimum: 1, maximum: 512 },
        mode: {
          description: "UFFDIO_MOVE mode bits.",
          type: "array",
          uniqueItems: true,
          items: { enum: ["allow_src_holes"] }
        },
        flip: {
          description: "When the sequential src pick wraps, src and dst swap (a semi-space flip: the next GC cycle compacts back).",
          type: "boolean"
        },
        vma: { description: "The VMA to mprotect (with range and flags) or munmap (alone).", $ref: "#/definitions/vmaref" },
        range: {
          description: "mprotect: [first, end) page indexes within the VMA's declared extent.",
          type: "array",
          items: { type: "integer", minimum: 0 },
          minItems: 2,
          maxItems: 2
        },
        flags: {
          description: "mprotect: the new protection.",
          type: "array",
          uniqueItems: true,
          items: { enum: ["read", "write", "exec"] }
        },
        parent_vma: {
          description: "fork: dup_mmap_one(new child mm, the VMA's mm, the VMA); label it to munmap the copy later.",
          $ref: "#/definitions/vmaref"
        }
      }
    },
    page: {
      description: "A page: {vma, process?, pick, stripe?} or {same_as: label, ago?}. Without process, the thread's own process instance.",
      type: "object",
      additionalProperties: false,
      properties: {
        vma: { $ref: "#/definitions/ident" },
        process: { description: "Pick from any instance of this process (uniformly per call).", $ref: "#/definitions/ident" },
        pick: { $ref: "#/definitions/pick" },
        stripe: {
          description: "Sequential picks with the same stripe name divide the pages among their threads (default: the pool's threads divide each VMA they walk): thread k of n takes k, k+n, ...",
          $ref: "#/definitions/ident"
        },
        same_as: { description: "The page the op with this label picked.", $ref: "#/definitions/ident" },
        ago: { description: "Its n-th most recent pick (1: the latest). Default 1.", type: "integer", minimum: 1, maximum: 1e5 }
      }
    },
    dst: {
      type: "object",
      additionalProperties: false,
      required: ["vma"],
      properties: { vma: { $ref: "#/definitions/ident" } }
    },
    vmaref: {
      description: "A VMA: {vma, process?} (the live VMA covering its first page at call time) or {same_as: label, ago?} (a VMA a fork op created).",
      type: "object",
      additionalProperties: false,
      properties: {
        vma: { $ref: "#/definitions/ident" },
        process: { $ref: "#/definitions/ident" },
        same_as: { $ref: "#/definitions/ident" },
        ago: { type: "integer", minimum: 1, maximum: 1e5 }
      }
    },
    pick: {
      description: "uniform | sequential | {zipf: s} (page i drawn with weight 1/(i+1)^s: hot pages first).",
      oneOf: [
        { enum: ["uniform", "sequential"] },
        {
          type: "object",
          additionalProperties: false,
          required: ["zipf"],
          properties: { zipf: { type: "number", exclusiveMinimum: 0, maximum: 10 } }
        }
      ]
    },
    dist: {
      description: "{fixed_us: t} | {exp: {mean_us: m}} | {uniform_us: [a, b]}",
      oneOf: [
        {
          type: "object",
          additionalProperties: false,
          required: ["fixed_us"],
          properties: { fixed_us: { type: "number", minimum: 0 } }
        },
        {
          type: "object",
          additionalProperties: false,
          required: ["exp"],
          properties: {
            exp: {
              type: "object",
              additionalProperties: false,
              required: ["mean_us"],
              properties: { mean_us: { type: "number", exclusiveMinimum: 0 } }
            }
          }
        },
        {
          type: "object",
          additionalProperties: false,
          required: ["uniform_us"],
          properties: {
            uniform_us: {
              type: "array",
              items: { type: "number", minimum: 0 },
              minItems: 2,
              maxItems: 2
            }
          }
        }
      ]
    }
  }
};

// src/workload/workload.ts
var validate2 = validatorFor(workload_schema_default);
var FORMS = {
  pick: "uniform, sequential or {zipf: s}",
  dist: "{fixed_us: t}, {exp: {mean_us: m}} or {uniform_us: [a, b]}",
  affinity: "'any' or a list of cluster names"
};
var bit = (name) => CONSTANTS.find((c2) => c2.name === name).value;
var VM_READ2 = bit("VM_READ");
var VM_WRITE2 = bit("VM_WRITE");
var VM_EXEC2 = bit("VM_EXEC");
var VM_PROT2 = VM_READ2 | VM_WRITE2 | VM_EXEC2;
var FLAG_BITS = {
  read: VM_READ2,
  write: VM_WRITE2,
  exec: VM_EXEC2,
  uffd: bit("VM_UFFD_MISSING"),
  dontfork: bit("VM_DONTCOPY"),
  locked: bit("VM_LOCKED")
};
function vmFlagsOf(flags) {
  return flags.reduce((w, f2) => w | FLAG_BITS[f2], VM_READ2 | bit("VM_MAYWRITE"));
}
var PRIMARY = [
  ["folio", "folio"],
  ["address", "fault"],
  ["src", "move"],
  ["dst", "move"],
  ["range", "mprotect"],
  ["flags", "mprotect"],
  ["parent_vma", "fork"]
];
var ARGS = {
  folio: ["folio"],
  fault: ["address", "write"],
  move: ["src", "dst", "pages", "mode", "flip"],
  mprotect: ["vma", "range", "flags"],
  munmap: ["vma"],
  fork: ["parent_vma"]
};
var COMMON = ["call", "label", "weight", "think", "work"];
function parseWorkload(path, text) {
  const parsed = parseAndValidate(path, text, validate2(), { root: "workload", forms: FORMS });
  if (!parsed.ok) return parsed;
  return new Resolver(parsed.yaml, parsed.data).resolve();
}
function loadWorkload(path, text) {
  const r = parseWorkload(path, text);
  if (!r.ok) throw new InputError(r.diagnostics);
  return r.workload;
}
var Resolver = class {
  constructor(yaml, f2) {
    this.yaml = yaml;
    this.f = f2;
  }
  yaml;
  f;
  diags = [];
  procs = /* @__PURE__ */ new Map();
  /**
   * Processes whose definition had an error (unknown parent, bad inherit):
   * references into them are not checked, since their VMAs are not known
   * for sure and each reference would repeat the one mistake.
   */
  broken = /* @__PURE__ */ new Set();
  err(path, message) {
    this.diags.push(this.yaml.diag(path, message));
  }
  resolve() {
    const f2 = this.f;
    const base = baseName(this.yaml.file);
    if (base.endsWith(".yaml") && base !== `${f2.name}.yaml`)
      this.err(["name"], `name '${f2.name}' does not match the file name '${base}'`);
    const warmup = f2.warmup_ms ?? 0;
    if (warmup >= f2.duration_ms)
      this.err(
        ["warmup_ms"],
        `warm-up (${warmup} ms) must be shorter than the duration (${f2.duration_ms} ms)`
      );
    f2.machines.forEach((m, i) => {
      if (f2.machines.indexOf(m) !== i) this.err(["machines", i], `machine '${m}' is listed twice`);
    });
    f2.processes.forEach((p, i) => this.process(p, i));
    const threads = this.threads();
    if (this.diags.length > 0)
      return { ok: false, diagnostics: [...this.diags].sort((a, b) => a.line - b.line) };
    return {
      ok: true,
      workload: {
        file: this.yaml.file,
        name: f2.name,
        description: f2.description,
        machines: f2.machines,
        machinesLine: this.yaml.at(["machines"]),
        durationNs: f2.duration_ms * 1e6,
        warmupNs: warmup * 1e6,
        processes: [...this.procs.values()],
        threads
      }
    };
  }
  // --- processes -------------------------------------------------------------------------
  process(p, i) {
    const at = ["processes", i];
    if (this.procs.has(p.name)) {
      this.err([...at, "name"], `duplicate process '${p.name}'`);
      return;
    }
    let inherited = [];
    let brk = FIRST_VMA;
    if (p.fork_from !== void 0) {
      const parent = this.procs.get(p.fork_from);
      if (parent) {
        inherited = parent.vmas.filter((v) => !v.flags.includes("dontfork"));
        brk = parent.brk;
      } else {
        this.err([...at, "fork_from"], this.unknownParent(p, i));
        this.broken.add(p.name);
      }
    } else if (p.inherit !== void 0) {
      this.err(
        [...at, "inherit"],
        `process '${p.name}' is a root: it inherits nothing (add fork_from)`
      );
    }
    const names = new Set(inherited.map((v) => v.name));
    const own = [];
    (p.vmas ?? []).forEach((v, j) => {
      if (names.has(v.name)) {
        const how = inherited.some((x) => x.name === v.name) ? " (inherited from its parent)" : "";
        this.err(
          [...at, "vmas", j, "name"],
          `process '${p.name}' already has a VMA '${v.name}'${how}`
        );
        return;
      }
      names.add(v.name);
      const flags = v.flags ?? [];
      const { start, next } = place(brk, v.pages);
      brk = next;
      own.push({
        name: v.name,
        pages: v.pages,
        start,
        flags,
        vmFlags: vmFlagsOf(flags),
        faulted: v.faulted ?? 0,
        owner: p.name
      });
    });
    const inherit = [];
    (p.inherit ?? []).forEach((h, j) => {
      const hat = [...at, "inherit", j];
      const parent = p.fork_from !== void 0 ? this.procs.get(p.fork_from) : void 0;
      if (!parent) return;
      if (!inherited.some((v) => v.name === h.vma)) {
        const dontfork = parent.vmas.some((v) => v.name === h.vma);
        this.err(
          [...hat, "vma"],
          dontfork ? `VMA '${h.vma}' of '${parent.name}' is dontfork: a child does not inherit it` : `'${parent.name}' has no VMA '${h.vma}' to inherit (${list(inherited.map((v) => v.name))})`
        );
        this.broken.add(p.name);
        return;
      }
      if (inherit.some((x) => x.vma === h.vma)) {
        this.err([...hat, "vma"], `VMA '${h.vma}' is listed twice`);
        return;
      }
      const shared = h.shared ?? 0;
      const priv = h.private ?? 0;
      if (shared + priv > 1 + 1e-9)
        this.err(hat, `shared (${shared}) + private (${priv}) is more than all of VMA '${h.vma}'`);
      inherit.push({ vma: h.vma, shared, private: priv, flags: h.flags });
      if (h.flags) {
        const flags = h.flags;
        inherited = inherited.map(
          (v) => v.name === h.vma ? { ...v, flags, vmFlags: vmFlagsOf(flags) } : v
        );
      }
    });
    const vmas = [...inherited, ...own];
    if (brk - PMD_SIZE > MM_ADDRESS_SPACE)
      this.err(
        [...at, "vmas"],
        `process '${p.name}' needs ${Math.ceil((brk - PMD_SIZE) / 2 ** 20)} MiB of address space with its VMAs PMD-aligned; the model's mm has ${MM_ADDRESS_SPACE / 2 ** 20} MiB`
      );
    this.procs.set(p.name, {
      name: p.name,
      parent: p.fork_from,
      count: p.count ?? 1,
      inherit,
      vmas,
      brk,
      uffd: vmas.some((v) => v.flags.includes("uffd")),
      line: this.yaml.at([...at, "name"])
    });
  }
  unknownParent(p, i) {
    const later = this.f.processes.findIndex((q, j) => j > i && q.name === p.fork_from);
    if (p.fork_from === p.name) return `process '${p.name}' cannot fork from itself`;
    if (later >= 0)
      return `fork_from '${p.fork_from}' must name a process declared above '${p.name}' (parents are created first)`;
    return `unknown process '${p.fork_from}' (processes: ${list([...this.procs.keys()])})`;
  }
  // --- threads ---------------------------------------------------------------------------
  threads() {
    const pools = [];
    const seen = /* @__PURE__ */ new Set();
    this.f.threads.forEach((t, i) => {
      const at = ["threads", i];
      if (seen.has(t.name)) this.err([...at, "name"], `duplicate thread pool '${t.name}'`);
      seen.add(t.name);
      if (t.process !== void 0 && !this.procs.has(t.process)) {
        this.err(
          [...at, "process"],
          `unknown process '${t.process}' (processes: ${list([...this.procs.keys()])})`
        );
        return;
      }
      pools.push(new PoolResolver(this, t, at).resolve());
    });
    this.checkStripes(pools);
    return pools;
  }
  /** Threads striping one sequence of pages must agree on which pages. */
  checkStripes(pools) {
    const owner = /* @__PURE__ */ new Map();
    pools.forEach(
      (pool, i) => pool.ops.forEach((op, j) => {
        const ref = op.kind === "folio" ? op.folio : op.kind === "fault" ? op.address : op.kind === "move" ? op.src : void 0;
        if (ref?.kind !== "pick" || ref.pick.kind !== "sequential") return;
        const what = `VMA '${ref.vma}' of ${ref.instance === "own" ? "each" : "any"} '${ref.process}'`;
        const prev = owner.get(ref.stripe);
        if (prev === void 0) owner.set(ref.stripe, what);
        else if (prev !== what)
          this.err(
            ["threads", i, "loop", j],
            `stripe '${ref.stripe}' already divides ${prev}; this op walks ${what}`
          );
      })
    );
  }
  // Shared with PoolResolver.
  report(path, message) {
    this.err(path, message);
  }
  processNamed(name) {
    return this.procs.get(name);
  }
  isBroken(name) {
    return this.broken.has(name);
  }
  processNames() {
    return [...this.procs.keys()];
  }
  line(path) {
    return this.yaml.at(path);
  }
};
var PoolResolver = class {
  constructor(r, t, at) {
    this.r = r;
    this.t = t;
    this.at = at;
  }
  r;
  t;
  at;
  /** label -> op index and the raw op (to follow same_as chains). */
  labels = /* @__PURE__ */ new Map();
  resolve() {
    const t = this.t;
    const order = t.order ?? "weighted";
    t.loop.forEach((op, j) => {
      if (op.label === void 0) return;
      if (this.labels.has(op.label))
        this.r.report(
          [...this.at, "loop", j, "label"],
          `duplicate label '${op.label}' in pool '${t.name}'`
        );
      else this.labels.set(op.label, { index: j, op });
    });
    const think = t.think && this.dist(t.think, [...this.at, "think"]);
    const work = t.work && this.dist(t.work, [...this.at, "work"]);
    const ops = [];
    t.loop.forEach((o, j) => {
      const op = this.op(o, [...this.at, "loop", j], think, work, order);
      if (op) ops.push(op);
    });
    return {
      name: t.name,
      process: t.process,
      count: t.count ?? 1,
      nice: t.nice ?? 0,
      affinity: t.affinity ?? "any",
      order,
      ops,
      line: this.r.line([...this.at, "name"]),
      affinityLine: this.r.line(
        t.affinity === void 0 ? [...this.at, "name"] : [...this.at, "affinity"]
      )
    };
  }
  op(o, at, think, work, order) {
    const present = PRIMARY.filter(([k]) => o[k] !== void 0);
    const kinds = [...new Set(present.map(([, k]) => k))];
    if (kinds.length === 0 && o.vma !== void 0) kinds.push("munmap");
    if (kinds.length === 0) {
      this.r.report(
        at,
        `op '${o.call}' has no arguments: give folio, address, src and dst, vma (with range and flags for mprotect), or parent_vma`
      );
      return void 0;
    }
    if (kinds.length > 1) {
      const keys = kinds.map((k) => present.find(([, x]) => x === k)[0]);
      this.r.report(
        at,
        `op '${o.call}' mixes the arguments of a ${kinds[0]} op ('${keys[0]}') and a ${kinds[1]} op ('${keys[1]}')`
      );
      return void 0;
    }
    const kind = kinds[0];
    let bad = false;
    for (const k of Object.keys(o)) {
      if (COMMON.includes(k) || ARGS[kind].includes(k)) continue;
      this.r.report(
        [...at, k],
        `'${k}' is not an argument of a ${kind} op (${ARGS[kind].join(", ")})`
      );
      bad = true;
    }
    if (o.weight !== void 0 && order === "sequence") {
      this.r.report(
        [...at, "weight"],
        "weight has no effect with order: sequence (ops run in turn)"
      );
      bad = true;
    }
    const base = {
      call: o.call,
      label: o.label,
      weight: o.weight ?? 1,
      think: o.think ? this.dist(o.think, [...at, "think"]) : think,
      work: o.work ? this.dist(o.work, [...at, "work"]) : work,
      line: this.r.line(at)
    };
    switch (kind) {
      case "folio": {
        const folio = this.page(o.folio, [...at, "folio"]);
        return folio && !bad ? { ...base, kind, folio } : void 0;
      }
      case "fault": {
        const address = this.page(o.address, [...at, "address"]);
        return address && !bad ? { ...base, kind, address, write: o.write ?? false } : void 0;
      }
      case "move":
        return this.move(o, at, base, bad);
      case "mprotect":
        return this.mprotect(o, at, base, bad);
      case "munmap": {
        const vma = this.vmaRef(o.vma, [...at, "vma"]);
        return vma && !bad ? { ...base, kind, vma } : void 0;
      }
      case "fork": {
        const parent = this.vmaRef(o.parent_vma, [...at, "parent_vma"]);
        return parent && !bad ? { ...base, kind, parent } : void 0;
      }
    }
  }
  move(o, at, base, bad) {
    if (o.src === void 0 || o.dst === void 0) {
      this.r.report(
        at,
        `a move op needs both src and dst (missing '${o.src === void 0 ? "src" : "dst"}')`
      );
      return void 0;
    }
    const src = this.page(o.src, [...at, "src"]);
    const origin = src && this.pageOrigin(o.src, /* @__PURE__ */ new Set());
    if (!src || !origin) return void 0;
    const proc = this.r.processNamed(origin.process);
    const dst = proc.vmas.find((v) => v.name === o.dst.vma);
    const pages = o.pages ?? 1;
    const problems = [];
    if (!dst) {
      problems.push([
        [...at, "dst", "vma"],
        `process '${proc.name}' has no VMA '${o.dst.vma}' (UFFDIO_MOVE stays within the src's mm; VMAs: ${list(proc.vmas.map((v) => v.name))})`
      ]);
    } else {
      const s = origin.vma;
      if (dst.name === s.name)
        problems.push([[...at, "dst", "vma"], `src and dst are the same VMA '${s.name}'`]);
      if (!dst.flags.includes("uffd"))
        problems.push([
          [...at, "dst", "vma"],
          `UFFDIO_MOVE needs dst VMA '${dst.name}' registered with userfaultfd (flags: [uffd])`
        ]);
      for (const v of [s, dst])
        if (!v.flags.includes("write"))
          problems.push([
            [...at, v === s ? "src" : "dst", "vma"],
            `UFFDIO_MOVE needs VMA '${v.name}' writable (flags: [write])`
          ]);
      if (pages > s.pages)
        problems.push([
          [...at, "pages"],
          `${pages} pages is more than src VMA '${s.name}' has (${s.pages})`
        ]);
      if (dst.pages < s.pages)
        problems.push([
          [...at, "dst", "vma"],
          `dst VMA '${dst.name}' (${dst.pages} pages) is smaller than src '${s.name}' (${s.pages}): pages land at the src page's index`
        ]);
      if (o.flip) {
        if (src.kind !== "pick" || src.pick.kind !== "sequential")
          problems.push([
            [...at, "flip"],
            "flip swaps src and dst when a sequential src pick wraps: give src pick: sequential"
          ]);
        if (!s.flags.includes("uffd"))
          problems.push([
            [...at, "flip"],
            `with flip, src VMA '${s.name}' becomes a dst: register it with userfaultfd (flags: [uffd])`
          ]);
        if (dst.pages > s.pages)
          problems.push([
            [...at, "flip"],
            `with flip, src and dst VMAs need the same size (${s.pages} and ${dst.pages} pages)`
          ]);
      }
    }
    for (const [p, m] of problems) this.r.report(p, m);
    if (problems.length > 0 || bad) return void 0;
    return {
      ...base,
      kind: "move",
      src,
      dst: o.dst.vma,
      pages,
      allowSrcHoles: (o.mode ?? []).includes("allow_src_holes"),
      flip: o.flip ?? false
    };
  }
  mprotect(o, at, base, bad) {
    if (o.vma === void 0 || o.range === void 0 || o.flags === void 0) {
      const missing = ["vma", "range", "flags"].filter((k) => o[k] === void 0);
      this.r.report(
        at,
        `an mprotect op needs vma, range and flags (missing ${missing.map((k) => `'${k}'`).join(", ")})`
      );
      return void 0;
    }
    const vma = this.vmaRef(o.vma, [...at, "vma"]);
    const origin = vma && this.vmaOrigin(o.vma, /* @__PURE__ */ new Set());
    if (!vma || !origin) return void 0;
    const [first, end] = o.range;
    if (!(first < end && end <= origin.vma.pages)) {
      this.r.report(
        [...at, "range"],
        `range [${first}, ${end}) must be non-empty and within VMA '${origin.vma.name}' (${origin.vma.pages} pages)`
      );
      return void 0;
    }
    if (bad) return void 0;
    const prot = o.flags.reduce((w, f2) => w | FLAG_BITS[f2], 0);
    return {
      ...base,
      kind: "mprotect",
      vma,
      first,
      end,
      vmFlags: origin.vma.vmFlags & ~VM_PROT2 | prot
    };
  }
  // --- references --------------------------------------------------------------------------
  page(p, at) {
    if (p.same_as !== void 0) {
      const stray = ["vma", "process", "pick", "stripe"].filter(
        (k) => p[k] !== void 0
      );
      if (stray.length > 0) {
        this.r.report(
          [...at, stray[0]],
          `same_as names an earlier pick: '${stray[0]}' does not go with it`
        );
        return void 0;
      }
      const target = this.label(p.same_as, [...at, "same_as"], "page");
      return target ? { kind: "same_as", label: p.same_as, ago: p.ago ?? 1 } : void 0;
    }
    if (p.ago !== void 0) {
      this.r.report([...at, "ago"], "ago counts back through same_as picks: give same_as");
      return void 0;
    }
    const where = this.where(p, at);
    if (!where) return void 0;
    const pick = toPick(p.pick ?? "uniform");
    if (p.stripe !== void 0 && pick.kind !== "sequential") {
      this.r.report(
        [...at, "stripe"],
        `stripe divides sequential picks among threads; this pick is ${pick.kind}`
      );
      return void 0;
    }
    const stripe = p.stripe ?? `${this.t.name}/${where.process}/${where.vma}`;
    return { kind: "pick", ...where, pick, stripe };
  }
  vmaRef(v, at) {
    if (v.same_as !== void 0) {
      const stray = ["vma", "process"].filter((k) => v[k] !== void 0);
      if (stray.length > 0) {
        this.r.report(
          [...at, stray[0]],
          `same_as names a VMA a fork op made: '${stray[0]}' does not go with it`
        );
        return void 0;
      }
      const target = this.label(v.same_as, [...at, "same_as"], "vma");
      return target ? { kind: "same_as", label: v.same_as, ago: v.ago ?? 1 } : void 0;
    }
    if (v.ago !== void 0) {
      this.r.report([...at, "ago"], "ago counts back through same_as picks: give same_as");
      return void 0;
    }
    const where = this.where(v, at);
    return where && { kind: "vma", ...where };
  }
  /** The process (own instance or any) and VMA a pick names. */
  where(p, at) {
    if (p.vma === void 0) {
      this.r.report(at, "missing 'vma' (or same_as)");
      return void 0;
    }
    const name = p.process ?? this.t.process;
    if (name === void 0) {
      this.r.report(
        at,
        `pool '${this.t.name}' is kernel threads with no process of their own: name one (process: ...)`
      );
      return void 0;
    }
    const proc = this.r.processNamed(name);
    if (this.r.isBroken(name)) return void 0;
    if (!proc) {
      this.r.report(
        [...at, "process"],
        `unknown process '${name}' (processes: ${list(this.r.processNames())})`
      );
      return void 0;
    }
    if (!proc.vmas.some((v) => v.name === p.vma)) {
      this.r.report(
        [...at, "vma"],
        `process '${name}' has no VMA '${p.vma}' (VMAs: ${list(proc.vmas.map((v) => v.name))})`
      );
      return void 0;
    }
    return { process: name, instance: p.process === void 0 ? "own" : "any", vma: p.vma };
  }
  label(name, at, want) {
    const l = this.labels.get(name);
    if (!l) {
      this.r.report(at, `no op labelled '${name}' in pool '${this.t.name}'`);
      return void 0;
    }
    const makesPages = ["folio", "address", "src"].some(
      (k) => l.op[k] !== void 0
    );
    const makesVmas = l.op.parent_vma !== void 0;
    if (!PRIMARY.some(([k]) => l.op[k] !== void 0) && l.op.vma === void 0) return void 0;
    if (want === "page" && !makesPages) {
      this.r.report(
        at,
        `op '${name}' picks no page (only folio, address and src picks can be reused)`
      );
      return void 0;
    }
    if (want === "vma" && !makesVmas) {
      this.r.report(at, `op '${name}' makes no VMA (only fork ops, with parent_vma, do)`);
      return void 0;
    }
    return l.op;
  }
  /** Follow same_as to the named VMA a page ultimately comes from (undefined on a cycle). */
  pageOrigin(p, seen) {
    if (p.same_as === void 0) return this.origin(p);
    if (seen.has(p.same_as)) return void 0;
    seen.add(p.same_as);
    const op = this.labels.get(p.same_as)?.op;
    const next = op?.folio ?? op?.address ?? op?.src;
    return next && this.pageOrigin(next, seen);
  }
  vmaOrigin(v, seen) {
    if (v.same_as === void 0) return this.origin(v);
    if (seen.has(v.same_as)) return void 0;
    seen.add(v.same_as);
    const next = this.labels.get(v.same_as)?.op.parent_vma;
    return next && this.vmaOrigin(next, seen);
  }
  origin(p) {
    const proc = this.r.processNamed(p.process ?? this.t.process ?? "");
    const vma = proc?.vmas.find((v) => v.name === p.vma);
    return proc && vma && { process: proc.name, vma };
  }
  dist(d, at) {
    if ("fixed_us" in d) return { kind: "fixed", ns: d.fixed_us * 1e3 };
    if ("exp" in d) return { kind: "exp", meanNs: d.exp.mean_us * 1e3 };
    const [lo, hi] = d.uniform_us;
    if (lo > hi) {
      this.r.report(
        [...at, "uniform_us"],
        `uniform_us [${lo}, ${hi}]: the low end is above the high end`
      );
      return void 0;
    }
    return { kind: "uniform", loNs: lo * 1e3, hiNs: hi * 1e3 };
  }
};
function toPick(p) {
  return typeof p === "string" ? { kind: p } : { kind: "zipf", s: p.zipf };
}
function list(names) {
  return names.length > 0 ? names.join(", ") : "none";
}

// src/commands/run.ts
var DEFAULT_POLICIES = ["policies/linux-v6.18.policy", "policies/linux-v6.19.policy"];
function readText(cwd, path) {
  try {
    return readFileSync2(resolveFrom(cwd, path), "utf8");
  } catch {
    throw new UsageError(`cannot read '${path}'`);
  }
}
function yamlPath(arg, dir) {
  return arg.includes("/") || arg.endsWith(".yaml") ? arg : `${dir}/${arg}.yaml`;
}
function yamlFiles(cwd, dir) {
  return readdirSync2(resolveFrom(cwd, dir)).filter((f2) => f2.endsWith(".yaml")).sort().map((f2) => `${dir}/${f2}`);
}
async function runCommand(opts, io) {
  const read = fileReader(io.cwd);
  const programs = /* @__PURE__ */ new Map();
  for (const file of opts.policies.length ? opts.policies : DEFAULT_POLICIES) {
    const r = frontEnd(file, read);
    if (!r.ir) {
      for (const d of r.diagnostics) io.err(formatDiagnostic(d, r.policy?.sources ?? /* @__PURE__ */ new Map()));
      return 2;
    }
    programs.set(r.ir.policy, r.ir);
  }
  const workloadFiles = opts.workloads.length ? opts.workloads.map((w) => yamlPath(w, "workloads")) : yamlFiles(io.cwd, "workloads");
  const workloads = /* @__PURE__ */ new Map();
  for (const f2 of workloadFiles) {
    const w = loadWorkload(f2, readText(io.cwd, f2));
    workloads.set(w.name, w);
  }
  const machineFiles = yamlFiles(io.cwd, "workloads/machines");
  for (const m of opts.machines) machineFiles.push(yamlPath(m, "workloads/machines"));
  const machines = /* @__PURE__ */ new Map();
  for (const f2 of machineFiles) {
    const m = loadMachine(f2, readText(io.cwd, f2));
    machines.set(m.name, m);
  }
  const cells = matrix({
    policies: [...programs.keys()],
    workloads: [...workloads.values()],
    ...opts.machines.length ? { machines: opts.machines.map((m) => machines.get(m)?.name ?? m) } : {},
    seeds: opts.seeds
  });
  const problems = [];
  for (const [name, ir] of programs) {
    for (const w of workloads.values()) problems.push(...checkEntries(w, name, entryLookup(ir)));
  }
  for (const c2 of cells) {
    const m = machines.get(c2.machine);
    if (!m)
      throw new UsageError(`no machine '${c2.machine}' (workloads/machines/${c2.machine}.yaml)`);
    problems.push(...checkMachine(workloads.get(c2.workload), m));
  }
  if (problems.length) throw new InputError(problems);
  const mine = opts.shard ? shard(cells, opts.shard.index, opts.shard.count) : cells;
  const jobs = Math.min(opts.jobs ?? 1, mine.length);
  if (jobs > 1 && opts.trace === void 0) {
    const done2 = await runInWorkers(opts, jobs, io);
    const order = new Map(mine.map((c2, i) => [c2.id, i]));
    done2.sort((a, b) => order.get(a.id) - order.get(b.id));
    return report(runResults(done2), opts, io);
  }
  const done = [];
  mine.forEach((cell, i) => {
    const t0 = performance.now();
    const events = [];
    const tracing = opts.trace !== void 0 && i === 0;
    const machine = machines.get(cell.machine);
    const result = runCell({
      ir: programs.get(cell.policy),
      workload: workloads.get(cell.workload),
      machine,
      seed: cell.seed,
      ...opts.durationMs !== void 0 ? { durationNs: opts.durationMs * 1e6 } : {},
      ...tracing ? { trace: (e, lockClass) => events.push({ e, lockClass }) } : {}
    });
    if (tracing) {
      const cpus = machine.clusters.flatMap((c2) => Array.from({ length: c2.cores }, () => c2.name)).map((c2, k) => `CPU ${k} (${c2})`);
      const threads = result.report.threads;
      const trace = chromeTrace(
        events,
        { cpus, thread: (tid) => threads[tid]?.name ?? `thread ${tid}` },
        result.report.now
      );
      writeFileSync(resolveFrom(io.cwd, opts.trace), JSON.stringify(trace));
      io.err(`trace of ${cell.id} written to ${opts.trace} (open it in ui.perfetto.dev)`);
    }
    done.push({ ...cell, result });
    io.err(
      `[${i + 1}/${mine.length}] ${cell.id} (${((performance.now() - t0) / 1e3).toFixed(1)} s)`
    );
  });
  return report(runResults(done), opts, io);
}
function report(results, opts, io) {
  if (opts.json) {
    const text = `${JSON.stringify(results, null, 2)}
`;
    if (opts.json === "-") io.out(text.trimEnd());
    else writeFileSync(resolveFrom(io.cwd, opts.json), text);
  }
  if (opts.markdown) writeFileSync(resolveFrom(io.cwd, opts.markdown), formatRunMarkdown(results));
  if (opts.json !== "-") io.out(formatRunText(results));
  return 0;
}
async function runInWorkers(opts, jobs, io) {
  const dir = mkdtempSync(join(tmpdir(), "lockbench-"));
  const self = fileURLToPath(import.meta.url);
  const entry = self.endsWith(".ts") ? ["--import", "tsx", join(dirname2(self), "..", "cli.ts")] : [self];
  const base = [
    "run",
    ...opts.policies.flatMap((p) => ["--policy", p]),
    ...opts.workloads.flatMap((w) => ["--workload", w]),
    ...opts.machines.flatMap((m) => ["--machine", m]),
    "--seeds",
    String(opts.seeds),
    ...opts.durationMs !== void 0 ? ["--duration-ms", String(opts.durationMs)] : [],
    "--jobs",
    "1"
  ];
  try {
    const shards = Array.from({ length: jobs }, (_, k) => {
      const outer = opts.shard ?? { index: 0, count: 1 };
      const file = join(dir, `shard-${k}.json`);
      const args = [
        ...entry,
        ...base,
        "--shard",
        `${outer.index * jobs + k}/${outer.count * jobs}`,
        "--json",
        file
      ];
      return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, args, {
          cwd: io.cwd,
          stdio: ["ignore", "ignore", "pipe"]
        });
        let err = "";
        child.stderr.setEncoding("utf8");
        child.stderr.on("data", (d) => {
          err += d;
          for (const line of d.split("\n"))
            if (line.startsWith("[")) io.err(`worker ${k}: ${line}`);
        });
        child.on("error", reject);
        child.on("close", (code) => {
          if (code !== 0)
            return reject(new Error(`worker ${k} failed (exit ${code}): ${err.trim()}`));
          const doc = JSON.parse(readFileSync2(file, "utf8"));
          assertSchemaVersion(doc, file);
          resolve(doc.cells);
        });
      });
    });
    return (await Promise.all(shards)).flat();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// src/report/check.ts
function toJsonDiagnostic(d) {
  return {
    severity: d.severity,
    code: d.code,
    message: d.message,
    file: d.span.file,
    line: d.span.line,
    col: d.span.col
  };
}
function summarize2(r) {
  const p = r.policy;
  const ok = !r.diagnostics.some((d) => d.severity === "error");
  const where = (s) => `${s.file}:${s.line}`;
  return {
    file: r.file,
    name: p?.header.name ?? r.file,
    description: p?.header.description ?? "",
    sources: p?.header.sources ?? [],
    includes: p ? [...p.files.keys()].filter((f2) => f2 !== r.file) : [],
    defines: p ? [...p.defined] : [],
    overrides: p ? p.overrides.map((o) => ({ name: o.name, at: where(o.by), replaces: where(o.replaces) })) : [],
    inherits: p ? [...p.inherited] : [],
    functions: p?.functions.size ?? 0,
    steps: r.ir ? r.ir.functions.reduce((n, f2) => n + f2.steps.filter(Boolean).length, 0) : 0,
    ok,
    diagnostics: r.diagnostics.map(toJsonDiagnostic)
  };
}
function checkReport(results) {
  const policies = results.map(summarize2);
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: "check",
    ok: policies.every((p) => p.ok),
    policies
  };
}
function formatCheckText(report2) {
  const out = [];
  for (const p of report2.policies) {
    out.push(
      `${p.file}: ${p.ok ? "ok" : "FAILED"}  ${p.name}${p.description ? ` \u2014 ${p.description}` : ""}`
    );
    for (const s of p.sources) out.push(`  source:    ${s}`);
    if (p.includes.length) out.push(`  includes:  ${p.includes.join(", ")}`);
    if (!p.ok) continue;
    out.push(`  functions: ${p.functions} (${p.steps} scheduling points)`);
    out.push(list2("defines", p.defines));
    out.push(
      list2(
        "overrides",
        p.overrides.map((o) => `${o.name} (${o.at}, replaces ${o.replaces})`)
      )
    );
    if (p.inherits.length) out.push(list2("inherits", p.inherits));
  }
  return out.join("\n");
}
function list2(label, items) {
  const head = `  ${`${label}:`.padEnd(11)}${items.length}`;
  if (items.length === 0) return head;
  return `${head}
${items.map((i) => `    ${i}`).join("\n")}`;
}

// src/main.ts
var EXIT_OK = 0;
var EXIT_BAD_INPUT = 2;
var USAGE = `usage: lockbench <command> [options]

commands:
  check [POLICY|DIR]...   parse and type-check policies; list what each defines and overrides
  run                     simulate the workload matrix (policies x workloads x machines x seeds)
  verify                  explore interleavings of small scenarios (not built yet)
  ci                      what the Action does, locally from a git diff (not built yet)

shared options:
  --policy P      a policy file (repeatable)
  --workload W    a workload (repeatable)
  --machine M     a machine (repeatable)
  --seeds N       seeds per cell
  --json F        write versioned JSON results to F ('-' for stdout)

check options:
  --ir            print the compiled IR of every function

run options:
  --duration-ms N override every workload's duration (quick looks)
  --trace F       write a Chrome/Perfetto trace of the first cell to F
  --markdown F    write the tables as GitHub markdown to F
  --jobs N        worker processes (default: available cores; --trace runs serially)
  --shard I/N     run only shard I (0-based) of N, for a matrix of CI jobs

exit status: 0 fine, 1 a verdict failed, 2 bad input`;
async function main(argv, io) {
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case "check":
        return check2(rest, io);
      case "run":
        return await run(rest, io);
      case "verify":
      case "ci":
        io.err(`lockbench ${command}: not built yet; this version provides 'check' and 'run'.`);
        return EXIT_BAD_INPUT;
      case void 0:
      case "help":
      case "-h":
      case "--help":
        io.out(USAGE);
        return command === void 0 ? EXIT_BAD_INPUT : EXIT_OK;
      default:
        throw new UsageError(`unknown command '${command}'

${USAGE}`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`lockbench: ${e.message}`);
    } else if (e instanceof InputError) {
      io.err(e.message);
    } else {
      const msg = e instanceof Error ? e.message : String(e);
      io.err(`lockbench: internal error: ${msg}`);
      if (process.env.LOCKBENCH_DEBUG && e instanceof Error && e.stack) io.err(e.stack);
    }
    return EXIT_BAD_INPUT;
  }
}
var OPTIONS = {
  policy: { type: "string", multiple: true },
  workload: { type: "string", multiple: true },
  machine: { type: "string", multiple: true },
  seeds: { type: "string" },
  json: { type: "string" },
  ir: { type: "boolean" },
  "duration-ms": { type: "string" },
  trace: { type: "string" },
  markdown: { type: "string" },
  jobs: { type: "string" },
  shard: { type: "string" }
};
function parse2(args) {
  try {
    return parseArgs({ args: [...args], allowPositionals: true, options: OPTIONS });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}
function positiveInt(flag, v, dflt) {
  if (v === void 0) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`--${flag} must be a positive integer, not '${v}'`);
  return n;
}
function parseShard(v) {
  if (v === void 0) return void 0;
  const m = /^(\d+)\/(\d+)$/.exec(v);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index >= count)
    throw new UsageError(`--shard must be I/N with 0 <= I < N, not '${v}'`);
  return { index, count };
}
function run(args, io) {
  const { values, positionals } = parse2(args);
  if (positionals.length)
    throw new UsageError(`run takes no positional arguments (got '${positionals[0]}')`);
  const duration = values["duration-ms"];
  return runCommand(
    {
      policies: values.policy ?? [],
      workloads: values.workload ?? [],
      machines: values.machine ?? [],
      seeds: positiveInt("seeds", values.seeds, 1),
      ...duration !== void 0 ? { durationMs: positiveInt("duration-ms", duration, 1) } : {},
      ...values.json ? { json: values.json } : {},
      ...values.trace ? { trace: values.trace } : {},
      ...values.markdown ? { markdown: values.markdown } : {},
      jobs: positiveInt("jobs", values.jobs, availableParallelism()),
      ...values.shard !== void 0 ? { shard: parseShard(values.shard) } : {}
    },
    io
  );
}
function check2(args, io) {
  const { values, positionals } = parse2(args);
  const patterns = [...values.policy ?? [], ...positionals];
  if (patterns.length === 0) patterns.push("policies");
  const files = expandPolicies(patterns, io.cwd);
  const read = fileReader(io.cwd);
  const results = files.map((f2) => frontEnd(f2, read));
  const seen = /* @__PURE__ */ new Set();
  const sources = /* @__PURE__ */ new Map();
  for (const r of results) for (const [k, v] of r.policy?.sources ?? []) sources.set(k, v);
  for (const r of results) {
    for (const d of r.diagnostics) {
      const key = `${d.span.file}:${d.span.start}:${d.code}:${d.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      io.err(formatDiagnostic(d, sources));
    }
  }
  const report2 = checkReport(results);
  if (values.json) writeJson(values.json, report2, io);
  if (values.json !== "-") io.out(formatCheckText(report2));
  if (values.ir) {
    for (const r of results) {
      if (!r.ir) continue;
      for (const f2 of r.ir.functions) io.out(dumpFunction(r.ir, f2));
    }
  }
  return report2.ok ? EXIT_OK : EXIT_BAD_INPUT;
}
function writeJson(dest, doc, io) {
  const text = `${JSON.stringify(doc, null, 2)}
`;
  if (dest === "-") io.out(text.trimEnd());
  else writeFileSync2(resolveFrom(io.cwd, dest), text);
}

// src/cli.ts
process.exitCode = await main(process.argv.slice(2), {
  out: (t) => process.stdout.write(`${t}
`),
  err: (t) => process.stderr.write(`${t}
`),
  cwd: process.cwd()
});
