import { describe, expect, it } from "vitest";
import { frameJoiner, toFrames } from "./frames";

describe("carrier frames", () => {
  it("keeps a short message in one frame", () => {
    const got: string[] = [];
    const join = frameJoiner((message) => got.push(message));
    for (const frame of toFrames("a", "hello world")) join(frame);
    expect(got).toEqual(["hello world"]);
  });

  it("splits a long message into frames under 8000 bytes and joins them, interleaved with others", () => {
    const long = "é😀x".repeat(5_000);
    const frames = toFrames("b", long);
    expect(frames.length).toBeGreaterThan(1);
    for (const frame of frames) expect(Buffer.byteLength(frame, "utf8")).toBeLessThan(8_000);
    const got: string[] = [];
    const join = frameJoiner((message) => got.push(message));
    const other = toFrames("c", "between");
    join(frames[0] ?? "");
    join(other[0] ?? "");
    for (const frame of frames.slice(1)) join(frame);
    expect(got).toEqual(["between", long]);
  });

  it("keeps an empty message", () => {
    const got: string[] = [];
    const join = frameJoiner((message) => got.push(message));
    for (const frame of toFrames("d", "")) join(frame);
    expect(got).toEqual([""]);
  });
});
