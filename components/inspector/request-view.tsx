import type { ReactNode } from "react";
import { estimateTokens, type ParsedRequest, type ParsedResponse } from "@/lib/inspector/request";

function Tokens({ text }: { text: string }) {
  return <span className="font-normal text-zinc-500"> · ≈{estimateTokens(text).toLocaleString()} tokens</span>;
}

function Section({
  title,
  text,
  children,
  open = true,
}: {
  title: string;
  text: string;
  children: ReactNode;
  open?: boolean;
}) {
  return (
    <details open={open} className="rounded border border-zinc-200 p-2 dark:border-zinc-800">
      <summary className="cursor-pointer text-xs font-semibold uppercase tracking-wide">
        {title}
        <Tokens text={text} />
      </summary>
      <div className="mt-1">{children}</div>
    </details>
  );
}

const pre = "whitespace-pre-wrap break-words font-mono text-xs";

function toolCallText(call: { name: string; arguments: string }): string {
  return `${call.name}(${call.arguments})`;
}

/** A model request in sections a person can read; each says roughly how many tokens it takes. */
export function RequestView({ request, label = "Request" }: { request: ParsedRequest; label?: string }) {
  return (
    <section aria-label={label} className="space-y-2">
      {request.model ? <p className="text-xs text-zinc-600 dark:text-zinc-400">Model: {request.model}</p> : null}
      {request.systemPrompt !== null ? (
        <Section title="System prompt" text={request.systemPrompt} open={false}>
          <pre className={pre}>{request.systemPrompt}</pre>
        </Section>
      ) : null}
      {request.memory !== null ? (
        <Section title="Memory (as compiled)" text={request.memory}>
          {request.memoryBlocks.length > 0 ? (
            <dl className="space-y-1" aria-label="Memory blocks in the request">
              {request.memoryBlocks.map((block) => (
                <div key={block.label}>
                  <dt className="font-mono text-xs font-semibold">{block.label}</dt>
                  <dd className={pre}>{block.value}</dd>
                </div>
              ))}
            </dl>
          ) : (
            <pre className={pre}>{request.memory}</pre>
          )}
        </Section>
      ) : null}
      <Section
        title={`Messages (${request.messages.length})`}
        text={request.messages.map((message) => message.text + message.toolCalls.map(toolCallText).join("")).join("")}
      >
        <ol className="space-y-1" aria-label="Messages in the request">
          {request.messages.map((message, index) => (
            <li key={index} className="rounded bg-zinc-50 p-1 dark:bg-zinc-900">
              <p className="text-xs font-semibold">
                {message.role}
                {message.toolCallId ? ` (result of ${message.toolCallId})` : ""}
              </p>
              {message.text ? <pre className={pre}>{message.text}</pre> : null}
              {message.toolCalls.map((call, callIndex) => (
                <pre key={callIndex} className={`${pre} text-amber-800 dark:text-amber-300`}>
                  calls {toolCallText(call)}
                </pre>
              ))}
            </li>
          ))}
        </ol>
      </Section>
      <Section title={`Tools offered (${request.tools.length})`} text={JSON.stringify(request.tools)}>
        <ul className="space-y-1" aria-label="Tools offered">
          {request.tools.map((tool) => (
            <li key={tool.name}>
              <details>
                <summary className="cursor-pointer font-mono text-xs">{tool.name}</summary>
                <p className="whitespace-pre-wrap text-xs text-zinc-600 dark:text-zinc-400">{tool.description}</p>
                <pre className={pre}>{JSON.stringify(tool.schema, null, 2)}</pre>
              </details>
            </li>
          ))}
        </ul>
      </Section>
      <p className="text-xs">
        <span className="font-semibold">Tool choice:</span> {request.toolChoice ?? "not set"}
        {request.settings.map((setting) => (
          <span key={setting.name} className="text-zinc-500">
            {" · "}
            {setting.name}: {setting.value}
          </span>
        ))}
      </p>
    </section>
  );
}

export function ResponseView({ response }: { response: ParsedResponse }) {
  return (
    <section aria-label="Response" className="space-y-1 text-xs">
      {response.reasoning ? (
        <div>
          <p className="font-semibold">Reasoning</p>
          <pre className={`${pre} italic`}>{response.reasoning}</pre>
        </div>
      ) : null}
      {response.text ? (
        <div>
          <p className="font-semibold">Text</p>
          <pre className={pre}>{response.text}</pre>
        </div>
      ) : null}
      {response.toolCalls.length > 0 ? (
        <div>
          <p className="font-semibold">Tool calls</p>
          {response.toolCalls.map((call, index) => (
            <pre key={index} className={`${pre} text-amber-800 dark:text-amber-300`}>
              {toolCallText(call)}
            </pre>
          ))}
        </div>
      ) : null}
      {response.error ? (
        <div role="alert" aria-label="Provider error" className="text-red-700 dark:text-red-300">
          <p className="font-semibold">The provider answered with an error</p>
          <pre className={pre}>{response.error}</pre>
        </div>
      ) : null}
      {!response.reasoning && !response.text && response.toolCalls.length === 0 && !response.error ? (
        <p className="text-zinc-500">No text, reasoning or tool call (see the JSON).</p>
      ) : null}
      {response.usage ? (
        <p className="text-zinc-500">
          Usage reported by the model: {response.usage.promptTokens} prompt + {response.usage.completionTokens}{" "}
          completion = {response.usage.totalTokens} tokens
          {response.finishReason ? ` · finish reason: ${response.finishReason}` : ""}
        </p>
      ) : null}
    </section>
  );
}
