import { NextResponse } from "next/server";
import { withUser } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

/** The signed-in user (cookie or token): what a script checks its token with. */
export const GET = withUser("read", async (_request, user) =>
  NextResponse.json({ id: user.id, email: user.email, name: user.name, role: user.role }),
);
