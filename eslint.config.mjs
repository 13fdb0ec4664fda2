import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

/** Modules only the server may load: `lib/letta` (the SDK) and every file that imports "server-only". */
const root = import.meta.dirname;
function serverOnlyModules(folder) {
  return readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return serverOnlyModules(path);
    if (!/\.tsx?$/.test(entry.name) || !/^import ["']server-only["'];?$/m.test(readFileSync(join(root, path), "utf8")))
      return [];
    return [`@/${path.replace(/\.tsx?$/, "")}`];
  });
}
const serverOnly = new Set(["app", "components", "lib"].flatMap(serverOnlyModules));
const isServerOnly = (source) =>
  source === "server-only" || source.startsWith("@/lib/letta/") || serverOnly.has(source.replace(/\.tsx?$/, ""));

/**
 * A client file ("use client") imports nothing from a server-only module, not even a type: view types live
 * in modules both sides may import. (`lib/architecture/client-imports.test.ts` follows imports further.)
 */
const clientBoundary = {
  rules: {
    "no-server-imports": {
      meta: { type: "problem", messages: { server: "A client file must not import {{source}} (server-only)." } },
      create(context) {
        let client = false;
        return {
          Program(node) {
            client = node.body.some((item) => item.type === "ExpressionStatement" && item.directive === "use client");
          },
          "ImportDeclaration, ExportNamedDeclaration, ExportAllDeclaration, ImportExpression"(node) {
            const source = node.source;
            if (!client || !source || source.type !== "Literal" || typeof source.value !== "string") return;
            if (isServerOnly(source.value))
              context.report({ node, messageId: "server", data: { source: source.value } });
          },
        };
      },
    },
  },
};

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  prettier,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    plugins: { "client-boundary": clientBoundary },
    rules: {
      "client-boundary/no-server-imports": "error",
      // Without `loading` (or `ssr: false`), next/dynamic adds no Suspense boundary: a part rendered on the server
      // then holds the whole page's hydration until its code arrives, and what the user typed meanwhile is lost.
      "no-restricted-syntax": [
        "error",
        {
          selector: 'CallExpression[callee.name="dynamic"][arguments.length=1]',
          message: "Give next/dynamic a `loading` (its own Suspense boundary) or `ssr: false`.",
        },
        {
          selector:
            'CallExpression[callee.name="dynamic"] > ObjectExpression:not(:has(Property[key.name="loading"])):not(:has(Property[key.name="ssr"]))',
          message: "Give next/dynamic a `loading` (its own Suspense boundary) or `ssr: false`.",
        },
      ],
    },
  },
  {
    // Playwright fixtures call `use`, which is not React's hook.
    files: ["e2e/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off", "no-empty-pattern": "off" },
  },
  {
    // TanStack Virtual is on React Compiler's list of libraries it cannot memoize; the compiler is not
    // enabled here, and the list opts out with "use no memo" anyway, so the notice has nothing to fix.
    files: ["components/chat/virtual-transcript.tsx"],
    rules: { "react-hooks/incompatible-library": "off" },
  },
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      ".letta-stack*/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
];

export default config;
