// First run: create the first owner and workspace. Exists only while no user exists, and works
// only with the one-time setup token that the server printed in its log at start.
import { notFound } from "next/navigation";
import { SetupForm } from "@/components/auth/setup-form";
import { getDb } from "@/server/db/client";
import { hasAnyUser } from "@/server/services/setup/first-owner";

export const dynamic = "force-dynamic";
export const metadata = { title: "Set up Switchboard" };

export default async function SetupPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  if (await hasAnyUser(await getDb())) notFound();
  const { token } = await searchParams;
  return (
    <div className="space-y-5">
      <h1 className="text-xl font-semibold">Set up Switchboard</h1>
      <p className="text-sm text-slate-600">
        Create the first owner account and its workspace. The setup token is printed in the server log when Switchboard
        starts with no accounts (a restart prints a new one).
      </p>
      <SetupForm token={typeof token === "string" ? token : ""} />
    </div>
  );
}
