import { describe, expect, it } from "vitest";
import { parseHeads, withoutQuery } from "./migrations";

describe("parseHeads", () => {
  it("reads the head revisions from `alembic heads`", () => {
    expect(parseHeads("Using database: x\n9758adf8fdd3 (head)\n")).toEqual(["9758adf8fdd3"]);
    expect(parseHeads("a1 (head)\nb2 (head)\n")).toEqual(["a1", "b2"]);
    expect(parseHeads("")).toEqual([]);
  });
});

describe("withoutQuery", () => {
  it("drops the sslmode that pg8000 rejects", () => {
    expect(withoutQuery("postgresql://postgres@127.0.0.1:8285/letta?sslmode=disable")).toBe(
      "postgresql://postgres@127.0.0.1:8285/letta",
    );
    expect(withoutQuery("postgresql://h/db")).toBe("postgresql://h/db");
  });
});
