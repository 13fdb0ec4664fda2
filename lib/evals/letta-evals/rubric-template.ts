// letta-evals rubrics are Python format strings: `{input}`, `{submission}`, `{ground_truth}` and a row's
// `rubric_vars` are placeholders, `{{` and `}}` literal braces. The ADE fills the first three (model-judge.ts)
// and sends every other brace as written.

const ADE_PLACEHOLDERS = new Set(["input", "submission", "ground_truth"]);

/** A letta-evals rubric as ADE text, and the placeholders the ADE cannot fill (rubric_vars). */
export function fromPythonTemplate(rubric: string): { text: string; variables: string[] } {
  const variables: string[] = [];
  const text = rubric.replace(/\{\{|\}\}|\{([^{}]*)\}/g, (token, name: string | undefined) => {
    if (token === "{{") return "{";
    if (token === "}}") return "}";
    const field = (name ?? "").trim();
    if (!ADE_PLACEHOLDERS.has(field) && !variables.includes(field)) variables.push(field);
    return token;
  });
  return { text, variables };
}

/** An ADE rubric as a letta-evals one: literal braces doubled, the ADE's placeholders kept. */
export function toPythonTemplate(rubric: string): string {
  return rubric.replace(/\{(input|submission|ground_truth)\}|[{}]/g, (token) =>
    token.length > 1 ? token : token + token,
  );
}
