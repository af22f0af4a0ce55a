import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const prismaOnlyInDataLayer = {
  paths: [
    {
      name: "@prisma/client",
      message: "Only the data layer (lib/*/data.ts, mutations.ts, lib/db, lib/search, lib/history) touches Prisma.",
    },
  ],
  patterns: [
    {
      group: ["**/generated/**", "@/lib/db/generated/*"],
      message: "Only the data layer (lib/*/data.ts, mutations.ts, lib/db, lib/search, lib/history) touches Prisma.",
    },
  ],
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      ".next-e2e*/**",
      ".next-bench/**",
      "bench/corpus/**",
      "lib/db/generated/**",
      "data/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
    ],
  },
  {
    files: ["app/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "scripts/**/*.ts", "seeds/**/*.ts"],
    ignores: ["lib/*/data.ts", "lib/*/mutations.ts", "lib/db/**", "lib/search/**", "lib/history/**"],
    rules: { "no-restricted-imports": ["error", prismaOnlyInDataLayer] },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
];

export default config;
