import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/layout/not-found-message";
import { t } from "@/lib/i18n/messages";

export const metadata: Metadata = { title: t.notFoundTitle, robots: { index: false } };

/** A post, series, tag or page that does not exist: inside the site's layout, which has the frame */
export default function NotFound() {
  return (
    <div className="py-6">
      <NotFoundMessage />
    </div>
  );
}
