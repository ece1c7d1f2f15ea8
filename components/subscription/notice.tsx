/** The answer of a subscription page's button, shown on the page it leads to */
export function SubscriptionNotice({
  tone,
  children,
}: {
  tone: "success" | "error";
  children: React.ReactNode;
}) {
  return (
    <p
      role={tone === "success" ? "status" : "alert"}
      className={
        tone === "success"
          ? "mb-6 rounded-md border border-emerald-300 bg-emerald-50 p-3 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100"
          : "mb-6 rounded-md border border-red-300 bg-red-50 p-3 text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
      }
    >
      {children}
    </p>
  );
}
