import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

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
    // Playwright fixtures call `use`, which is not React's hook.
    files: ["e2e/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off", "no-empty-pattern": "off" },
  },
  {
    // TanStack Virtual is on React Compiler's list of libraries it cannot memoize; the compiler is not
    // enabled here, and the list opts out with "use no memo" anyway, so the notice has nothing to fix.
    files: ["components/chat/transcript-list.tsx"],
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
