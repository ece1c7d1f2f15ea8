import type { Metadata } from "next";
import { NotFoundMessage, notFoundMetadata } from "@/components/layout/not-found-message";

export const metadata: Metadata = notFoundMetadata;

/** A post, series, tag or page that does not exist: inside the site's layout, which has the frame */
export default function NotFound() {
  return (
    <div className="py-6">
      <NotFoundMessage />
    </div>
  );
}
