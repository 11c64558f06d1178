import path from "node:path";

// Our own lint rules. One for now: a lib/ module that touches the database or secrets says
// `import "server-only"`, so that a client component importing it fails the build instead of
// shipping database code (or a secret) to the browser.

/** Imports that make a module server-only: the database, its driver, the settings (secrets). */
const SERVER_IMPORTS = [
  /^@\/lib\/db(\/|$)/,
  /^@\/db\/(client|schema|migrate|backup|seed)(\/|$)/,
  /^drizzle-orm(\/|$)/,
  /^postgres$/,
  /^@electric-sql\/pglite/,
  /^@\/lib\/env$/,
  /^@\/lib\/auth\/secret$/,
];

const valueImport = (node) =>
  node.importKind !== "type" && !(node.specifiers.length > 0 && node.specifiers.every((s) => s.type === "ImportSpecifier" && s.importKind === "type"));

const serverOnly = {
  meta: {
    type: "problem",
    docs: { description: 'lib/ modules that import the database or settings start with import "server-only"' },
    messages: { missing: 'This module imports {{source}}: add `import "server-only";` at the top (it must never reach a browser bundle).' },
    schema: [],
  },
  create(context) {
    const filename = context.filename.replaceAll("\\", "/");
    if (!/\/lib\//.test(filename) || /\.test\.tsx?$/.test(filename) || /\/lib\/env\.ts$/.test(filename)) return {};
    let marked = false;
    let first = null;
    // A relative import names the same module as its `@/` path (./secret in lib/auth is @/lib/auth/secret).
    const root = filename.slice(0, filename.lastIndexOf("/lib/"));
    const aliased = (source) => (source.startsWith(".") ? `@${path.posix.resolve(path.posix.dirname(filename), source).slice(root.length)}` : source);
    return {
      ImportDeclaration(node) {
        const source = aliased(String(node.source.value));
        if (source === "server-only") marked = true;
        else if (!first && valueImport(node) && SERVER_IMPORTS.some((re) => re.test(source))) first = node;
      },
      "Program:exit"() {
        if (first && !marked) context.report({ node: first, messageId: "missing", data: { source: String(first.source.value) } });
      },
    };
  },
};

export default { meta: { name: "shuzhen" }, rules: { "server-only": serverOnly } };
