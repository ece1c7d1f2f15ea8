// Creates an account. The password is generated and printed, or read from standard input.
// Usage: npm run user:create -- --email jana@example.org --name "Jana Wendt" --role admin [--password-stdin]
import { parseArgs } from "node:util";
import { readDatabaseConfig } from "../lib/database-config";
import { createPrismaClient } from "../lib/prisma-client";
import { createUser, generatePassword } from "../lib/users";

const roles = { admin: "ADMIN", editor: "EDITOR", author: "AUTHOR" } as const;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string", default: "author" },
      "password-stdin": { type: "boolean", default: false },
    },
  });
  const role = roles[values.role as keyof typeof roles];
  if (!values.email || !values.name || !role) {
    console.error(
      'Usage: npm run user:create -- --email ADDRESS --name "NAME" --role admin|editor|author [--password-stdin]',
    );
    process.exit(64);
  }
  const password = values["password-stdin"] ? await readStdin() : generatePassword();
  const db = createPrismaClient(readDatabaseConfig());
  try {
    await createUser(db, { email: values.email, name: values.name, role, password });
  } finally {
    await db.$disconnect();
  }
  console.log(`Created ${values.role} ${values.email.toLowerCase()}.`);
  if (!values["password-stdin"]) console.log(`Password (shown once): ${password}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
