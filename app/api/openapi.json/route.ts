import { NextResponse } from "next/server";
import { openApiDocument } from "@/lib/api/openapi";
import { withUser } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

export const GET = withUser("read", async () => NextResponse.json(openApiDocument()));
