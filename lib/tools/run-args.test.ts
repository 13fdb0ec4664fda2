import { describe, expect, it } from "vitest";
import { parseRunArgs } from "./run-args";

describe("parseRunArgs", () => {
  it("accepts a JSON object, and empty text as no arguments", () => {
    expect(parseRunArgs('{"text": "hi", "times": 2}')).toEqual({ args: { text: "hi", times: 2 } });
    expect(parseRunArgs("  ")).toEqual({ args: {} });
  });

  it("refuses invalid JSON and JSON that is not an object", () => {
    expect(parseRunArgs('{"text": }')).toMatchObject({
      error: expect.stringMatching(/^The arguments are not valid JSON/),
    });
    expect(parseRunArgs("[1, 2]")).toEqual({ error: 'The arguments must be a JSON object, such as {"city": "Paris"}' });
    expect(parseRunArgs("null")).toMatchObject({ error: expect.stringMatching(/must be a JSON object/) });
  });
});
