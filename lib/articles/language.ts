/** The article's language decides its text direction: Arabic when Arabic letters dominate. */
export function guessLanguage(text: string): "ar" | "en" {
  let arabic = 0;
  let latin = 0;
  for (const ch of text.slice(0, 20_000)) {
    if (/\p{Script=Arabic}/u.test(ch)) arabic++;
    else if (/[A-Za-z]/.test(ch)) latin++;
  }
  return arabic >= latin ? "ar" : "en";
}
