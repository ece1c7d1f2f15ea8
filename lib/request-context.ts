// Facts about the current request that security code needs.
import "server-only";
import { headers } from "next/headers";

/** The client's address as the reverse proxy (or Next.js itself) reports it */
export async function getClientAddress(): Promise<string> {
  const list = await headers();
  return list.get("x-forwarded-for")?.split(",")[0]?.trim() || list.get("x-real-ip") || "unknown";
}
