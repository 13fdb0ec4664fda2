import { describe, expect, it } from "vitest";
import { defaultListQuery, listQueryString, parseListQuery, searchParamsRecord } from "./list-query";

describe("agent list query", () => {
  it("defaults to newest created first", () => {
    expect(parseListQuery({})).toEqual({ tag: [], sort: "created_at", order: "desc" });
    expect(listQueryString(defaultListQuery)).toBe("");
  });

  it("round-trips a view through the URL, with repeated tags", () => {
    const record = searchParamsRecord(
      new URLSearchParams("q=bot&tag=a&tag=b&all=1&sort=updated_at&order=asc&byName=desc"),
    );
    const query = parseListQuery(record);
    expect(query).toEqual({ q: "bot", tag: ["a", "b"], all: "1", sort: "updated_at", order: "asc", byName: "desc" });
    expect(listQueryString(query)).toBe("q=bot&tag=a&tag=b&all=1&sort=updated_at&order=asc&byName=desc");
  });

  it("drops an invalid field and keeps the rest", () => {
    expect(parseListQuery({ sort: "name", q: "x" })).toEqual({ q: "x", tag: [], sort: "created_at", order: "desc" });
  });

  it("leaves out match-all with fewer than two tags", () => {
    expect(listQueryString({ ...defaultListQuery, tag: ["a"], all: "1" })).toBe("tag=a");
  });
});
