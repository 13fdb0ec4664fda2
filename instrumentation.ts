/** Runs once when the ADE's server starts: experiments that were running when it stopped are resumed. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { resumeExperiments } = await import("./lib/evals/runner/runner");
  await resumeExperiments().catch((error: unknown) => console.error("evals: could not resume experiments:", error));
}
