import Link from "next/link";
import { useFormatter } from "next-intl";
import type { Bar } from "./bar-chart";

/** The chart's numbers, readable and linked to the filtered list. */
export function CountTable({
  caption,
  head,
  bars,
  href,
}: {
  caption: string;
  head: string;
  bars: Bar[];
  href: (key: string) => string;
}) {
  const format = useFormatter();
  return (
    <table className="list compact">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{head}</th>
          <th scope="col" className="num">
            #
          </th>
        </tr>
      </thead>
      <tbody>
        {bars.map((b) => (
          <tr key={b.key}>
            <td>
              <Link href={href(b.key)}>
                <bdi>{b.label}</bdi>
              </Link>
            </td>
            <td className="num">{format.number(b.count)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
