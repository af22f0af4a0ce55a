import { chromiumPath } from "@/lib/exports/pdf";
import { ExportMenuClient, type ExportScopeParams } from "./export-menu-client";

/** The Export menu of a page (session, article, claims table); PDF is offered only where Chromium is installed. */
export function ExportMenu({ scope }: { scope: ExportScopeParams }) {
  return <ExportMenuClient scope={scope} pdfAvailable={chromiumPath() !== null} />;
}
