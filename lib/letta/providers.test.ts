import { describe, expect, it } from "vitest";
import { parseProvider, toProviderView } from "./providers";

describe("toProviderView", () => {
  it("keeps no key of the provider Letta returns (0.16.8 sends the stored key in plain text)", () => {
    const raw = {
      id: "provider-1",
      name: "local",
      provider_type: "openai",
      provider_category: "byok",
      api_key: null,
      api_key_enc: "sk-stored-secret-key",
      access_key: null,
      access_key_enc: "AKIA-stored-access-key",
      base_url: "http://127.0.0.1:8284/v1",
      region: null,
      api_version: null,
      organization_id: "org-1",
      updated_at: "2026-12-01T23:15:42Z",
      last_synced: null,
    };
    const view = toProviderView(parseProvider(raw));
    expect(view).toEqual({
      id: "provider-1",
      name: "local",
      type: "openai",
      baseUrl: "http://127.0.0.1:8284/v1",
      region: null,
      apiVersion: null,
      hasKey: true,
      hasAccessKey: true,
      lastSynced: null,
      updatedAt: "2026-12-01T23:15:42Z",
    });
    expect(JSON.stringify(view)).not.toContain("stored");
  });

  it("says no key when Letta holds none", () => {
    const view = toProviderView(
      parseProvider({ id: "provider-2", name: "n", provider_type: "ollama", api_key_enc: null }),
    );
    expect(view.hasKey).toBe(false);
    expect(view.hasAccessKey).toBe(false);
  });
});
