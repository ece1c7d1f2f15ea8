// Creates the accounts the author-area tests sign in with, through the documented command.
import { execFileSync } from "node:child_process";
import { testUsers } from "./fixtures/users";

export default function globalSetup(): void {
  for (const user of Object.values(testUsers)) {
    try {
      execFileSync(
        "npx",
        [
          "tsx",
          "scripts/user.ts",
          "--email",
          user.email,
          "--name",
          user.name,
          "--role",
          user.role,
          "--password-stdin",
        ],
        { input: user.password, stdio: ["pipe", "ignore", "pipe"] },
      );
    } catch (error) {
      // Already there from an earlier run against the same database
      if (!String((error as { stderr?: Buffer }).stderr ?? "").includes("Unique constraint")) throw error;
    }
  }
}
