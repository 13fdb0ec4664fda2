import ReactMarkdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";

const components: Components = {
  a: ({ href, children }) => (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer nofollow"
      className="text-blue-700 underline dark:text-blue-400"
    >
      {children}
    </a>
  ),
  pre: ({ children }) => (
    <pre className="my-2 overflow-x-auto rounded bg-zinc-100 p-2 font-mono text-xs dark:bg-zinc-800">{children}</pre>
  ),
  code: ({ children, className }) => (
    <code className={`${className ?? ""} rounded bg-zinc-100 px-1 font-mono text-xs dark:bg-zinc-800`}>{children}</code>
  ),
  ul: ({ children }) => <ul className="my-1 list-disc pl-5">{children}</ul>,
  ol: ({ children }) => <ol className="my-1 list-decimal pl-5">{children}</ol>,
  p: ({ children }) => <p className="my-1 whitespace-pre-wrap break-words">{children}</p>,
  table: ({ children }) => (
    <table className="my-2 border-collapse text-xs [&_td]:border [&_td]:px-1 [&_th]:border [&_th]:px-1">
      {children}
    </table>
  ),
};

/**
 * Agent text as markdown. Raw HTML in it is shown as text (react-markdown never renders it without a raw
 * plugin), images are not loaded (an agent could leak data through an image URL), links open safely.
 */
export function Markdown({ text }: { text: string }) {
  return (
    <ReactMarkdown remarkPlugins={[remarkGfm]} components={components} disallowedElements={["img"]} unwrapDisallowed>
      {text}
    </ReactMarkdown>
  );
}
