import MarkdownToJsx, { type MarkdownToJSX } from "markdown-to-jsx";
import { Fragment, type ReactNode } from "react";

const safeProtocol = /^(https?|mailto)$/i;

/**
 * Links keep relative addresses and http(s) or mailto ones: anything before a colon that comes ahead of the
 * first `/`, `?` or `#` is a scheme and must be one of those (as react-markdown's `defaultUrlTransform` did).
 * Images load nothing (an agent could leak data through an image URL).
 */
function sanitizeUrl(value: string, tag: string): string | null {
  if (tag === "img") return null;
  const colon = value.indexOf(":");
  const pathStart = value.search(/[/?#]/);
  if (colon === -1 || (pathStart !== -1 && colon > pathStart)) return value;
  return safeProtocol.test(value.slice(0, colon)) ? value : null;
}

const withChildren = (render: (children: ReactNode) => ReactNode) =>
  function Element({ children }: { children?: ReactNode }) {
    return render(children);
  };

const overrides: MarkdownToJSX.Overrides = {
  a: ({ href, children }: { href?: string; children?: ReactNode }) =>
    href ? (
      <a
        href={href}
        target="_blank"
        rel="noopener noreferrer nofollow"
        className="text-blue-700 underline dark:text-blue-400"
      >
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
  img: () => null,
  pre: withChildren((children) => (
    <pre className="my-2 overflow-x-auto rounded bg-zinc-100 p-2 font-mono text-xs dark:bg-zinc-800">{children}</pre>
  )),
  code: ({ children, className }: { children?: ReactNode; className?: string }) => (
    <code className={`${className ?? ""} rounded bg-zinc-100 px-1 font-mono text-xs dark:bg-zinc-800`}>{children}</code>
  ),
  ul: withChildren((children) => <ul className="my-1 list-disc pl-5">{children}</ul>),
  ol: withChildren((children) => <ol className="my-1 list-decimal pl-5">{children}</ol>),
  p: withChildren((children) => <p className="my-1 whitespace-pre-wrap break-words">{children}</p>),
  table: withChildren((children) => (
    <table className="my-2 border-collapse text-xs [&_td]:border [&_td]:px-1 [&_th]:border [&_th]:px-1">
      {children}
    </table>
  )),
};

const options: MarkdownToJSX.Options = {
  disableParsingRawHTML: true,
  forceBlock: true,
  wrapper: Fragment,
  sanitizer: sanitizeUrl,
  overrides,
};

/**
 * Agent text as markdown (GFM: tables, strikethrough, task lists, autolinks). Raw HTML in it is shown as text
 * (`disableParsingRawHTML`), images are not loaded, links open safely and only to http(s) or mailto addresses.
 */
export function Markdown({ text }: { text: string }) {
  return <MarkdownToJsx options={options}>{text}</MarkdownToJsx>;
}
