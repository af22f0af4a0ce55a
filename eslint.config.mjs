import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const prismaOnlyInDataLayer = {
  paths: [
    {
      name: "@prisma/client",
      message:
        "Only the data layer (lib/*/data.ts, mutations.ts, *-mutations.ts, lib/db, lib/search, lib/history) touches Prisma.",
    },
  ],
  patterns: [
    {
      group: ["**/generated/**", "@/lib/db/generated/*"],
      message:
        "Only the data layer (lib/*/data.ts, mutations.ts, *-mutations.ts, lib/db, lib/search, lib/history) touches Prisma.",
    },
  ],
};

// Layers (docs/decisions/0016): a mutation's code is reached only through an area's actions or another
// area's mutations (one transaction); pages, components and other areas' modules read data, dto, schema
// and pure modules. Type-only imports are allowed: they carry no code.
const mutationsOnlyFromActions = {
  patterns: [
    {
      group: ["@/lib/*/mutations", "@/lib/*/mutations/*", "@/lib/*/*-mutations"],
      allowTypeImports: true,
      message: "Only an area's actions.ts or mutations.ts calls mutations; go through the area's actions.",
    },
  ],
};

// lib/text is the grammar every area reads; it reads no area back.
const textImportsNoArea = {
  patterns: [
    {
      group: ["@/lib/*", "@/lib/*/**", "!@/lib/text", "!@/lib/text/**"],
      message: "lib/text imports no other area: it is the grammar the areas read.",
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
    ignores: ["lib/*/data.ts", "lib/*/mutations.ts", "lib/*/*-mutations.ts", "lib/db/**", "lib/search/**", "lib/history/**"],
    rules: { "no-restricted-imports": ["error", prismaOnlyInDataLayer] },
  },
  {
    files: ["app/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "seeds/**/*.ts"],
    ignores: [
      "app/api/**",
      "lib/*/actions.ts",
      "lib/*/mutations.ts",
      "lib/*/*-mutations.ts",
      "lib/*/mutations/**",
      "**/*.test.ts",
      "lib/test/**",
    ],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", mutationsOnlyFromActions] },
  },
  {
    files: ["lib/text/**/*.ts"],
    ignores: ["lib/text/lexicons/**"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", textImportsNoArea] },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
];

export default config;
