import Link from "next/link";

export default function ForbiddenPage() {
  return (
    <main>
      <h1>Not allowed</h1>
      <p>Your role does not allow this page. Ask a desk admin if you need it.</p>
      <p>
        <Link href="/articles">Back to the articles</Link>
      </p>
    </main>
  );
}
