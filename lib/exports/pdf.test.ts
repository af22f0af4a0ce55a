import { describe, expect, it } from "vitest";
import { cssString, pageFooterCss } from "./pdf";

describe("the printed page footer", () => {
  it("names the desk in a CSS string that a quote or a closing tag cannot end", () => {
    const css = pageFooterCss('مكتب "التحقق" </style><script>');
    expect(css).toContain('content: "مكتب \\22 التحقق\\22  \\3c /style\\3e \\3c script\\3e "');
    expect(css).not.toMatch(/<\/style/i);
    expect(css).toContain('"page " counter(page) " of " counter(pages)');
  });

  it("leaves ordinary names as they are", () => {
    expect(cssString("Claimdesk")).toBe('"Claimdesk"');
    expect(cssString("غرفة الأخبار")).toBe('"غرفة الأخبار"');
  });
});
