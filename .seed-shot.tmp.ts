import Letta from "@letta-ai/letta-client";
const letta = new Letta({ baseURL: "http://127.0.0.1:24283", apiKey: null, maxRetries: 0 });
const agent = await letta.agents.create({
  name: "support-assistant",
  model: "openai-proxy/scripted-model",
  embedding: "openai/text-embedding-3-small",
  memory_blocks: [
    { label: "persona", value: "I am a friendly support assistant for the Letta ADE. I answer briefly and remember what users tell me." },
    { label: "human", value: "Name: Sam. Works on the platform team. Prefers short answers." },
    { label: "policies", value: "Refunds within 30 days. Escalate outages to on-call." },
  ],
});
for (const content of ["Hi! #reason What can you help me with?", "#remember Sam is demoing the ADE on Friday", "#say Here is a **short** summary:\n\n- memory blocks keep what matters\n- tools run on the server\n- the ADE shows every step"]) {
  await letta.agents.messages.create(agent.id, { messages: [{ role: "user", content }] }, { maxRetries: 0 });
}
console.log(agent.id);
